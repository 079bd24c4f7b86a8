import { createHash } from "node:crypto";
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { capturePromise } from "../../../app/capture.js";
import { whoIs } from "../../../app/people.js";
import { readAs } from "../../../app/record-commitment.js";
import { MAX_TEXT_LENGTH } from "../../../domain/commitment.js";
import { formatIsoDate, localDate } from "../../../domain/zoned-time.js";
import { speak } from "../../../language/index.js";
import { ACTION } from "../../ids.js";
import { slackUserId } from "../../payloads/input-values.js";
import { readKeptTextClick } from "../../payloads/kept-text-click.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { noticeReply, savedOnceReply } from "../../ui/capture-replies.js";
import { explain } from "./clicked.js";

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/**
 * "Spara" under "Vem är Erik?": the promise typed earlier, now with the person picked. The name
 * in the text becomes a mention of them, and the text goes the way of any /lofte (a deadline is
 * asked for if it has none).
 */
export function saveOwnerButton(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const click = readKeptTextClick(body);
    if (!click) return;
    const slack = slackPort(client, click.teamId, deps);
    const person = await whoIs(deps, slack, click.teamId, click.userId);
    const t = speak(person.language).messages;
    const fits = click.text.length > 0 && click.text.length <= MAX_TEXT_LENGTH;
    const name = fits ? readAs(person, click.text, deps.clock()).ownerName : null;
    if (!name) {
      await explain(respond, noticeReply(`${t.notACommitment.empty} ${t.example}`));
      return;
    }
    const picked = slackUserId(click.picked.get(ACTION.pickOwner)?.selected_user);
    if (!picked) {
      await explain(respond, noticeReply(t.pickPerson));
      return;
    }
    // The name, or the user group it came from ("<!subteam^S1|@sälj>"), becomes the person picked.
    const group = /^\s*<!subteam\^[A-Z0-9]+(?:\|[^>]*)?>/.exec(click.text);
    const named = group ? `<@${picked}>${click.text.slice(group[0].length)}` : click.text.replace(name, `<@${picked}>`);
    // The same words for the same person in the same place on the same day are one promise:
    // "Spara" under a second "Vem är Anna?" for it stores nothing more.
    const which = createHash("sha256").update(named).digest("base64url").slice(0, 16);
    const day = formatIsoDate(localDate(deps.clock(), person.timeZone));
    const channelId = click.channelId ?? person.id;
    const captured = await capturePromise(deps, slack, person, {
      teamId: click.teamId,
      channelId,
      private: click.privateChannel,
      text: named,
      requestKey: `owner:${channelId}:${day}:${which}`,
    });
    await respond({ replace_original: true, ...savedOnceReply(captured, person, named, deps.clock()) });
  };
}
