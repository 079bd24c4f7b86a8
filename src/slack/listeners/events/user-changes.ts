import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { awayOffer } from "../../../app/absence.js";
import { ownerLeft } from "../../../app/owner-left.js";
import { whoIs } from "../../../app/people.js";
import { statusSaysAway } from "../../../language/absence.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { awayOfferMessage, handoverMessage } from "../../ui/time-away.js";

/**
 * Slack's news about members: `user_status_changed` (an away status gets an offer to record
 * time away, never a record) and `user_change` (a deactivated member's open promises are put
 * to their leads).
 */

const member = z.object({
  team_id: z.string().min(1),
  event: z.object({
    user: z
      .object({
        id: z.string().min(1),
        team_id: z.string().optional(),
        deleted: z.boolean().nullish(),
        is_bot: z.boolean().nullish(),
        profile: z
          .object({
            status_text: z.string().nullish(),
            status_emoji: z.string().nullish(),
            status_expiration: z.number().nullish(),
          })
          .loose()
          .nullish(),
      })
      .loose(),
  }),
});

export function userStatusChanged(deps: SlackDeps) {
  return async ({ body, client }: SlackEventMiddlewareArgs<"user_status_changed"> & AllMiddlewareArgs) => {
    const parsed = member.safeParse(body);
    if (!parsed.success) return;
    const { team_id: teamId, event } = parsed.data;
    const { user } = event;
    if (user.deleted || user.is_bot) return;
    const text = user.profile?.status_text ?? "";
    const emoji = user.profile?.status_emoji ?? "";
    const expiration = user.profile?.status_expiration ?? 0;
    // Most status changes (meetings, lunch, commuting) say nothing of being away: nothing is read for them.
    if (!statusSaysAway(text, emoji)) return;
    const slack = slackPort(client, teamId, deps);
    const person = await whoIs(deps, slack, teamId, user.id);
    const offer = await awayOffer(deps, person, { text, emoji, expiresAt: expiration > 0 ? new Date(expiration * 1000) : null });
    if (!offer) return;
    await client.chat.postMessage({ channel: user.id, ...awayOfferMessage(offer.from, offer.to, text || emoji, person) });
  };
}

export function userChange(deps: SlackDeps) {
  return async ({ body, client, logger }: SlackEventMiddlewareArgs<"user_change"> & AllMiddlewareArgs) => {
    const parsed = member.safeParse(body);
    if (!parsed.success || !parsed.data.event.user.deleted) return;
    const { team_id: teamId, event } = parsed.data;
    const { handovers, unled } = await ownerLeft(deps, teamId, event.user.id);
    const slack = slackPort(client, teamId, deps);
    for (const { leadId, promises } of handovers) {
      // One lead Slack will not reach (gone too) does not keep the others from hearing.
      try {
        const lead = await whoIs(deps, slack, teamId, leadId);
        await client.chat.postMessage({ channel: leadId, ...handoverMessage(event.user.id, promises, lead, deps.clock()) });
      } catch (error) {
        logger.warn(`handover to ${leadId} in ${teamId} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (unled > 0) logger.info(`${event.user.id} left ${teamId}: ${unled} open promises have no lead to hand them to`);
  };
}
