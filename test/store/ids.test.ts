import { describe, expect, it } from "vitest";
import { uuidv7 } from "../../src/store/ids.js";

/** The ids rows written with plain SQL get: the same kind Prisma makes, never repeated, in time order. */
describe("uuidv7", () => {
  it("makes version 7 ids that never repeat, over many more than one pool of random bytes", () => {
    const ids = Array.from({ length: 5_000 }, () => uuidv7(Date.UTC(2026, 11, 7, 9)));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("starts with the time it is made at, so ids sort in the order their rows were written", () => {
    const earlier = uuidv7(Date.UTC(2026, 11, 7, 9, 0, 0, 1));
    const later = uuidv7(Date.UTC(2026, 11, 7, 9, 0, 0, 2));
    expect(earlier < later).toBe(true);
    expect(Number.parseInt(later.replace(/-/g, "").slice(0, 12), 16)).toBe(Date.UTC(2026, 11, 7, 9, 0, 0, 2));
  });
});
