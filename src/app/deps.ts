import type { NudgeSettings } from "../domain/nudge-plan.js";
import type { Database } from "../store/database.js";
import type { WorkspaceDefaults } from "../store/workspaces.js";

/** What every use case gets: the database, the clock, the configured defaults and this process's memory. */
export interface AppDeps {
  db: Database;
  clock: () => Date;
  /** Copied to a workspace when Lofte first hears from it. */
  defaults: WorkspaceDefaults;
  nudges: NudgeSettings;
  memory: ProcessMemory;
}

/**
 * What one process remembers between requests. Not shared by replicas, and forgotten on a
 * restart (the README says what that means): who has opened their Home tab (kept up to date
 * until then), and which channel messages were offered a suggestion (Slack's retries are not
 * offered twice).
 */
export class ProcessMemory {
  readonly homeViewers = new BoundedSet(50_000);
  readonly offered = new BoundedSet(10_000);
}

/** A set that forgets everything when it grows past `max`, so a long-running process stays small. */
class BoundedSet {
  private readonly items = new Set<string>();

  constructor(private readonly max: number) {}

  has(key: string): boolean {
    return this.items.has(key);
  }

  add(key: string): void {
    if (this.items.size >= this.max) this.items.clear();
    this.items.add(key);
  }
}
