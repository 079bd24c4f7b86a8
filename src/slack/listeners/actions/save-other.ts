import { createHash } from "node:crypto";
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { capturePromise } from "../../../app/capture.js";
import { whoIs } from "../../../app/people.js";
import { MAX_TEXT_LENGTH } from "../../../domain/commitment.js";
import { speak } from "../../../language/index.js";
import { readKeptTextClick } from "../../payloads/kept-text-click.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { capturedReply, noticeReply } from "../../ui/capture-replies.js";
import { explain } from "./clicked.js";

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/**
 * "Spara även detta" under a confirmation: another promise the same message made ("…, Anna
 * ringer dem på måndag"), read and recorded on its own as if typed with /lofte. Pressed twice,
 * it records once.
 */
export function saveOtherButton(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const click = readKeptTextClick(body);
    if (!click) return;
    const slack = slackPort(client, click.teamId, deps);
    const person = await whoIs(deps, slack, click.teamId, click.userId);
    const t = speak(person.language).messages;
    if (!click.text || click.text.length > MAX_TEXT_LENGTH) {
      await explain(respond, noticeReply(`${t.notACommitment.empty} ${t.example}`));
      return;
    }
    const which = createHash("sha256").update(click.text).digest("base64url").slice(0, 16);
    const captured = await capturePromise(deps, slack, person, {
      teamId: click.teamId,
      channelId: click.channelId ?? person.id,
      private: click.privateChannel,
      text: click.text,
      requestKey: `other:${click.channelId ?? ""}:${click.messageTs ?? ""}:${which}`,
    });
    await respond({ replace_original: false, ...capturedReply(captured, person, click.text, deps.clock()) });
  };
}
