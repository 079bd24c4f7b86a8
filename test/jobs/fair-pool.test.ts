import { describe, expect, it } from "vitest";
import { runFair } from "../../src/jobs/fair-pool.js";

/** The order reminders go out in when many are due at once. */
describe("sending side by side, fair between workspaces", () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
  /** Hands out `lists` one per ask, then nothing. */
  const batches =
    <T>(...lists: T[][]) =>
    async () =>
      lists.shift() ?? [];

  it("a small workspace's reminders are not queued behind a large one's, and the limits hold", async () => {
    const items = [...Array.from({ length: 10 }, (_, i) => `big-${i}`), "small-0", "small-1"];
    const started: string[] = [];
    let inFlight = 0;
    let most = 0;
    const perKey = new Map<string, number>();
    let mostPerKey = 0;
    await runFair(
      batches(items),
      (item) => item.split("-")[0],
      async (item) => {
        const key = item.split("-")[0];
        started.push(item);
        inFlight++;
        perKey.set(key, (perKey.get(key) ?? 0) + 1);
        most = Math.max(most, inFlight);
        mostPerKey = Math.max(mostPerKey, perKey.get(key) ?? 0);
        await tick();
        inFlight--;
        perKey.set(key, (perKey.get(key) ?? 1) - 1);
      },
      { concurrency: 3, perKey: 2 },
    );
    expect(started).toHaveLength(12);
    expect(started.indexOf("small-1")).toBeLessThan(4);
    expect(most).toBe(3);
    expect(mostPerKey).toBe(2);
  });

  it("a dropped workspace's waiting reminders are handed back unstarted; stopping starts nothing new", async () => {
    const done: string[] = [];
    let dropped: string[] = [];
    await runFair(
      batches(["a-0", "a-1", "a-2", "a-3", "b-0"]),
      (item) => item[0],
      async (item, pool) => {
        await tick();
        if (item === "a-0") dropped = pool.drop("a");
        done.push(item);
      },
      { concurrency: 1, perKey: 1 },
    );
    expect(dropped).toEqual(["a-1", "a-2", "a-3"]);
    expect(done).toEqual(["a-0", "b-0"]);

    let stopping = false;
    const { unstarted } = await runFair(
      batches(["x-0", "x-1", "x-2"]),
      () => "x",
      async () => {
        stopping = true;
      },
      { concurrency: 1, perKey: 1, stopping: () => stopping },
    );
    expect(unstarted).toEqual(["x-1", "x-2"]);
  });

  it("asks for the next batch before this one runs dry, but not while a pool's worth is waiting", async () => {
    const started: string[] = [];
    let asked = 0;
    let inFlightWhenAsked = -1;
    const lists = [
      ["a-0", "a-1", "a-2", "a-3"],
      ["a-4", "a-5"],
      ["a-6", "a-7"],
    ];
    let inFlight = 0;
    let handedOut = 0;
    // Claimed but not started when asked again: a claim holds its rows, so no more than needed.
    let mostWaitingWhenAsked = 0;
    await runFair(
      async () => {
        asked++;
        if (asked === 2) inFlightWhenAsked = inFlight;
        mostWaitingWhenAsked = Math.max(mostWaitingWhenAsked, handedOut - started.length);
        const next = lists.shift() ?? [];
        handedOut += next.length;
        return next;
      },
      () => "a",
      async (item) => {
        inFlight++;
        started.push(item);
        await tick();
        inFlight--;
      },
      { concurrency: 2, perKey: 2 },
    );
    expect(started).toEqual(["a-0", "a-1", "a-2", "a-3", "a-4", "a-5", "a-6", "a-7"]);
    // The second batch was asked for while the first was still being worked on,
    expect(inFlightWhenAsked).toBeGreaterThan(0);
    // and never while as many as can run at once were still waiting.
    expect(mostWaitingWhenAsked).toBeLessThan(2);
  });

  it("asks once more after going idle (jobs may have made new ones); after a failure to ask, runs what it has and says why it ended", async () => {
    const ran: string[] = [];
    const source = ["first"];
    await runFair(
      async () => source.splice(0),
      () => "a",
      async (item) => {
        ran.push(item);
        await tick();
        if (item === "first") source.push("follow-up");
      },
      { concurrency: 4, perKey: 4 },
    );
    expect(ran).toEqual(["first", "follow-up"]);

    let calls = 0;
    const done: string[] = [];
    const failed = await runFair(
      async () => {
        calls++;
        if (calls === 1) return ["x-0", "x-1", "x-2"];
        throw new Error("database gone");
      },
      () => "x",
      async (item) => {
        await tick();
        done.push(item);
      },
      { concurrency: 1, perKey: 1 },
    );
    expect(done).toEqual(["x-0", "x-1", "x-2"]);
    expect(failed.unstarted).toEqual([]);
    expect(String(failed.failure?.error)).toContain("database gone");

    // Stopping after a failure: what never started is handed back, not dropped.
    let stopping = false;
    let asks = 0;
    const stopped = await runFair(
      async () => {
        asks++;
        if (asks === 1) return ["y-0", "y-1", "y-2"];
        throw new Error("database gone");
      },
      () => "y",
      async () => {
        await tick();
        stopping = true;
      },
      // One at a time for the one key, while room for three more is asked for (and fails).
      { concurrency: 3, perKey: 1, stopping: () => stopping },
    );
    expect(stopped.unstarted).toEqual(["y-1", "y-2"]);
    expect(stopped.failure).not.toBeNull();
  });
});
