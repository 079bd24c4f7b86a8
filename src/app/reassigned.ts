import type { Commitment } from "../store/commitments.js";
import type { AppDeps } from "./deps.js";
import { whoIs } from "./people.js";
import type { Person, SlackPort } from "./slack-port.js";

/**
 * A promise given to someone else (from the lead's alert or the edit form): the new owner hears
 * it is theirs now, with the reminder's choices; the one who had it, that it is not theirs any
 * more and their reminders stop. Whoever made the change sees it on their own screen and is
 * told nothing. The DMs are a courtesy: one that fails changes nothing.
 */
export async function tellReassigned(
  deps: AppDeps,
  slack: SlackPort,
  change: { before: Commitment; after: Commitment; by: string; newOwner: Person },
  now: Date,
): Promise<void> {
  const { before, after, by, newOwner } = change;
  if (after.ownerId !== by) await slack.tell(newOwner, { kind: "reassignedToYou", commitment: after, by }, now).catch(() => {});
  if (before.ownerId !== by && before.ownerId !== after.ownerId) {
    const former = await whoIs(deps, slack, after.workspaceId, before.ownerId).catch(() => null);
    if (former) await slack.tell(former, { kind: "reassignedAway", commitment: after, by }, now).catch(() => {});
  }
}
