// Migration SQL without Prisma's native schema engine (it cannot be downloaded here).
//
// Prisma's schema engine is also published compiled to WebAssembly (@prisma/schema-engine-wasm).
// It reaches databases only through a driver adapter, so we give it a throwaway in-memory PGlite
// that holds the "from" state (the existing migrations, applied in order), and ask it for the
// diff from that database to schema.prisma. That is the SQL `prisma migrate dev` would write.
// (Not the engine's own `{ tag: "empty" }`, which adds `CREATE SCHEMA IF NOT EXISTS "public"`,
// nor `{ tag: "migrations" }`, which needs a shadow database from the adapter: pglite-prisma-adapter
// opens one it never closes, and does not await `executeScript`, so a broken migration goes unseen.)
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { readMigrations } from "../src/store/migrate.js";

/**
 * The SQL that takes a PostgreSQL database in the `from` state to the schema in `schemaPath`,
 * with Prisma's `-- CreateTable`-style comments. Returns "" when there is nothing to do.
 * `from: { migrationsDir }` means: every `<migrationsDir>/<name>/migration.sql`, in name order.
 */
export async function diffSql(opts: { from: "empty" | { migrationsDir: string }; schemaPath: string }): Promise<string> {
  const schema = { path: opts.schemaPath, content: await readFile(opts.schemaPath, "utf8") };
  const migrations = opts.from === "empty" ? [] : await readMigrations(opts.from.migrationsDir);
  const SchemaEngine = await loadSchemaEngine();

  const db = await PGlite.create(); // no dataDir: in memory, gone on close()
  try {
    for (const m of migrations) {
      await db.exec(m.sql).catch((e: Error) => {
        throw new Error(`${m.name}/migration.sql does not apply: ${e.message}`, { cause: e });
      });
    }
    // The engine connects at once, through the error-capturing wrapper Prisma puts around adapters.
    const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(db));
    const engine = await SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
    try {
      const result = await engine.diff({
        from: { tag: "schemaDatasource", files: [schema], configDir: path.dirname(opts.schemaPath) },
        to: { tag: "schemaDatamodel", files: [schema] },
        script: true, // SQL, not a human-readable summary
        exitCode: true, // exitCode 2 means "there are changes", 0 means none
        filters: { externalTables: [], externalEnums: [] },
      });
      return result.exitCode === 2 ? (result.stdout ?? "") : "";
    } finally {
      engine.free();
    }
  } finally {
    await db.close();
  }
}

// The package's own entry does `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20
// cannot do. So: instantiate the .wasm by hand with the JS glue module as its import object (the
// only import module it names is "./schema_engine_bg.js"), hand the instance to the glue, start it.
// Once per process: the glue keeps the instance in module state.
/** The one WebAssembly call used here (Node's global; not in the ES library types). */
interface WasmLoader {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
}

let engineClass: Promise<typeof engineGlue.SchemaEngine> | undefined;

function loadSchemaEngine(): Promise<typeof engineGlue.SchemaEngine> {
  engineClass ??= (async () => {
    // The glue reports a Rust panic through this global before throwing "unreachable".
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
    g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m) => console.error(`schema engine panic: ${m}`) };

    const wasmUrl = new URL("schema_engine_bg.wasm", import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const imports = { "./schema_engine_bg.js": engineGlue };
    const { instance } = await (globalThis as unknown as { WebAssembly: WasmLoader }).WebAssembly.instantiate(
      await readFile(wasmUrl),
      imports,
    );
    engineGlue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return engineGlue.SchemaEngine;
  })();
  return engineClass;
}
