import type { webApi } from "@slack/bolt";
import { channelConfig } from "../../../store/workspaces.js";
import { type Deps, whoIs } from "../../deps.js";
import { settingsModal } from "../../ui/settings-modal.js";
import { mayChangeSettings } from "../shared/settings-access.js";

export const SETTINGS_WORDS = new Set(["inställningar", "installningar", "settings", "inställning"]);

/** `/lofte inställningar` (`/promise settings`): the settings modal, editable for admins and leads. */
export async function openSettings(
  deps: Deps,
  client: webApi.WebClient,
  input: { teamId: string; userId: string; channelId: string; triggerId: string; language: "sv" | "en" },
): Promise<void> {
  const person = await whoIs(deps, client, input.teamId, input.userId, input.language);
  const channel = await channelConfig(deps.db.prisma, input.teamId, input.channelId);
  const editable = mayChangeSettings(person, input.userId, channel);
  await client.views.open({
    trigger_id: input.triggerId,
    view: settingsModal(person.workspace, input.channelId, channel, person.language, editable),
  });
}
