import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { HTTPReceiver, type HTTPReceiverOptions, verifySlackRequest } from "@slack/bolt";
import { languageOfCommand, speak } from "../language/index.js";
import { type Listened, requestShape } from "./request-shape.js";

/**
 * Bolt's HTTP receiver with these checks in front of it, every POST to /slack/events going
 * through them before Bolt sees it:
 * - Slack's v0 signature, with Bolt's verifySlackRequest (requests older than 5 minutes
 *   refused), once: Bolt's receiver does not check the same bytes again. Slack's `ssl_check`
 *   (unsigned, it only tests the certificate) gets 200 and nothing else, as Bolt answers it;
 * - a request dated more than 5 minutes ahead is refused too (Bolt checks only the past, so a
 *   signed request dated in the future could be replayed for as long as its date lies ahead);
 * - when more signed requests wait for their answer than `maxInFlight`, a new one is turned away
 *   at once instead of queueing past Slack's 3 seconds: a slash command gets a polite "busy,
 *   nothing saved, try again" in its language, anything else 503, which Slack retries (events) or
 *   shows as a failure the person can retry (buttons; modals keep their input). It counts requests
 *   until they are answered, not work that goes on after the answer;
 * - a correctly signed body that is not shaped like anything Slack sends gets 400 at once, and one
 *   for which Lofte has no listener 200 at once (request-shape.ts): Bolt would throw (500), crash
 *   (a body of `null`) or wait 3 s and answer 404;
 * - the same signed request a second time within Slack's window (a replay) changes nothing: its
 *   signature is remembered in the database until the window closes (so replicas share it), and
 *   a repeated slash command gets the first answer when this process still has it, else a note.
 */
const WINDOW_S = 300;

export interface ReceiverLimits {
  maxInFlight: number;
  /** True the first time a request (by its signature's hash) arrives; false for a replay. */
  firstSighting?: (hash: string, expiresAt: Date) => Promise<boolean>;
  /** What Lofte listens to: anything else is acknowledged without going through Bolt. */
  listened: Listened;
  now?: () => number;
}

/** Bolt's own limit on a request body, and how long a body may take to arrive. */
const BODY_LIMIT = 4 * 1024 * 1024;
const BODY_DEADLINE_MS = 3_000;

export function createHttpReceiver(options: HTTPReceiverOptions, limits: ReceiverLimits): HTTPReceiver {
  const { maxInFlight, listened, firstSighting, now = Date.now } = limits;
  const answers = new RecentAnswers();
  // As Bolt would: without a secret, anyone could sign.
  if (!options.signingSecret) throw new Error("The HTTP receiver needs Slack's signing secret.");
  // Only /slack/events is checked below: Bolt would take other endpoints' requests unverified.
  if (options.endpoints) throw new Error("The HTTP receiver serves /slack/events only.");
  // Every signed request is verified here, before anything else (unsignedBecause): Bolt's own
  // check of the same bytes would only repeat it, and cost two more HMACs a request.
  const receiver = new HTTPReceiver({ ...options, signatureVerification: false });
  const handle = receiver.requestListener;
  const start = receiver.start.bind(receiver) as (...args: unknown[]) => Promise<unknown>;
  receiver.start = (async (...args: unknown[]) => limitSlowClients(await start(...args))) as HTTPReceiver["start"];
  let inFlight = 0;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    if (datedAhead(req, now())) return answer(res, 401, req); // as Bolt answers a stale or forged request
    const path = pathOf(req);
    // A request line no URL can be made of ("GET //[") is the client's mistake, not Lofte's.
    if (path === null) return answer(res, 400, req);
    // Everything but Slack's requests (install pages, health, unknown paths) is Bolt's as it was.
    if (req.method !== "POST" || path !== "/slack/events") return handle(req, res);
    void readBody(req)
      .then((body) => {
        if (typeof body === "number") return answer(res, body, undefined, body === 408);
        // Bolt parses the very bytes read here (as it does for a body a platform buffered).
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
        const text = body.toString("utf8");
        if (sslCheck(text, req.headers["content-type"])) return answer(res, 200);
        const unsigned = unsignedBecause(req, text, options.signingSecret);
        if (unsigned) {
          options.logger?.warn(`Failed to parse and verify the request data: ${unsigned}`);
          return answer(res, 401);
        }
        const shape = requestShape(text, req.headers["content-type"], listened);
        if (shape === "bad") return answer(res, 400);
        if (shape === "ignore") return answer(res, 200);
        if (inFlight >= maxInFlight) return turnAway(text, req.headers["content-type"], res);
        inFlight++;
        res.once("close", () => inFlight--);
        const signature = req.headers["x-slack-signature"];
        const hash = createHash("sha256").update(String(signature)).digest("hex");
        const expiresAt = new Date((Number(req.headers["x-slack-request-timestamp"]) + WINDOW_S) * 1000);
        // Should the database not answer, the request is handled as new: nothing it does is half-done.
        return (firstSighting ? firstSighting(hash, expiresAt).catch(() => true) : Promise.resolve(true)).then((first) => {
          if (first) {
            answers.keep(hash, res);
            return handle(req, res);
          }
          return answerReplay(text, req.headers["content-type"], res, answers.get(hash));
        });
      })
      .catch(() => {
        if (!res.headersSent) answer(res, 500);
      });
  };
  return receiver;
}

function pathOf(req: IncomingMessage): string | null {
  try {
    return new URL(req.url ?? "/", "http://lofte").pathname;
  } catch {
    return null;
  }
}

/**
 * The server gives a client 5 s to send its headers and 10 s for the whole request, and closes a
 * kept-alive connection after 5 s of quiet: a slow or idle client cannot hold sockets open.
 */
function limitSlowClients<T>(server: T): T {
  const http = server as { headersTimeout?: number; requestTimeout?: number; keepAliveTimeout?: number };
  http.headersTimeout = 5_000;
  http.requestTimeout = 10_000;
  http.keepAliveTimeout = 5_000;
  return server;
}

function datedAhead(req: IncomingMessage, nowMs: number): boolean {
  const header = req.headers["x-slack-request-timestamp"];
  const timestamp = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(timestamp) && timestamp > nowMs / 1000 + WINDOW_S;
}

/** An answer without a body; `close` ends the connection after it (a client that was too slow). */
function answer(res: ServerResponse, status: number, req?: IncomingMessage, close = false): void {
  res.writeHead(status, close ? { connection: "close" } : {});
  res.end(() => {
    if (close) res.socket?.destroy();
  });
  req?.resume();
}

/**
 * The body, or the status to answer instead: 413 past Bolt's 4 MB limit (read to the end and
 * dropped, so the sender sees the answer rather than a reset), 408 when it is not all there
 * within 3 s (a client trickling a body must not hold a connection), 400 when the stream fails.
 */
function readBody(req: IncomingMessage): Promise<Buffer | number> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => resolve(408), BODY_DEADLINE_MS);
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT) chunks.push(chunk);
    });
    req.on("end", () => {
      clearTimeout(timer);
      resolve(size <= BODY_LIMIT ? Buffer.concat(chunks) : 413);
    });
    req.on("error", () => {
      clearTimeout(timer);
      resolve(400);
    });
  });
}

/** Slack's check of the certificate behind a slash command's URL: `ssl_check=1`, unsigned. */
function sslCheck(body: string, contentType: string | undefined): boolean {
  return (
    contentType === "application/x-www-form-urlencoded" &&
    body.includes("ssl_check=1") &&
    new URLSearchParams(body).get("ssl_check") === "1"
  );
}

/** Why a request's signature does not hold (Bolt's verifySlackRequest: v0, the 5 minutes), or null when it does. */
function unsignedBecause(req: IncomingMessage, body: string, signingSecret: string): string | null {
  const header = (name: string) => {
    const value = req.headers[name];
    return typeof value === "string" ? value : "";
  };
  try {
    verifySlackRequest({
      signingSecret,
      body,
      headers: {
        "x-slack-signature": header("x-slack-signature"),
        "x-slack-request-timestamp": Number(header("x-slack-request-timestamp")),
      },
    });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** A replay: 200 and nothing done; a slash command gets its first answer again, or a note that it was received. */
function answerReplay(body: string, contentType: string | undefined, res: ServerResponse, first: string | undefined): void {
  const command = contentType === "application/x-www-form-urlencoded" ? new URLSearchParams(body).get("command") : null;
  if (!command) {
    answer(res, 200);
    return;
  }
  const text = speak(languageOfCommand(command) ?? "sv").messages.alreadyReceived;
  res.writeHead(200, { "content-type": "application/json" });
  res.end(first ?? JSON.stringify({ response_type: "ephemeral", text }));
}

/** The first answers of the last few minutes' requests, by signature hash, in this process. */
class RecentAnswers {
  private readonly bodies = new Map<string, string>();

  /** Remembers what `res` answers, when it is a JSON body (a slash command's reply). */
  keep(hash: string, res: ServerResponse): void {
    const end = res.end.bind(res);
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk === "string" && chunk.startsWith("{")) this.remember(hash, chunk);
      else if (Buffer.isBuffer(chunk) && chunk[0] === 0x7b) this.remember(hash, chunk.toString("utf8"));
      return (end as (...args: unknown[]) => ServerResponse)(chunk, ...rest);
    }) as ServerResponse["end"];
  }

  get(hash: string): string | undefined {
    return this.bodies.get(hash);
  }

  private remember(hash: string, body: string): void {
    if (this.bodies.size >= 1000) this.bodies.delete(this.bodies.keys().next().value as string);
    this.bodies.set(hash, body);
  }
}

/** Answers without doing anything: the command's name picks the language, nothing is stored. */
function turnAway(body: string, contentType: string | undefined, res: ServerResponse): void {
  const command = contentType === "application/x-www-form-urlencoded" ? new URLSearchParams(body).get("command") : null;
  if (!command) {
    answer(res, 503);
    return;
  }
  const text = speak(languageOfCommand(command) ?? "sv").messages.busy;
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ response_type: "ephemeral", text }));
}
