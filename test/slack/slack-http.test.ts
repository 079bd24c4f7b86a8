import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { webApi } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slackFetch } from "../../src/slack/slack-http.js";

/**
 * Lofte's Slack clients reach Slack through slackFetch (Node's http, not fetch). These run the
 * real Web API client over it against a local server that answers as Slack does: an answer, a
 * rate limit, silence, a dropped connection.
 */

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

describe("Slack calls over slackFetch", () => {
  let server: Server;
  let handler: Handler = () => {};
  let apiUrl = "";
  let connections = 0;
  const client = (options: webApi.WebClientOptions = {}) =>
    new webApi.WebClient("xoxb-test", { slackApiUrl: apiUrl, fetch: slackFetch, logLevel: webApi.LogLevel.ERROR, ...options });

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => handler(req, body, res));
    });
    server.on("connection", () => connections++);
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("sends the call as Slack expects it and reads Slack's answer", async () => {
    let seen: { url?: string; auth?: string; type?: string; body?: string } = {};
    handler = (req, body, res) => {
      seen = { url: req.url, auth: req.headers.authorization, type: req.headers["content-type"], body };
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ ok: true, user: { id: "U0ANNA", tz: "Europe/Stockholm", locale: "sv-SE", real_name: "Anna Åberg" } }));
    };
    const answer = await client().users.info({ user: "U0ANNA", include_locale: true });
    expect(answer.user).toMatchObject({ tz: "Europe/Stockholm", locale: "sv-SE", real_name: "Anna Åberg" });
    expect(seen.url).toBe("/api/users.info");
    expect(seen.auth).toBe("Bearer xoxb-test");
    expect(seen.type).toBe("application/x-www-form-urlencoded");
    expect(new URLSearchParams(seen.body).get("user")).toBe("U0ANNA");
  });

  it("reads a rate limit's Retry-After, so the sender can wait that long", async () => {
    handler = (_req, _body, res) => {
      res.writeHead(429, { "retry-after": "7" });
      res.end();
    };
    const error = await client({ rejectRateLimitedCalls: true })
      .chat.postMessage({ channel: "C0SALES", text: "hej" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: webApi.ErrorCode.RateLimitedError, retryAfter: 7 });
  });

  it("gives up on an answer that does not come within the client's timeout, and the next call works", async () => {
    handler = () => {}; // never answers
    const started = performance.now();
    const error = await client({ timeout: 300, retryConfig: { retries: 0 } })
      .chat.postMessage({ channel: "C0SALES", text: "hej" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: webApi.ErrorCode.RequestError });
    expect(performance.now() - started).toBeLessThan(3_000);

    handler = (_req, _body, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, ts: "1.2" }));
    };
    expect((await client().chat.postMessage({ channel: "C0SALES", text: "hej" })).ts).toBe("1.2");
  });

  it("waits for a slow answer on a kept connection as on a new one", async () => {
    const ok = (res: ServerResponse) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, ts: "2.3" }));
    };
    handler = (_req, _body, res) => ok(res);
    const slack = client({ retryConfig: { retries: 0 } });
    await slack.chat.postMessage({ channel: "C0SALES", text: "hej" });
    const before = connections;
    // Slack answering after 5 s, past a kept connection's 4 s of idleness.
    handler = (_req, _body, res) => setTimeout(() => ok(res), 5_000);
    expect((await slack.chat.postMessage({ channel: "C0SALES", text: "hej" })).ts).toBe("2.3");
    expect(connections, "the second call reused the first call's connection").toBe(before);
  }, 15_000);

  it("fails a call whose connection drops, rather than waiting", async () => {
    handler = (req) => req.socket.destroy();
    const error = await client({ retryConfig: { retries: 0 } })
      .chat.postMessage({ channel: "C0SALES", text: "hej" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: webApi.ErrorCode.RequestError });
  });

  it("says what Slack answered when it is not 200", async () => {
    handler = (_req, _body, res) => {
      res.writeHead(503, "Service Unavailable", { "content-type": "text/plain" });
      res.end("down for maintenance");
    };
    const error = await client({ retryConfig: { retries: 0 } })
      .chat.postMessage({ channel: "C0SALES", text: "hej" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: webApi.ErrorCode.HTTPError,
      statusCode: 503,
      statusMessage: "Service Unavailable",
      body: "down for maintenance",
    });
  });
});
