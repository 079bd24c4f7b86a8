import type { WorkspaceSettings } from "./workspace-settings.js";

/**
 * Workspace settings are read on every request and change rarely, so each process keeps them.
 * A trigger on "Workspace" tells every process of a change (pg_notify on channel
 * `lofte_workspace`, delivered when the change commits), and the entry is dropped. While a
 * process is not listening (its listening connection is lost), it trusts nothing cached and
 * reads the database; an entry also expires after a minute, whatever happens.
 */
export const WORKSPACE_CHANNEL = "lofte_workspace";

export class SettingsCache {
  private readonly entries = new Map<string, { settings: WorkspaceSettings; until: number }>();
  /** Bumped by every drop: a read that started before a change must not store what it read. */
  private generation = 0;
  private listening = false;

  constructor(private readonly ttlMs = 60_000) {}

  /** Whether changes are heard (set by the database's listener). */
  setListening(listening: boolean): void {
    this.listening = listening;
    // Either way, a read that began before (while changes could go unheard) must not be kept.
    this.clear();
  }

  get(id: string): WorkspaceSettings | undefined {
    const entry = this.listening ? this.entries.get(id) : undefined;
    if (entry && entry.until > performance.now()) return entry.settings;
    return undefined;
  }

  /** What `set` needs to know that nothing changed while the settings were read. */
  stamp(): number {
    return this.generation;
  }

  set(settings: WorkspaceSettings, stamp: number): void {
    if (!this.listening || stamp !== this.generation) return;
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(settings.id, { settings, until: performance.now() + this.ttlMs });
  }

  drop(id: string): void {
    this.generation++;
    this.entries.delete(id);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
