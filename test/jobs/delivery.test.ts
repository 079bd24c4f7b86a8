import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Sender } from "../../src/app/deliver-reminder.js";
import { assembleLofte } from "../../src/assemble.js";
import { loadConfig } from "../../src/config.js";
import { runNudgeTick } from "../../src/jobs/nudge-tick.js";
import { changeCommitment } from "../../src/store/commitments.js";
import { type Database, openDatabase } from "../../src/store/database.js";
import { databaseKinds, openTestDatabase, type TestDatabase } from "../support/databases.js";
import { FakeSlack, type RecordedCall } from "../support/fake-slack.js";

/**
 * Reminders go out side by side against a Slack that takes 150 ms per call, as real Slack
 * does: each exactly once with two replicas, never two to one person within a second, a
 * change made while a reminder is on its way wins, and Slack rate-limiting one workspace holds
 * back only that workspace.
 */

const now = new Date("2026-11-27T08:00:00Z");

/** `perWorkspace` due reminders in each workspace, two per owner (so a second one to the same DM must wait). */
async function seedBurst(db: Database, workspaces: string[], perWorkspace: number): Promise<void> {
  const session = await db.session();
  try {
    for (const [w, workspaceId] of workspaces.entries()) {
      await session.query(`INSERT INTO "Workspace" (id, "updatedAt") VALUES ($1, now())`, [workspaceId]);
      await session.query(
        `INSERT INTO "Commitment" (id, "workspaceId", "ownerId", "creatorId", task, "originalText", language, "dueAt", "hasTime", "timeZone", "updatedAt")
         SELECT $1 || '-c' || i, $1, 'U' || $2 || lpad((i / 2)::text, 4, '0'), 'U0', 'skicka offerten', 'jag skickar offerten', 'sv',
                $3::timestamptz + interval '2 hours', true, 'Europe/Stockholm', now()
           FROM generate_series(0, $4::int - 1) AS i`,
        [workspaceId, String(w + 1), now.toISOString(), perWorkspace],
      );
      await session.query(
        `INSERT INTO "Nudge" (id, "workspaceId", "commitmentId", kind, "dueAt", "updatedAt")
         SELECT 'n-' || c.id, c."workspaceId", c.id, 'due_soon', $2::timestamptz - interval '1 minute', now()
           FROM "Commitment" c WHERE c."workspaceId" = $1`,
        [workspaceId, now.toISOString()],
      );
    }
  } finally {
    await session.release();
  }
}

/** The outbox row each post was for, from the key Lofte put in its metadata. */
function keyOf(call: RecordedCall): string {
  const metadata = call.params.metadata as { event_payload?: { key?: string } } | undefined;
  return String(metadata?.event_payload?.key ?? "");
}

describe.each(databaseKinds())("delivery against a slow Slack on %s", (kind) => {
  let db: TestDatabase;
  let slack: FakeSlack;
  let run = 0;
  let prefix = "";

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    slack = await new FakeSlack().start();
  }, 60_000);
  afterAll(async () => {
    await slack?.stop();
    await db?.close();
  });
  beforeEach(async () => {
    prefix = `T${++run}`;
    await db.prisma.nudge.deleteMany({});
    slack.reset();
    slack.delays.set("chat.postMessage", 150);
    slack.delays.set("users.info", 150);
    slack.failures.clear();
  });

  const senderOn = (database: Database, sendGapMs = 1000): Sender => {
    const config = loadConfig({ SLACK_BOT_TOKEN: "xoxb-delivery", SLACK_SIGNING_SECRET: "x", SLACK_API_URL: slack.apiUrl });
    return assembleLofte(config, database, { clock: () => now, sendGapMs }).sender;
  };

  /**
   * Two replicas run a tick at once: on PostgreSQL with a second process's connection pool;
   * PGlite is one process's, so the two ticks share it. `held`: the shared event loop's worst
   * delay meanwhile, in milliseconds (arrivals here are noted late by as much).
   */
  async function twoReplicasTick(batch: number) {
    const lag = monitorEventLoopDelay({ resolution: 10 });
    const second = kind === "postgresql" && db.url ? await openDatabase({ url: db.url }) : db;
    try {
      lag.enable();
      const results = await Promise.all([runNudgeTick(senderOn(db), { batch }), runNudgeTick(senderOn(second), { batch })]);
      lag.disable();
      return { results, held: lag.max / 1e6 };
    } finally {
      if (second !== db) await second.close();
    }
  }

  it("two replicas send a burst over three workspaces exactly once each, and one person never gets two within a second", async () => {
    const workspaces = [`${prefix}A`, `${prefix}B`, `${prefix}C`];
    await seedBurst(db, workspaces, 20);
    const {
      results: [a, b],
      held,
    } = await twoReplicasTick(10);
    expect(a.sent + b.sent).toBe(60);
    expect(a.failed + b.failed).toBe(0);
    if (kind === "postgresql") expect(Math.min(a.sent, b.sent)).toBeGreaterThan(0);
    const posts = slack.callsTo("chat.postMessage");
    const rows = await db.prisma.nudge.findMany({ where: { workspaceId: { in: workspaces }, kind: "due_soon" } });
    expect(posts.map(keyOf).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(rows.every((r) => r.state === "sent" && r.slackTs)).toBe(true);
    // Slack takes about one message a second per channel: the two reminders to each owner are
    // posted 1.1 s apart (by one replica after Slack answered the first, by two on the
    // database's clock), where unpaced they would go together. The shared event loop (both
    // replicas, PGlite and this fake Slack run on it) can hold up the first post twice, once on
    // its way out and once as it is noted on arrival, so a gap may shrink by twice the loop's
    // worst delay, and 0.1 s of the HTTP client's jitter; the median gap is a second. (The
    // bench, whose fake Slack runs in a process of its own, reports the exact figure: posts
    // per channel-second.)
    const byChannel = new Map<string, RecordedCall[]>();
    for (const post of posts) byChannel.set(String(post.params.channel), [...(byChannel.get(String(post.params.channel)) ?? []), post]);
    expect(byChannel.size).toBe(30);
    const gaps: number[] = [];
    for (const [channel, calls] of byChannel) {
      const [first, next] = [...calls].sort((x, y) => x.at - y.at);
      expect(next.at - first.at, `posts to ${channel} (event loop held up to ${Math.round(held)} ms)`).toBeGreaterThanOrEqual(
        900 - 2 * held,
      );
      gaps.push(next.at - first.at);
    }
    expect(gaps.sort((x, y) => x - y)[gaps.length >> 1]).toBeGreaterThanOrEqual(950);
  }, 60_000);

  it("four reminders to one person from two replicas still go out a second apart", async () => {
    const workspace = `${prefix}D`;
    await seedBurst(db, [workspace], 8);
    // Four of them to one owner: with two replicas each queues some behind its own posts.
    await db.prisma.commitment.updateMany({
      where: { workspaceId: workspace, id: { in: [0, 1, 2, 3].map((i) => `${workspace}-c${i}`) } },
      data: { ownerId: "U0SAME" },
    });
    const {
      results: [a, b],
      held,
    } = await twoReplicasTick(2);
    expect(a.sent + b.sent).toBe(8);
    const toSame = slack
      .callsTo("chat.postMessage")
      .filter((c) => c.params.channel === "U0SAME")
      .map((c) => c.at)
      .sort((x, y) => x - y);
    expect(toSame).toHaveLength(4);
    for (let i = 1; i < toSame.length; i++) {
      expect(toSame[i] - toSame[i - 1], `post ${i + 1} (event loop held up to ${Math.round(held)} ms)`).toBeGreaterThanOrEqual(
        900 - 2 * held,
      );
    }
  }, 60_000);

  it("a promise marked done while its reminder is on its way: the change lands at once, and the reminder is taken back", async () => {
    await seedBurst(db, [`${prefix}R`], 1);
    const commitmentId = `${prefix}R-c0`;
    slack.delays.set("chat.postMessage", 1_500);
    let tickDone = false;
    const tick = runNudgeTick(senderOn(db, 0)).finally(() => {
      tickDone = true;
    });
    await slack.waitFor("chat.postMessage");
    const change = await changeCommitment(
      db.prisma,
      { workspaceId: `${prefix}R`, id: commitmentId, expectedVersion: 1 },
      { status: "done", completedAt: now },
      { actorId: "U10000", kind: "done", at: now },
    );
    expect(change.ok).toBe(true);
    // The change did not wait for Slack: the reminder is still being posted.
    expect(tickDone).toBe(false);
    expect(await tick).toMatchObject({ sent: 0, cancelled: 1, failed: 0 });
    const deleted = slack.callsTo("chat.delete");
    expect(deleted).toHaveLength(1);
    expect(slack.state.messages.filter((m) => m.ts === deleted[0].params.ts)).toEqual([]);
    // Nothing is recorded sent, and the lead will not be asked about a promise that was kept.
    const rows = await db.prisma.nudge.findMany({ where: { commitmentId, state: { in: ["pending", "sending", "sent"] } } });
    expect(rows).toEqual([]);
  }, 30_000);

  it("Slack rate-limiting one workspace holds back that workspace only, without using up its reminders' tries", async () => {
    const [limited, other] = [`${prefix}L`, `${prefix}O`];
    await seedBurst(db, [limited, other], 8);
    const limitedOwners = new Set(
      (await db.prisma.commitment.findMany({ where: { workspaceId: limited }, select: { ownerId: true } })).map((c) => c.ownerId),
    );
    slack.failures.set("chat.postMessage", {
      status: 429,
      headers: { "retry-after": "30" },
      times: 1,
      when: (params) => limitedOwners.has(String(params.channel)),
    });
    const sender = senderOn(db, 0);
    const first = await runNudgeTick(sender, { perWorkspace: 2 });
    expect(await db.prisma.nudge.count({ where: { workspaceId: other, kind: "due_soon", state: "sent" } })).toBe(8);
    expect(first.failed).toBe(1);
    expect(first.deferred).toBeGreaterThan(0);
    const reminders = { workspaceId: limited, kind: "due_soon" } as const;
    const waiting = await db.prisma.nudge.findMany({ where: { ...reminders, state: "pending" } });
    expect(waiting).toHaveLength(8 - (await db.prisma.nudge.count({ where: { ...reminders, state: "sent" } })));
    expect(waiting.every((n) => n.attempts === 0 && n.leaseUntil?.getTime() === now.getTime() + 30_000)).toBe(true);

    // After Slack's 30 s, the rest go out, once each.
    const later = senderOn(db, 0);
    later.clock = () => new Date(now.getTime() + 30_000);
    await runNudgeTick(later);
    expect(await db.prisma.nudge.count({ where: { ...reminders, state: "sent" } })).toBe(8);
    const delivered = slack.state.messages.filter((m) => String(m.metadata?.event_payload.key).startsWith(`n-${limited}-`));
    expect(delivered).toHaveLength(8);
  }, 30_000);
});
