import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffSql } from "../../prisma/schema-engine.js";
import { MIGRATIONS_DIR, migrate, readMigrations } from "../../src/store/migrate.js";
import { databaseKinds, openTestDatabase, type TestDatabase } from "../support/databases.js";

const SCHEMA = fileURLToPath(new URL("../../prisma/schema.prisma", import.meta.url));

describe("migrations and schema.prisma", () => {
  it("has no drift: the migrations produce exactly the schema in schema.prisma", async () => {
    expect(await diffSql({ from: { migrationsDir: MIGRATIONS_DIR }, schemaPath: SCHEMA })).toBe("");
  });

  it("would notice drift: from an empty database the schema needs tables", async () => {
    expect(await diffSql({ from: "empty", schemaPath: SCHEMA })).toContain('CREATE TABLE "Commitment"');
  });
});

describe.each(databaseKinds())("applying migrations on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("records every migration the way `prisma migrate deploy` does", async () => {
    const session = await db.session();
    try {
      const rows = await session.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
        `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      const migrations = await readMigrations();
      expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
      for (const [i, row] of rows.entries()) {
        const bytes = await readFile(`${MIGRATIONS_DIR}/${migrations[i].name}/migration.sql`);
        expect(row.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
        expect(row.finished_at).not.toBeNull();
        expect(row.applied_steps_count).toBe(1);
      }
    } finally {
      await session.release();
    }
  });

  it("applies nothing the second time", async () => {
    const session = await db.session();
    try {
      expect(await migrate(session)).toEqual([]);
    } finally {
      await session.release();
    }
  });

  it("creates deadlines as timestamptz and the outbox's uniqueness per commitment, kind and time", async () => {
    const session = await db.session();
    try {
      const [column] = await session.query<{ data_type: string }>(
        `SELECT data_type FROM information_schema.columns WHERE table_name = 'Commitment' AND column_name = 'dueAt'`,
      );
      expect(column.data_type).toBe("timestamp with time zone");
      const indexes = await session.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE tablename = 'Nudge'`);
      expect(indexes.map((i) => i.indexdef).join("\n")).toMatch(/UNIQUE INDEX .* \("commitmentId", kind, "dueAt"\)/);
    } finally {
      await session.release();
    }
  });
});
