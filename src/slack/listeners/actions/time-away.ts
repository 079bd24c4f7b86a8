import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { acceptAwayOffer, backToday, recordSickToday } from "../../../app/absence.js";
import { publishHome } from "../../../app/home.js";
import { speak } from "../../../language/index.js";
import { calendarDay } from "../../payloads/input-values.js";
import { readInteraction } from "../../payloads/interaction.js";
import type { SlackDeps } from "../../slack-port.js";
import { noticeReply } from "../../ui/capture-replies.js";
import { saidText } from "../../ui/commitment-words.js";
import { awayReply } from "../../ui/time-away.js";
import { buttonClicker, clickedPromise, explain } from "./clicked.js";

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/**
 * "Sjuk idag" on the Home tab: away today, at once. The person gets a DM with what falls due
 * meanwhile (to move, hand on or keep), and Home shows the absence with "Jag är tillbaka".
 */
export function sickTodayButton(deps: SlackDeps) {
  return async ({ ack, body, client }: Args) => {
    await ack();
    const clicked = await buttonClicker(deps, client, body);
    if (!clicked) return;
    const { person, slack } = clicked;
    const teamId = person.workspace.id;
    const away = await recordSickToday(deps, person);
    await client.chat.postMessage({ channel: person.id, ...awayReply(away, person, deps.clock()) });
    await publishHome(deps, slack, teamId, person.id);
  };
}

/** "Jag är tillbaka" on the Home tab: the absence that covers today ends, and reminders come to the owner again. */
export function backTodayButton(deps: SlackDeps) {
  return async ({ ack, body, client }: Args) => {
    await ack();
    const clicked = await buttonClicker(deps, client, body);
    if (!clicked) return;
    const { person, slack } = clicked;
    const teamId = person.workspace.id;
    const t = speak(person.language).messages.home;
    const ended = await backToday(deps, person);
    await client.chat.postMessage({ channel: person.id, ...noticeReply(ended ? t.welcomeBack : t.notAway) });
    await publishHome(deps, slack, teamId, person.id);
  };
}

const DAYS = /^(\d{4}-\d{2}-\d{2})\|(\d{4}-\d{2}-\d{2})$/;

/** "Ja, notera det" under the offer made on an away status: the days offered are recorded, and what falls due is listed. */
export function awayOfferYesButton(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const clicked = await buttonClicker(deps, client, body);
    const days = DAYS.exec(clicked?.value ?? "");
    const [from, to] = [calendarDay(days?.[1]), calendarDay(days?.[2])];
    if (!clicked || !from || !to) return;
    const { person, slack } = clicked;
    const away = await acceptAwayOffer(deps, person, from, to);
    if (!away.ok) {
      // Answered days later: what has passed is not recorded.
      await respond({ replace_original: true, ...noticeReply(speak(person.language).messages.away.past) });
      return;
    }
    await respond({ replace_original: true, ...awayReply(away, person, deps.clock()) });
    await publishHome(deps, slack, person.workspace.id, person.id);
  };
}

/** "Nej tack" under the offer: nothing is recorded, and the offer says so. */
export function awayOfferNoButton(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const clicked = await buttonClicker(deps, client, body);
    if (!clicked) return;
    const { person } = clicked;
    await respond({ replace_original: true, ...noticeReply(speak(person.language).messages.away.offerDeclined) });
  };
}

/** "Behåll" beside a promise due while its owner is away: nothing changes, and the owner is told what that means. */
export function awayKeepButton(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const interaction = readInteraction(body);
    if (!interaction) return;
    const clicked = await clickedPromise(deps, client, interaction, respond);
    if (!clicked) return;
    const t = speak(clicked.person.language).messages.away;
    await explain(respond, noticeReply(t.kept(saidText(clicked.commitment, clicked.person))));
  };
}
