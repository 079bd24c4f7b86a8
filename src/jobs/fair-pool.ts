/**
 * Runs jobs side by side: at most `concurrency` at once and at most `perKey` of one key (a
 * workspace) at once, taking the keys in turn, so one large workspace never starves the others.
 * A job may `drop` a key: its jobs still waiting are handed back unstarted (Slack asked that
 * workspace to wait). When `stopping` turns true, nothing new starts; the jobs in flight finish.
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

/** Resolves, once every started job has finished, with the jobs that never started (stopping). */
export function runFair<T>(
  items: T[],
  keyOf: (item: T) => string,
  work: (item: T, pool: FairPool<T>) => Promise<void>,
  options: FairOptions,
): Promise<T[]> {
  const waiting = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const queue = waiting.get(key);
    if (queue) queue.push(item);
    else waiting.set(key, [item]);
  }
  const busy = new Map<string, number>();
  let inFlight = 0;
  const pool: FairPool<T> = {
    drop(key) {
      const dropped = waiting.get(key) ?? [];
      waiting.delete(key);
      return dropped;
    },
  };

  return new Promise((resolve) => {
    const finish = () => {
      const unstarted = [...waiting.values()].flat();
      waiting.clear();
      resolve(unstarted);
    };
    const pump = () => {
      const stopping = options.stopping?.() ?? false;
      // Map order is insertion order: a key that just started a job goes to the back of the line.
      for (const [key, queue] of waiting) {
        if (stopping || inFlight >= options.concurrency) break;
        if ((busy.get(key) ?? 0) >= options.perKey) continue;
        const item = queue.shift() as T;
        waiting.delete(key);
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
      if (inFlight === 0 && (stopping || waiting.size === 0)) finish();
    };
    pump();
  });
}
