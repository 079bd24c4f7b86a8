import { assembleLofte } from "../../src/assemble.js";
import { loadConfig } from "../../src/config.js";
import { runNudgeTick } from "../../src/jobs/nudge-tick.js";
import { openDatabase } from "../../src/store/database.js";

/**
 * One Lofte process for deliver-bench.ts: opens the database it is given, says "ready", and on
 * "go" runs scheduler ticks until nothing is due, then reports what it sent.
 */

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
