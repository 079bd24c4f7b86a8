import type * as Assemble from "../../src/assemble.js";
import type * as Config from "../../src/config.js";
import type * as NudgeTick from "../../src/jobs/nudge-tick.js";
import type * as Database from "../../src/store/database.js";
import { bundled } from "./build.js";

/**
 * One Lofte process for deliver-bench.ts: opens the database it is given, says "ready", and on
 * "go" runs scheduler ticks until nothing is due, then reports what it sent. It runs the
 * bundled code `npm start` runs (built by the bench), not tsx's development transform.
 */

const { assembleLofte } = (await import(bundled("assemble.js"))) as typeof Assemble;
const { loadConfig } = (await import(bundled("config.js"))) as typeof Config;
const { runNudgeTick } = (await import(bundled("jobs/nudge-tick.js"))) as typeof NudgeTick;
const { openDatabase } = (await import(bundled("store/database.js"))) as typeof Database;

const db = await openDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: process.env.LOFTE_DATA_DIR });
const config = loadConfig({ SLACK_BOT_TOKEN: "xoxb-bench", SLACK_SIGNING_SECRET: "x", SLACK_API_URL: process.env.SLACK_API_URL });
const now = new Date(process.env.BENCH_NOW ?? "");
const { sender } = assembleLofte(config, db, { clock: () => now });
process.send?.("ready");
process.on("message", async () => {
  const total = { sent: 0, failed: 0 };
  for (;;) {
    const result = await runNudgeTick(sender);
    total.sent += result.sent;
    total.failed += result.failed;
    if (result.claimed === 0) break;
  }
  await db.close();
  process.send?.(total, () => process.exit(0));
});
