import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { leaveWorkspace } from "../../../app/leave-workspace.js";
import type { SlackDeps } from "../../slack-port.js";

/**
 * `app_uninstalled`, and `tokens_revoked` for the bot token: Lofte leaves the workspace (its
 * token is deleted, reminders cancelled, digests stopped; the data kept for the retention period).
 */

const envelope = z.object({ team_id: z.string().min(1), event_time: z.number().optional() });
const revoked = z.object({ tokens: z.object({ bot: z.array(z.string()).optional() }).loose() });

/** When Slack says it happened (retries come later). */
function happenedAt(body: z.infer<typeof envelope>): Date | null {
  return body.event_time ? new Date(body.event_time * 1000) : null;
}

export function appUninstalled(deps: SlackDeps) {
  return async ({ body, logger }: SlackEventMiddlewareArgs<"app_uninstalled"> & AllMiddlewareArgs) => {
    const parsed = envelope.safeParse(body);
    if (!parsed.success) return;
    const { cancelled } = await leaveWorkspace(deps, parsed.data.team_id, happenedAt(parsed.data));
    logger.info(`uninstalled from ${parsed.data.team_id}: token deleted, ${cancelled} reminders cancelled`);
  };
}

export function tokensRevoked(deps: SlackDeps) {
  return async ({ body, event, logger }: SlackEventMiddlewareArgs<"tokens_revoked"> & AllMiddlewareArgs) => {
    const team = envelope.safeParse(body);
    const tokens = revoked.safeParse(event);
    // Only a revoked bot token stops Lofte; it holds no user tokens.
    if (!team.success || !tokens.success || !tokens.data.tokens.bot?.length) return;
    const { cancelled } = await leaveWorkspace(deps, team.data.team_id, happenedAt(team.data));
    logger.info(`bot token revoked in ${team.data.team_id}: token deleted, ${cancelled} reminders cancelled`);
  };
}
