import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assembleLofte } from "../../src/assemble.js";
import { loadConfig } from "../../src/config.js";
import { runNudgeTick } from "../../src/jobs/nudge-tick.js";
import { type Database, openDatabase } from "../../src/store/database.js";
import { FakeSlack } from "../support/fake-slack.js";

/**
 * tick_ms_<n>: one scheduler tick that claims and sends 1,000 due reminders while the outbox
 * holds <n> rows in all (the rest sent long ago, or due later), seeded with SQL.
 */

const DUE = 1000;

async function seedOutbox(db: Database, total: number, now: Date): Promise<void> {
  const session = await db.session();
  const at = now.toISOString();
  try {
    await session.query(`INSERT INTO "Workspace" (id, "updatedAt") VALUES ('T0BENCH', now()) ON CONFLICT DO NOTHING`);
    // 1,000 promises with a due reminder each (own owners), and 1,000 that carry the history.
    await session.query(
      `INSERT INTO "Commitment" (id, "workspaceId", "ownerId", "creatorId", task, "originalText", language, "dueAt", "hasTime", "timeZone", "updatedAt")
       SELECT 'c' || i, 'T0BENCH', 'U' || lpad(i::text, 7, '0'), 'U0', 'skicka offerten', 'jag skickar offerten', 'sv',
              $1::timestamptz + interval '2 hours', true, 'Europe/Stockholm', now()
         FROM generate_series(1, ${2 * DUE}) AS i`,
      [at],
    );
    await session.query(
      `INSERT INTO "Nudge" (id, "workspaceId", "commitmentId", kind, "dueAt", "updatedAt")
       SELECT 'due' || i, 'T0BENCH', 'c' || i, 'due_soon', $1::timestamptz - interval '1 minute', now() FROM generate_series(1, ${DUE}) AS i`,
      [at],
    );
    // The rest: half sent in the past, half pending in the future, spread over the other promises.
    await session.query(
      `INSERT INTO "Nudge" (id, "workspaceId", "commitmentId", kind, "dueAt", state, "sentAt", "updatedAt")
       SELECT 'old' || i, 'T0BENCH', 'c' || (${DUE} + 1 + i % ${DUE}), 'overdue',
              CASE WHEN i % 2 = 0 THEN $1::timestamptz - (i || ' seconds')::interval ELSE $1::timestamptz + (i || ' seconds')::interval END,
              CASE WHEN i % 2 = 0 THEN 'sent'::"NudgeState" ELSE 'pending'::"NudgeState" END,
              CASE WHEN i % 2 = 0 THEN $1::timestamptz - (i || ' seconds')::interval END, now()
         FROM generate_series(1, ${total - DUE}) AS i`,
      [at],
    );
    await session.exec(`ANALYZE "Nudge"; ANALYZE "Commitment"`);
  } finally {
    await session.release();
  }
}

/** Milliseconds for one tick over an outbox of `total` rows, on PGlite (no url) or PostgreSQL. */
export async function measureTick(total: number, url?: string): Promise<number> {
  const dataDir = url ? undefined : await mkdtemp(join(tmpdir(), "lofte-tick-"));
  const db = await openDatabase({ url, dataDir });
  const slack = await new FakeSlack().start();
  const now = new Date("2026-11-27T08:00:00Z");
  try {
    await seedOutbox(db, total, now);
    const config = loadConfig({ SLACK_BOT_TOKEN: "xoxb-bench", SLACK_SIGNING_SECRET: "x", SLACK_API_URL: slack.apiUrl });
    const { sender } = assembleLofte(config, db, { clock: () => now, sendGapMs: 0 });
    const started = performance.now();
    const result = await runNudgeTick(sender);
    const ms = performance.now() - started;
    if (result.sent !== DUE) throw new Error(`expected ${DUE} sent, got ${JSON.stringify(result)}`);
    return Math.round(ms);
  } finally {
    await slack.stop();
    await db.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}
