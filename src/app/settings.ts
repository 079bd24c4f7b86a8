import { mayChangeSettings, mayChooseWorkspaceLead } from "../domain/permissions.js";
import type { SuggestionsCommand } from "../language/commands.js";
import { type ChannelConfig, channelConfig, setSuggestions, saveSettings as store, type WorkspaceSettings } from "../store/workspaces.js";
import type { AppDeps } from "./deps.js";
import type { Person } from "./slack-port.js";

/**
 * A workspace's settings and a channel's: who may see and change them, and saving them. The
 * workspace's (language, zone, working days and hours, default time, default lead) are for
 * admins and the workspace's lead; a channel's (its lead, digest, suggestions) also for that
 * channel's lead.
 */

export interface SettingsView {
  workspace: WorkspaceSettings;
  channelId: string;
  channel: ChannelConfig;
  workspaceEditable: boolean;
  channelEditable: boolean;
}

/** Who may change a channel's settings besides the admins, to name them in a refusal. */
export interface ChannelDeciders {
  channelLead: string | null;
  workspaceLead: string | null;
}

/** Whether `person` may change this channel's settings (its digest, its suggestions, its lead). */
export async function mayChangeChannelSettings(deps: AppDeps, person: Person, channelId: string): Promise<boolean> {
  return (await settingsFor(deps, person, channelId)).channelEditable;
}

/** Null when `person` may change this channel's settings; else who may (besides the admins). */
export async function channelRefusal(deps: AppDeps, person: Person, channelId: string): Promise<ChannelDeciders | null> {
  const view = await settingsFor(deps, person, channelId);
  if (view.channelEditable) return null;
  const { leadId } = view.channel;
  const { defaultLeadId } = view.workspace;
  // One person who leads both is named once.
  return { channelLead: leadId, workspaceLead: defaultLeadId === leadId ? null : defaultLeadId };
}

/** The settings as `person` may see them, and what they may change. */
export async function settingsFor(deps: AppDeps, person: Person, channelId: string): Promise<SettingsView> {
  const channel = await channelConfig(deps.db.prisma, person.workspace.id, channelId);
  const asker = { userId: person.id, isAdmin: person.profile.isAdmin };
  return {
    workspace: person.workspace,
    channelId,
    channel,
    workspaceEditable: mayChooseWorkspaceLead(asker, person.workspace.defaultLeadId),
    channelEditable: mayChangeSettings(asker, { workspace: person.workspace.defaultLeadId, channel: channel.leadId }),
  };
}

export interface SettingsChange {
  /** Absent when the form held only the channel's settings. */
  workspace?: Omit<WorkspaceSettings, "id" | "uninstalled">;
  channel: ChannelConfig;
}

/** Saved: the settings as they are now, to show; or why not. */
export type SettingsSaved = { ok: true; view: SettingsView } | { ok: false; problem: "notAllowed" | "defaultLeadNotAllowed" };

/** Saves the settings modal: checked again here, on the server. */
export async function saveSettings(deps: AppDeps, person: Person, channelId: string, change: SettingsChange): Promise<SettingsSaved> {
  const may = await settingsFor(deps, person, channelId);
  if (!may.channelEditable) return { ok: false, problem: "notAllowed" };
  if (change.workspace && !may.workspaceEditable) return { ok: false, problem: "defaultLeadNotAllowed" };
  await store(deps.db, person.workspace.id, change.workspace, { channelId, ...change.channel });
  const workspace = change.workspace ? { ...may.workspace, ...change.workspace } : may.workspace;
  return { ok: true, view: { ...may, workspace, channel: change.channel } };
}

/** `/lofte förslag på|av`: offer to track promises written in this channel (admins and leads); "usage" for anything else. */
export async function changeSuggestions(
  deps: AppDeps,
  person: Person,
  channelId: string,
  command: SuggestionsCommand,
): Promise<{ kind: "on" | "off" | "usage" } | { kind: "notAllowed"; who: ChannelDeciders }> {
  // A wrong word gets the usage first, whoever typed it.
  if (command.action === "usage") return { kind: "usage" };
  const who = await channelRefusal(deps, person, channelId);
  if (who) return { kind: "notAllowed", who };
  await setSuggestions(deps.db.prisma, person.workspace.id, channelId, command.action === "on");
  return { kind: command.action };
}
