import { existsSync } from "node:fs";
import { setFlagsFromString } from "node:v8";

/**
 * Lofte's entry point. It sets two V8 flags, reads `.env` if there is one, starts the embedded
 * database's thread when there is no DATABASE_URL, and only then loads the app (run.ts), because V8
 * sizes its heap and compiles code as modules load (`npm run bench -- --only=start`, figures
 * on PostgreSQL):
 *  - WebAssembly (Prisma's query compiler, PGlite's PostgreSQL) is compiled by the baseline
 *    compiler only. The optimising tier would recompile those large modules in the background
 *    after start: about 50 MB more resident memory for good, and more CPU than it saves at
 *    Lofte's load (rss_idle_mb_pg 239 → 167, capture_cpu_ms 10.9 → 8.2).
 *  - The young generation keeps its first size (1 MB semi-spaces) instead of growing to
 *    16 MB: Lofte's requests leave little garbage, so the larger nursery mostly held memory
 *    (rss_idle_mb_pg 166 → about 140, for about 0.2 ms more CPU a command in more scavenges).
 */
setFlagsFromString("--liftoff-only");
setFlagsFromString("--semi-space-growth-factor=1");
try {
  if (existsSync(".env")) process.loadEnvFile(".env");
  // Without a PostgreSQL server, the embedded database's thread starts now, beside the loading.
  if (!process.env.DATABASE_URL) (await import("./store/pglite-thread.js")).prepareThread();
} catch (error) {
  console.error(`Lofte could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
await import("./run.js");
