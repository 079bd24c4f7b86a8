import type { IncomingMessage, ServerResponse } from "node:http";
import { HTTPReceiver, type HTTPReceiverOptions, verifySlackRequest } from "@slack/bolt";
import { messages } from "../language/messages.js";
import { type Listened, requestShape } from "./request-shape.js";

/**
 * Bolt's HTTP receiver (v0 signatures, requests older than 5 minutes refused) with three checks
 * in front of it:
 * - a request dated more than 5 minutes ahead is refused too (Bolt checks only the past, so a
 *   signed request dated in the future could be replayed for as long as its date lies ahead);
 * - when more requests are in progress than Lofte can answer in time (`maxInFlight`), a new one
 *   is turned away at once instead of queueing past Slack's 3 seconds: a slash command gets a
 *   polite "busy, nothing saved, try again" in its language, anything else 503, which Slack
 *   retries (events) or shows as a failure the person can retry (buttons, modals keep their input);
 * - a correctly signed body that is not shaped like anything Slack sends gets 400 at once, and one
 *   for which Lofte has no listener 200 at once (request-shape.ts): Bolt would throw (500), crash
 *   (a body of `null`) or wait 3 s and answer 404.
 */
const WINDOW_S = 300;

export interface ReceiverLimits {
  maxInFlight: number;
  /** What Lofte listens to: anything else is acknowledged without going through Bolt. */
  listened: Listened;
  now?: () => number;
}

/** Bolt's own limit on a request body. */
const BODY_LIMIT = 4 * 1024 * 1024;

export function createHttpReceiver(options: HTTPReceiverOptions, limits: ReceiverLimits): HTTPReceiver {
  const { maxInFlight, listened, now = Date.now } = limits;
  const receiver = new HTTPReceiver(options);
  const handle = receiver.requestListener;
  let inFlight = 0;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    if (datedAhead(req, now())) {
      // As Bolt answers a stale or forged request: 401, no body.
      res.writeHead(401);
      res.end();
      req.resume();
      return;
    }
    if (req.method === "POST" && inFlight >= maxInFlight) {
      void turnAway(req, res);
      return;
    }
    inFlight++;
    res.once("close", () => inFlight--);
    if (req.method !== "POST" || !req.url?.startsWith("/slack/events")) {
      handle(req, res);
      return;
    }
    void readBody(req).then((body) => {
      if (body === null) return answer(res, 413);
      // Bolt reads the body we read (as it does for a body a platform has buffered).
      (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
      const text = body.toString("utf8");
      if (!signed(req, text, options.signingSecret)) return handle(req, res); // Bolt answers 401 and logs it
      const shape = requestShape(text, req.headers["content-type"], listened);
      if (shape === "bad") return answer(res, 400);
      if (shape === "ignore") return answer(res, 200);
      handle(req, res);
    });
  };
  return receiver;
}

function datedAhead(req: IncomingMessage, nowMs: number): boolean {
  const header = req.headers["x-slack-request-timestamp"];
  const timestamp = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(timestamp) && timestamp > nowMs / 1000 + WINDOW_S;
}

function answer(res: ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}

/** The body, or null when it is larger than Bolt would take. */
async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size <= BODY_LIMIT) chunks.push(chunk as Buffer);
    }
  } catch {
    return null;
  }
  return size <= BODY_LIMIT ? Buffer.concat(chunks) : null;
}

function signed(req: IncomingMessage, body: string, signingSecret: string): boolean {
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
    return true;
  } catch {
    return false;
  }
}

/** Answers without doing anything: nothing is read but the command's name, nothing is stored. */
async function turnAway(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body = "";
  for await (const chunk of req) {
    if (body.length < 8_192) body += chunk;
  }
  const command = (req.headers["content-type"] ?? "").includes("x-www-form-urlencoded") ? new URLSearchParams(body).get("command") : null;
  if (!command) {
    res.writeHead(503, { "retry-after": "60" });
    res.end();
    return;
  }
  const text = messages(command === "/promise" ? "en" : "sv").busy;
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ response_type: "ephemeral", text }));
}
