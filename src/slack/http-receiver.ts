import type { IncomingMessage, ServerResponse } from "node:http";
import { HTTPReceiver, type HTTPReceiverOptions } from "@slack/bolt";

/**
 * Bolt's HTTP receiver (v0 signatures, requests older than 5 minutes refused) with one check
 * added: a request dated more than 5 minutes ahead is refused too. Bolt checks only the past,
 * so a signed request dated in the future could be replayed for as long as its date lies ahead.
 */
const WINDOW_S = 300;

export function createHttpReceiver(options: HTTPReceiverOptions, now: () => number = Date.now): HTTPReceiver {
  const receiver = new HTTPReceiver(options);
  const handle = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    if (datedAhead(req, now())) {
      // As Bolt answers a stale or forged request: 401, no body.
      res.writeHead(401);
      res.end();
      req.resume();
      return;
    }
    handle(req, res);
  };
  return receiver;
}

function datedAhead(req: IncomingMessage, nowMs: number): boolean {
  const header = req.headers["x-slack-request-timestamp"];
  const timestamp = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(timestamp) && timestamp > nowMs / 1000 + WINDOW_S;
}
