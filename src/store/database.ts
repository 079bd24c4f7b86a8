import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/client.js";
import { migrate, type SqlSession } from "./migrate.js";
import { PGliteThread } from "./pglite-thread.js";
import { SettingsCache, WORKSPACE_CHANNEL } from "./settings-cache.js";

/**
 * Opens Lofte's database and brings its schema up to date. Without DATABASE_URL it is PGlite
 * (PostgreSQL in WebAssembly, on a thread of this process, data in a directory; "memory://"
 * keeps it in memory); with DATABASE_URL it is a PostgreSQL server. The same SQL runs on both.
 */

export type Prisma = PrismaClient;

/** A transaction, as `$transaction` hands it to its callback. */
export type Tx = Parameters<Parameters<Prisma["$transaction"]>[0]>[0];

/** One SQL statement with `$1…` parameters, and the rows it returns. */
export type Query = <T>(sql: string, params: unknown[]) => Promise<T[]>;

/**
 * Where a store function writes: the database itself (`Database` is one), or a transaction on
 * it (`inTransaction(tx)`).
 */
export interface Writer {
  prisma: Prisma | Tx;
  query: Query;
}

/** A transaction as a Writer: its statements go through Prisma, inside the transaction. */
export function inTransaction(tx: Tx): Writer {
  return { prisma: tx, query: <T>(sql: string, params: unknown[]) => tx.$queryRawUnsafe<T[]>(sql, ...params) };
}

export interface Database extends Writer {
  prisma: PrismaClient;
  kind: "pglite" | "postgresql";
  /**
   * One statement straight to the driver, on its own (no transaction). For the statements every
   * command runs, a request's sighting and a new promise: Prisma's own work on them was a fifth
   * of a command's CPU. Inside a transaction use its Writer (inTransaction): on PGlite a
   * statement from outside waits for the transaction to end.
   */
  query: Query;
  /** Workspace settings as this process last read them, dropped when any process changes them. */
  settings: SettingsCache;
  /** Starts hearing of workspace changes (after the migrations, which create the trigger). */
  listen(): Promise<void>;
  /**
   * Runs plain SQL on its own session (migrations, health checks). `unbounded`: no statement
   * timeout (migrations, which may wait for another replica's or build an index).
   */
  session(options?: { unbounded?: boolean }): Promise<SqlSession & { release(): Promise<void> }>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgresql://… for a server; otherwise PGlite in `dataDir`. */
  url?: string;
  /** A directory for PGlite's data, or "memory://". */
  dataDir?: string;
  /** PostgreSQL: how long a statement may run, and an answer may take to come back (tests shorten it). */
  statementTimeoutMs?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const database = options.url ? openPostgres(options.url, options.statementTimeoutMs) : await openPGlite(options.dataDir ?? "./data");
  try {
    const session = await database.session({ unbounded: true });
    try {
      await migrate(session);
    } finally {
      await session.release();
    }
    await database.listen();
  } catch (error) {
    // Nothing stays open behind a failed start (PGlite's thread, a pool's connections).
    await database.close().catch(() => {});
    throw error;
  }
  return database;
}

/**
 * A parameter as Database.query sends it. An instant is written in UTC, the same on both
 * drivers, and past the year 9999 as PostgreSQL reads it ("10000-01-03T13:00:00.000Z"):
 * PGlite's own writing of a Date ("+010000-…", from toISOString) fails there, so a promise due
 * on 31 December 9999, whose reminders fall in 10000, could not be stored.
 */
function sqlValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().replace(/^\+0*(\d{5,})-/, "$1-") : value;
}

/**
 * The embedded database serves one small team: 8 MB of shared buffers instead of PostgreSQL's
 * 128 MB. PGlite touches all of them as it starts, so each MB is resident for good: 128 → 16
 * kept Lofte's memory at rest about 140 MB lower, 16 → 8 another 10 MB, with a tick over 10,000
 * promises as fast (the file system caches the rest).
 */
const PGLITE_SETTINGS = ["shared_buffers = 8MB"];

async function openPGlite(dataDir: string): Promise<Database> {
  const onDisk = !dataDir.startsWith("memory://");
  if (onDisk) await mkdir(dataDir, { recursive: true });
  // Creating a database (initdb) grows PGlite's WebAssembly memory to over 500 MB, and it never
  // shrinks: a new data directory is created by a thread that then stops (its memory with it),
  // and Lofte runs in the memory a restart has.
  if (onDisk && !existsSync(join(dataDir, "PG_VERSION"))) await (await PGliteThread.start(dataDir, PGLITE_SETTINGS)).close();
  const pglite = await PGliteThread.start(dataDir, PGLITE_SETTINGS);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite.asPGlite()) });
  const settings = new SettingsCache();
  return {
    prisma,
    kind: "pglite",
    query: async <T>(sql: string, params: unknown[]) => (await pglite.query<T>(sql, params.map(sqlValue))).rows,
    settings,
    async listen() {
      await pglite.listen(WORKSPACE_CHANNEL, (id) => settings.drop(id));
      settings.setListening(true);
    },
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

/**
 * A pool that a sick network cannot hang:
 * - a connection is refused after 5 s instead of waiting for TCP (the server is down);
 * - the server ends a statement after 30 s, and a transaction left idle (its client gone) after
 *   60 s, so no lock is held for long;
 * - the client gives up on an answer 5 s after that: a partition that drops packets fails the
 *   query (and the tick goes on next time) instead of waiting forever. A session's connection
 *   is then thrown away; one in a Prisma transaction goes back to the pool (the adapter releases
 *   it without the error) and fails its next query the same way until the network heals;
 * - TCP keepalive finds idle connections whose server vanished.
 */
function openPostgres(url: string, statementTimeoutMs = 30_000): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    statement_timeout: statementTimeoutMs,
    idle_in_transaction_session_timeout: 2 * statementTimeoutMs,
    query_timeout: statementTimeoutMs + 5_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // A server restart must not crash the process: idle clients report errors here.
  pool.on("error", () => {});
  // Every session is on UTC, whatever the server's TimeZone: Prisma writes an instant without
  // its zone (read in the session's), and Database.query writes it with one; on a server set to
  // Stockholm time the two would disagree by an hour or two. Sent before the client's first query.
  pool.on("connect", (client) => void client.query("SET TIME ZONE 'UTC'").catch(() => {}));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const settings = new SettingsCache();
  const listener = settingsListener(url, settings);
  return {
    prisma,
    kind: "postgresql",
    query: async <T>(sql: string, params: unknown[]) => (await pool.query(sql, params.map(sqlValue))).rows as T[],
    settings,
    listen: listener.start,
    async session(options = {}) {
      const client = await pool.connect();
      // A checked-out client has no "error" listener of the pool's: when the server goes away
      // while one is held (a restart during a readiness check), node-postgres emits "error" on
      // it, and unheard that crashed the process. Listen, and have a broken client discarded.
      let broken: Error | undefined;
      const onError = (error: Error) => {
        broken = error;
      };
      client.on("error", onError);
      // A query that failed (a timeout above all) may leave the connection stuck: it is not reused.
      if (options.unbounded) await client.query("SET statement_timeout = 0");
      const queryTimeout = options.unbounded ? 24 * 3_600_000 : statementTimeoutMs + 5_000;
      const run = async (sql: string, params?: unknown[]) => {
        try {
          return await client.query({ text: sql, values: params, query_timeout: queryTimeout } as pg.QueryConfig);
        } catch (error) {
          broken ??= error instanceof Error ? error : new Error(String(error));
          throw error;
        }
      };
      return {
        query: async <T>(sql: string, params?: unknown[]) => (await run(sql, params)).rows as T[],
        exec: async (sql: string) => {
          await run(sql);
        },
        release: async () => {
          client.off("error", onError);
          // The session's own timeout must not follow the connection back into the pool.
          if (options.unbounded && !broken) await client.query("RESET statement_timeout").catch((error: Error) => (broken = error));
          client.release(broken);
        },
      };
    },
    async close() {
      await listener.stop();
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/**
 * One connection of its own that LISTENs for workspace changes. When it is lost, the cache is
 * not trusted (every read goes to the database) until it is listening again; it reconnects
 * every few seconds.
 */
function settingsListener(url: string, settings: SettingsCache): { start(): Promise<void>; stop(): Promise<void> } {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    const next = new pg.Client({ connectionString: url, keepAlive: true, connectionTimeoutMillis: 5_000 });
    const lost = () => {
      settings.setListening(false);
      next.removeAllListeners();
      next.on("error", () => {});
      next.end().catch(() => {});
      if (client === next) client = undefined;
      if (!stopped) retry = setTimeout(() => void connect().catch(() => {}), 3_000).unref();
    };
    next.on("error", lost);
    next.on("end", lost);
    next.on("notification", (message) => {
      if (message.payload) settings.drop(message.payload);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${WORKSPACE_CHANNEL}`);
    } catch {
      lost();
      return;
    }
    client = next;
    settings.setListening(true);
  };
  return {
    start: connect,
    async stop() {
      stopped = true;
      clearTimeout(retry);
      settings.setListening(false);
      const last = client;
      client = undefined;
      last?.removeAllListeners();
      last?.on("error", () => {});
      await last?.end().catch(() => {});
    },
  };
}
