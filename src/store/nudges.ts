import type { NudgeKind, PlannedNudge } from "../domain/nudge-plan.js";
import type { Prisma, Tx } from "./database.js";
import { type Commitment, type Nudge, Prisma as SQL } from "./generated/client.js";
import { uuidv7 } from "./ids.js";

/**
 * The nudge outbox: one row per message Lofte will send about a commitment, unique per
 * commitment, kind and time. Rows are claimed with a lease (FOR UPDATE SKIP LOCKED), so two
 * replicas never take the same one; a lease that runs out (a crash mid-send) frees the row.
 */

export type { Nudge, Tx };

/**
 * The owner's reminders still to come become exactly `plan`; what was sent stays sent. Rows a
 * tick has claimed but not begun to post go too (it finds them gone and skips them); a row
 * being posted stays, and its worker checks afterwards whether the message still says the
 * truth (keeping it, or taking it back). Escalations stay: they check under the lock whether
 * the promise is still at risk.
 */
export async function replacePlan(tx: Tx, commitment: Pick<Commitment, "id" | "workspaceId">, plan: PlannedNudge[]): Promise<void> {
  await tx.nudge.deleteMany({
    where: {
      commitmentId: commitment.id,
      kind: { not: "escalation" },
      OR: [{ state: "pending" }, { state: "sending", postingAt: null }],
    },
  });
  if (plan.length === 0) return;
  await tx.nudge.createMany({
    data: plan.map((n) => ({ workspaceId: commitment.workspaceId, commitmentId: commitment.id, kind: n.kind, dueAt: n.at })),
    skipDuplicates: true,
  });
}

/** Adds one message to the outbox (an escalation, a ping); nothing if the same one is there. */
export async function enqueue(
  tx: Tx | Prisma,
  commitment: Pick<Commitment, "id" | "workspaceId">,
  kind: NudgeKind,
  at: Date,
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "Nudge" (id, "workspaceId", "commitmentId", kind, "dueAt", "updatedAt")
    VALUES (${uuidv7()}, ${commitment.workspaceId}, ${commitment.id}, ${kind}::"NudgeKind", ${at}, CURRENT_TIMESTAMP)
    ON CONFLICT DO NOTHING`;
}

/**
 * Claims up to `limit` due rows for `leaseMs`: pending ones whose time has come (and whose
 * retry wait is over), and sending ones whose lease ran out, workspaces taking turns (so a
 * burst in one large workspace does not hold back the others). Atomic across replicas: a row
 * another replica holds is skipped, and the due conditions are checked again under the lock.
 */
export async function claimDue(prisma: Prisma, now: Date, leaseMs: number, limit: number): Promise<Nudge[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  return prisma.$queryRaw<Nudge[]>`
    UPDATE "Nudge" AS n
       SET state = 'sending', "leaseUntil" = ${leaseUntil}, attempts = n.attempts + 1, "updatedAt" = ${now}
     WHERE n.id IN (
       SELECT id FROM "Nudge"
        WHERE id IN (
          -- Workspaces take turns: each one's earliest first, then each one's second, …
          SELECT id FROM (
            SELECT id, "dueAt", row_number() OVER (PARTITION BY "workspaceId" ORDER BY "dueAt") AS turn
              FROM "Nudge"
             WHERE (state = 'pending' AND "dueAt" <= ${now} AND ("leaseUntil" IS NULL OR "leaseUntil" <= ${now}))
                OR (state = 'sending' AND "leaseUntil" <= ${now})) AS due
           ORDER BY turn, "dueAt"
           LIMIT ${limit * 2})
          AND ((state = 'pending' AND "dueAt" <= ${now} AND ("leaseUntil" IS NULL OR "leaseUntil" <= ${now}))
            OR (state = 'sending' AND "leaseUntil" <= ${now}))
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING n.id, n."workspaceId", n."commitmentId", n.kind::text AS kind, n."dueAt", n.state::text AS state,
              n."leaseUntil", n.attempts, n."lastError", n."slackChannel", n."slackTs", n."sentAt", n."postingAt", n."createdAt", n."updatedAt"`;
}

/**
 * Records `row` sent, as this worker claimed it, and queues the lead's alert that follows it
 * (`escalateAt`) in the same statement. False when the row is no longer this worker's.
 */
export async function markSent(
  tx: Tx,
  row: Pick<Claim, "id" | "attempts">,
  sent: { channel: string; ts: string; at: Date },
  escalateAt: Date | null,
): Promise<boolean> {
  const [result] = await tx.$queryRaw<{ sent: boolean }[]>`
    WITH sent AS (
      UPDATE "Nudge"
         SET state = 'sent', "slackChannel" = ${sent.channel}, "slackTs" = ${sent.ts}, "sentAt" = ${sent.at},
             "leaseUntil" = NULL, "lastError" = NULL, "updatedAt" = ${sent.at}
       WHERE id = ${row.id} AND state = 'sending' AND attempts = ${row.attempts}
      RETURNING "workspaceId", "commitmentId"),
    alert AS (
      INSERT INTO "Nudge" (id, "workspaceId", "commitmentId", kind, "dueAt", "updatedAt")
      SELECT ${uuidv7()}, "workspaceId", "commitmentId", 'escalation', ${escalateAt}::timestamptz, CURRENT_TIMESTAMP
        FROM sent WHERE ${escalateAt}::timestamptz IS NOT NULL
      ON CONFLICT DO NOTHING)
    SELECT EXISTS (SELECT 1 FROM sent) AS sent`;
  return result?.sent ?? false;
}

/** A row that will not be sent: the promise changed, or it was folded into a newer message. */
export async function markCancelled(tx: Tx | Prisma, ids: string[], reason: string): Promise<void> {
  if (ids.length === 0) return;
  await tx.nudge.updateMany({
    where: { id: { in: ids }, state: { in: ["pending", "sending"] } },
    data: { state: "cancelled", lastError: reason, leaseUntil: null },
  });
}

/** Claimed rows this process will not send after all (it is stopping): free for anyone now. */
export async function releaseClaims(prisma: Prisma, nudges: Pick<Nudge, "id" | "attempts">[]): Promise<void> {
  for (const nudge of nudges) {
    await prisma.nudge.updateMany({
      where: { id: nudge.id, state: "sending", attempts: nudge.attempts },
      data: { state: "pending", leaseUntil: null, attempts: nudge.attempts - 1 },
    });
  }
}

/** A failed send: back to pending, not before `retryAt`; after `maxAttempts` it stays failed. */
export async function markFailed(prisma: Prisma, nudge: Nudge, error: string, retryAt: Date, maxAttempts: number): Promise<void> {
  const giveUp = nudge.attempts >= maxAttempts;
  await prisma.nudge.updateMany({
    where: { id: nudge.id, state: "sending" },
    data: { state: giveUp ? "failed" : "pending", leaseUntil: giveUp ? null : retryAt, lastError: error.slice(0, 500) },
  });
}

/**
 * Slack answered 429 (rate limited): back to pending, not before `retryAt` (its Retry-After),
 * and the try is not counted. A rate limit is not the message's fault, and counting it let a
 * minute of 429s use up all of a reminder's attempts, so it was marked failed and never sent.
 */
export async function markRateLimited(prisma: Prisma, nudge: Pick<Nudge, "id" | "attempts">, error: string, retryAt: Date): Promise<void> {
  await prisma.nudge.updateMany({
    where: { id: nudge.id, state: "sending", attempts: nudge.attempts },
    data: { state: "pending", leaseUntil: retryAt, attempts: nudge.attempts - 1, lastError: error.slice(0, 500) },
  });
}

/**
 * A row as one worker claimed it: `attempts` changes with every claim, so it tells claims
 * apart. `postingAt` says an earlier try started posting it (it may be in Slack already).
 */
export type Claim = Pick<Nudge, "id" | "attempts" | "postingAt">;

/**
 * Claims `row` (a due sibling) for the worker that holds `from`, as if it had claimed it
 * itself: a worker that claimed it before finds its claim gone. Null when it is no longer due.
 */
export async function takeOver(tx: Tx, row: Pick<Nudge, "id">, from: Pick<Nudge, "leaseUntil">): Promise<Claim | null> {
  const rows = await tx.$queryRaw<Claim[]>`
    UPDATE "Nudge" SET state = 'sending', attempts = attempts + 1, "leaseUntil" = ${from.leaseUntil}
     WHERE id = ${row.id} AND state IN ('pending', 'sending')
    RETURNING id, attempts, "postingAt"`;
  return rows[0] ?? null;
}

/** Gives up `row` as this worker claimed it (another claim of it is left alone). False when it was not this worker's. */
export async function cancelClaim(tx: Tx, row: Claim, reason: string): Promise<boolean> {
  const { count } = await tx.nudge.updateMany({
    where: { id: row.id, state: "sending", attempts: row.attempts },
    data: { state: "cancelled", lastError: reason, leaseUntil: null },
  });
  return count > 0;
}

/** A post of `row` starts now: until it is recorded sent, a later try first looks for it in Slack. */
export async function markPosting(tx: Tx, row: Pick<Nudge, "id">, at: Date): Promise<void> {
  await tx.$executeRaw`UPDATE "Nudge" SET "postingAt" = ${at}, "updatedAt" = ${at} WHERE id = ${row.id}`;
}

/** The message a reaction or a button was on, if Lofte sent it. */
/** The lead's alerts about a promise that reached Slack: where they are, to redraw once it is settled. */
export async function sentAlerts(prisma: Prisma, workspaceId: string, commitmentId: string): Promise<{ channel: string; ts: string }[]> {
  const rows = await prisma.nudge.findMany({
    where: { workspaceId, commitmentId, kind: "escalation", slackTs: { not: null }, slackChannel: { not: null } },
    select: { slackChannel: true, slackTs: true },
  });
  return rows.flatMap((r) => (r.slackChannel && r.slackTs ? [{ channel: r.slackChannel, ts: r.slackTs }] : []));
}

export async function findBySlackMessage(prisma: Prisma, workspaceId: string, channel: string, ts: string): Promise<Nudge | null> {
  return prisma.nudge.findFirst({ where: { workspaceId, slackChannel: channel, slackTs: ts } });
}

/** The model's columns, named (a column added outside the model, of a type Prisma cannot read, is left out). */
const COMMITMENT_COLUMNS = SQL.raw(
  Object.values(SQL.CommitmentScalarFieldEnum)
    .map((column) => `"${column}"`)
    .join(", "),
);

/** One of the owner's other reminders for a promise. */
export type Sibling = Pick<Nudge, "id" | "kind" | "dueAt">;

/** What delivery checks about a promise's outbox while it holds the promise's lock. */
export interface DeliveryFacts {
  /** Whether the row is still this worker's (`attempts` as claimed): not when a new plan replaced it, or another worker took it over. */
  claimed: boolean;
  /** When a due-soon question about it was last sent ("was it asked?"), if ever. */
  dueSoonSentAt: Date | null;
  /** When the lead was last told about it, if ever. */
  escalatedAt: Date | null;
  /** Who asked for this very reminder ("Påminn ägaren"), when the owner has not answered since. */
  askedBy: string | null;
  /**
   * The owner's other reminders for it that are due by now, claimed or not: after downtime
   * several fall due at once, and they become one message.
   */
  dueSiblings: Sibling[];
}

/**
 * Runs `work` in a short transaction holding the row lock of the nudge's commitment: a change
 * to the promise at the same moment either lands first or waits. Slack is never called inside.
 * Two statements read what delivery needs: the lock returns the promise as it is now, and a
 * second one (with a snapshot taken after the lock, so it sees what a change just committed)
 * reads the outbox facts. One statement per fact cost the scheduler a third of its CPU.
 */
export async function withDeliveryLock<T>(
  prisma: Prisma,
  nudge: Pick<Nudge, "id" | "commitmentId" | "workspaceId" | "dueAt">,
  row: Claim,
  now: Date,
  work: (tx: Tx, commitment: Commitment | null, readFacts: () => Promise<DeliveryFacts>) => Promise<T>,
): Promise<T> {
  return prisma.$transaction(
    async (tx) => {
      const [commitment] = await tx.$queryRaw<Commitment[]>`
        SELECT ${COMMITMENT_COLUMNS} FROM "Commitment" WHERE id = ${nudge.commitmentId} AND "workspaceId" = ${nudge.workspaceId} FOR UPDATE`;
      return work(tx, commitment ?? null, () => deliveryFacts(tx, nudge, row, now));
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}

/** The outbox facts about a promise, read in one statement (one per fact cost the scheduler a third of its CPU). */
async function deliveryFacts(
  tx: Tx,
  nudge: Pick<Nudge, "id" | "commitmentId" | "workspaceId" | "dueAt">,
  row: Claim,
  now: Date,
): Promise<DeliveryFacts> {
  // A SELECT without FROM returns one row; the default only satisfies the type.
  const [facts = { claimed: false, dueSoonSentAt: null, escalatedAt: null, askedBy: null, dueSiblings: null }] = await tx.$queryRaw<
    (Omit<DeliveryFacts, "dueSiblings"> & { dueSiblings: { id: string; kind: Nudge["kind"]; dueAt: string }[] | null })[]
  >`
        SELECT EXISTS (SELECT 1 FROM "Nudge" WHERE id = ${row.id} AND state = 'sending' AND attempts = ${row.attempts}) AS claimed,
               (SELECT max("sentAt") FROM "Nudge" WHERE "commitmentId" = ${nudge.commitmentId} AND kind = 'due_soon' AND state = 'sent') AS "dueSoonSentAt",
               (SELECT max("sentAt") FROM "Nudge" WHERE "commitmentId" = ${nudge.commitmentId} AND kind = 'escalation' AND state = 'sent') AS "escalatedAt",
               (SELECT e."actorId" FROM "CommitmentEvent" e JOIN "Commitment" c ON c.id = e."commitmentId"
                 WHERE e."workspaceId" = ${nudge.workspaceId} AND e."commitmentId" = ${nudge.commitmentId} AND e.kind = 'pinged'
                   -- The reminder the ask queued (due when it was asked), if the owner has not answered since.
                   AND e.at = ${nudge.dueAt} AND (c."lastAnswerAt" IS NULL OR e.at > c."lastAnswerAt")
                 ORDER BY e.at DESC LIMIT 1) AS "askedBy",
               (SELECT json_agg(json_build_object('id', id, 'kind', kind, 'dueAt', "dueAt"))
                  FROM "Nudge"
                 WHERE "commitmentId" = ${nudge.commitmentId} AND id <> ${nudge.id} AND kind IN ('heads_up', 'due_soon', 'overdue')
                   AND state IN ('pending', 'sending') AND "dueAt" <= ${now}
                   -- One another worker is posting right now is its to record, not this worker's to fold in.
                   AND NOT (state = 'sending' AND "postingAt" IS NOT NULL AND "leaseUntil" > ${now})) AS "dueSiblings"`;
  const dueSiblings = (facts.dueSiblings ?? []).map((s) => ({ ...s, dueAt: new Date(s.dueAt) }));
  return { ...facts, dueSiblings };
}

/** When the next reminder or alert still to send falls due, in any workspace (the playground's "next event"). */
export async function nextPendingAt(prisma: Prisma, after: Date): Promise<Date | null> {
  const next = await prisma.nudge.findFirst({
    where: { state: "pending", dueAt: { gt: after } },
    orderBy: { dueAt: "asc" },
    select: { dueAt: true },
  });
  return next?.dueAt ?? null;
}
