import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { whoIs } from "../../../app/people.js";
import { mayChangeChannelSettings, saveSettings } from "../../../app/settings.js";
import { speak } from "../../../language/index.js";
import { parseJson } from "../../payloads/interaction.js";
import { readSettingsForm } from "../../payloads/settings-form.js";
import { settingsMetadata } from "../../payloads/view-metadata.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { SETTING, savedSettingsModal } from "../../ui/settings-modal.js";
import { answeredOnFailure } from "./on-failure.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Saving settings: checked again on the server (admin or lead), every field validated. */
export function settingsSubmission(deps: SlackDeps) {
  return answeredOnFailure(SETTING.timeZone, async ({ ack, body, view, client }: Args) => {
    const meta = settingsMetadata.safeParse(parseJson(view.private_metadata));
    const form = meta.success ? readSettingsForm(view.state.values, meta.data.language) : null;
    const teamId = body.team?.id ?? body.user.team_id;
    if (!meta.success || !form || !teamId) {
      await ack();
      return;
    }
    const { channelId } = meta.data;
    const person = await whoIs(deps, slackPort(client, teamId, deps), teamId, body.user.id, meta.data.language);
    // Refusals in the words of the person submitting (their Slack locale), not the modal's.
    const refusals = speak(person.language).messages.settings;
    if (!(await mayChangeChannelSettings(deps, person, channelId))) {
      await ack({ response_action: "errors", errors: { [SETTING.timeZone]: refusals.notAllowed } });
      return;
    }
    if (!form.ok) {
      await ack({ response_action: "errors", errors: form.errors });
      return;
    }
    const saved = await saveSettings(deps, person, channelId, form.change);
    // Saved: the modal says so and shows the settings as they are now, in the modal's language.
    if (saved.ok) await ack({ response_action: "update", view: savedSettingsModal(saved.view, meta.data.language, deps.clock()) });
    else {
      const block = saved.problem === "notAllowed" ? SETTING.timeZone : SETTING.defaultLead;
      await ack({ response_action: "errors", errors: { [block]: refusals[saved.problem] } });
    }
  });
}
