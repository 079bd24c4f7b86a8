import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { fromRoot } from "../paths.js";
import type { PlaygroundClock } from "./clock.js";
import { pageView } from "./page/view.js";
import { pageWords } from "./page/words.js";
import type { Playground } from "./playground.js";
import type { ExtraRoutes } from "./stand-in/server.js";
import type { SlackState } from "./stand-in/state.js";
import { PEOPLE, pageLanguage, SALES } from "./team.js";

/**
 * The playground page and the endpoints its script calls, beside the Slack stand-in on the
 * same port. Every endpoint takes JSON only (so another site cannot post to it from the
 * visitor's browser without the browser asking first, which is refused), checks it with zod
 * and answers a clear error; nothing it accepts reaches Lofte except as Slack's own requests.
 */

const HOUR = 3_600_000;
/** Room for Slack's longest message (40,000 characters), in any script. */
const BODY_LIMIT = 256 * 1024;

const person = z.enum(PEOPLE.map((p) => p.id) as [string, ...string[]]);
const slackId = z.string().regex(/^[A-Z0-9]{2,40}$/);
const ts = z.string().regex(/^\d{1,20}\.\d{1,10}$/);
// As long as Slack lets a message be: Lofte itself answers one too long for a promise, kindly.
const text = z.string().max(40_000);
const values = z.record(z.string().max(255), z.record(z.string().max(255), z.record(z.string().max(64), z.unknown())));

const schemas = {
  /** `at` is a channel, or "dm": the Lofte DM of whoever types. */
  send: z.object({ as: person, at: z.union([slackId, z.literal("dm")]), text }),
  action: z.object({
    as: person,
    where: z.union([z.object({ channel: slackId, ts }), z.object({ viewId: slackId })]),
    action: z.object({
      actionId: z.string().min(1).max(255),
      blockId: z.string().min(1).max(255),
      type: z.string().min(1).max(40),
      value: z.string().max(2000).optional(),
      selected: z.string().max(2000).optional(),
      selectedText: z.string().max(2000).optional(),
      selectedOptions: z
        .array(z.object({ value: z.string().max(2000), text: z.string().max(2000) }))
        .max(100)
        .optional(),
    }),
    values,
  }),
  submit: z.object({ as: person, viewId: slackId, values }),
  close: z.object({ as: person, viewId: slackId }),
  shortcut: z.object({ as: person, channel: slackId, ts }),
  react: z.object({ as: person, channel: slackId, ts, emoji: z.string().regex(/^[a-z0-9_+-]{1,64}$/) }),
  home: z.object({ as: person }),
  clock: z.object({ step: z.enum(["hour", "day", "next"]) }),
  startOver: z.object({}),
};

const ASSETS: Record<string, { file: URL; type: string }> = {
  "/": { file: fromRoot("src/playground/page/index.html"), type: "text/html; charset=utf-8" },
  "/playground/client.js": { file: fromRoot("src/playground/page/client.js"), type: "text/javascript; charset=utf-8" },
  "/playground/page.css": { file: fromRoot("src/playground/page/page.css"), type: "text/css; charset=utf-8" },
  "/playground/blocks.css": { file: fromRoot("src/playground/render/blocks.css"), type: "text/css; charset=utf-8" },
};

export interface RouteParts {
  playground: Playground;
  state: SlackState;
  clock: PlaygroundClock;
  /** Lofte's own health (/healthz, /readyz), as in a real install. */
  readiness: () => Promise<{ ready: boolean }>;
}

export function playgroundRoutes({ playground, state, clock, readiness }: RouteParts): ExtraRoutes {
  const watchers = new Set<ServerResponse>();
  state.watch((version) => {
    for (const res of watchers) res.write(`data: ${version}\n\n`);
  });

  return async (req, res, url) => {
    const path = url.pathname;
    if (req.method === "GET") {
      if (path === "/") {
        // The first view comes with the page, so it draws without another round trip.
        const viewer = person.safeParse(url.searchParams.get("as"));
        const as = viewer.success ? viewer.data : PEOPLE[0].id;
        const at = url.searchParams.get("at") || SALES;
        const view = { ...pageView(state, as, at, clock.now()), chrome: chrome(state, as) };
        const data = JSON.stringify({ as, at, view }).replace(/</g, "\\u003c");
        const html = (await readFile(ASSETS["/"].file, "utf8")).replace(
          "</body>",
          `<script type="application/json" id="first-view">${data}</script>\n  </body>`,
        );
        send(res, 200, Buffer.from(html), ASSETS["/"].type);
        return true;
      }
      if (path === "/healthz") {
        json(res, 200, { status: "ok" });
        return true;
      }
      if (path === "/readyz") {
        const ready = await readiness();
        json(res, ready.ready ? 200 : 503, { status: ready.ready ? "ready" : "not ready", ...ready });
        return true;
      }
      const asset = ASSETS[path];
      if (asset) {
        send(res, 200, await readFile(asset.file), asset.type);
        return true;
      }
      if (path === "/playground/state") {
        const as = person.safeParse(url.searchParams.get("as"));
        const viewer = as.success ? as.data : PEOPLE[0].id;
        json(res, 200, { ...pageView(state, viewer, url.searchParams.get("at") ?? "", clock.now()), chrome: chrome(state, viewer) });
        return true;
      }
      if (path === "/playground/events") {
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
        res.write(`data: ${state.version}\n\n`);
        watchers.add(res);
        req.on("close", () => watchers.delete(res));
        return true;
      }
      if (path.startsWith("/playground/files/")) {
        const file = state.files.get(decodeURIComponent(path.slice("/playground/files/".length)));
        if (!file) json(res, 404, { ok: false, error: "not_found" });
        else
          send(res, 200, Buffer.from(file.content), "text/csv; charset=utf-8", {
            "content-disposition": `attachment; filename="${file.filename.replace(/[^\w.-]/g, "_")}"`,
          });
        return true;
      }
      return false;
    }
    if (req.method !== "POST" || !path.startsWith("/playground/")) return false;
    const name = path.slice("/playground/".length);
    if (!(name in schemas) && name !== "start-over") {
      json(res, 404, { ok: false, error: "not_found" });
      return true;
    }
    const body = await readJson(req);
    if (!body.ok) {
      json(res, body.status, { ok: false, error: body.error });
      return true;
    }
    // Lofte not answering (stopping, or a bug) is the page's to explain, not a 500.
    const outcome = await dispatch(name, body.value, playground, clock).catch(() => ({
      status: 502,
      body: { ok: false, problem: "lofteDown" },
    }));
    json(res, outcome.status, outcome.body);
    return true;
  };
}

async function dispatch(
  name: string,
  input: unknown,
  playground: Playground,
  clock: PlaygroundClock,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const done = (result: { ok: boolean; problem?: string; note?: string }) => ({
    status: result.ok ? 200 : result.problem === "notFound" ? 404 : result.problem === "readOnly" ? 409 : 502,
    body: { ...result },
  });
  const read = <T extends z.ZodType>(schema: T): z.infer<T> | null => {
    const parsed = schema.safeParse(input);
    return parsed.success ? parsed.data : null;
  };
  const bad = { status: 400, body: { ok: false, error: "bad_request" } };
  switch (name) {
    case "send": {
      const i = read(schemas.send);
      return i ? done(await playground.send(i.as, i.at, i.text)) : bad;
    }
    case "action": {
      const i = read(schemas.action);
      return i ? done(await playground.act(i.as, i.where, i.action, i.values as never)) : bad;
    }
    case "submit": {
      const i = read(schemas.submit);
      return i ? done(await playground.submit(i.as, i.viewId, i.values as never)) : bad;
    }
    case "close": {
      const i = read(schemas.close);
      return i ? done(await playground.close(i.as, i.viewId)) : bad;
    }
    case "shortcut": {
      const i = read(schemas.shortcut);
      return i ? done(await playground.shortcut(i.as, i.channel, i.ts)) : bad;
    }
    case "react": {
      const i = read(schemas.react);
      return i ? done(await playground.react(i.as, i.channel, i.ts, i.emoji)) : bad;
    }
    case "home": {
      const i = read(schemas.home);
      return i ? done(await playground.openHome(i.as)) : bad;
    }
    case "clock": {
      const i = read(schemas.clock);
      if (!i) return bad;
      if (i.step === "next") return { status: 200, body: { ...(await playground.nextEvent()), now: clock.now().toISOString() } };
      return done(await playground.advance(i.step === "hour" ? HOUR : 24 * HOUR));
    }
    case "start-over":
      if (!read(schemas.startOver)) return bad;
      await playground.startOver();
      return { status: 200, body: { ok: true } };
    default:
      return bad;
  }
}

/** The page's own words and the people to switch between, in the viewer's language. */
function chrome(state: SlackState, viewer: string) {
  const t = pageWords(pageLanguage(state.members.get(viewer)));
  return {
    people: PEOPLE.map((p) => ({ id: p.id, name: p.name, title: p.title ?? "" })),
    me: viewer,
    words: {
      title: t.title,
      workspace: t.workspace,
      youAre: t.youAre,
      send: t.send,
      hourButton: t.hourButton,
      dayButton: t.dayButton,
      nextButton: t.nextButton,
      startOver: t.startOver,
      clock: t.clock,
      hint: t.hint,
      usageTitle: t.usageTitle,
      usage: t.usage,
      connect: t.connect,
      nothingNext: t.nothingNext,
      readOnly: t.readOnly,
      lofteDown: t.lofteDown,
      badRequest: t.badRequest,
      unknownCommand: t.unknownCommand,
    },
  };
}

async function readJson(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false; status: number; error: string }> {
  const type = (req.headers["content-type"] ?? "").split(";")[0].trim();
  if (type !== "application/json") return { ok: false, status: 415, error: "json_only" };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) return { ok: false, status: 413, error: "too_large" };
    chunks.push(chunk as Buffer);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") };
  } catch {
    return { ok: false, status: 400, error: "not_json" };
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, Buffer.from(JSON.stringify(body)), "application/json");
}

function send(res: ServerResponse, status: number, body: Buffer, type: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    "content-type": type,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "content-security-policy":
      "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; frame-ancestors 'none'",
    ...headers,
  });
  res.end(body);
}
