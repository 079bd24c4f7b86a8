import { mayChange } from "../../../domain/commitment.js";
import { type Commitment, findCommitment } from "../../../store/commitments.js";
import { channelLead } from "../../../store/workspaces.js";
import type { Deps, Person } from "../../deps.js";

export type Loaded = { ok: true; commitment: Commitment } | { ok: false; problem: "notFound" | "notAllowed" };

/**
 * The commitment a button or modal points at, if it belongs to this workspace and this user
 * may change it (owner, creator, a lead, or a workspace admin). Ids from Slack payloads are never
 * trusted alone: the workspace and the permission are checked here, on the server.
 */
export async function loadForChange(deps: Deps, person: Person, commitmentId: string, userId: string): Promise<Loaded> {
  const commitment = await findCommitment(deps.db.prisma, person.workspace.id, commitmentId);
  if (!commitment) return { ok: false, problem: "notFound" };
  const lead = await channelLead(deps.db.prisma, person.workspace.id, commitment.sourceChannelId);
  const allowed = person.profile.isAdmin || mayChange(commitment, userId, [lead, person.workspace.defaultLeadId]);
  if (!allowed) return { ok: false, problem: "notAllowed" };
  return { ok: true, commitment };
}
