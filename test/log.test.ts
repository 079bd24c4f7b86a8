import { LogLevel } from "@slack/bolt";
import { beforeAll, describe, expect, it } from "vitest";
import { JsonLogger } from "../src/log.js";
import type { TestDatabase } from "./support/databases.js";
import { type Lofte, SIGNING_SECRET, useLofte } from "./support/harness.js";
import { eventEnvelope } from "./support/slack-driver.js";

/** Logs: one JSON object a line, a request id on each, never a token, secret or message text. */

function collect(level = LogLevel.INFO): { log: JsonLogger; lines: () => Record<string, unknown>[] } {
  const raw: string[] = [];
  const log = new JsonLogger(level, "lofte", (line) => raw.push(line));
  return { log, lines: () => raw.map((line) => JSON.parse(line)) };
}

describe("the JSON logger", () => {
  it("writes one JSON object a line with time, level and message, and drops what is below its level", () => {
    const { log, lines } = collect();
    log.debug("not shown");
    log.info("tick:", 3, { sent: 2 });
    log.warn(new Error("slow\nSELECT * FROM secret values"));
    expect(lines()).toHaveLength(2);
    expect(lines()[0]).toMatchObject({ level: "info", name: "lofte", msg: 'tick: 3 {"sent":2}' });
    expect(Date.parse(String(lines()[0].time))).not.toBeNaN();
    // Only an error's first line: database errors go on to quote the query's values.
    expect(lines()[1]).toMatchObject({ level: "warn", msg: "Error: slow" });
  });

  it("replaces Slack tokens and the secrets it was given, wherever they appear", () => {
    const { log, lines } = collect();
    log.redact("signing-secret-1234");
    log.error("auth failed for xoxb-1234-5678-abcdef with xapp-1-A0-99-ff and xoxp-9-9, secret signing-secret-1234");
    const line = JSON.stringify(lines()[0]);
    for (const leaked of ["xoxb-1234", "xapp-1", "xoxp-9", "signing-secret-1234"]) expect(line).not.toContain(leaked);
    expect(String(lines()[0].msg)).toBe("auth failed for [redacted] with [redacted] and [redacted], secret [redacted]");
  });

  it("tags every line written while handling a request with that request's id", async () => {
    const { log, lines } = collect();
    await log.withRequestId("req-1", async () => {
      await new Promise((r) => setTimeout(r, 5));
      log.info("inside");
    });
    log.info("outside");
    expect(lines().map((l) => l.request_id)).toEqual(["req-1", undefined]);
  });

  it("prints starting and stopping at every level", () => {
    const { log, lines } = collect(LogLevel.ERROR);
    log.info("hidden");
    log.lifecycle("Lofte is running");
    expect(lines().map((l) => l.msg)).toEqual(["Lofte is running"]);
  });
});

describe("Lofte's logs while it works", () => {
  let db: TestDatabase;
  let lofte: Lofte;
  const MARKER = "Hemligakunden";

  useLofte("pglite", "2026-11-25T09:00:00Z", (started) => ({ db, lofte } = started), { LOG_LEVEL: "info" });
  beforeAll(async () => {
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
  });

  it("logs each request as one JSON line with its own id, and no token, secret or text anyone wrote", async () => {
    await lofte.driver.command({ text: `jag skickar offerten till ${MARKER} på fredag` });
    await lofte.driver.command({ text: `vad tycker ${MARKER} om priset?` });
    await lofte.driver.event(eventEnvelope({ type: "message", channel: "C0SALES", user: "U0ANNA", text: `${MARKER} ringer`, ts: "1.1" }));
    await lofte.driver.interaction({
      type: "block_actions",
      team: { id: "T0LOFTE" },
      user: { id: "U0ANNA" },
      actions: [{ action_id: "nudge_done", value: MARKER }],
    });
    await lofte.slack.settle();

    const lines = lofte.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = lines.filter((l) => l.msg === "request");
    // An event is acknowledged before its handler ends, so its line may come after the click's.
    expect(requests.map((r) => `${r.kind} ${r.name}`).sort()).toEqual(
      ["command /lofte", "command /lofte", "event message", "action nudge_done"].sort(),
    );
    expect(new Set(requests.map((r) => r.request_id)).size).toBe(4);
    expect(requests.every((r) => r.team === "T0LOFTE" && typeof r.ms === "number")).toBe(true);

    const all = lofte.logs.join("\n");
    for (const secret of [MARKER, "xoxb-test-token", SIGNING_SECRET]) expect(all).not.toContain(secret);
  });
});
