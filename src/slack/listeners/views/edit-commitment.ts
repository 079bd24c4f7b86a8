import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { editCommitment } from "../../../app/edit-commitment.js";
import { whoIs } from "../../../app/people.js";
import { changeRule, readRepeat } from "../../../app/series.js";
import { asLanguage, speak } from "../../../language/index.js";
import { FIELD } from "../../ids.js";
import { parseJson } from "../../payloads/interaction.js";
import { readPromiseForm } from "../../payloads/promise-form.js";
import { editMetadata } from "../../payloads/view-metadata.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { updatedReply } from "../../ui/capture-replies.js";
import { promiseWords } from "../../ui/commitment-words.js";
import { editedModal } from "../../ui/edit-modal.js";
import { answeredOnFailure } from "./on-failure.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Saving the edit modal: every field validated, permission and version checked, the change recorded. */
export function editCommitmentSubmission(deps: SlackDeps) {
  return answeredOnFailure(FIELD.task, async ({ ack, body, view, client }: Args) => {
    const meta = editMetadata.safeParse(parseJson(view.private_metadata));
    const teamId = body.team?.id ?? body.user.team_id;
    if (!meta.success || !teamId) {
      await ack();
      return;
    }
    const form = readPromiseForm(view.state.values, meta.data.timeZone, meta.data.language, deps.clock());
    if (!form.ok) {
      await ack({ response_action: "errors", errors: form.errors });
      return;
    }
    const slack = slackPort(client, teamId, deps);
    const person = await whoIs(deps, slack, teamId, body.user.id, meta.data.language);
    const { ok: _, repeat, ...fields } = form;
    const t = speak(person.language).messages;
    // Only a rule that was changed is read; one that cannot be read is said before anything is saved.
    const newRule = repeat !== undefined && repeat !== (meta.data.repeatText ?? "") ? repeat : undefined;
    if (newRule && readRepeat(newRule, person, deps.clock()) === "unreadable") {
      await ack({ response_action: "errors", errors: { [FIELD.repeat]: t.form.repeatUnreadable } });
      return;
    }
    const edited = await editCommitment(deps, slack, person, { commitmentId: meta.data.commitmentId, version: meta.data.version, fields });
    // Refusals in the words of the person submitting (their Slack locale), not the modal's.
    if (!edited.ok) {
      await ack({ response_action: "errors", errors: { [FIELD.task]: t[edited.problem] } });
      return;
    }
    // The series follows the new rule from its next time; an emptied rule ends it.
    if (newRule !== undefined) await changeRule(deps, person, edited.commitment.id, newRule);
    // Only a response URL of Slack's is followed: the metadata came back through the browser.
    const url = meta.data.responseUrl;
    const responseUrl = url && deps.slackOrigins.includes(new URL(url).origin) ? url : null;
    // From a list or Home no message shows the change: the modal says it instead of closing.
    if (responseUrl) await ack();
    else
      await ack({ response_action: "update", view: editedModal(promiseWords(edited.commitment, person, deps.clock()), person.language) });
    await edited.announce();
    if (!responseUrl) return;
    // Redrawn in the language the promise was written in, as its confirmation was.
    const reader = { ...person, language: asLanguage(edited.commitment.language) };
    const reply = updatedReply(
      edited.commitment.id,
      promiseWords(edited.commitment, reader, deps.clock()),
      reader.language,
      edited.commitment.seriesId !== null,
    );
    await fetch(responseUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ replace_original: true, ...reply }),
    }).catch(() => {});
  });
}
