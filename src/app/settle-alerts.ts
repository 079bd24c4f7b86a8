import { leadToTell } from "../domain/risk.js";
import type { Commitment } from "../store/commitments.js";
import { sentAlerts } from "../store/nudges.js";
import { channelLead, type WorkspaceSettings } from "../store/workspaces.js";
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
  workspace: WorkspaceSettings,
  commitment: Commitment,
  how: "done" | "moved" | "struck" | "reassigned",
): Promise<void> {
  const alerts = await sentAlerts(deps.db.prisma, workspace.id, commitment.id);
  if (alerts.length === 0) return;
  const leadId = leadToTell(
    commitment,
    await channelLead(deps.db.prisma, workspace.id, commitment.sourceChannelId),
    workspace.defaultLeadId,
  );
  if (!leadId) return;
  const reader = await whoIs(deps, slack, workspace.id, leadId);
  const now = deps.clock();
  await Promise.all(alerts.map((posted) => slack.redraw(posted, reader, { kind: "alertSettled", commitment, how }, now).catch(() => {})));
}
