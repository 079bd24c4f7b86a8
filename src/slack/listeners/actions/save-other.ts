import { createHash } from "node:crypto";
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { capturePromise } from "../../../app/capture.js";
import type { SlackDeps } from "../../slack-port.js";
import { capturedReply } from "../../ui/capture-replies.js";
import { keptTextClicker } from "./clicked.js";

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/**
 * "Spara även detta" under a confirmation: another promise the same message made ("…, Anna
 * ringer dem på måndag"), read and recorded on its own as if typed with /lofte. Pressed twice,
 * it records once.
 */
export function saveOtherButton(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const clicked = await keptTextClicker(deps, client, body, respond);
    if (!clicked) return;
    const { click, person, slack } = clicked;
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
