/**
 * Runs jobs side by side: at most `concurrency` at once and at most `perKey` of one key (a
 * workspace) at once, taking the keys in turn, so one large workspace never starves the others.
 * Jobs come from `more`, a batch at a time, asked for as soon as fewer than `concurrency` are
 * waiting: the next batch is ready before this one runs dry, so a burst never stalls between
 * batches. A job may `drop` a key: its jobs still waiting are handed back unstarted (Slack asked
 * that workspace to wait). When `stopping` turns true, nothing new starts; the jobs in flight
 * finish.
 */

export interface FairOptions {
  concurrency: number;
  perKey: number;
  stopping?: () => boolean;
}

export interface FairPool<T> {
  /** Takes the waiting jobs of `key` out of the pool and returns them. */
  drop(key: string): T[];
}

/**
 * Resolves once every started job has finished and `more` has nothing left, with the jobs that
 * never started (stopping), for the caller to hand back. `more` is asked once more after the
 * pool goes idle, since jobs may have made new ones; an empty answer then ends the run. When
 * `more` fails, the jobs already given still run (unless stopping), and `failure` says why it
 * ended.
 */
export function runFair<T>(
  more: () => Promise<T[]>,
  keyOf: (item: T) => string,
  work: (item: T, pool: FairPool<T>) => Promise<void>,
  options: FairOptions,
): Promise<{ unstarted: T[]; failure: { error: unknown } | null }> {
  const waiting = new Map<string, T[]>();
  let waitingCount = 0;
  const busy = new Map<string, number>();
  let inFlight = 0;
  let asking = false;
  /** "dry": `more` came back empty while jobs were running (they may make new ones: ask again once idle). */
  let source: "open" | "dry" | "done" = "open";
  let failure: { error: unknown } | null = null;
  const pool: FairPool<T> = {
    drop(key) {
      const dropped = waiting.get(key) ?? [];
      waiting.delete(key);
      waitingCount -= dropped.length;
      return dropped;
    },
  };

  return new Promise((resolve) => {
    const add = (items: T[]) => {
      for (const item of items) {
        const key = keyOf(item);
        const queue = waiting.get(key);
        if (queue) queue.push(item);
        else waiting.set(key, [item]);
      }
      waitingCount += items.length;
    };
    const ask = () => {
      asking = true;
      const idle = inFlight === 0 && waitingCount === 0;
      more().then(
        (items) => {
          asking = false;
          source = items.length > 0 ? "open" : idle ? "done" : "dry";
          add(items);
          pump();
        },
        (error: unknown) => {
          asking = false;
          failure = { error };
          pump();
        },
      );
    };
    const pump = () => {
      const stopping = options.stopping?.() ?? false;
      // Map order is insertion order: a key that just started a job goes to the back of the line.
      for (const [key, queue] of waiting) {
        if (stopping || inFlight >= options.concurrency) break;
        if ((busy.get(key) ?? 0) >= options.perKey) continue;
        const item = queue.shift() as T;
        waiting.delete(key);
        waitingCount--;
        if (queue.length > 0) waiting.set(key, queue);
        inFlight++;
        busy.set(key, (busy.get(key) ?? 0) + 1);
        work(item, pool)
          .catch(() => {})
          .finally(() => {
            inFlight--;
            busy.set(key, (busy.get(key) ?? 1) - 1);
            pump();
          });
      }
      if (asking) return;
      const idle = inFlight === 0 && waitingCount === 0;
      if (stopping || (failure && waitingCount === 0) || source === "done") {
        if (inFlight > 0) return;
        const unstarted = [...waiting.values()].flat();
        waiting.clear();
        resolve({ unstarted, failure });
      } else if (!failure && (source === "dry" ? idle : waitingCount < options.concurrency)) {
        // After a failure nothing more is asked for: the jobs already given finish first.
        ask();
      }
    };
    pump();
  });
}
