import type { ChannelConfig } from "../../../store/workspaces.js";
import type { Person } from "../../deps.js";

/** Team settings are changed by workspace admins and owners, and by the current leads. */
export function mayChangeSettings(person: Person, userId: string, channel: ChannelConfig): boolean {
  return person.profile.isAdmin || person.workspace.defaultLeadId === userId || channel.leadId === userId;
}
