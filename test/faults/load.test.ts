import { describe, expect, inject, it } from "vitest";
import { type LoadResult, runLoad } from "../bench/load.js";

/**
 * 200 signed slash commands a second for 30 s against the real process, as Slack would send
 * them during a busy half-minute: what a user would notice. Speed itself is measured by
 * `npm run -s bench -- --only=load`; here only Slack's own rule counts (an answer within 3 s).
 */

const RUN_MS = 30_000;
const TIMEOUT_MS = RUN_MS + 150_000;

/** The figures, one JSON line per run, for the log of CI. */
function report(result: LoadResult): void {
  const { byKind: _, ...figures } = result;
  console.log(JSON.stringify(figures));
}

describe("load: 200 slash commands a second for 30 s", () => {
  it.runIf(inject("postgres"))(
    "on PostgreSQL every command is answered with 200 within 3 s, every promise is confirmed and stored, and Lofte stops cleanly",
    async () => {
      const result = await runLoad({ database: "postgresql" });
      report(result);
      expect(result.sent).toBe(6000);
      expect(result.errorKinds).toEqual({ status: 0, connection: 0, late: 0, unanswered: 0 });
      expect(result.unconfirmedReplies).toEqual([]);
      expect(result.confirmed).toBe(result.promisesSent);
      expect(result.lost).toBe(0);
      expect(result.rows).toBe(result.confirmed);
      expect(result.exitCode).toBe(0);
    },
    TIMEOUT_MS,
  );

  it(
    "on PGlite nothing crashes and no confirmed promise is lost",
    async () => {
      const result = await runLoad({ database: "pglite" });
      report(result);
      // Overload may make answers late or refused (the figures above say how many); what must
      // hold: the process is still up at the end and stops cleanly (it did not crash), every
      // promise someone saw confirmed is stored, and no more are stored than were sent.
      expect(result.exitCode).toBe(0);
      expect(result.confirmed).toBeGreaterThan(0);
      expect(result.lost).toBe(0);
      expect(result.rows).toBeLessThanOrEqual(result.promisesSent);
    },
    TIMEOUT_MS,
  );
});
