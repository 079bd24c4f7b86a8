import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { parseJson } from "../../payloads/interaction.js";
import type { SlackDeps } from "../../slack-port.js";
import { openTrackModal } from "../shortcuts/track-as-promise.js";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

const click = z.object({
  trigger_id: z.string(),
  team: z.object({ id: z.string() }).nullable(),
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  actions: z.array(z.object({ value: z.string() })).min(1),
});
const suggested = z.object({ channel: z.string().max(100), ts: z.string().max(100), text: z.string().max(2000) });

/** "Spara som löfte" on a suggestion: the Track form for that message; the suggestion goes away. */
export function suggestionTrack(deps: SlackDeps) {
  return async ({ ack, body, client, respond }: Args) => {
    await ack();
    const parsed = click.safeParse(body);
    const message = parsed.success ? suggested.safeParse(parseJson(parsed.data.actions[0].value)) : null;
    if (!parsed.success || !message?.success) return;
    const teamId = parsed.data.team?.id ?? parsed.data.user.team_id;
    if (!teamId) return;
    await openTrackModal(deps, client, {
      teamId,
      userId: parsed.data.user.id,
      triggerId: parsed.data.trigger_id,
      channelId: message.data.channel,
      // Suggestions come only from public channels (message.channels).
      private: false,
      messageTs: message.data.ts,
      text: message.data.text,
      authorId: parsed.data.user.id,
    });
    await respond({ delete_original: true });
  };
}

/** "Nej tack": the suggestion disappears, nothing is stored. */
export async function suggestionDismiss({ ack, respond }: Args) {
  await ack();
  await respond({ delete_original: true });
}
