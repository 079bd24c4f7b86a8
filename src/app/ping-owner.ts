import type { Commitment } from "../store/commitments.js";
import { enqueue } from "../store/nudges.js";
import type { AppDeps } from "./deps.js";
import { loadForChange, type Problem } from "./load-for-change.js";
import type { Person } from "./slack-port.js";

/**
 * "Påminn ägaren" on the lead's alert: the owner is asked again whether the time holds, through
 * the outbox like every reminder (the next tick sends it).
 */
export async function pingOwner(
  deps: AppDeps,
  person: Person,
  commitmentId: string,
): Promise<{ ok: true; commitment: Commitment } | { ok: false; problem: Problem }> {
  const loaded = await loadForChange(deps, person, commitmentId);
  if (!loaded.ok) return loaded;
  if (loaded.commitment.status !== "open") return { ok: false, problem: "notOpen" };
  await enqueue(deps.db.prisma, loaded.commitment, "due_soon", deps.clock());
  return loaded;
}
