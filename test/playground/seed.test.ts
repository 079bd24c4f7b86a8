import { describe, expect, it } from "vitest";
import { formatIsoDate, toLocal } from "../../src/domain/zoned-time.js";
import { parseCommitment } from "../../src/language/parse-commitment.js";
import { playgroundStart, seedLofte, seedStandIn } from "../../src/playground/seed.js";
import { SlackState } from "../../src/playground/stand-in/state.js";
import { TEAM } from "../../src/playground/team.js";
import { type Lofte, useLofte } from "../support/harness.js";

// Monday 30 November 2026, 07:00 in Stockholm: the playground starts on each weekday after it.
const MONDAY = "2026-11-30T06:00:00Z";

/**
 * The playground's first screen: what each seeded promise says agrees with the deadline Lofte
 * shows, whichever weekday it starts on ("by Wednesday" is due on a Wednesday, "på tisdag" on
 * a Tuesday), and the message in #sälj says the same as Emma's promise.
 */
describe("the playground's seeded promises", () => {
  let lofte: Lofte;
  useLofte("pglite", MONDAY, (started) => ({ lofte } = started));

  it.each([0, 1, 2, 3, 4])("read as they are written, starting %i days after Monday", async (days) => {
    const start = playgroundStart(new Date(new Date(MONDAY).getTime() + days * 86_400_000));
    const prisma = lofte.deps.db.prisma;
    await prisma.commitment.deleteMany({ where: { workspaceId: TEAM.id } });
    await seedLofte(lofte.deps, start);
    const seeded = await prisma.commitment.findMany({ where: { workspaceId: TEAM.id } });
    expect(seeded.length).toBeGreaterThan(5);
    for (const c of seeded) {
      const read = parseCommitment(c.originalText, {
        now: c.createdAt,
        timeZone: c.timeZone,
        language: c.language === "en" ? "en" : "sv",
        recording: true,
      });
      const day = (at: Date | null) => (at ? formatIsoDate(toLocal(at, c.timeZone)) : null);
      expect(day(read.dueAt), `"${c.originalText}", written ${c.createdAt.toISOString()}`).toBe(day(c.dueAt));
    }
    const state = new SlackState(() => start.getTime());
    seedStandIn(state, start);
    const emma = seeded.find((c) => c.language === "en" && c.customer === "Acme");
    expect(state.messages.map((m) => m.text)).toContain(`${emma?.originalText}.`);
  });
});
