/**
 * Slack takes about one message per second per channel. The pacer spaces posts to the same
 * channel by `gapMs` (real time: it is about Slack's limits, not the business clock).
 */
export class Pacer {
  private readonly last = new Map<string, number>();

  constructor(private readonly gapMs = 1000) {}

  async wait(channel: string): Promise<void> {
    const previous = this.last.get(channel);
    const now = Date.now();
    if (previous !== undefined && now - previous < this.gapMs) {
      await new Promise((resolve) => setTimeout(resolve, this.gapMs - (now - previous)));
    }
    this.last.set(channel, Date.now());
    if (this.last.size > 10_000) this.last.clear();
  }
}
