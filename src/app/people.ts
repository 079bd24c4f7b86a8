import { planNudges } from "../domain/nudge-plan.js";
import { leadToTell } from "../domain/risk.js";
import type { Language } from "../language/index.js";
import type { Commitment, Planner } from "../store/commitments.js";
import type { Prisma } from "../store/database.js";
import { resumeWorkspace } from "../store/retention.js";
import { channelLead, channelLeads, ensureWorkspace, type WorkspaceSettings } from "../store/workspaces.js";
import type { AppDeps } from "./deps.js";
import type { Person, SlackPort, UserProfile } from "./slack-port.js";

/**
 * Who Lofte is talking to: their Slack time zone and locale, else the workspace's. `fallback`
 * is the language of the conversation (the command's) for people whose locale Slack does not
 * give. Hearing from a workspace that had uninstalled Lofte resumes it.
 */
export async function whoIs(deps: AppDeps, slack: SlackPort, teamId: string, userId: string, fallback?: Language): Promise<Person> {
  const [workspace, profile] = await Promise.all([ensureWorkspace(deps.db, teamId, deps.defaults), slack.profile(userId)]);
  if (workspace.uninstalled) await resumeIfUninstalled(deps, teamId);
  return personIn({ ...workspace, uninstalled: false }, userId, profile, fallback);
}

/** A person of a workspace already read: their own zone and language, else the workspace's. */
export function personIn(workspace: WorkspaceSettings, userId: string, profile: UserProfile, fallback?: Language): Person {
  return {
    id: userId,
    workspace,
    profile,
    timeZone: profile.timeZone ?? workspace.timeZone,
    language: profile.language ?? fallback ?? workspace.language,
  };
}

/** The reminder plan of a commitment as it is now (a pure rule, given the clock and the workspace's working hours). */
export function plannerFor(deps: AppDeps, workspace: WorkspaceSettings): Planner {
  const settings = { ...deps.nudges, workingHours: workspace.workingHours };
  return (commitment) => planNudges(commitment, settings, deps.clock());
}

/** Lofte is used (or installed) again in a workspace that had uninstalled it: sending resumes there. */
export async function resumeIfUninstalled(deps: AppDeps, teamId: string): Promise<void> {
  const workspace = await ensureWorkspace(deps.db, teamId, deps.defaults);
  if (workspace.uninstalled) await resumeWorkspace(deps.db.prisma, teamId, plannerFor(deps, workspace));
}

/** Whom a promise's news goes to, as an escalation's would (domain/risk.ts leadToTell); null: no one. */
export async function leadOf(deps: AppDeps, workspace: WorkspaceSettings, commitment: Commitment): Promise<string | null> {
  const channel = await channelLead(deps.db.prisma, workspace.id, commitment.sourceChannelId);
  return leadToTell(commitment, channel, workspace.defaultLeadId);
}

/** Whom each promise's news goes to, as an escalation's would (domain/risk.ts leadToTell): by promise id; none for some. */
export async function leadsOf(
  prisma: Prisma,
  commitments: readonly Commitment[],
  workspaceLead: string | null,
): Promise<Map<string, string>> {
  const channels = await channelLeads(
    prisma,
    commitments.flatMap((c) => (c.sourceChannelId ? [{ workspaceId: c.workspaceId, channelId: c.sourceChannelId }] : [])),
  );
  const leads = new Map<string, string>();
  for (const c of commitments) {
    const lead = leadToTell(c, channels.get(`${c.workspaceId}:${c.sourceChannelId}`) ?? null, workspaceLead);
    if (lead) leads.set(c.id, lead);
  }
  return leads;
}
