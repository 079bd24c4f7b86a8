import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { messages, type PGlite, type QueryOptions, type Results, type Transaction } from "@electric-sql/pglite";
import { fromRoot } from "../paths.js";

/**
 * PGlite on a thread of its own (`pglite-worker.ts`), with the part of PGlite's interface that
 * Lofte and Prisma's PGlite adapter use: query, exec, transaction, listen, close. PostgreSQL's
 * work then runs on a second core, beside the HTTP, parsing and Prisma work of Lofte's own
 * thread, as a PostgreSQL server's does. Rows and notifications come back as PGlite gives
 * them, errors as their fields (a PostgreSQL error is a DatabaseError again); the caller's own
 * parsers (functions, which cannot cross threads) run here.
 *
 * If the thread dies while Lofte runs (out of memory, a crash in PGlite), the process stops with
 * that error, as it did with PGlite on its own thread, so that whatever runs it starts it again
 * instead of keeping a Lofte that can store nothing.
 */

export type Request = { id: number; tx?: number } & (
  | { op: "query"; sql: string; params: unknown[]; rowMode?: "array" | "object"; rawTypes: number[] }
  | { op: "exec"; sql: string }
  | { op: "begin" }
  | { op: "rollback" }
  | { op: "end"; rollback?: boolean }
  | { op: "listen"; channel: string }
  | { op: "close" }
);

/** The first message a thread gets: where its data is. */
export interface Open {
  op: "open";
  dataDir: string;
  settings: string[];
}

export type Reply = {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: { name: string; message: string; [field: string]: unknown };
  ready?: boolean;
  notify?: { channel: string; payload: string };
};

type Parsers = NonNullable<QueryOptions["parsers"]>;
type Field = Results["fields"][number];

/** A request without its `id`, which `call` adds (distributed over Request's kinds). */
type Body = Request extends infer R ? (R extends Request ? Omit<R, "id"> : never) : never;

let prepared: { worker: Worker; failed: boolean } | undefined;

/**
 * Starts the database thread ahead of `PGliteThread.start`, so that PGlite's own start-up (its
 * module, its WebAssembly compiled) runs while the rest of Lofte loads (main.ts). The thread
 * does not keep the process alive until it is used.
 */
export function prepareThread(): void {
  if (prepared) return;
  const worker = spawnWorker();
  // A thread that failed before it was used is not used: `start` begins a new one, which
  // reports the failure itself.
  const ahead = { worker, failed: false };
  const failed = () => {
    ahead.failed = true;
  };
  worker.on("error", failed);
  worker.once("exit", failed);
  worker.unref();
  prepared = ahead;
}

function spawnWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(fromRoot("dist/store/pglite-worker.js"));
  // Run from the sources (tests, `npm run dev`): the worker registers tsx before loading its TypeScript.
  const tsx = createRequire(import.meta.url)
    .resolve("tsx/esm/api")
    .replace(/\.cjs$/, ".mjs");
  const entry = fromRoot("src/store/pglite-worker.ts").href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(entry)}))`, {
    eval: true,
  });
}

export class PGliteThread {
  private worker: Worker;
  private waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 1;
  private listeners = new Map<string, Set<(payload: string) => void>>();
  private failed: Error | undefined;
  private ready = false;
  private closing = false;

  private constructor(worker: Worker) {
    this.worker = worker;
    worker.on("message", (reply: Reply) => this.answer(reply));
    worker.on("error", (error) => this.lost(error));
    worker.on("exit", (code) => this.lost(new Error(`The embedded database's thread stopped (exit code ${code}).`)));
  }

  /** Opens PGlite in `dataDir` on a thread (the one `prepareThread` started, if any); resolves when it is ready. */
  static start(dataDir: string, settings: string[]): Promise<PGliteThread> {
    const ahead = prepared && !prepared.failed ? prepared.worker : undefined;
    prepared = undefined;
    const worker = ahead ?? spawnWorker();
    worker.ref();
    const thread = new PGliteThread(worker);
    worker.postMessage({ op: "open", dataDir, settings });
    return new Promise((resolve, reject) => {
      thread.waiting.set(0, {
        resolve: () => {
          thread.ready = true;
          resolve(thread);
        },
        reject,
      });
    });
  }

  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.queryIn(undefined, sql, params, options);
  }

  exec(sql: string): Promise<Results[]> {
    return this.execIn(undefined, sql);
  }

  private queryIn<T>(tx: number | undefined, sql: string, params: unknown[] = [], options: QueryOptions = {}): Promise<Results<T>> {
    const parsers = options.parsers ?? {};
    const rawTypes = Object.keys(parsers).map(Number);
    return this.call({ op: "query", sql, params, rowMode: options.rowMode, rawTypes, tx }).then((value) => {
      const result = value as Results<T>;
      if (rawTypes.length > 0) parseRows(result, parsers, options.rowMode ?? "object");
      return result;
    });
  }

  private execIn(tx: number | undefined, sql: string): Promise<Results[]> {
    return this.call({ op: "exec", sql, tx }) as Promise<Results[]>;
  }

  /** PGlite's transaction: committed when `work` resolves, rolled back when it throws or calls `rollback`. */
  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const id = (await this.call({ op: "begin" })) as number;
    let closed = false;
    const open = (): void => {
      if (closed) throw new Error("Transaction is closed");
    };
    const tx = {
      query: async <R>(sql: string, params?: unknown[], options?: QueryOptions) => {
        open();
        return this.queryIn<R>(id, sql, params, options);
      },
      exec: async (sql: string) => {
        open();
        return this.execIn(id, sql);
      },
      rollback: async () => {
        open();
        await this.call({ op: "rollback", tx: id });
        closed = true;
      },
      get closed() {
        return closed;
      },
    } as unknown as Transaction;
    let result: T;
    try {
      result = await work(tx);
    } catch (error) {
      await this.call({ op: "end", tx: id, rollback: true }).catch(() => {});
      throw error;
    }
    await this.call({ op: "end", tx: id });
    return result;
  }

  async listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>> {
    let heard = this.listeners.get(channel);
    if (!heard) {
      heard = new Set();
      this.listeners.set(channel, heard);
      await this.call({ op: "listen", channel });
    }
    heard.add(callback);
    return async () => {
      heard.delete(callback);
    };
  }

  /** Closes PGlite (its data written out) and stops the thread; later statements fail at once. */
  async close(): Promise<void> {
    this.closing = true;
    try {
      if (!this.failed) await this.call({ op: "close" });
    } finally {
      this.fail(new Error("The database is closed."));
      await this.worker.terminate();
    }
  }

  /** Lofte's and the adapter's view of it: the methods above, typed as PGlite's. */
  asPGlite(): PGlite {
    return this as unknown as PGlite;
  }

  private call(body: Body): Promise<unknown> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      try {
        this.worker.postMessage({ ...body, id });
      } catch (error) {
        // A value that cannot cross threads (a function, say).
        this.waiting.delete(id);
        reject(error);
      }
    });
  }

  private answer(reply: Reply): void {
    if (reply.notify) {
      for (const callback of this.listeners.get(reply.notify.channel) ?? []) callback(reply.notify.payload);
      return;
    }
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(asError(reply.error ?? { name: "Error", message: "The database thread failed." }));
  }

  /** The thread stopped or failed: while Lofte runs on it, that stops the process (see above). */
  private lost(error: Error): void {
    const running = this.ready && !this.closing && !this.failed;
    this.fail(error);
    if (running)
      process.nextTick(() => {
        throw error;
      });
  }

  private fail(error: Error): void {
    this.failed ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}

/** An error as PGlite threw it: a PostgreSQL error (with its code) is a DatabaseError again. */
function asError(error: NonNullable<Reply["error"]>): Error {
  if (typeof error.code === "string" && typeof error.severity === "string") {
    const database = new messages.DatabaseError(error.message, Number(error.length ?? 0), "error");
    return Object.assign(database, error, { name: error.name });
  }
  return Object.assign(new Error(error.message), error);
}

function parseRows(result: Results<unknown>, parsers: Parsers, rowMode: "array" | "object"): void {
  const columns = result.fields
    .map((field: Field, index) => ({ index, name: field.name, parse: parsers[field.dataTypeID], type: field.dataTypeID }))
    .filter((column) => column.parse);
  if (columns.length === 0) return;
  for (const row of result.rows as Record<string | number, unknown>[]) {
    for (const column of columns) {
      const key = rowMode === "array" ? column.index : column.name;
      const text = row[key];
      if (text !== null && text !== undefined)
        row[key] = (column.parse as (text: string, type: number) => unknown)(text as string, column.type);
    }
  }
}
