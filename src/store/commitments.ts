import { customerKey } from "../domain/commitment.js";
import type { PlannedNudge } from "../domain/nudge-plan.js";
import type { Language } from "../language/pack.js";
import type { Prisma, Tx, Writer } from "./database.js";
import { type Commitment, Prisma as SQL } from "./generated/client.js";
import { uuidv7 } from "./ids.js";
import { replacePlan } from "./nudges.js";

/**
 * Commitments and their audit trail. Every query names the workspace; every change bumps the
 * version (optimistic lock) and writes a CommitmentEvent in the same transaction.
 */

export type { Commitment };

export interface NewCommitment {
  workspaceId: string;
  ownerId: string;
  creatorId: string;
  leadId?: string | null;
  task: string;
  customer: string | null;
  originalText: string;
  language: Language;
  sourceChannelId: string | null;
  /** Made in a DM or a private channel. */
  private?: boolean;
  /** One promise per key (see createCommitmentOnce). */
  idempotencyKey?: string | null;
  sourceMessageTs?: string | null;
  permalink?: string | null;
  parentId?: string | null;
  /** An occurrence of a repeating promise: its series, and the date the rule gave it. */
  seriesId?: string | null;
  occursOn?: string | null;
  repeatText?: string | null;
  dueAt: Date;
  hasTime: boolean;
  timeZone: string;
}

export type CommitmentChanges = Partial<
  Pick<
    Commitment,
    | "ownerId"
    | "leadId"
    | "task"
    | "customer"
    | "dueAt"
    | "hasTime"
    | "timeZone"
    | "status"
    | "customerInformed"
    | "completedAt"
    | "snoozedUntil"
    | "lastAnswer"
    | "lastAnswerAt"
  >
>;

/** The reminders a commitment should have in its current state (a pure domain rule, passed in). */
export type Planner = (commitment: Commitment) => PlannedNudge[];

export type ChangeResult = { ok: true; commitment: Commitment } | { ok: false; reason: "not_found" | "conflict" };

/**
 * Stores a new promise, its reminder plan and the "created" audit row in one SQL statement: one
 * round trip, atomic, and no interactive transaction to wait for when many arrive at once.
 */
export async function createCommitment(db: Writer, input: NewCommitment, at: Date, planner: Planner = () => []): Promise<Commitment> {
  return (await createCommitmentOnce(db, input, at, planner)).commitment;
}

/**
 * As createCommitment, once per `idempotencyKey` in a workspace: a second request with the same
 * key (a Save pressed twice, a submission Slack sent again) stores nothing and gets the promise
 * the first one made, with `created: false`.
 */
export async function createCommitmentOnce(
  db: Writer,
  input: NewCommitment,
  at: Date,
  planner: Planner = () => [],
): Promise<{ commitment: Commitment; created: boolean }> {
  const commitment: Commitment = {
    leadId: null,
    sourceMessageTs: null,
    permalink: null,
    parentId: null,
    private: false,
    idempotencyKey: null,
    seriesId: null,
    occursOn: null,
    repeatText: null,
    ...input,
    customerKey: input.customer ? customerKey(input.customer) : null,
    id: uuidv7(at.getTime()),
    status: "open",
    customerInformed: false,
    snoozedUntil: null,
    lastAnswer: null,
    lastAnswerAt: null,
    version: 1,
    completedAt: null,
    createdAt: at,
    updatedAt: at,
  };
  const c = commitment;
  const plan = planner(commitment);
  const nudges = plan.map((n) => SQL.sql`(${uuidv7(at.getTime())}, ${n.kind}, ${n.at}::timestamptz)`);
  const statement = SQL.sql`
    WITH promise AS (
      INSERT INTO "Commitment" (id, "workspaceId", "ownerId", "creatorId", "leadId", task, customer, "customerKey", "originalText",
                                language, "sourceChannelId", private, "sourceMessageTs", permalink, "parentId", "dueAt", "hasTime",
                                "timeZone", "idempotencyKey", "seriesId", "occursOn", "repeatText", "createdAt", "updatedAt")
      VALUES (${c.id}, ${c.workspaceId}, ${c.ownerId}, ${c.creatorId}, ${c.leadId}, ${c.task}, ${c.customer}, ${c.customerKey},
              ${c.originalText}, ${c.language}, ${c.sourceChannelId}, ${c.private}, ${c.sourceMessageTs}, ${c.permalink}, ${c.parentId},
              ${c.dueAt}::timestamptz, ${c.hasTime}, ${c.timeZone}, ${c.idempotencyKey}, ${c.seriesId}, ${c.occursOn}, ${c.repeatText},
              ${at}::timestamptz, ${at}::timestamptz)
      ON CONFLICT ("workspaceId", "idempotencyKey") DO NOTHING
      RETURNING id),
    audit AS (
      INSERT INTO "CommitmentEvent" (id, "workspaceId", "commitmentId", "actorId", kind, after, at)
      SELECT ${uuidv7(at.getTime())}, ${c.workspaceId}, id, ${c.creatorId}, 'created', ${JSON.stringify(snapshot(c))}::jsonb, ${at}::timestamptz
        FROM promise)
    ${
      nudges.length > 0
        ? SQL.sql`, plan AS (
            INSERT INTO "Nudge" (id, "workspaceId", "commitmentId", kind, "dueAt", "updatedAt")
            SELECT planned.id, ${c.workspaceId}, promise.id, planned.kind::"NudgeKind", planned.due, ${at}::timestamptz
              FROM promise, (VALUES ${SQL.join(nudges)}) AS planned (id, kind, due)
            ON CONFLICT DO NOTHING)`
        : SQL.empty
    }
    SELECT id FROM promise`;
  const inserted = await db.query<{ id: string }>(statement.text, statement.values);
  if (inserted.length > 0) return { commitment, created: true };
  const first = await db.prisma.commitment.findFirstOrThrow({ where: { workspaceId: c.workspaceId, idempotencyKey: c.idempotencyKey } });
  return { commitment: first, created: false };
}

/** The promise a request with `idempotencyKey` stored, if one did. */
export async function findByIdempotencyKey(prisma: Prisma, workspaceId: string, idempotencyKey: string): Promise<Commitment | null> {
  return prisma.commitment.findFirst({ where: { workspaceId, idempotencyKey } });
}

export async function findCommitment(prisma: Prisma, workspaceId: string, id: string): Promise<Commitment | null> {
  return prisma.commitment.findFirst({ where: { id, workspaceId } });
}

/** Several commitments at once (a scheduler batch), each looked up in its own workspace. */
export async function commitmentsById(prisma: Prisma, refs: { workspaceId: string; id: string }[]): Promise<Map<string, Commitment>> {
  if (refs.length === 0) return new Map();
  const wanted = new Set(refs.map((r) => `${r.workspaceId}:${r.id}`));
  const rows = await prisma.commitment.findMany({ where: { id: { in: refs.map((r) => r.id) } } });
  return new Map(rows.filter((row) => wanted.has(`${row.workspaceId}:${row.id}`)).map((row) => [row.id, row]));
}

/**
 * Applies `changes` if the commitment still has `expectedVersion`; records who changed what.
 * `kind` names the change in the audit trail ("edited", "cancelled", …).
 */
export async function changeCommitment(
  prisma: Prisma,
  ref: { workspaceId: string; id: string; expectedVersion: number },
  changes: CommitmentChanges,
  audit: { actorId: string; kind: string; at: Date },
  planner: Planner = () => [],
): Promise<ChangeResult> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.commitment.findFirst({ where: { id: ref.id, workspaceId: ref.workspaceId } });
    if (!before) return { ok: false, reason: "not_found" } as const;
    const updated = await tx.commitment.updateMany({
      where: { id: ref.id, workspaceId: ref.workspaceId, version: ref.expectedVersion },
      data: {
        ...changes,
        ...(changes.customer !== undefined ? { customerKey: changes.customer ? customerKey(changes.customer) : null } : {}),
        version: { increment: 1 },
        updatedAt: audit.at,
      },
    });
    if (updated.count === 0) return { ok: false, reason: "conflict" } as const;
    const after = await tx.commitment.findFirstOrThrow({ where: { id: ref.id, workspaceId: ref.workspaceId } });
    // Reminders follow the promise: a done, cancelled, moved or snoozed one never gets a stale one.
    await replacePlan(tx, after, after.status === "open" ? planner(after) : []);
    await recordEvent(tx, {
      workspaceId: ref.workspaceId,
      commitmentId: ref.id,
      ...audit,
      before: changedFields(snapshot(before), snapshot(after)),
      after: changedFields(snapshot(after), snapshot(before)),
    });
    return { ok: true, commitment: after } as const;
  });
}

/**
 * One line of the audit trail: a change (with the fields before and after), or something done
 * that changes no field ("pinged": a lead asked the owner).
 */
export async function recordEvent(
  tx: Tx | Prisma,
  event: { workspaceId: string; commitmentId: string; actorId: string; kind: string; at: Date; before?: Snapshot; after?: Snapshot },
): Promise<void> {
  await tx.commitmentEvent.create({ data: event });
}

export async function commitmentEvents(prisma: Prisma, workspaceId: string, commitmentId: string) {
  return prisma.commitmentEvent.findMany({ where: { workspaceId, commitmentId }, orderBy: { at: "asc" } });
}

type Snapshot = Record<string, string | number | boolean | null>;

function snapshot(c: Commitment): Snapshot {
  return {
    ownerId: c.ownerId,
    leadId: c.leadId,
    task: c.task,
    customer: c.customer,
    dueAt: c.dueAt.toISOString(),
    hasTime: c.hasTime,
    status: c.status,
    customerInformed: c.customerInformed,
    snoozedUntil: c.snoozedUntil?.toISOString() ?? null,
    lastAnswer: c.lastAnswer,
  };
}

/** The fields of `a` that differ from `b`. */
function changedFields(a: Snapshot, b: Snapshot): Snapshot {
  return Object.fromEntries(Object.entries(a).filter(([key, value]) => b[key] !== value));
}
