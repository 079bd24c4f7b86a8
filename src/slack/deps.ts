import type { webApi } from "@slack/bolt";
import { type NudgeSettings, planNudges } from "../domain/nudge-plan.js";
import type { Pacer } from "../jobs/pacer.js";
import type { Language } from "../language/language.js";
import type { Planner } from "../store/commitments.js";
import type { Database } from "../store/database.js";
import { resumeWorkspace } from "../store/retention.js";
import { ensureWorkspace, type WorkspaceDefaults, type WorkspaceSettings } from "../store/workspaces.js";
import type { UserProfile, UserProfiles } from "./user-profiles.js";

/** What every listener gets: the database, the clock, defaults and the profile cache. */
export interface Deps {
  db: Database;
  clock: () => Date;
  defaults: WorkspaceDefaults;
  profiles: UserProfiles;
  nudges: NudgeSettings;
  /** Spaces messages to one channel about a second apart. */
  pacer: Pacer;
}

/** The reminder plan of a commitment as it is now (a pure rule, given the clock and the workspace's working hours). */
export function plannerFor(deps: Deps, workspace: WorkspaceSettings): Planner {
  const settings = { ...deps.nudges, workingHours: workspace.workingHours };
  return (commitment) => planNudges(commitment, settings, deps.clock());
}

/** The person Lofte is answering, with the zone and language to answer in. */
export interface Person {
  workspace: WorkspaceSettings;
  profile: UserProfile;
  timeZone: string;
  language: Language;
}

/**
 * Looks up who is asking: their Slack time zone and locale, else the workspace's. `fallback`
 * is the language of the conversation (the command's) for people whose locale Slack does not give.
 */
export async function whoIs(deps: Deps, client: webApi.WebClient, teamId: string, userId: string, fallback?: Language): Promise<Person> {
  const [workspace, profile] = await Promise.all([
    ensureWorkspace(deps.db.prisma, teamId, deps.defaults),
    deps.profiles.get(client, teamId, userId),
  ]);
  if (workspace.uninstalled) await resumeIfUninstalled(deps, teamId);
  return {
    workspace: { ...workspace, uninstalled: false },
    profile,
    timeZone: profile.timeZone ?? workspace.timeZone,
    language: profile.language ?? fallback ?? workspace.language,
  };
}

/** Someone uses Lofte in a workspace that had uninstalled it (or it was installed again): resume sending there. */
export async function resumeIfUninstalled(deps: Deps, teamId: string): Promise<void> {
  const workspace = await ensureWorkspace(deps.db.prisma, teamId, deps.defaults);
  if (workspace.uninstalled) await resumeWorkspace(deps.db.prisma, teamId, plannerFor(deps, workspace));
}
