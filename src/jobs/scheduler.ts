import cron from "node-cron";
import { tellLeadsAhead } from "../app/absence.js";
import type { Sender } from "../app/deliver-reminder.js";
import { postWeeklyDigests } from "../app/digest.js";
import { continueSeries } from "../app/series.js";
import { HOUSEKEEPING_EVERY_MS, runHousekeeping } from "./housekeeping.js";
import { runNudgeTick, type TickOptions } from "./nudge-tick.js";

/**
 * Runs the nudge tick (then the next occurrences of repeating promises, the leads' lists
 * before time away, and the weekly digests) on a node-cron schedule (LOFTE_TICK), never two at once in this
 * process, and once at start so that what fell due while Lofte was down goes out now.
 * Replicas share the work through the outbox's leases.
 */
export interface Scheduler {
  stop(): Promise<void>;
  /** Runs a tick now, after the one in progress if any (the playground, when its clock moves). */
  tickNow(): Promise<void>;
}

export interface SchedulerOptions extends TickOptions {
  /** How long an uninstalled workspace's data is kept. */
  retentionMs: number;
}

export function startScheduler(sender: Sender, expression: string, log: (message: string) => void, options: SchedulerOptions): Scheduler {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  let lastHousekeeping = Number.NEGATIVE_INFINITY;
  // One tick at a time, whoever starts it (node-cron or start-up).
  const tick = () => {
    if (stopped || running) return running;
    running = runNudgeTick(sender, { ...options, stopping: () => stopped })
      .then(async (r) => {
        if (r.claimed > 0) log(`nudge tick: ${r.sent} sent, ${r.cancelled} cancelled, ${r.failed} failed`);
        if (stopped) return;
        const series = await continueSeries(sender);
        if (series.made > 0) log(`series tick: ${series.made} next occurrence(s) made`);
        const ahead = await tellLeadsAhead(sender);
        if (ahead.told > 0) log(`time away: ${ahead.told} lead(s) given the list ahead`);
        const digests = await postWeeklyDigests(sender, log);
        if (digests.posted > 0) log(`digest tick: ${digests.posted} posted`);
        const now = sender.clock();
        if (now.getTime() - lastHousekeeping >= HOUSEKEEPING_EVERY_MS) {
          lastHousekeeping = now.getTime();
          const kept = await runHousekeeping(sender.db.prisma, now, options.retentionMs);
          if (kept.purged.length > 0) log(`retention: deleted all data of ${kept.purged.length} uninstalled workspace(s)`);
        }
      })
      .catch((error: unknown) => log(`nudge tick failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = null;
      });
    return running;
  };
  // Our own guard keeps ticks from overlapping (node-cron's would warn on every skipped second).
  const task = cron.schedule(expression, () => tick() ?? undefined, { name: "lofte-nudges" });
  void tick();
  return {
    async tickNow() {
      await running;
      await tick();
    },
    /** No new ticks; the send in flight finishes, the rest of its batch is handed back. */
    async stop() {
      stopped = true;
      await task.stop();
      await running;
    },
  };
}
