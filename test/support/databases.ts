import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../src/store/database.js";

/**
 * Real databases for tests: PGlite in memory, and a throwaway database on the PostgreSQL
 * server (LOFTE_TEST_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/postgres),
 * created per test file and dropped afterwards. Without a server the PostgreSQL runs are
 * skipped (test/global-setup.ts says so once); CI sets LOFTE_REQUIRE_POSTGRES=1 to make them count.
 */

export type DatabaseKind = "pglite" | "postgresql";

export const ADMIN_URL = process.env.LOFTE_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** The kinds to run database tests on: PostgreSQL when the global setup found a server. */
export function databaseKinds(): DatabaseKind[] {
  return inject("postgres") ? ["pglite", "postgresql"] : ["pglite"];
}

export interface TestDatabase extends Database {
  url?: string;
}

export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") return openDatabase({ dataDir: "memory://" });
  const name = `lofte_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = withDatabase(ADMIN_URL, name);
  const db = await openDatabase({ url });
  return {
    ...db,
    url,
    async close() {
      await db.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export async function postgresReachable(): Promise<boolean> {
  try {
    await adminQuery("SELECT 1");
    return true;
  } catch {
    return false;
  }
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A database for Lofte running as its own process: its environment, and a way to look inside. */
export interface ProcessDatabase {
  env: Record<string, string>;
  /** Opens the database in this process (for PGlite only while Lofte is not running). */
  open(): Promise<Database>;
  cleanUp(): Promise<void>;
}

export async function databaseForProcess(kind: DatabaseKind): Promise<ProcessDatabase> {
  if (kind === "postgresql") {
    const db = await openTestDatabase("postgresql");
    return { env: { DATABASE_URL: db.url as string }, open: async () => ({ ...db, close: async () => {} }), cleanUp: () => db.close() };
  }
  const dataDir = await mkdtemp(join(tmpdir(), "lofte-process-"));
  return {
    env: { LOFTE_DATA_DIR: dataDir },
    open: () => openDatabase({ dataDir }),
    cleanUp: () => rm(dataDir, { recursive: true, force: true }),
  };
}
