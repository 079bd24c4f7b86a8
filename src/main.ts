import { existsSync } from "node:fs";

/**
 * Lofte's entry point. It reads `.env` if there is one, starts the embedded database's thread
 * when there is no DATABASE_URL, and only then loads the app (run.ts).
 *
 * `npm start` and `npm run dev` (package.json) give Node settings for memory on its command
 * line and in its environment, so that they hold from the first module on (`npm run bench -- --only=start`, figures
 * on PostgreSQL unless said):
 *  - `--liftoff-only`: WebAssembly (Prisma's query compiler, PGlite's PostgreSQL) is compiled
 *    by V8's baseline compiler only. The optimising tier would recompile those large modules in
 *    the background after start: about 50 MB more resident memory for good, and more CPU than
 *    it saves at Lofte's load (rss_idle_mb_pg 239 → 167, capture_cpu_ms 10.9 → 8.2).
 *  - `--max-semi-space-size=1`: V8's young generation keeps 1 MB semi-spaces instead of
 *    growing to 16 MB. Lofte's requests leave little garbage, so the larger nursery mostly
 *    held memory (rss_idle_mb_pg 166 → about 140, for about 0.2 ms more CPU a command). This
 *    was `--semi-space-growth-factor=1` set from here, which V8 stopped heeding once PGlite's
 *    thread had started (rss_idle_mb 193 → 171 with this flag).
 *  - `GLIBC_TUNABLES=glibc.malloc.trim_threshold=131072`, before any tunables the environment sets (which win):
 *    glibc's malloc keeps its thresholds fixed at their defaults instead of raising them as
 *    start-up frees large blocks (V8's compiler zones peak at about 25 MB), so memory freed
 *    after start goes back to the system (rss_idle_mb_pg 122–124 → 109–111, rss_idle_mb
 *    190–192 → 171–172, CPU a command the same within the noise). Ignored where there is no glibc.
 * Not set: `MALLOC_ARENA_MAX=1` (one glibc malloc arena instead of one per thread) held about
 * 15 MB less at rest before the tunable above, but at 200 commands a second on PostgreSQL it doubled p99 (1.8–2.7 s
 * against 0.6–1.6 s in four runs each, `test/bench/load.ts`). Set it in the environment that
 * runs npm start where memory matters more than bursts.
 */
try {
  if (existsSync(".env")) process.loadEnvFile(".env");
  // Without a PostgreSQL server, the embedded database's thread starts now, beside the loading.
  if (!process.env.DATABASE_URL) (await import("./store/pglite-thread.js")).prepareThread();
} catch (error) {
  console.error(`Lofte could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
await import("./run.js");
