import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { MAX_TEXT_LENGTH } from "../../../domain/commitment.js";
import { suggestsPromise } from "../../../language/suggest.js";
import { suggestionsEnabled } from "../../../store/workspaces.js";
import { type Deps, whoIs } from "../../deps.js";
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

/** Messages already offered, so Slack's retries never offer twice (per process; see README). */
const offered = new Set<string>();

/**
 * In channels that said `/lofte förslag på`: when a message reads like a promise by its
 * author with a deadline, offer that author (only) to track it.
 */
export function messageSuggestion(deps: Deps) {
  return async ({ body, client }: Args) => {
    const parsed = humanMessage.safeParse(body);
    if (!parsed.success) return;
    const { team_id: teamId, event } = parsed.data;
    const key = `${teamId}:${event.channel}:${event.ts}`;
    if (offered.has(key) || !(await suggestionsEnabled(deps.db.prisma, teamId, event.channel))) return;
    const author = await whoIs(deps, client, teamId, event.user);
    const reads = suggestsPromise(event.text, {
      now: deps.clock(),
      timeZone: author.timeZone,
      language: author.language,
      workingDays: author.workspace.workingHours.days,
    });
    if (!reads) return;
    if (offered.size > 10_000) offered.clear();
    offered.add(key);
    await client.chat.postEphemeral({
      channel: event.channel,
      user: event.user,
      ...suggestionReply({ channel: event.channel, ts: event.ts, text: event.text }, author.language),
    });
  };
}
