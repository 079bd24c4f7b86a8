import { type Commitment, recordEvent } from "../store/commitments.js";
import { enqueue } from "../store/nudges.js";
import type { AppDeps } from "./deps.js";
import { loadForChange, type Problem } from "./load-for-change.js";
import type { Person } from "./slack-port.js";

/**
 * "Påminn ägaren" on the lead's alert: the owner is asked again whether the time holds, through
 * the outbox like every reminder (the next tick sends it). The ask is kept in the audit trail,
 * so the reminder says who asked (until the owner answers).
 */
export async function pingOwner(
  deps: AppDeps,
  person: Person,
  commitmentId: string,
): Promise<{ ok: true; commitment: Commitment } | { ok: false; problem: Problem }> {
  const loaded = await loadForChange(deps, person, commitmentId);
  if (!loaded.ok) return loaded;
  if (loaded.commitment.status !== "open") return { ok: false, problem: "notOpen" };
  const c = loaded.commitment;
  const at = deps.clock();
  await deps.db.prisma.$transaction(async (tx) => {
    await recordEvent(tx, { workspaceId: c.workspaceId, commitmentId: c.id, actorId: person.id, kind: "pinged", at });
    await enqueue(tx, c, "due_soon", at);
  });
  return loaded;
}
