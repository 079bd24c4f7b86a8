import type { RespondFn, webApi } from "@slack/bolt";
import { loadForChange } from "../../../app/load-for-change.js";
import { whoIs } from "../../../app/people.js";
import type { Person, SlackPort } from "../../../app/slack-port.js";
import type { Commitment } from "../../../store/commitments.js";
import type { Reply } from "../../blocks.js";
import type { Interaction } from "../../payloads/interaction.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { problemReply } from "../../ui/capture-replies.js";

/** Answers a click with a note only the clicker sees, leaving the message clicked on as it was. */
export async function explain(respond: RespondFn, reply: Reply): Promise<void> {
  await respond({ response_type: "ephemeral", replace_original: false, ...reply });
}

/** Who clicked, in their own zone and language, and the Slack to answer them with. */
export async function clicker(
  deps: SlackDeps,
  client: webApi.WebClient,
  interaction: Interaction,
): Promise<{ person: Person; slack: SlackPort }> {
  const slack = slackPort(client, interaction.teamId, deps);
  return { slack, person: await whoIs(deps, slack, interaction.teamId, interaction.userId) };
}

/**
 * The promise a button points at and who clicked, when they may change it; otherwise the
 * clicker is told why not and the answer is null.
 */
export async function clickedPromise(
  deps: SlackDeps,
  client: webApi.WebClient,
  interaction: Interaction,
  respond: RespondFn,
): Promise<{ person: Person; commitment: Commitment } | null> {
  const { person } = await clicker(deps, client, interaction);
  const loaded = await loadForChange(deps, person, interaction.commitmentId);
  if (loaded.ok) return { person, commitment: loaded.commitment };
  await explain(respond, problemReply(loaded.problem, person.language));
  return null;
}
