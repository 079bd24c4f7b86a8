import type { Commitment } from "../store/commitments.js";
import { sentAlerts } from "../store/nudges.js";
import type { AppDeps } from "./deps.js";
import { whoIs } from "./people.js";
import type { SlackPort } from "./slack-port.js";

/**
 * A promise is kept, moved, struck or given to someone else: the lead's alerts about it are
 * redrawn to say so, without their buttons, so no "Ett löfte är i fara" is left asking for
 * action that is no longer needed. A failure to redraw one changes nothing else.
 */
export async function settleAlerts(
  deps: AppDeps,
  slack: SlackPort,
  teamId: string,
  commitment: Commitment,
  how: "done" | "moved" | "struck" | "reassigned",
  leadId: string,
): Promise<void> {
  const alerts = await sentAlerts(deps.db.prisma, teamId, commitment.id);
  if (alerts.length === 0) return;
  const reader = await whoIs(deps, slack, teamId, leadId);
  const now = deps.clock();
  await Promise.all(alerts.map((posted) => slack.redraw(posted, reader, { kind: "alertSettled", commitment, how }, now).catch(() => {})));
}
