import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { SNOOZE_CHOICES, type SnoozeChoice, snoozeUntil } from "../../../domain/snooze.js";
import { type Deps, whoIs } from "../../deps.js";
import { noticeReply } from "../../ui/capture-replies.js";
import { decodeListKey } from "../../ui/commitment-list.js";
import { type Answer, answerCommitment } from "../shared/answers.js";
import { publishHome } from "../shared/home.js";
import { readInteraction } from "../shared/interaction.js";
import { listReply } from "../shared/lists.js";
import { problemText } from "./reminder-answers.js";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** Done or Snooze from a list or the Home tab; the list (or Home) is drawn again afterwards. */
export function listItemMenu(deps: Deps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const interaction = readInteraction(body);
    const [choice = "", encodedKey = ""] = (interaction?.choice ?? "").split("|");
    const key = decodeListKey(encodedKey);
    if (!interaction || !key) return;
    const person = await whoIs(deps, client, interaction.teamId, interaction.userId);
    let answer: Answer;
    if (choice === "done") answer = { kind: "done" };
    else if (SNOOZE_CHOICES.includes(choice as SnoozeChoice)) {
      answer = {
        kind: "snooze",
        until: snoozeUntil(choice as SnoozeChoice, deps.clock(), person.timeZone, deps.nudges.morning, person.workspace.workingHours),
      };
    } else return;
    const result = await answerCommitment(deps, client, { ...interaction, answer });
    if (!result.ok) {
      const why = noticeReply(problemText(person.language, result.problem));
      // The Home tab has no response URL: the answer comes in Lofte's DM, seen by that person only.
      if (key.kind === "home") await client.chat.postMessage({ channel: interaction.userId, ...why });
      else await respond({ response_type: "ephemeral", replace_original: false, ...why });
      return;
    }
    if (key.kind === "home") await publishHome(deps, client, interaction.teamId, interaction.userId);
    else
      await respond({
        response_type: "ephemeral",
        replace_original: true,
        ...(await listReply(deps, interaction.teamId, interaction.userId, person, key)),
      });
  };
}
