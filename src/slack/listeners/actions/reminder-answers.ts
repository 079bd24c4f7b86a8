import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { answerCommitment, snoozeEnd } from "../../../app/answer.js";
import type { Problem } from "../../../app/load-for-change.js";
import { whoIs } from "../../../app/people.js";
import { SNOOZE_CHOICES, type SnoozeChoice } from "../../../domain/snooze.js";
import type { Language } from "../../../language/index.js";
import { type Interaction, readInteraction } from "../../payloads/interaction.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { answeredReminder, type OwnerAnswer } from "../../ui/answered-reminder.js";
import { problemReply } from "../../ui/capture-replies.js";
import { newDeadlineModal } from "../../ui/new-deadline-modal.js";
import { clickedPromise, explain } from "./clicked.js";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * The owner's answers on a reminder: Done, On track, Snooze (menu), Can't make it. The
 * reminder is updated in place (chat.update) to show the new state and the choices left.
 */
export function reminderAnswer(deps: SlackDeps, kind: "done" | "on_track" | "snooze" | "cant_make_it") {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const interaction = readInteraction(body);
    if (!interaction) return;
    let answer: OwnerAnswer = { kind } as OwnerAnswer;
    if (kind === "snooze") {
      if (!SNOOZE_CHOICES.includes(interaction.choice as SnoozeChoice)) return;
      const person = await whoIs(deps, slackPort(client, interaction.teamId, deps), interaction.teamId, interaction.userId);
      answer = { kind: "snooze", until: snoozeEnd(deps, person, interaction.choice as SnoozeChoice) };
    }
    await applyOwnerAnswer(deps, client, interaction, answer, (problem, language) => explain(respond, problemReply(problem, language)));
  };
}

/** Saves an owner's answer and redraws the reminder it was given on. Shared with emoji reactions. */
export async function applyOwnerAnswer(
  deps: SlackDeps,
  client: Args["client"],
  interaction: Pick<Interaction, "teamId" | "userId" | "commitmentId" | "channel" | "ts">,
  answer: OwnerAnswer,
  refused: (problem: Problem, language: Language) => Promise<void>,
): Promise<void> {
  const result = await answerCommitment(deps, slackPort(client, interaction.teamId, deps), { ...interaction, answer });
  if (!result.ok) {
    await refused(result.problem, result.person.language);
    return;
  }
  if (interaction.channel && interaction.ts) {
    await client.chat.update({ channel: interaction.channel, ts: interaction.ts, ...answeredReminder(result, answer, deps.clock()) });
  }
}

/** Need more time (the owner) or Move deadline (the lead): a modal for the new deadline and a note. */
export function moreTimeButton(deps: SlackDeps, by: "owner" | "lead") {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const interaction = readInteraction(body);
    if (!interaction?.triggerId) return;
    const clicked = await clickedPromise(deps, client, interaction, respond);
    if (!clicked) return;
    const { person, commitment } = clicked;
    await client.views.open({
      trigger_id: interaction.triggerId,
      view: newDeadlineModal(
        commitment.dueAt,
        {
          commitmentId: commitment.id,
          language: person.language,
          timeZone: person.timeZone,
          // A line of a list: the list stays as it is.
          channel: interaction.inList ? null : interaction.channel,
          ts: interaction.inList ? null : interaction.ts,
          by,
        },
        deps.clock(),
        person.workspace.workingHours,
      ),
    });
  };
}
