import { deliverReminder, deliveryFailed, type Sender } from "../app/deliver-reminder.js";
import { claimDue, releaseClaims } from "../store/nudges.js";

/**
 * One tick of the scheduler: claim what is due (in batches, with a lease), send it, and put
 * failures back with a growing wait. Returns what happened, for logs and benchmarks.
 */

export interface TickResult {
  claimed: number;
  sent: number;
  cancelled: number;
  failed: number;
}

export interface TickOptions {
  batch?: number;
  /** How long a claimed row is ours; a crash frees it after this. */
  leaseMs?: number;
  maxAttempts?: number;
  /** Stop claiming new batches after this many rows in one tick. */
  maxPerTick?: number;
  /** Asked before each send; when true (shutting down), the rest of the batch is handed back at once. */
  stopping?: () => boolean;
}

export async function runNudgeTick(sender: Sender, options: TickOptions = {}): Promise<TickResult> {
  const { batch = 100, leaseMs = 5 * 60_000, maxAttempts = 8, maxPerTick = 5_000, stopping = () => false } = options;
  const result: TickResult = { claimed: 0, sent: 0, cancelled: 0, failed: 0 };
  while (result.claimed < maxPerTick && !stopping()) {
    const claimed = await claimDue(sender.db.prisma, sender.clock(), leaseMs, batch);
    result.claimed += claimed.length;
    // RETURNING keeps no order: send the earliest first.
    const queue = claimed.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
    for (const [index, nudge] of queue.entries()) {
      if (stopping()) {
        await releaseClaims(sender.db.prisma, queue.slice(index));
        return result;
      }
      try {
        const outcome = await deliverReminder(sender, nudge);
        if (outcome === "sent") result.sent++;
        else if (outcome === "cancelled") result.cancelled++;
      } catch (error) {
        result.failed++;
        await deliveryFailed(sender, nudge, error, maxAttempts).catch(() => {});
      }
    }
    // Sending may add rows that are due already (an escalation): claim until nothing is left.
    if (claimed.length === 0) break;
  }
  return result;
}
