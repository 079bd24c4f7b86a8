import http from "node:http";
import https from "node:https";
import type { webApi } from "@slack/bolt";

/**
 * How Lofte's Slack clients (the Web API's, and Bolt's answers to response URLs) reach Slack:
 * Node's own http module with kept-alive connections instead of fetch. They need little of
 * fetch: a POST of a form or of JSON, then the status, a few headers and the body. fetch
 * (undici) cost about 0.4 ms of CPU a call more, and 1 ms on the first calls after a start,
 * which every Slack call pays: a burst of reminders, each person's first command after a start
 * (users.info). A FormData body (a file's upload) goes through fetch as before.
 */

/**
 * A kept connection unused for 4 s is closed, as fetch does: the longer one waits, the likelier
 * Slack closes it just as it is reused (the call then fails like any dropped connection).
 */
const IDLE_MS = 4_000;
/** An answer silent this long fails the call: Bolt's client tries again, the scheduler's outbox later. */
const SILENCE_MS = 30_000;
const HTTP = { request: http.request, agent: new http.Agent({ keepAlive: true, timeout: IDLE_MS }) };
const HTTPS = { request: https.request, agent: new https.Agent({ keepAlive: true, timeout: IDLE_MS }) };

/** What Slack's clients read of an answer (@slack/web-api's FetchResponse, which it does not export). */
type Answer = Awaited<ReturnType<webApi.FetchFunction>>;

export const slackFetch: webApi.FetchFunction = (input, init = {}) => {
  const url = typeof input === "string" ? new URL(input) : input;
  const body = init.body;
  if (typeof body === "object" || (url.protocol !== "http:" && url.protocol !== "https:")) return fetch(url, init);
  const { signal } = init;
  return new Promise<Answer>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const { request: send, agent } = url.protocol === "https:" ? HTTPS : HTTP;
    const request = send(url, { method: init.method ?? "GET", headers: init.headers, agent });
    const abort = () => request.destroy(signal?.reason instanceof Error ? signal.reason : new Error("aborted"));
    signal?.addEventListener("abort", abort, { once: true });
    const done = () => signal?.removeEventListener("abort", abort);
    // Set on each request: a reused connection keeps the idle timeout otherwise (nodejs/node#53458).
    request.setTimeout(SILENCE_MS, () => request.destroy(new Error(`no answer from ${url.host} in ${SILENCE_MS / 1000} s`)));
    request.on("error", (error) => {
      done();
      reject(error);
    });
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", (error) => {
        done();
        reject(error);
      });
      response.on("end", () => {
        done();
        resolve(answer(url, response, Buffer.concat(chunks)));
      });
    });
    request.end(body);
  });
};

function answer(url: URL, response: http.IncomingMessage, body: Buffer): Answer {
  const status = response.statusCode ?? 0;
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: response.statusMessage ?? "",
    url: url.href,
    headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null, entries: () => headers.entries() },
    arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
    json: async () => JSON.parse(body.toString("utf8")),
    text: async () => body.toString("utf8"),
  };
}
