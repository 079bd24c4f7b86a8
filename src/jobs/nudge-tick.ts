import { type DeliveryBatch, deliverReminder, deliveryFailed, readBatch, type Sender } from "../app/deliver-reminder.js";
import { claimDue, markRateLimited, type Nudge, releaseClaims } from "../store/nudges.js";
import { runFair } from "./fair-pool.js";

/**
 * One tick of the scheduler: claim what is due (in batches, with a lease), send it, and put
 * failures back with a growing wait. Sends go out side by side (Slack answers in about 150 ms),
 * fair between workspaces; a workspace Slack rate-limits waits out its Retry-After while the
 * others go on. Returns what happened, for logs and benchmarks.
 */

/** A claimed reminder, with what its batch read for it. */
interface Batched {
  nudge: Nudge;
  read: DeliveryBatch;
}

export interface TickResult {
  claimed: number;
  sent: number;
  cancelled: number;
  failed: number;
  /** Handed back unsent because Slack asked their workspace to wait. */
  deferred: number;
}

export interface TickOptions {
  batch?: number;
  /** How long a claimed row is ours; a crash frees it after this. */
  leaseMs?: number;
  maxAttempts?: number;
  /** Stop claiming new batches after this many rows in one tick. */
  maxPerTick?: number;
  /** Sends in flight at once, in all. */
  concurrency?: number;
  /** Sends in flight at once to one workspace. */
  perWorkspace?: number;
  /** Asked before each send; when true (shutting down), the rest of the batch is handed back at once. */
  stopping?: () => boolean;
}

export async function runNudgeTick(sender: Sender, options: TickOptions = {}): Promise<TickResult> {
  const { batch = 200, leaseMs = 5 * 60_000, maxAttempts = 8, maxPerTick = 5_000, stopping = () => false } = options;
  const { concurrency = 32, perWorkspace = 8 } = options;
  const prisma = sender.db.prisma;
  const result: TickResult = { claimed: 0, sent: 0, cancelled: 0, failed: 0, deferred: 0 };
  // Workspaces Slack rate-limited during this tick, and until when.
  const paused = new Map<string, Date>();
  const defer = async (nudges: Nudge[], until: Date) => {
    result.deferred += nudges.length;
    for (const nudge of nudges) await markRateLimited(prisma, nudge, "Slack rate-limited the workspace", until);
  };

  const pausedNow = (nudge: Nudge) => {
    const until = paused.get(nudge.workspaceId);
    return until && until.getTime() > sender.clock().getTime() ? until : null;
  };
  // The next batch is claimed while the last one is still being sent.
  const claimMore = async (): Promise<Batched[]> => {
    while (result.claimed < maxPerTick && !stopping()) {
      const claimed = await claimDue(prisma, sender.clock(), leaseMs, Math.min(batch, maxPerTick - result.claimed));
      result.claimed += claimed.length;
      if (claimed.length === 0) return [];
      const ready: Nudge[] = [];
      for (const nudge of claimed) {
        const until = pausedNow(nudge);
        if (until) await defer([nudge], until);
        else ready.push(nudge);
      }
      if (ready.length === 0) continue;
      // RETURNING keeps no order: the earliest first, within each workspace.
      ready.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
      const read = await readBatch(sender, ready).catch(async (error: unknown) => {
        await releaseClaims(prisma, ready);
        throw error;
      });
      return ready.map((nudge) => ({ nudge, read }));
    }
    return [];
  };
  const { unstarted, failure } = await runFair(
    claimMore,
    ({ nudge }) => nudge.workspaceId,
    async ({ nudge, read }, pool) => {
      // Claimed before Slack rate-limited its workspace (a batch claimed while the last was sending).
      const until = pausedNow(nudge);
      if (until) return defer([nudge], until);
      try {
        const outcome = await deliverReminder(sender, nudge, read);
        if (outcome === "sent") result.sent++;
        else if (outcome === "cancelled") result.cancelled++;
      } catch (error) {
        result.failed++;
        const failure = await deliveryFailed(sender, nudge, error, maxAttempts).catch(() => null);
        if (failure?.rateLimitedUntil) {
          paused.set(nudge.workspaceId, failure.rateLimitedUntil);
          await defer(
            pool.drop(nudge.workspaceId).map((waiting) => waiting.nudge),
            failure.rateLimitedUntil,
          );
        }
      }
    },
    { concurrency, perKey: perWorkspace, stopping },
  );
  if (unstarted.length > 0)
    await releaseClaims(
      prisma,
      unstarted.map((waiting) => waiting.nudge),
    );
  if (failure) throw failure.error;
  return result;
}
