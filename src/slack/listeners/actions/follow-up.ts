import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { addDays, fromLocal, parseClock, toLocal } from "../../../domain/zoned-time.js";
import { nudgeMessages } from "../../../language/nudge-messages.js";
import { createCommitment } from "../../../store/commitments.js";
import { promiseWords } from "../../commitment-words.js";
import { type Deps, plannerFor, whoIs } from "../../deps.js";
import { noticeReply } from "../../ui/capture-replies.js";
import { plainMessage } from "../../ui/reminders.js";
import { refreshHomes } from "../shared/home.js";
import { readInteraction } from "../shared/interaction.js";
import { loadForChange } from "../shared/load-for-change.js";
import { problemText } from "./reminder-answers.js";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

const PERIOD_DAYS: Record<string, number> = { "1w": 7, "2w": 14, "1m": 30 };

/**
 * "Boka uppföljning": a new promise to follow up with the customer, with its own reminders, in
 * the owner's name. Booked by those who may change the promise; others are told why not.
 */
export function followUpButton(deps: Deps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const interaction = readInteraction(body);
    const days = interaction?.choice ? PERIOD_DAYS[interaction.choice] : undefined;
    if (!interaction || !days) return;
    const person = await whoIs(deps, client, interaction.teamId, interaction.userId);
    const loaded = await loadForChange(deps, person, interaction.commitmentId, interaction.userId);
    if (!loaded.ok) {
      await respond({ response_type: "ephemeral", replace_original: false, ...noticeReply(problemText(person.language, loaded.problem)) });
      return;
    }
    const done = loaded.commitment;
    if (!done.customer) return;
    // The follow-up is the owner's, on the owner's clock, whoever booked it.
    const owner = done.ownerId === interaction.userId ? person : await whoIs(deps, client, interaction.teamId, done.ownerId);
    const now = deps.clock();
    const day = addDays(toLocal(now, owner.timeZone), days);
    const time = parseClock(person.workspace.defaultDeadlineTime) ?? { hour: 17, minute: 0 };
    const t = nudgeMessages(person.language);
    // The follow-up is with the same customer, in the language the promise was made in.
    const task = nudgeMessages(done.language === "en" ? "en" : "sv").followUpTask(done.customer);
    const followUp = await createCommitment(
      deps.db.prisma,
      {
        workspaceId: interaction.teamId,
        ownerId: done.ownerId,
        creatorId: interaction.userId,
        leadId: done.leadId,
        task,
        customer: done.customer,
        originalText: task,
        language: done.language === "en" ? "en" : "sv",
        sourceChannelId: done.sourceChannelId,
        permalink: done.permalink,
        parentId: done.id,
        dueAt: fromLocal({ ...day, ...time }, owner.timeZone),
        hasTime: false,
        timeZone: owner.timeZone,
      },
      now,
      plannerFor(deps, person.workspace),
    );
    await refreshHomes(deps, client, interaction.teamId, [done.ownerId]);
    if (interaction.channel && interaction.ts) {
      const words = promiseWords(done, person, now);
      await client.chat.update({
        channel: interaction.channel,
        ts: interaction.ts,
        ...plainMessage(`${t.answeredDone(words)}\n${t.followUpBooked(promiseWords(followUp, person, now).deadline)}`),
      });
    }
  };
}
