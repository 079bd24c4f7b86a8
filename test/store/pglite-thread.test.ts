import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/store/database.js";

/**
 * The embedded database runs PGlite on a thread of its own. What crosses between the threads
 * must behave as PostgreSQL does for Lofte: values come back as stored, a clash is a clash,
 * a failed transaction leaves nothing, others wait for a transaction instead of seeing half of
 * it, and a stopped database fails at once instead of leaving a request hanging.
 */

describe("the embedded database on its own thread", () => {
  let dataDir: string;
  let db: Database;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "lofte-thread-"));
    db = await openDatabase({ dataDir });
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const workspace = (id: string) => ({ id, language: "sv", workingDays: [1, 2, 3, 4, 5] });

  it("gives back times, dates, numbers and text as they were stored", async () => {
    const created = new Date("2026-03-29T01:30:00.123Z");
    await db.prisma.workspace.create({ data: { ...workspace("T0VALUES"), createdAt: created } });
    const read = await db.prisma.workspace.findUniqueOrThrow({ where: { id: "T0VALUES" } });
    expect(read.createdAt.toISOString()).toBe(created.toISOString());
    expect(read.workingDays).toEqual([1, 2, 3, 4, 5]);
    expect(read.holidayCountry).toBe("SE");
    const [row] = await db.prisma.$queryRaw<{ n: bigint; d: Date; j: { å: string } }[]>`
      SELECT 9007199254740993::int8 AS n, '2026-10-25'::date AS d, '{"å":"ö"}'::jsonb AS j`;
    expect(row.n).toBe(9007199254740993n);
    expect(row.d.toISOString().slice(0, 10)).toBe("2026-10-25");
    expect(row.j).toEqual({ å: "ö" });
  });

  it("reports a second row with the same key as the clash it is", async () => {
    await db.prisma.workspace.create({ data: workspace("T0TWICE") });
    await expect(db.prisma.workspace.create({ data: workspace("T0TWICE") })).rejects.toMatchObject({ code: "P2002" });
    expect(await db.prisma.workspace.count({ where: { id: "T0TWICE" } })).toBe(1);
  });

  it("reports a statement PostgreSQL refuses as its error, and goes on answering", async () => {
    await expect(db.prisma.$queryRaw`SELECT 'fredag'::int AS n`).rejects.toMatchObject({
      code: "P2010",
      meta: { driverAdapterError: { cause: { originalCode: "22P02" } } },
    });
    expect(await db.prisma.$queryRaw<{ n: number }[]>`SELECT 5::int AS n`).toEqual([{ n: 5 }]);
  });

  it("keeps nothing of a transaction that failed", async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.workspace.create({ data: workspace("T0HALF") });
        throw new Error("something went wrong after the first write");
      }),
    ).rejects.toThrow("something went wrong");
    expect(await db.prisma.workspace.count({ where: { id: "T0HALF" } })).toBe(0);
  });

  it("lets other statements wait for a transaction, and shows them all of it", async () => {
    let inside!: () => void;
    const started = new Promise<void>((resolve) => {
      inside = resolve;
    });
    let finish!: () => void;
    const transaction = db.prisma.$transaction(async (tx) => {
      await tx.workspace.create({ data: workspace("T0WAIT1") });
      inside();
      await new Promise<void>((resolve) => {
        finish = resolve;
      });
      await tx.workspace.create({ data: workspace("T0WAIT2") });
    });
    await started;
    const counted = db.prisma.workspace.count({ where: { id: { in: ["T0WAIT1", "T0WAIT2"] } } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    finish();
    await transaction;
    expect(await counted).toBe(2);
  });

  it("fails a statement at once after the database has stopped, instead of hanging", async () => {
    const other = await mkdtemp(join(tmpdir(), "lofte-thread-"));
    try {
      const stopped = await openDatabase({ dataDir: other });
      await stopped.close();
      await expect(stopped.prisma.workspace.count()).rejects.toThrow();
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});
