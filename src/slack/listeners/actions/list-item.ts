import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { answerCommitment, snoozeEnd } from "../../../app/answer.js";
import { publishHome } from "../../../app/home.js";
import { listFor } from "../../../app/lists.js";
import { whoIs } from "../../../app/people.js";
import { endSeries } from "../../../app/series.js";
import { SNOOZE_CHOICES, type SnoozeChoice } from "../../../domain/snooze.js";
import { speak } from "../../../language/index.js";
import type { Reply } from "../../blocks.js";
import { readClick, readInteraction } from "../../payloads/interaction.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { type ListAnswer, listAnswerReply } from "../../ui/answered-reminder.js";
import { noticeReply, problemReply } from "../../ui/capture-replies.js";
import { decodeListPlace, listReply } from "../../ui/commitment-list.js";
import { explain } from "./clicked.js";
import { openEditModal } from "./commitment-buttons.js";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * Done, Edit, Snooze, Can't make it or End series from a list or the Home tab. The person is
 * told what happened and until when, and the list (or Home) is drawn again at the same page.
 */
export function listItemMenu(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const interaction = readInteraction(body);
    const value = interaction?.choice ?? "";
    const bar = value.indexOf("|");
    const choice = value.slice(0, bar);
    const place = decodeListPlace(value.slice(bar + 1));
    if (!interaction || bar < 0 || !place) return;
    // Edit opens the form; the list stays as it is, and Home is redrawn when the form is saved.
    if (choice === "edit") return openEditModal(deps, client, { ...interaction, inList: true }, respond);
    const slack = slackPort(client, interaction.teamId, deps);
    const person = await whoIs(deps, slack, interaction.teamId, interaction.userId);
    const now = deps.clock();
    let said: Reply;
    let changed: boolean;
    if (choice === "endSeries") {
      // A repeating promise: no more times after this one; this one stays in the list.
      const ended = await endSeries(deps, person, interaction.commitmentId);
      const t = speak(person.language).messages;
      changed = ended.ok;
      said = ended.ok
        ? noticeReply(`:black_square_for_stop: ${t.seriesEnded}`)
        : ended.problem === "already"
          ? noticeReply(t.seriesAlreadyEnded)
          : problemReply(ended.problem, person.language);
    } else {
      let answer: ListAnswer;
      if (choice === "done" || choice === "cant_make_it") answer = { kind: choice };
      else if (SNOOZE_CHOICES.includes(choice as SnoozeChoice))
        answer = { kind: "snooze", until: snoozeEnd(deps, person, choice as SnoozeChoice) };
      else return;
      const result = await answerCommitment(deps, slack, { ...interaction, answer });
      changed = result.ok;
      said = result.ok ? listAnswerReply(result, answer, now) : problemReply(result.problem, person.language);
    }
    if (place.key.kind === "home") {
      // The Home tab has no response URL: what happened is said in Lofte's DM, seen by that person only.
      await client.chat.postMessage({ channel: interaction.userId, ...said });
      if (changed) await publishHome(deps, slack, interaction.teamId, interaction.userId, place.offset);
      return;
    }
    if (!changed) {
      await explain(respond, said);
      return;
    }
    const list = listReply(await listFor(deps, person, place.key, place.offset), person, now);
    await respond({ response_type: "ephemeral", replace_original: true, text: said.text, blocks: [...said.blocks, ...list.blocks] });
  };
}

/** A page before or after in a list or on the Home tab. */
export function listPage(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const interaction = readClick(body);
    const place = decodeListPlace(interaction?.value ?? "");
    if (!interaction || !place) return;
    const slack = slackPort(client, interaction.teamId, deps);
    if (place.key.kind === "home") {
      await publishHome(deps, slack, interaction.teamId, interaction.userId, place.offset);
      return;
    }
    const person = await whoIs(deps, slack, interaction.teamId, interaction.userId);
    const list = await listFor(deps, person, place.key, place.offset);
    await respond({ response_type: "ephemeral", replace_original: true, ...listReply(list, person, deps.clock()) });
  };
}
