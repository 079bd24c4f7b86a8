import { fork } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Database, openDatabase } from "../../src/store/database.js";
import { openTestDatabase, postgresReachable } from "../support/databases.js";
import { FakeSlack } from "../support/fake-slack.js";
import { buildOnce } from "./build.js";

/**
 * deliver_per_s_150ms: reminders delivered a second when Slack takes 150 ms per call, as real
 * Slack does: 2,000 due reminders over 20 workspaces (a fifth of the owners have two, which
 * must go a second apart), sent by one Lofte process on PostgreSQL; _2x by two processes
 * sharing it; _pglite by one process on PGlite. Each run also reports reminders sent twice,
 * reminders lost, and the most posts one channel got in any one second (Slack's limit is 1).
 */

const WORKSPACES = 20;
const PER_WORKSPACE = 100;
const OWNERS_PER_WORKSPACE = 80;
const LATENCY_MS = 150;
const NOW = new Date("2026-11-27T08:00:00Z");

async function seed(db: Database): Promise<void> {
  const session = await db.session();
  try {
    await session.query(
      `INSERT INTO "Workspace" (id, "updatedAt") SELECT 'TBENCH' || w, now() FROM generate_series(1, ${WORKSPACES}) AS w`,
    );
    await session.query(
      `INSERT INTO "Commitment" (id, "workspaceId", "ownerId", "creatorId", task, "originalText", language, "dueAt", "hasTime", "timeZone", "updatedAt")
       SELECT 'c' || w || '-' || i, 'TBENCH' || w, 'U' || w || 'X' || (i % ${OWNERS_PER_WORKSPACE}), 'U0', 'skicka offerten', 'jag skickar offerten', 'sv',
              $1::timestamptz + interval '2 hours', true, 'Europe/Stockholm', now()
         FROM generate_series(1, ${WORKSPACES}) AS w, generate_series(0, ${PER_WORKSPACE - 1}) AS i`,
      [NOW.toISOString()],
    );
    await session.query(
      `INSERT INTO "Nudge" (id, "workspaceId", "commitmentId", kind, "dueAt", "updatedAt")
       SELECT 'n' || c.id, c."workspaceId", c.id, 'due_soon', $1::timestamptz - interval '1 minute', now() FROM "Commitment" c`,
      [NOW.toISOString()],
    );
  } finally {
    await session.release();
  }
}

interface Run {
  perSecond: number;
  duplicates: number;
  lost: number;
  maxPerChannelSecond: number;
}

/** Starts `processes` Lofte processes on the seeded database, lets them go at once, and times them. */
async function deliver(countSent: () => Promise<number>, env: Record<string, string>, processes: number): Promise<Run> {
  const slack = await new FakeSlack().start();
  for (const method of ["chat.postMessage", "users.info", "conversations.open", "conversations.history"])
    slack.delays.set(method, LATENCY_MS);
  const workers = Array.from({ length: processes }, () =>
    fork(new URL("./deliver-worker.ts", import.meta.url).pathname, {
      execArgv: ["--import", "tsx"],
      env: { ...process.env, ...env, SLACK_API_URL: slack.apiUrl, BENCH_NOW: NOW.toISOString() },
    }),
  );
  try {
    await Promise.all(workers.map((w) => new Promise((resolve) => w.once("message", resolve))));
    const started = performance.now();
    await Promise.all(
      workers.map(
        (w) =>
          new Promise((resolve, reject) => {
            w.once("message", resolve);
            w.once("exit", (code) => (code === 0 ? resolve(null) : reject(new Error(`worker exited ${code}`))));
            w.send("go");
          }),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const posts = slack.callsTo("chat.postMessage");
    const keys = posts.map((c) => String((c.params.metadata as { event_payload?: { key?: string } })?.event_payload?.key));
    const sent = await countSent();
    return {
      perSecond: Math.round((sent / seconds) * 10) / 10,
      duplicates: keys.length - new Set(keys).size,
      lost: WORKSPACES * PER_WORKSPACE - sent,
      maxPerChannelSecond: mostInOneSecond(posts.map((c) => ({ channel: String(c.params.channel), at: c.at }))),
    };
  } finally {
    for (const w of workers) w.kill();
    await slack.stop();
  }
}

/** The most posts any one channel got within any 1,000 ms. */
function mostInOneSecond(posts: { channel: string; at: number }[]): number {
  const byChannel = new Map<string, number[]>();
  for (const p of posts) byChannel.set(p.channel, [...(byChannel.get(p.channel) ?? []), p.at]);
  let most = 0;
  for (const times of byChannel.values()) {
    times.sort((a, b) => a - b);
    for (let i = 0, j = 0; i < times.length; i++) {
      while (times[i] - times[j] >= 1000) j++;
      most = Math.max(most, i - j + 1);
    }
  }
  return most;
}

function countSent(db: Database): Promise<number> {
  return db.prisma.nudge.count({ where: { kind: "due_soon", state: "sent" } });
}

function keys(run: Run, suffix: string): Record<string, number> {
  return {
    [`deliver_per_s_150ms${suffix}`]: run.perSecond,
    [`deliver_duplicates${suffix}`]: run.duplicates,
    [`deliver_lost${suffix}`]: run.lost,
    [`deliver_max_per_channel_s${suffix}`]: run.maxPerChannelSecond,
  };
}

export async function measureDelivery(): Promise<Record<string, number>> {
  await buildOnce();
  const figures: Record<string, number> = {};
  if (await postgresReachable()) {
    for (const [suffix, processes] of [
      ["", 1],
      ["_2x", 2],
    ] as const) {
      const db = await openTestDatabase("postgresql");
      try {
        await seed(db);
        Object.assign(figures, keys(await deliver(() => countSent(db), { DATABASE_URL: db.url ?? "" }, processes), suffix));
      } finally {
        await db.close();
      }
    }
  }
  const dataDir = await mkdtemp(join(tmpdir(), "lofte-deliver-"));
  try {
    const seeding = await openDatabase({ dataDir });
    await seed(seeding);
    await seeding.close();
    // The worker has the data directory to itself while it runs; the count is read after it exits.
    const afterwards = async () => {
      const db = await openDatabase({ dataDir });
      try {
        return await countSent(db);
      } finally {
        await db.close();
      }
    };
    const run = await deliver(afterwards, { LOFTE_DATA_DIR: dataDir }, 1);
    Object.assign(figures, keys(run, "_pglite"));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  return figures;
}
