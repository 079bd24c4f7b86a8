import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { bookFollowUp, FOLLOW_UP_DAYS } from "../../../app/follow-up.js";
import { whoIs } from "../../../app/people.js";
import { doneLate } from "../../../domain/commitment.js";
import { speak } from "../../../language/index.js";
import { plainMessage } from "../../blocks.js";
import { readInteraction } from "../../payloads/interaction.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { problemReply } from "../../ui/capture-replies.js";
import { promiseWords } from "../../ui/commitment-words.js";
import { explain } from "./clicked.js";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** "Boka uppföljning" (1 week, 2 weeks, 1 month): the follow-up is booked and the DM says so. */
export function followUpButton(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const interaction = readInteraction(body);
    const days = interaction?.choice ? FOLLOW_UP_DAYS[interaction.choice] : undefined;
    if (!interaction || !days) return;
    const slack = slackPort(client, interaction.teamId, deps);
    const person = await whoIs(deps, slack, interaction.teamId, interaction.userId);
    const booked = await bookFollowUp(deps, slack, person, { commitmentId: interaction.commitmentId, days });
    if (!booked.ok) {
      if (booked.problem !== "noCustomer") await explain(respond, problemReply(booked.problem, person.language));
      return;
    }
    if (interaction.channel && interaction.ts) {
      const t = speak(person.language).messages.reminders;
      const now = deps.clock();
      const text = `${t.answeredDone(promiseWords(booked.done, person, now), doneLate(booked.done))}\n${t.followUpBooked(promiseWords(booked.followUp, person, now).deadline)}`;
      await client.chat.update({ channel: interaction.channel, ts: interaction.ts, ...plainMessage(text) });
    }
  };
}
