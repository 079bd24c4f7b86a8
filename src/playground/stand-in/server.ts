import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SlackState } from "./state.js";
import { answerWebApi } from "./web-api.js";

/**
 * A stand-in for Slack's side of the wire, on 127.0.0.1: the Web API (`/api/<method>`), the
 * response URLs Slack hands out (`/response/<id>`) and file uploads (`/upload/<id>`). The real
 * `@slack/web-api` client talks to it through SLACK_API_URL. The playground runs Lofte against
 * it, and so do the tests, which also read what was called (`calls`, `responses`) and make it
 * slow or failing (`delays`, `failures`, `overrides`).
 */

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  token: string | null;
  /** When the call arrived (real time, ms). */
  at: number;
  /** When it was answered (real time, ms); unset while it is being answered. */
  answered?: number;
}

/** A POST to a response URL, and what it did to the conversation. */
export interface ResponseBody {
  id: string;
  body: Record<string, unknown>;
}

/** Another server's routes on the same port (the playground's page), tried before Slack's. */
export type ExtraRoutes = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export class SlackStandIn {
  readonly state: SlackState;
  readonly calls: RecordedCall[] = [];
  readonly responses: ResponseBody[] = [];
  /** Answers to use instead of the built-in ones, by method. */
  readonly overrides = new Map<string, (params: Record<string, unknown>) => Record<string, unknown>>();
  /**
   * Error answers to give before answering normally, by method: a status and headers, `times`
   * times, to the calls `when` picks (all by default).
   */
  readonly failures = new Map<
    string,
    {
      status: number;
      headers?: Record<string, string>;
      body?: Record<string, unknown>;
      times: number;
      when?: (params: Record<string, unknown>) => boolean;
    }
  >();
  /** Milliseconds to wait before answering, by method (a slow Slack). */
  readonly delays = new Map<string, number>();
  /** Called for each POST to a response URL, after it is recorded (the playground applies it). */
  onResponse: (id: string, body: Record<string, unknown>) => void = () => {};
  private server: Server | undefined;
  private baseUrl = "";

  /** The playground's page, served on the same port before Slack's own routes. */
  extraRoutes: ExtraRoutes | undefined;

  constructor(
    state = new SlackState(),
    private readonly options: { localLinks?: boolean } = {},
  ) {
    this.state = state;
  }

  /** People, as tests set them up: `slack.users.set("U0EMMA", { tz: "Europe/London", locale: "en-GB" })`. */
  get users() {
    return this.state.members;
  }

  /** Files uploaded, by id (what files.uploadV2 sent). */
  get uploads() {
    return this.state.files;
  }

  async start(port = 0, host = "127.0.0.1"): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server?.once("error", reject);
      this.server?.listen(port, host, resolve);
    });
    const address = this.server.address() as AddressInfo;
    this.baseUrl = `http://${host}:${address.port}`;
    // Whoever started it stops it; a forgotten one does not keep the process alive.
    this.server.unref();
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  get url(): string {
    return this.baseUrl;
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
    const url = new URL(req.url ?? "/", "http://stand-in");
    if (this.extraRoutes && (await this.extraRoutes(req, res, url))) return;
    const arrived = Date.now();
    const raw = await readBody(req);
    const respond = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith("/upload/")) {
      const file = this.state.files.get(url.pathname.slice("/upload/".length));
      if (file) file.content = uploadedContent(raw, req.headers["content-type"] ?? "");
      respond(200, { ok: true });
      return;
    }
    if (url.pathname.startsWith("/response/")) {
      const id = url.pathname.slice("/response/".length);
      const body = safeJson(raw || "{}");
      const recorded = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
      this.responses.push({ id, body: recorded });
      this.onResponse(id, recorded);
      respond(200, { ok: true });
      return;
    }
    if (!url.pathname.startsWith("/api/")) {
      respond(404, { ok: false, error: "unknown_method" });
      return;
    }
    const method = url.pathname.slice("/api/".length);
    const params = parseBody(raw, req.headers["content-type"] ?? "");
    const token = (req.headers.authorization ?? "").replace(/^Bearer /, "") || (params.token as string | undefined) || null;
    const call: RecordedCall = { method, params, token, at: arrived };
    this.calls.push(call);
    res.on("finish", () => {
      call.answered = Date.now();
    });
    const failure = this.failures.get(method);
    if (failure && failure.times > 0 && (failure.when?.(params) ?? true)) {
      failure.times--;
      res.writeHead(failure.status, { "content-type": "application/json", ...failure.headers });
      res.end(JSON.stringify(failure.body ?? { ok: false, error: failure.status === 429 ? "ratelimited" : "internal_error" }));
      return;
    }
    const delay = this.delays.get(method);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const override = this.overrides.get(method);
    respond(
      200,
      override
        ? override(params)
        : answerWebApi(method, params, { state: this.state, baseUrl: this.baseUrl, localLinks: this.options.localLinks ?? false }),
    );
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // Slack takes at most a few megabytes; so does the stand-in.
    if (size > 8 * 1024 * 1024) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
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
  if (contentType.includes("application/json")) {
    const parsed = safeJson(raw || "{}");
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  }
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
