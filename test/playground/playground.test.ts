import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOFTE_USER } from "../../src/playground/stand-in/state.js";
import type { RunningPlayground } from "../../src/playground/start.js";
import { SVEN } from "../../src/playground/team.js";
import { startTestPlayground } from "../support/playground.js";

/**
 * The playground without a browser: its endpoints as the page calls them, what reaches Lofte
 * and what comes back, the clock, starting over, and bad input.
 */
describe("the playground's endpoints", () => {
  let running: RunningPlayground;

  beforeAll(async () => {
    running = await startTestPlayground();
  }, 60_000);

  afterAll(async () => {
    await running?.stop();
  });

  const post = async (name: string, body: unknown, contentType = "application/json") => {
    const res = await fetch(`${running.url}/playground/${name}`, {
      method: "POST",
      headers: { "content-type": contentType },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it("listens on loopback only", () => {
    expect(new URL(running.url).hostname).toBe("127.0.0.1");
  });

  it("serves the page, its script and its styles", async () => {
    for (const path of ["/", "/playground/client.js", "/playground/page.css", "/playground/blocks.css"]) {
      const res = await fetch(`${running.url}${path}`);
      expect(res.status, path).toBe(200);
    }
  });

  it("sends a typed /lofte to Lofte as Slack does, and shows the answer to the typist only", async () => {
    const sent = await post("send", { as: SVEN, at: "C0SALJ", text: "/lofte jag skickar offerten till Scania på fredag" });
    expect(sent).toEqual({ status: 200, body: { ok: true } });
    const reply = running.state.messages.at(-1);
    expect(reply?.user).toBe(LOFTE_USER);
    expect(reply?.ephemeralTo).toBe(SVEN);
    expect(reply?.text).toBe("Noterat: du lovar att skicka offerten till Scania — senast fredag 11 december kl 17:00.");
  });

  it("lets Lofte answer a command far too long for a promise, as Slack would deliver it", async () => {
    const sent = await post("send", { as: SVEN, at: "C0SALJ", text: `/lofte jag skickar ${"mycket ".repeat(700)}offerten på fredag` });
    expect(sent).toEqual({ status: 200, body: { ok: true } });
    expect(running.state.messages.at(-1)?.text).toContain("Det är lite för långt för ett löfte (högst 1500 tecken)");
  });

  it("draws the page for a person: their language, their conversation, their clock", async () => {
    const res = await fetch(`${running.url}/playground/state?as=U0EMMA&at=C0SALJ`);
    const view = (await res.json()) as Record<string, string>;
    expect(view.language).toBe("en");
    // Sven's confirmation was only for Sven.
    expect(view.main).not.toContain("Noterat");
    expect(view.clock).toBe("Monday 7 December at 07:45");
  });

  it("moves the clock forward only, and sends what fell due", async () => {
    const before = running.clock.now().getTime();
    const next = await post("clock", { step: "next" });
    expect(next.status).toBe(200);
    expect(["reminder", "digest"]).toContain(next.body.kind);
    expect(running.clock.now().getTime()).toBeGreaterThan(before);
    const hour = running.clock.now().getTime();
    await post("clock", { step: "hour" });
    expect(running.clock.now().getTime() - hour).toBeGreaterThanOrEqual(3_600_000);
    expect((await post("clock", { step: "back" })).status).toBe(400);
  });

  it("answers bad input with a clear error and changes nothing", async () => {
    const count = running.state.messages.length;
    expect((await post("send", "not json at all", "text/plain")).status).toBe(415);
    expect((await post("send", "{not json", "application/json")).status).toBe(400);
    expect((await post("send", { as: "U0NOBODY", at: "C0SALJ", text: "hej" })).body).toEqual({ ok: false, error: "bad_request" });
    // Longer than Slack lets a message be.
    expect((await post("send", { as: SVEN, at: "C0SALJ", text: "x".repeat(40_001) })).status).toBe(400);
    expect((await post("react", { as: SVEN, channel: "C0SALJ", ts: "1.1", emoji: "<script>" })).status).toBe(400);
    expect(
      (await post("action", { as: SVEN, where: { viewId: "V0NONE" }, action: { actionId: "a", blockId: "b", type: "button" }, values: {} }))
        .status,
    ).toBe(404);
    expect((await post("nothing-here", {})).status).toBe(404);
    expect((await post("send", { as: SVEN, at: "C0SALJ", text: "x".repeat(300_000) })).status).toBe(413);
    expect(running.state.messages.length).toBe(count);
  });

  it("takes only slash commands in Lofte's DM, as the manifest's read-only messages tab does", async () => {
    const res = await post("send", { as: SVEN, at: "D0SVEN", text: "hej Lofte" });
    expect(res).toEqual({ status: 409, body: { ok: false, problem: "readOnly" } });
  });

  it("starts over: the seeded workspace is back and the clock is at its start", async () => {
    await post("send", { as: SVEN, at: "C0SALJ", text: "ett meddelande som ska bort" });
    expect((await post("start-over", {})).status).toBe(200);
    expect(running.state.messages.some((m) => m.text === "ett meddelande som ska bort")).toBe(false);
    expect(running.state.messages.some((m) => m.text.includes("Jag ringer Ericsson"))).toBe(true);
  });
});
