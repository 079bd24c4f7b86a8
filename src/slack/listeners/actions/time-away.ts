import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { backToday, recordSickToday } from "../../../app/absence.js";
import { publishHome } from "../../../app/home.js";
import { whoIs } from "../../../app/people.js";
import { speak } from "../../../language/index.js";
import { slackText } from "../../../language/slack-markup.js";
import { readInteraction } from "../../payloads/interaction.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { awayReply, noticeReply } from "../../ui/capture-replies.js";
import { saidText } from "../../ui/commitment-words.js";
import { clickedPromise, explain } from "./clicked.js";

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

const homeClick = z.object({
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  team: z.object({ id: z.string() }).nullable(),
});

/**
 * "Sjuk idag" on the Home tab: away today, at once. The person gets a DM with what falls due
 * meanwhile (to move, hand on or keep), and Home shows the absence with "Jag är tillbaka".
 */
export function sickTodayButton(deps: SlackDeps) {
  return async ({ ack, body, client }: Args) => {
    await ack();
    const click = homeClick.safeParse(body);
    const teamId = click.success ? (click.data.team?.id ?? click.data.user.team_id) : undefined;
    if (!click.success || !teamId) return;
    const slack = slackPort(client, teamId, deps);
    const person = await whoIs(deps, slack, teamId, click.data.user.id);
    const away = await recordSickToday(deps, person);
    await client.chat.postMessage({ channel: person.id, ...awayReply(away.from, away.to, away.due, person, deps.clock()) });
    await publishHome(deps, slack, teamId, person.id);
  };
}

/** "Jag är tillbaka" on the Home tab: the absence that covers today ends, and reminders come to the owner again. */
export function backTodayButton(deps: SlackDeps) {
  return async ({ ack, body, client }: Args) => {
    await ack();
    const click = homeClick.safeParse(body);
    const teamId = click.success ? (click.data.team?.id ?? click.data.user.team_id) : undefined;
    if (!click.success || !teamId) return;
    const slack = slackPort(client, teamId, deps);
    const person = await whoIs(deps, slack, teamId, click.data.user.id);
    const t = speak(person.language).messages.home;
    const ended = await backToday(deps, person);
    await client.chat.postMessage({ channel: person.id, ...noticeReply(ended ? t.welcomeBack : t.notAway) });
    await publishHome(deps, slack, teamId, person.id);
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
    await explain(respond, noticeReply(t.kept(slackText(saidText(clicked.commitment)))));
  };
}
