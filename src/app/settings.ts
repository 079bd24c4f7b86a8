import { mayChangeSettings, mayChooseWorkspaceLead } from "../domain/permissions.js";
import { type ChannelConfig, channelConfig, setSuggestions, saveSettings as store, type WorkspaceSettings } from "../store/workspaces.js";
import type { AppDeps } from "./deps.js";
import type { Person } from "./slack-port.js";

/**
 * A workspace's settings and a channel's: who may see and change them, and saving them. Team
 * settings (the digest, suggestions, leads, working hours…) are for admins and leads.
 */

export interface SettingsView {
  workspace: WorkspaceSettings;
  channelId: string;
  channel: ChannelConfig;
  editable: boolean;
}

export async function mayChangeChannelSettings(deps: AppDeps, person: Person, channelId: string): Promise<boolean> {
  const channel = await channelConfig(deps.db.prisma, person.workspace.id, channelId);
  return mayChangeSettings(asker(person), { workspace: person.workspace.defaultLeadId, channel: channel.leadId });
}

/** The settings as `person` may see them, and whether they may change them. */
export async function settingsFor(deps: AppDeps, person: Person, channelId: string): Promise<SettingsView> {
  const channel = await channelConfig(deps.db.prisma, person.workspace.id, channelId);
  const editable = mayChangeSettings(asker(person), { workspace: person.workspace.defaultLeadId, channel: channel.leadId });
  return { workspace: person.workspace, channelId, channel, editable };
}

export interface SettingsChange {
  workspace: Omit<WorkspaceSettings, "id" | "uninstalled">;
  channel: ChannelConfig;
}

export type SettingsSaved = { ok: true } | { ok: false; problem: "notAllowed" | "defaultLeadNotAllowed" };

/** Saves the settings modal: checked again here, on the server. */
export async function saveSettings(deps: AppDeps, person: Person, channelId: string, change: SettingsChange): Promise<SettingsSaved> {
  if (!(await mayChangeChannelSettings(deps, person, channelId))) return { ok: false, problem: "notAllowed" };
  const workspaceLead = person.workspace.defaultLeadId;
  if (change.workspace.defaultLeadId !== workspaceLead && !mayChooseWorkspaceLead(asker(person), workspaceLead)) {
    return { ok: false, problem: "defaultLeadNotAllowed" };
  }
  await store(deps.db.prisma, person.workspace.id, change.workspace, { channelId, ...change.channel });
  return { ok: true };
}

/** `/lofte förslag på|av`: offer to track promises written in this channel. */
export async function changeSuggestions(deps: AppDeps, person: Person, channelId: string, enabled: boolean): Promise<void> {
  await setSuggestions(deps.db.prisma, person.workspace.id, channelId, enabled);
}

function asker(person: Person) {
  return { userId: person.id, isAdmin: person.profile.isAdmin };
}
