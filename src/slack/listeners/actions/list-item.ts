import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { type Answer, answerCommitment, snoozeEnd } from "../../../app/answer.js";
import { publishHome } from "../../../app/home.js";
import { listFor } from "../../../app/lists.js";
import { whoIs } from "../../../app/people.js";
import { SNOOZE_CHOICES, type SnoozeChoice } from "../../../domain/snooze.js";
import { readInteraction } from "../../payloads/interaction.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { problemReply } from "../../ui/capture-replies.js";
import { decodeListKey, listReply } from "../../ui/commitment-list.js";
import { explain } from "./clicked.js";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** Done or Snooze from a list or the Home tab; the list (or Home) is drawn again afterwards. */
export function listItemMenu(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const interaction = readInteraction(body);
    const [choice = "", encodedKey = ""] = (interaction?.choice ?? "").split("|");
    const key = decodeListKey(encodedKey);
    if (!interaction || !key) return;
    const slack = slackPort(client, interaction.teamId, deps);
    const person = await whoIs(deps, slack, interaction.teamId, interaction.userId);
    let answer: Answer;
    if (choice === "done") answer = { kind: "done" };
    else if (SNOOZE_CHOICES.includes(choice as SnoozeChoice))
      answer = { kind: "snooze", until: snoozeEnd(deps, person, choice as SnoozeChoice) };
    else return;
    const result = await answerCommitment(deps, slack, { ...interaction, answer });
    if (!result.ok) {
      const why = problemReply(result.problem, person.language);
      // The Home tab has no response URL: the answer comes in Lofte's DM, seen by that person only.
      if (key.kind === "home") await client.chat.postMessage({ channel: interaction.userId, ...why });
      else await explain(respond, why);
      return;
    }
    if (key.kind === "home") await publishHome(deps, slack, interaction.teamId, interaction.userId);
    else
      await respond({
        response_type: "ephemeral",
        replace_original: true,
        ...listReply(await listFor(deps, person, key), person, deps.clock()),
      });
  };
}
