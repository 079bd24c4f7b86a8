import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { SNOOZE_CHOICES, type SnoozeChoice, snoozeUntil } from "../../../domain/snooze.js";
import type { Language } from "../../../language/language.js";
import { messages } from "../../../language/messages.js";
import { nudgeMessages } from "../../../language/nudge-messages.js";
import { type Deps, whoIs } from "../../deps.js";
import { noticeReply } from "../../ui/capture-replies.js";
import { newDeadlineModal } from "../../ui/new-deadline-modal.js";
import { answeredReminder, type OwnerAnswer } from "../shared/answer-views.js";
import { answerCommitment } from "../shared/answers.js";
import { type Interaction, readInteraction } from "../shared/interaction.js";
import { loadForChange } from "../shared/load-for-change.js";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * The owner's answers on a reminder: Done, On track, Snooze (menu), Can't make it. The
 * reminder is updated in place (chat.update) to show the new state and the choices left.
 */
export function reminderAnswer(deps: Deps, kind: "done" | "on_track" | "snooze" | "cant_make_it") {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const interaction = readInteraction(body);
    if (!interaction) return;
    let answer: OwnerAnswer = { kind } as OwnerAnswer;
    if (kind === "snooze") {
      if (!SNOOZE_CHOICES.includes(interaction.choice as SnoozeChoice)) return;
      const person = await whoIs(deps, client, interaction.teamId, interaction.userId);
      const until = snoozeUntil(
        interaction.choice as SnoozeChoice,
        deps.clock(),
        person.timeZone,
        deps.nudges.morning,
        deps.nudges.workingHours,
      );
      answer = { kind: "snooze", until };
    }
    await applyOwnerAnswer(deps, client, interaction, answer, async (text) => {
      await respond({ response_type: "ephemeral", replace_original: false, ...noticeReply(text) });
    });
  };
}

/** Saves an owner's answer and redraws the reminder it was given on. Shared with reactions. */
export async function applyOwnerAnswer(
  deps: Deps,
  client: Args["client"],
  interaction: Pick<Interaction, "teamId" | "userId" | "commitmentId" | "channel" | "ts">,
  answer: OwnerAnswer,
  explain: (text: string) => Promise<void>,
): Promise<void> {
  const result = await answerCommitment(deps, client, { ...interaction, answer });
  if (!result.ok) {
    await explain(problemText(result.person.language, result.problem));
    return;
  }
  if (interaction.channel && interaction.ts) {
    await client.chat.update({ channel: interaction.channel, ts: interaction.ts, ...answeredReminder(result, answer, deps.clock()) });
  }
}

/** Need more time: a modal for the new deadline (and a note for the lead). */
export function moreTimeButton(deps: Deps, by: "owner" | "lead") {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const interaction = readInteraction(body);
    if (!interaction?.triggerId) return;
    const person = await whoIs(deps, client, interaction.teamId, interaction.userId);
    const loaded = await loadForChange(deps, person, interaction.commitmentId, interaction.userId);
    if (!loaded.ok) {
      await respond({ response_type: "ephemeral", replace_original: false, ...noticeReply(problemText(person.language, loaded.problem)) });
      return;
    }
    await client.views.open({
      trigger_id: interaction.triggerId,
      view: newDeadlineModal(loaded.commitment.dueAt, {
        commitmentId: loaded.commitment.id,
        language: person.language,
        timeZone: person.timeZone,
        channel: interaction.channel,
        ts: interaction.ts,
        by,
      }),
    });
  };
}

export function problemText(language: Language, problem: "notFound" | "notAllowed" | "notOpen" | "conflict"): string {
  return problem === "notOpen" ? nudgeMessages(language).notOpen : messages(language)[problem];
}
