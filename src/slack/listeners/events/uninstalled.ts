import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { stopWorkspace } from "../../../store/retention.js";
import type { Deps } from "../../deps.js";

/**
 * `app_uninstalled`, and `tokens_revoked` for the bot token: the workspace's token is deleted,
 * every reminder still to come is cancelled and digests stop. Its promises are deleted after
 * the retention period (LOFTE_RETENTION) unless Lofte is installed again.
 */

const envelope = z.object({ team_id: z.string().min(1), event_time: z.number().optional() });

/** When Slack says it happened (retries come later), else now. */
function happenedAt(body: z.infer<typeof envelope>, now: Date): Date {
  return body.event_time ? new Date(body.event_time * 1000) : now;
}
const revoked = z.object({ tokens: z.object({ bot: z.array(z.string()).optional() }).loose() });

export function appUninstalled(deps: Deps) {
  return async ({ body, logger }: SlackEventMiddlewareArgs<"app_uninstalled"> & AllMiddlewareArgs) => {
    const parsed = envelope.safeParse(body);
    if (!parsed.success) return;
    const now = deps.clock();
    const { cancelled } = await stopWorkspace(deps.db.prisma, parsed.data.team_id, now, happenedAt(parsed.data, now));
    logger.info(`uninstalled from ${parsed.data.team_id}: token deleted, ${cancelled} reminders cancelled`);
  };
}

export function tokensRevoked(deps: Deps) {
  return async ({ body, event, logger }: SlackEventMiddlewareArgs<"tokens_revoked"> & AllMiddlewareArgs) => {
    const team = envelope.safeParse(body);
    const tokens = revoked.safeParse(event);
    // Only a revoked bot token stops Lofte; it holds no user tokens.
    if (!team.success || !tokens.success || !tokens.data.tokens.bot?.length) return;
    const now = deps.clock();
    const { cancelled } = await stopWorkspace(deps.db.prisma, team.data.team_id, now, happenedAt(team.data, now));
    logger.info(`bot token revoked in ${team.data.team_id}: token deleted, ${cancelled} reminders cancelled`);
  };
}
