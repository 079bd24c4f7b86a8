/**
 * Slack takes about one message a second per channel, counted when a post arrives. This
 * process sends to one channel one post at a time, the next `gapMs` after Slack answered the
 * previous one: whatever delays a post on its way (a busy event loop, a slow network), the next
 * one cannot overtake it. Replicas share the pace through the database's slots as well.
 */
export class SendLanes {
  private readonly tails = new Map<string, Promise<void>>();

  async inLane<T>(channel: string, gapMs: number, send: () => Promise<T>): Promise<T> {
    if (gapMs <= 0) return send();
    const previous = this.tails.get(channel) ?? Promise.resolve();
    let release = () => {};
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.tails.set(channel, mine);
    await previous;
    try {
      return await send();
    } finally {
      setTimeout(() => {
        release();
        if (this.tails.get(channel) === mine) this.tails.delete(channel);
      }, gapMs).unref();
    }
  }
}
