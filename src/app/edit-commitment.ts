import { renameCustomer } from "../domain/commitment.js";
import { type Commitment, changeCommitment } from "../store/commitments.js";
import { endSeriesIfFirst, reopenSeries } from "../store/series.js";
import type { AppDeps } from "./deps.js";
import { refreshHomes } from "./home.js";
import { closedProblem, loadForChange, type Problem } from "./load-for-change.js";
import { leadOf, plannerFor, whoIs } from "./people.js";
import { tellReassigned } from "./reassigned.js";
import { settleAlerts } from "./settle-alerts.js";
import type { Person, SlackPort } from "./slack-port.js";

/** The promise form as saved: every field, checked. */
export interface PromiseFields {
  ownerId: string;
  leadId: string | null;
  task: string;
  customer: string | null;
  dueAt: Date;
}

/**
 * A change that was saved, and what is still to tell others about it (Home tabs, a new owner's
 * DM): the caller answers Slack first, then `announce`s.
 */
export type Edited = { ok: true; commitment: Commitment; announce(): Promise<void> } | { ok: false; problem: Problem };

/**
 * Saves the edit modal: the promise as it was when the modal opened (`version`), or nothing
 * when someone changed it meanwhile. A new owner's reminders follow their clock, and they are
 * told; a deadline left as it was keeps "no time given".
 */
export async function editCommitment(
  deps: AppDeps,
  slack: SlackPort,
  person: Person,
  input: { commitmentId: string; version: number; fields: PromiseFields },
): Promise<Edited> {
  const loaded = await loadForChange(deps, person, input.commitmentId);
  if (!loaded.ok) return loaded;
  const before = loaded.commitment;
  // A struck or closed promise is not quietly changed where no list shows it.
  const closed = closedProblem(before);
  if (closed) return { ok: false, problem: closed };
  const { fields } = input;
  const teamId = person.workspace.id;
  const newOwner = fields.ownerId !== before.ownerId ? await whoIs(deps, slack, teamId, fields.ownerId) : null;
  const moved = fields.dueAt.getTime() !== before.dueAt.getTime();
  const now = deps.clock();
  const result = await changeCommitment(
    deps.db.prisma,
    { workspaceId: teamId, id: before.id, expectedVersion: input.version },
    {
      ...fields,
      // A new customer name in its field also changes it in the words, when they named the old one.
      task: fields.task === before.task ? renameCustomer(fields.task, before.customer, fields.customer) : fields.task,
      hasTime: before.hasTime || moved,
      // A new owner has said nothing yet: the former owner's answers are not theirs.
      ...(newOwner ? { timeZone: newOwner.timeZone, lastAnswer: null, snoozedUntil: null } : {}),
      // A new deadline answers "I won't make it": the promise is no longer flagged at risk.
      ...(moved && before.lastAnswer === "cant_make_it" ? { lastAnswer: null } : {}),
    },
    { actorId: person.id, kind: "edited", at: now },
    plannerFor(deps, person.workspace),
  );
  if (!result.ok) return { ok: false, problem: result.reason === "conflict" ? "conflict" : "notFound" };
  const commitment = result.commitment;
  return {
    ok: true,
    commitment,
    async announce() {
      await refreshHomes(deps, slack, teamId, [person.id, before.ownerId, commitment.ownerId]);
      if (newOwner) await tellReassigned(deps, slack, { before, after: commitment, by: person.id, newOwner }, now);
    },
  };
}

export type Undone =
  | { ok: true; commitment: Commitment; announce(): Promise<void> }
  | { ok: false; problem: Problem | "alreadyUndone" | "alreadyKept" };

/** Ångra / Undo: the promise is struck (cancelled); its reminders go with it. A kept promise stays kept. */
export async function undoCommitment(deps: AppDeps, slack: SlackPort, person: Person, commitmentId: string): Promise<Undone> {
  const loaded = await loadForChange(deps, person, commitmentId);
  if (!loaded.ok) return loaded;
  if (loaded.commitment.status === "cancelled") return { ok: false, problem: "alreadyUndone" };
  // Undo on an old confirmation must not erase a promise already kept from the record.
  if (loaded.commitment.status === "done") return { ok: false, problem: "alreadyKept" };
  const teamId = person.workspace.id;
  // Undoing a repeating promise's first time takes the whole series back (a later time alone
  // is struck). The series ends first, so no next time can be made in between.
  const at = deps.clock();
  const { seriesId, occursOn } = loaded.commitment;
  if (seriesId) await endSeriesIfFirst(deps.db.prisma, teamId, seriesId, occursOn, person.id, at);
  const result = await changeCommitment(
    deps.db.prisma,
    { workspaceId: teamId, id: loaded.commitment.id, expectedVersion: loaded.commitment.version },
    { status: "cancelled" },
    { actorId: person.id, kind: "cancelled", at: deps.clock() },
    plannerFor(deps, person.workspace),
  );
  if (!result.ok) {
    if (seriesId) await reopenSeries(deps.db.prisma, teamId, seriesId, at);
    return { ok: false, problem: result.reason === "conflict" ? "conflict" : "notFound" };
  }
  const struck = loaded.commitment;
  return {
    ok: true,
    commitment: struck,
    async announce() {
      await refreshHomes(deps, slack, teamId, [person.id, struck.ownerId]);
      const leadId = await leadOf(deps, person.workspace, struck);
      if (leadId) await settleAlerts(deps, slack, teamId, struck, "struck", leadId);
      // The one who made the promise and the one who wrote it down hear it from Lofte, not by chance.
      const others = [...new Set([struck.ownerId, struck.creatorId])].filter((id) => id !== person.id);
      for (const id of others) {
        const other = await whoIs(deps, slack, teamId, id).catch(() => null);
        if (other) await slack.tell(other, { kind: "struck", commitment: struck, by: person.id }, deps.clock()).catch(() => {});
      }
    },
  };
}
