import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { suggestionFor } from "../../../app/suggestions.js";
import { MAX_TEXT_LENGTH } from "../../../domain/commitment.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { suggestionReply } from "../../ui/suggestion.js";

type Args = SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs;

/** A person's own new message in a channel: no subtype (edits, joins, bots all have one), no bot id. */
const humanMessage = z.object({
  team_id: z.string(),
  event: z.object({
    type: z.literal("message"),
    subtype: z.never().optional(),
    bot_id: z.never().optional(),
    user: z.string(),
    channel: z.string(),
    ts: z.string(),
    text: z.string().max(MAX_TEXT_LENGTH),
  }),
});

/** In channels that said `/lofte förslag på`: a message that reads like its author's promise gets an offer to track it. */
export function messageSuggestion(deps: SlackDeps) {
  return async ({ body, client }: Args) => {
    const parsed = humanMessage.safeParse(body);
    if (!parsed.success) return;
    const { team_id: teamId, event } = parsed.data;
    const author = await suggestionFor(deps, slackPort(client, teamId, deps), { teamId, ...event });
    if (!author) return;
    await client.chat.postEphemeral({
      channel: event.channel,
      user: event.user,
      ...suggestionReply({ channel: event.channel, ts: event.ts, text: event.text }, author.language),
    });
  };
}
