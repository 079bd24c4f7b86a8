import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/client.js";
import { migrate, type SqlSession } from "./migrate.js";

/**
 * Opens Lofte's database and brings its schema up to date. Without DATABASE_URL it is PGlite
 * (PostgreSQL in WebAssembly, in this process, data in a directory; "memory://" keeps it in
 * memory); with DATABASE_URL it is a PostgreSQL server. The same SQL runs on both.
 */

export type Prisma = PrismaClient;

export interface Database {
  prisma: PrismaClient;
  kind: "pglite" | "postgresql";
  /** Runs plain SQL on its own session (migrations, health checks). */
  session(): Promise<SqlSession & { release(): Promise<void> }>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgresql://… for a server; otherwise PGlite in `dataDir`. */
  url?: string;
  /** A directory for PGlite's data, or "memory://". */
  dataDir?: string;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const database = options.url ? openPostgres(options.url) : await openPGlite(options.dataDir ?? "./data");
  const session = await database.session();
  try {
    await migrate(session);
  } finally {
    await session.release();
  }
  return database;
}

async function openPGlite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith("memory://")) await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    kind: "pglite",
    async session() {
      return {
        query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
        exec: async (sql: string) => {
          await pglite.exec(sql);
        },
        release: async () => {},
      };
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

function openPostgres(url: string): Database {
  // Fail fast when the server is down (readiness, a tick) instead of waiting for TCP.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // A server restart must not crash the process: idle clients report errors here.
  pool.on("error", () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    kind: "postgresql",
    async session() {
      const client = await pool.connect();
      // A checked-out client has no "error" listener of the pool's: when the server goes away
      // while one is held (a restart during a readiness check), node-postgres emits "error" on
      // it, and unheard that crashed the process. Listen, and have a broken client discarded.
      let broken: Error | undefined;
      const onError = (error: Error) => {
        broken = error;
      };
      client.on("error", onError);
      return {
        query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
        exec: async (sql: string) => {
          await client.query(sql);
        },
        release: async () => {
          client.off("error", onError);
          client.release(broken);
        },
      };
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
