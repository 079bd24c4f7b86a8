import { describe, expect, it } from "vitest";
import { runFair } from "../../src/jobs/fair-pool.js";

/** The order reminders go out in when many are due at once. */
describe("sending side by side, fair between workspaces", () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

  it("a small workspace's reminders are not queued behind a large one's, and the limits hold", async () => {
    const items = [...Array.from({ length: 10 }, (_, i) => `big-${i}`), "small-0", "small-1"];
    const started: string[] = [];
    let inFlight = 0;
    let most = 0;
    const perKey = new Map<string, number>();
    let mostPerKey = 0;
    await runFair(
      items,
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
      ["a-0", "a-1", "a-2", "a-3", "b-0"],
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
    const unstarted = await runFair(
      ["x-0", "x-1", "x-2"],
      () => "x",
      async () => {
        stopping = true;
      },
      { concurrency: 1, perKey: 1, stopping: () => stopping },
    );
    expect(unstarted).toEqual(["x-1", "x-2"]);
  });
});
