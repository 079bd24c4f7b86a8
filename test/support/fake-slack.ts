import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A fake Slack Web API on 127.0.0.1 for tests. The real @slack/web-api client talks to it
 * (SLACK_API_URL); it records every call and answers with the shapes Slack uses, taken from
 * ../shared/slack/samples/api/ and filled with the values the call implies. It also stands
 * in for `response_url`s, recording what the app sends there.
 */

const SAMPLES = new URL("../../../shared/slack/samples/api/", import.meta.url);

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  token: string | null;
}

export interface FakeUser {
  tz?: string;
  locale?: string;
  isAdmin?: boolean;
}

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  /** Bodies posted to response URLs, by the id in the URL. */
  readonly responses: { id: string; body: Record<string, unknown> }[] = [];
  /** Files uploaded through files.getUploadURLExternal's URL, by file id (what files.uploadV2 sends). */
  readonly uploads = new Map<string, { filename: string; content: string }>();
  readonly users = new Map<string, FakeUser>();
  /** Answers to use instead of the built-in ones, by method. */
  readonly overrides = new Map<string, (params: Record<string, unknown>) => Record<string, unknown>>();
  /** Error answers to give before answering normally, by method: a status and headers, `times` times. */
  readonly failures = new Map<
    string,
    { status: number; headers?: Record<string, string>; body?: Record<string, unknown>; times: number }
  >();
  /** Milliseconds to wait before answering, by method (a slow Slack). */
  readonly delays = new Map<string, number>();
  private server: Server | undefined;
  private baseUrl = "";
  private tsCounter = 1_764_000_000;

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    // Tests stop it; if one forgets, it does not keep the process alive.
    this.server.unref();
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** The Web API base URL, for SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.baseUrl}/response/${id}`;
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Waits (up to `ms`) until a call to `method` matching `where` has been made. */
  async waitFor(method: string, where: (call: RecordedCall) => boolean = () => true, ms = 10_000): Promise<RecordedCall> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.calls.find((c) => c.method === method && where(c));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no ${method} call within ${ms} ms; calls: ${this.calls.map((c) => c.method).join(", ")}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async waitForResponse(id: string, ms = 10_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.responses.find((r) => r.id === id);
      if (found) return found.body;
      if (Date.now() > deadline) throw new Error(`nothing posted to response URL ${id} within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Waits until no call has come in for `quietMs`: the app has finished what earlier requests started. */
  async settle(quietMs = 150, maxMs = 5000): Promise<void> {
    const deadline = Date.now() + maxMs;
    let seen = -1;
    while (Date.now() < deadline) {
      const count = this.calls.length + this.responses.length;
      if (count === seen) return;
      seen = count;
      await new Promise((r) => setTimeout(r, quietMs));
    }
  }

  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", this.baseUrl);
    const respond = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith("/upload/")) {
      const id = url.pathname.slice("/upload/".length);
      const file = this.uploads.get(id);
      if (file) file.content = uploadedContent(raw, req.headers["content-type"] ?? "");
      respond(200, { ok: true });
      return;
    }
    if (url.pathname.startsWith("/response/")) {
      this.responses.push({ id: url.pathname.slice("/response/".length), body: JSON.parse(raw || "{}") });
      respond(200, { ok: true });
      return;
    }
    const method = url.pathname.replace(/^\/api\//, "");
    const params = parseBody(raw, req.headers["content-type"] ?? "");
    const token = (req.headers.authorization ?? "").replace(/^Bearer /, "") || (params.token as string | undefined) || null;
    this.calls.push({ method, params, token });
    const failure = this.failures.get(method);
    if (failure && failure.times > 0) {
      failure.times--;
      res.writeHead(failure.status, { "content-type": "application/json", ...failure.headers });
      res.end(JSON.stringify(failure.body ?? { ok: false, error: failure.status === 429 ? "ratelimited" : "internal_error" }));
      return;
    }
    const delay = this.delays.get(method);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    respond(200, this.overrides.get(method)?.(params) ?? this.answer(method, params));
  }

  private answer(method: string, params: Record<string, unknown>): Record<string, unknown> {
    const sample = loadSample(method);
    const ts = () => `${this.tsCounter++}.000100`;
    switch (method) {
      case "users.info": {
        const id = String(params.user);
        const user = this.users.get(id) ?? {};
        const base = sample.user as Record<string, unknown>;
        return {
          ...sample,
          ok: true,
          user: {
            ...base,
            id,
            name: id.toLowerCase(),
            tz: user.tz ?? "",
            locale: user.locale ?? "",
            is_admin: user.isAdmin ?? false,
            is_owner: false,
            is_bot: false,
          },
        };
      }
      case "chat.postMessage":
      case "chat.update": {
        const channel = String(params.channel).replace(/^U/, "D");
        const messageTs = method === "chat.update" ? String(params.ts) : ts();
        return {
          ...sample,
          ok: true,
          channel,
          ts: messageTs,
          message: { ...(sample.message as object), text: params.text, ts: messageTs },
        };
      }
      case "chat.postEphemeral":
        return { ...sample, ok: true, message_ts: ts() };
      case "views.open":
      case "views.update":
      case "views.publish": {
        const view = typeof params.view === "object" && params.view ? params.view : {};
        return { ...sample, ok: true, view: { ...(sample.view as object), ...view, id: "V0FAKE" } };
      }
      case "conversations.open":
        return { ...sample, ok: true, channel: { ...(sample.channel as object), id: `D${String(params.users ?? "X")}` } };
      case "files.getUploadURLExternal": {
        const id = `F${this.tsCounter++}`;
        this.uploads.set(id, { filename: String(params.filename), content: "" });
        return { ok: true, upload_url: `${this.baseUrl}/upload/${id}`, file_id: id };
      }
      case "files.completeUploadExternal": {
        const files = Array.isArray(params.files) ? (params.files as { id: string; title?: string }[]) : [];
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title ?? "", name: this.uploads.get(f.id)?.filename })) };
      }
      case "chat.getPermalink":
        return {
          ...sample,
          ok: true,
          permalink: `https://example.slack.com/archives/${params.channel}/p${String(params.message_ts).replace(".", "")}`,
        };
      default:
        return { ...sample, ok: true };
    }
  }
}

const sampleCache = new Map<string, Record<string, unknown>>();

function loadSample(method: string): Record<string, unknown> {
  if (!sampleCache.has(method)) {
    let sample: Record<string, unknown> = {};
    try {
      sample = JSON.parse(readFileSync(new URL(`${method}.json`, SAMPLES), "utf8"));
    } catch {
      // A method without a sample answers { ok: true }.
    }
    delete sample.error;
    delete sample.warning;
    delete sample.needed;
    delete sample.provided;
    sampleCache.set(method, sample);
  }
  return structuredClone(sampleCache.get(method) ?? {});
}

/** The file in an upload: the Web API client posts it as multipart form data. */
function uploadedContent(raw: string, contentType: string): string {
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
  if (!boundary) return raw;
  const part = raw.split(`--${boundary}`).find((p) => p.includes("filename="));
  return part?.slice(part.indexOf("\r\n\r\n") + 4, -2) ?? "";
}

/** The Web API client sends forms with JSON-encoded nested values, or JSON. */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes("application/json")) return raw ? JSON.parse(raw) : {};
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return params;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
