import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { nudgeMessages } from "../../../language/nudge-messages.js";
import { enqueue } from "../../../store/nudges.js";
import { type Deps, whoIs } from "../../deps.js";
import { noticeReply } from "../../ui/capture-replies.js";
import { plainMessage } from "../../ui/reminders.js";
import { type Answer, answerCommitment } from "../shared/answers.js";
import { readInteraction } from "../shared/interaction.js";
import { loadForChange } from "../shared/load-for-change.js";
import { problemText } from "./reminder-answers.js";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** "Jag informerar kunden" and "Ge till någon annan" on the lead's alert. */
export function leadChoice(deps: Deps, kind: "customer_informed" | "reassign") {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const interaction = readInteraction(body);
    if (!interaction) return;
    if (kind === "reassign" && !interaction.choice) return;
    const answer: Answer = kind === "reassign" ? { kind, ownerId: interaction.choice as string } : { kind };
    const result = await answerCommitment(deps, client, { ...interaction, answer });
    if (!result.ok) {
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        ...noticeReply(problemText(result.person.language, result.problem)),
      });
      return;
    }
    const t = nudgeMessages(result.person.language);
    const line = kind === "reassign" ? t.reassigned(result.after.ownerId) : t.customerInformed(interaction.userId);
    if (interaction.channel && interaction.ts)
      await client.chat.update({ channel: interaction.channel, ts: interaction.ts, ...plainMessage(line) });
  };
}

/** "Påminn ägaren": a reminder to the owner shortly, asking whether the time holds. */
export function pingOwnerButton(deps: Deps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const interaction = readInteraction(body);
    if (!interaction) return;
    const person = await whoIs(deps, client, interaction.teamId, interaction.userId);
    const loaded = await loadForChange(deps, person, interaction.commitmentId, interaction.userId);
    if (!loaded.ok || loaded.commitment.status !== "open") {
      const problem = loaded.ok ? "notOpen" : loaded.problem;
      await respond({ response_type: "ephemeral", replace_original: false, ...noticeReply(problemText(person.language, problem)) });
      return;
    }
    // Through the outbox like every reminder: the next tick sends it.
    await enqueue(deps.db.prisma, loaded.commitment, "due_soon", deps.clock());
    await respond({
      response_type: "ephemeral",
      replace_original: false,
      ...noticeReply(nudgeMessages(person.language).pinged(loaded.commitment.ownerId)),
    });
  };
}
