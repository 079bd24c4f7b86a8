import { describe, expect, it } from "vitest";
import { Pacer } from "../../src/slack/pacer.js";

describe("pacing posts to one channel", () => {
  it("spaces two posts to the same channel by the gap, and does not hold back other channels", async () => {
    const pacer = new Pacer(300);
    const started = performance.now();
    await pacer.wait("D0ANNA");
    await pacer.wait("D0BOB");
    expect(performance.now() - started).toBeLessThan(150);
    await pacer.wait("D0ANNA");
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });
});
