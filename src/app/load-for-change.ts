import { mayChangeCommitment } from "../domain/permissions.js";
import { type Commitment, findCommitment } from "../store/commitments.js";
import { channelLead } from "../store/workspaces.js";
import type { AppDeps } from "./deps.js";
import type { Person } from "./slack-port.js";

/** Why a change was refused; `deadlinePassed`: "on track" said after the deadline. */
export type Problem = "notFound" | "notAllowed" | "notOpen" | "struck" | "conflict" | "deadlinePassed";

/** Why a promise can no longer be edited: it was struck, or it is closed (kept or missed). */
export function closedProblem(commitment: Commitment): "struck" | "notOpen" | null {
  if (commitment.status === "open") return null;
  return commitment.status === "cancelled" ? "struck" : "notOpen";
}
export type Loaded = { ok: true; commitment: Commitment } | { ok: false; problem: "notFound" | "notAllowed" };

/**
 * The commitment a button or modal points at, if it belongs to this person's workspace and
 * they may change it. Ids from Slack payloads are never trusted alone: the workspace and the
 * permission are checked here, on the server.
 */
export async function loadForChange(deps: AppDeps, person: Person, commitmentId: string): Promise<Loaded> {
  const commitment = await findCommitment(deps.db.prisma, person.workspace.id, commitmentId);
  if (!commitment) return { ok: false, problem: "notFound" };
  const lead = await channelLead(deps.db.prisma, person.workspace.id, commitment.sourceChannelId);
  const asker = { userId: person.id, isAdmin: person.profile.isAdmin };
  if (!mayChangeCommitment(commitment, asker, [lead, person.workspace.defaultLeadId])) return { ok: false, problem: "notAllowed" };
  return { ok: true, commitment };
}
