/**
 * The playground's clock: real time moved forward by an offset the visitor controls (+1 hour,
 * +1 day, the next event). It never goes backwards; "Börja om" starts it again. Lofte, its
 * scheduler and the stand-in's timestamps all read it.
 */
export class PlaygroundClock {
  private offsetMs: number;

  constructor(
    start: Date,
    private readonly realNow: () => number = Date.now,
  ) {
    this.offsetMs = start.getTime() - realNow();
  }

  now = (): Date => new Date(this.realNow() + this.offsetMs);

  nowMs = (): number => this.realNow() + this.offsetMs;

  advance(ms: number): void {
    if (ms > 0) this.offsetMs += ms;
  }

  /** Moves to `instant` if it lies ahead; the clock never goes back. */
  jumpTo(instant: Date): void {
    this.advance(instant.getTime() - this.nowMs());
  }

  restart(start: Date): void {
    this.offsetMs = start.getTime() - this.realNow();
  }

  /** What to save to pick up where the playground was. */
  get offset(): number {
    return this.offsetMs;
  }

  set offset(ms: number) {
    this.offsetMs = ms;
  }
}
