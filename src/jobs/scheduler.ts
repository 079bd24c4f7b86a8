import cron from "node-cron";
import type { Sender } from "./deliver-nudge.js";
import { runNudgeTick } from "./nudge-tick.js";

/**
 * Runs the nudge tick on a node-cron schedule (LOFTE_TICK), never two at once in this
 * process, and once at start so that what fell due while Lofte was down goes out now.
 * Replicas share the work through the outbox's leases.
 */
export interface Scheduler {
  stop(): Promise<void>;
}

export function startScheduler(sender: Sender, expression: string, log: (message: string) => void): Scheduler {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return running;
    running = runNudgeTick(sender)
      .then((r) => {
        if (r.claimed > 0) log(`nudge tick: ${r.sent} sent, ${r.cancelled} cancelled, ${r.failed} failed`);
      })
      .catch((error: unknown) => log(`nudge tick failed: ${error instanceof Error ? error.message : String(error)}`));
    return running;
  };
  const task = cron.schedule(expression, () => tick(), { noOverlap: true, name: "lofte-nudges" });
  void tick();
  return {
    async stop() {
      stopped = true;
      await task.stop();
      await running;
    },
  };
}
