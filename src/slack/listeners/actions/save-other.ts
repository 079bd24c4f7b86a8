import { createHash } from "node:crypto";
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { capturePromise } from "../../../app/capture.js";
import { languageOfText } from "../../../language/index.js";
import type { SlackDeps } from "../../slack-port.js";
import { otherReadAt, savedOnceReply } from "../../ui/capture-replies.js";
import { keptTextClicker } from "./clicked.js";

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/**
 * "Spara även detta" under a confirmation: another promise the same message made ("…, Anna
 * ringer dem på måndag"), read and recorded on its own as if typed with /lofte. Pressed twice,
 * it records once, and the second press is told it is saved already.
 */
export function saveOtherButton(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const clicked = await keptTextClicker(deps, client, body, respond);
    if (!clicked) return;
    const { click, slack } = clicked;
    // Answered in the language the other promise was written in, as its confirmation was.
    const person = { ...clicked.person, language: languageOfText(click.text) ?? clicked.person.language };
    const which = createHash("sha256").update(click.text).digest("base64url").slice(0, 16);
    const captured = await capturePromise(deps, slack, person, {
      teamId: click.teamId,
      channelId: click.channelId ?? person.id,
      private: click.privateChannel,
      text: click.text,
      requestKey: `other:${click.channelId ?? ""}:${click.messageTs ?? ""}:${which}`,
      // "i morgon" means the day after the message, however late Spara is pressed.
      ...saidAt(otherReadAt(click.blockId), deps.clock()),
    });
    await respond({ replace_original: false, ...savedOnceReply(captured, person, click.text, deps.clock()) });
  };
}

/** A time from the button itself is used only when it is earlier than now and within a month. */
function saidAt(readAt: Date | null, now: Date): { saidAt?: Date } {
  const age = readAt ? now.getTime() - readAt.getTime() : -1;
  return readAt && age >= 0 && age <= 31 * 86_400_000 ? { saidAt: readAt } : {};
}
