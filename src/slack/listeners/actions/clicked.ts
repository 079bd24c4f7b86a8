import type { RespondFn, webApi } from "@slack/bolt";
import { loadForChange } from "../../../app/load-for-change.js";
import { whoIs } from "../../../app/people.js";
import type { Person, SlackPort } from "../../../app/slack-port.js";
import { MAX_TEXT_LENGTH } from "../../../domain/commitment.js";
import { asLanguage, type Language, speak } from "../../../language/index.js";
import type { Commitment } from "../../../store/commitments.js";
import type { Reply } from "../../blocks.js";
import { type Interaction, readClick } from "../../payloads/interaction.js";
import { type KeptTextClick, readKeptTextClick } from "../../payloads/kept-text-click.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { noticeReply, problemReply } from "../../ui/capture-replies.js";

/** Answers a click with a note only the clicker sees, leaving the message clicked on as it was. */
export async function explain(respond: RespondFn, reply: Reply): Promise<void> {
  await respond({ response_type: "ephemeral", replace_original: false, ...reply });
}

/**
 * The language to answer a click about a promise in: for the one who recorded it, the promise's
 * own (their confirmation, Edit and Undo were in it: "/promise I'll send …" by a Swedish user);
 * for anyone else, their own.
 */
export function answerLanguage(commitment: Commitment, person: Person): Language {
  return commitment.creatorId === person.id ? asLanguage(commitment.language, person.language) : person.language;
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

/** Who clicked a button about no one promise (Home, an offer), with the Slack to answer them, and the button's value. */
export async function buttonClicker(
  deps: SlackDeps,
  client: webApi.WebClient,
  body: unknown,
): Promise<{ person: Person; slack: SlackPort; value: string } | null> {
  const click = readClick(body);
  if (!click) return null;
  const slack = slackPort(client, click.teamId, deps);
  return { slack, value: click.value, person: await whoIs(deps, slack, click.teamId, click.userId) };
}

/**
 * A Spara that holds the text typed with /lofte (the "when?" question, "Spara även detta"):
 * the click, who, and the Slack; a kept text that is empty or too long is explained, and null
 * returned.
 */
export async function keptTextClicker(
  deps: SlackDeps,
  client: webApi.WebClient,
  body: unknown,
  respond: RespondFn,
): Promise<{ click: KeptTextClick; person: Person; slack: SlackPort } | null> {
  const click = readKeptTextClick(body);
  if (!click) return null;
  const slack = slackPort(client, click.teamId, deps);
  const person = await whoIs(deps, slack, click.teamId, click.userId);
  const { text } = click;
  if (text && text.length <= MAX_TEXT_LENGTH) return { click, person, slack };
  const t = speak(person.language).messages;
  await explain(respond, noticeReply(text ? t.tooLong(MAX_TEXT_LENGTH) : `${t.notACommitment.empty} ${t.example}`));
  return null;
}
