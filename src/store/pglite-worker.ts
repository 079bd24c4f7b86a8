import { readFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import { PGlite, type Results, type Transaction } from "@electric-sql/pglite";
import type { Open, Reply, Request } from "./pglite-thread.js";

/**
 * The embedded database's own thread: PGlite (PostgreSQL compiled to WebAssembly) runs here, so
 * that its work runs on a second core beside Lofte's. It answers the requests `pglite-thread.ts`
 * sends, one message each way. A transaction's statements run in the order they were sent; other
 * statements wait for it in PGlite, as they would in one thread.
 */

const port = parentPort;
if (!port) throw new Error("pglite-worker.ts runs as a worker thread.");

// PostgreSQL's WebAssembly is compiled at once, while the thread waits to hear where the data is.
// (TypeScript's ES2023 library does not declare the WebAssembly global that Node has.)
const { WebAssembly: wasmApi } = globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<WebAssembly.Module> } };
const wasm = readFile(new URL("pglite.wasm", import.meta.resolve("@electric-sql/pglite"))).then((bytes) => wasmApi.compile(bytes));
// Requests are heard from the start: the first says where the data is, the others wait for it.
let opened!: (open: Open) => void;
let pglite!: PGlite;
const started = new Promise<Open>((resolve) => {
  opened = resolve;
}).then(async ({ dataDir, settings }) => {
  pglite = await PGlite.create(dataDir, { postgresqlconf: settings, pgliteWasmModule: await wasm });
});
port.on("message", (message: Open | Request) => {
  if (message.op === "open") opened(message);
  else void started.then(() => handle(message));
});

interface OpenTransaction {
  tx: Transaction;
  /** The statements sent so far, one after another. */
  chain: Promise<unknown>;
  /** The request that ends it, answered when it has committed or rolled back. */
  endId: number;
  end(rollback: boolean): void;
}
const transactions = new Map<number, OpenTransaction>();
let nextTransaction = 1;
/** Thrown inside a transaction that was asked to roll back, so that PGlite does. */
const ROLLBACK = Symbol("rollback");

/** Parsers that leave values of these types as PostgreSQL's text; the caller's own parse them. */
const rawParsers = new Map<string, Record<number, (text: string) => string>>();
function leaveRaw(types: number[]): Record<number, (text: string) => string> {
  const key = types.join(",");
  let parsers = rawParsers.get(key);
  if (!parsers) {
    parsers = Object.fromEntries(types.map((type) => [type, (text: string) => text]));
    rawParsers.set(key, parsers);
  }
  return parsers;
}

function reply(message: Reply): void {
  try {
    port?.postMessage(message);
  } catch (error) {
    // Something in the answer cannot cross threads: the caller still hears back.
    port?.postMessage({ id: message.id, ok: false, error: failure(error) });
  }
}

/**
 * An error as plain fields: name, message and PostgreSQL's own (code, detail, constraint …).
 * PGlite also attaches the query and its options, whose parsers are functions; they stay here.
 */
function failure(error: unknown): NonNullable<Reply["error"]> {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const fields = Object.fromEntries(Object.entries(error).filter(([, value]) => typeof value === "string" || typeof value === "number"));
  return { ...fields, name: error.name, message: error.message };
}

/** What a result says, without anything PGlite attaches that cannot cross threads. */
function plain({ rows, fields, affectedRows }: Results): Results {
  return { rows, fields, affectedRows };
}

async function run(request: Request): Promise<unknown> {
  const on = request.tx === undefined ? pglite : transactions.get(request.tx)?.tx;
  if (!on) throw new Error("The transaction has ended.");
  switch (request.op) {
    case "query":
      return plain(await on.query(request.sql, request.params, { rowMode: request.rowMode, parsers: leaveRaw(request.rawTypes) }));
    case "exec":
      return (await on.exec(request.sql)).map(plain);
    case "rollback":
      await (on as Transaction).rollback();
      return null;
    default:
      throw new Error(`Unknown request ${request.op}`);
  }
}

/** Opens a transaction, known to the caller by the number in the answer to `id`. */
function begin(id: number): void {
  const txId = nextTransaction++;
  let open: OpenTransaction | undefined;
  // The outcome goes to the request that ended it, or to `id` when BEGIN itself failed.
  const answerTo = () => open?.endId || id;
  pglite
    .transaction(async (tx) => {
      const rollback = await new Promise<boolean>((resolve) => {
        open = { tx, chain: Promise.resolve(), endId: 0, end: resolve };
        transactions.set(txId, open);
        reply({ id, ok: true, value: txId });
      });
      if (rollback && !tx.closed) throw ROLLBACK;
    })
    .then(
      () => reply({ id: answerTo(), ok: true, value: null }),
      (error) =>
        reply(error === ROLLBACK ? { id: answerTo(), ok: true, value: null } : { id: answerTo(), ok: false, error: failure(error) }),
    )
    .finally(() => transactions.delete(txId));
}

function handle(request: Request): void {
  switch (request.op) {
    case "begin":
      begin(request.id);
      return;
    case "end": {
      const open = request.tx === undefined ? undefined : transactions.get(request.tx);
      if (!open || request.tx === undefined) {
        reply({ id: request.id, ok: false, error: { name: "Error", message: "The transaction has ended." } });
        return;
      }
      open.chain = open.chain.then(() => {
        open.endId = request.id;
        open.end(request.rollback === true);
      });
      return;
    }
    case "listen":
      void pglite
        .listen(request.channel, (payload) => reply({ id: 0, ok: true, notify: { channel: request.channel, payload } }))
        .then(
          () => reply({ id: request.id, ok: true, value: null }),
          (error) => reply({ id: request.id, ok: false, error: failure(error) }),
        );
      return;
    case "close":
      void pglite.close().then(
        () => reply({ id: request.id, ok: true, value: null }),
        (error) => reply({ id: request.id, ok: false, error: failure(error) }),
      );
      return;
  }
  const open = request.tx === undefined ? undefined : transactions.get(request.tx);
  const work = () =>
    run(request).then(
      (value) => reply({ id: request.id, ok: true, value }),
      (error) => reply({ id: request.id, ok: false, error: failure(error) }),
    );
  if (open) open.chain = open.chain.then(work);
  else void work();
}

await started;
reply({ id: 0, ok: true, ready: true });
