import type { WorkingHours } from "../domain/working-hours.js";
import type { Language } from "../language/pack.js";

/** A workspace's settings as Lofte uses them (store/workspaces.ts reads and writes them). */
export interface WorkspaceSettings {
  id: string;
  language: Language;
  timeZone: string;
  defaultDeadlineTime: string;
  /** When reminders may go out and which days count as working days (weekdays less red days), on each owner's clock. */
  workingHours: WorkingHours;
  defaultLeadId: string | null;
  /** Lofte was uninstalled here and nobody has used it since. */
  uninstalled: boolean;
}

/** What a workspace starts with, copied from the configuration when Lofte first hears from it. */
export interface WorkspaceDefaults {
  language: Language;
  timeZone: string;
  deadlineTime: string;
  workingHours: WorkingHours;
}
