import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { type Answer, answerCommitment } from "../../../app/answer.js";
import { whoIs } from "../../../app/people.js";
import { pingOwner } from "../../../app/ping-owner.js";
import { speak } from "../../../language/index.js";
import { section } from "../../blocks.js";
import { slackUserId } from "../../payloads/input-values.js";
import { readInteraction } from "../../payloads/interaction.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { noticeReply, problemReply } from "../../ui/capture-replies.js";
import { promiseWords } from "../../ui/commitment-words.js";
import { customerDraft } from "../../ui/reminders.js";
import { explain } from "./clicked.js";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** "Jag informerar kunden" and "Ge till någon annan" on the lead's alert; the alert then says what was decided. */
export function leadChoice(deps: SlackDeps, kind: "customer_informed" | "reassign") {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const interaction = readInteraction(body);
    if (!interaction) return;
    let answer: Answer = { kind: "customer_informed" };
    if (kind === "reassign") {
      // Slack's user picker sends a user id; anything else ("U0EMMA><!channel>") is no one.
      const ownerId = slackUserId(interaction.choice);
      if (!ownerId) return;
      answer = { kind, ownerId };
    }
    const result = await answerCommitment(deps, slackPort(client, interaction.teamId, deps), { ...interaction, answer });
    if (!result.ok) {
      await explain(respond, problemReply(result.problem, result.person.language));
      return;
    }
    const t = speak(result.person.language).messages.reminders;
    // The line says which promise it is about: the alert's own words are replaced.
    const words = promiseWords(result.after, result.person, deps.clock());
    const line =
      kind === "reassign" ? t.reassigned(result.after.ownerId, words) : t.customerInformed(interaction.userId, result.after.ownerId, words);
    // Telling the customer oneself keeps the draft in view, to copy.
    const draft = kind === "customer_informed" ? customerDraft(result.after, null, result.person, deps.clock()) : [];
    if (interaction.channel && interaction.ts)
      await client.chat.update({ channel: interaction.channel, ts: interaction.ts, text: line, blocks: [section(line), ...draft] });
  };
}

/** "Påminn ägaren": the owner is asked shortly whether the time holds. */
export function pingOwnerButton(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const interaction = readInteraction(body);
    if (!interaction) return;
    const person = await whoIs(deps, slackPort(client, interaction.teamId, deps), interaction.teamId, interaction.userId);
    const pinged = await pingOwner(deps, person, interaction.commitmentId);
    const reply = pinged.ok
      ? noticeReply(speak(person.language).messages.reminders.pinged(pinged.commitment.ownerId))
      : problemReply(pinged.problem, person.language);
    await explain(respond, reply);
  };
}
