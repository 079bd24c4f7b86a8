import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import type { TestDatabase } from "../support/databases.js";
import { type Lofte, useLofte } from "../support/harness.js";
import { commandBody, interactionBody } from "../support/slack-driver.js";

/**
 * The HTTP edge in front of Bolt: bodies that are not Slack's are answered at once, and when
 * more requests are in progress than Lofte can answer in time, a new command is told so
 * politely within Slack's 3 seconds, with nothing stored.
 */
describe("the HTTP edge", () => {
  let db: TestDatabase;
  let lofte: Lofte;

  useLofte("pglite", "2026-11-25T09:00:00Z", (started) => ({ db, lofte } = started), { LOFTE_MAX_IN_FLIGHT: "1" });

  it("answers a signed body that is not shaped like Slack's with 400 at once, and touches nothing", async () => {
    for (const [body, type] of [
      ["null", "application/json"],
      ["{}", "application/json"],
      ["[1,2]", "application/json"],
      [interactionBody(null), "application/x-www-form-urlencoded"],
      [interactionBody({ type: "block_actions", actions: [{ action_id: "nudge_done" }] }), "application/x-www-form-urlencoded"],
      [JSON.stringify({ type: "event_callback", team_id: "T0LOFTE", event: "reaction_added" }), "application/json"],
      ["a=1", "application/x-www-form-urlencoded"],
    ] as const) {
      const answer = await lofte.driver.raw(body, type);
      expect({ body, status: answer.status, fast: answer.ms < 1000 }).toEqual({ body, status: 400, fast: true });
    }
    expect(await db.prisma.commitment.count()).toBe(0);
  });

  it("leaves other paths to Bolt, which answers them at once instead of leaving the connection hanging", async () => {
    const url = lofte.driver.url.replace("/slack/events", "/slack/events/");
    const answer = await fetch(url, { method: "POST", body: "x=1", signal: AbortSignal.timeout(3000) });
    expect(answer.status).toBe(404);
  });

  it("acknowledges at once what Lofte has no listener for: an old button, another event", async () => {
    const button = interactionBody({
      type: "block_actions",
      user: { id: "U0ANNA" },
      team: { id: "T0LOFTE" },
      actions: [{ action_id: "from_an_old_version" }],
    });
    const event = JSON.stringify({ type: "event_callback", team_id: "T0LOFTE", event: { type: "member_joined_channel", user: "U0ANNA" } });
    for (const [body, type] of [
      [button, "application/x-www-form-urlencoded"],
      [event, "application/json"],
    ] as const) {
      const answer = await lofte.driver.raw(body, type);
      expect({ status: answer.status, fast: answer.ms < 1000 }).toEqual({ status: 200, fast: true });
    }
  });

  it("tells a command that arrives while Lofte is full that it is busy, in the command's language, and stores nothing", async () => {
    // The first command waits for Slack's answer about its author, so it is still in progress.
    lofte.slack.delays.set("users.info", 1500);
    const first = lofte.driver.command({
      text: "jag skickar offerten till Acme på fredag",
      user_id: "U0SLOW",
      response_url: lofte.slack.responseUrl("slow"),
    });
    await new Promise((r) => setTimeout(r, 300));
    const second = await lofte.driver.raw(
      commandBody({ text: "I'll send the report to Volvo on Friday", command: "/promise", user_id: "U0BUSY" }),
      "application/x-www-form-urlencoded",
    );
    expect(second.status).toBe(200);
    expect(second.json).toEqual({
      response_type: "ephemeral",
      text: "Lofte is very busy right now and saved nothing. Please try again in a moment.",
    });
    expect(second.ms).toBeLessThan(1000);
    // Answered in the acknowledgement, or through the response URL when a busy machine takes it
    // past the acknowledgement's 2 s.
    const answered = (await first).json?.text ?? (await lofte.slack.waitForResponse("slow")).text;
    expect(String(answered)).toMatch(/^Noterat/);
    lofte.slack.delays.clear();
    expect(await db.prisma.commitment.count({ where: { creatorId: "U0BUSY" } })).toBe(0);
    expect(await db.prisma.commitment.count({ where: { creatorId: "U0SLOW" } })).toBe(1);
  });

  /** Writes `request` on a socket of its own; resolves with what came back and whether the server closed it. */
  function rawRequest(request: string, trickle = false): Promise<{ text: string; closedMs: number | null }> {
    const { port, hostname } = new URL(lofte.baseUrl);
    return new Promise((resolve) => {
      const started = performance.now();
      const socket = connect(Number(port), hostname);
      let text = "";
      const giveUp = setTimeout(() => {
        socket.destroy();
        resolve({ text, closedMs: null });
      }, 8000);
      socket.on("data", (d) => {
        text += d;
      });
      socket.on("close", () => {
        clearTimeout(giveUp);
        resolve({ text, closedMs: performance.now() - started });
      });
      socket.on("error", () => {});
      socket.write(request);
      // A client that sends a little of its body and then nothing more.
      if (trickle) socket.write("payload=");
    });
  }

  it("answers a body that never finishes with 408 within 3 s, and closes the connection", async () => {
    const answer = await rawRequest(
      "POST /slack/events HTTP/1.1\r\nHost: x\r\ncontent-type: application/x-www-form-urlencoded\r\ncontent-length: 500\r\n\r\n",
      true,
    );
    expect(answer.text).toMatch(/^HTTP\/1\.1 408/);
    expect(answer.closedMs).not.toBeNull();
    expect(answer.closedMs).toBeLessThan(4500);
  });

  it("answers a request line no URL can be made of with 400, not 500", async () => {
    const answer = await rawRequest("GET //[ HTTP/1.1\r\nHost: x\r\nconnection: close\r\n\r\n");
    expect(answer.text).toMatch(/^HTTP\/1\.1 400/);
  });
});
