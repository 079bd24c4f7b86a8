import { addDays, fromLocal, parseClock, toLocal } from "../domain/zoned-time.js";
import { asLanguage, speak } from "../language/index.js";
import { type Commitment, createCommitmentOnce } from "../store/commitments.js";
import type { AppDeps } from "./deps.js";
import { refreshHomes } from "./home.js";
import { loadForChange, type Problem } from "./load-for-change.js";
import { plannerFor, whoIs } from "./people.js";
import type { Person, SlackPort } from "./slack-port.js";

export const FOLLOW_UP_DAYS: Readonly<Record<string, number>> = { "1w": 7, "2w": 14, "1m": 30 };

export type FollowUp = { ok: true; done: Commitment; followUp: Commitment } | { ok: false; problem: Problem | "noCustomer" };

/**
 * "Boka uppföljning" after a kept promise: a new promise to follow up with the same customer,
 * in the owner's name and on the owner's clock, with its own reminders. Booked by those who
 * may change the promise; written in the language the promise was made in.
 */
export async function bookFollowUp(
  deps: AppDeps,
  slack: SlackPort,
  person: Person,
  input: { commitmentId: string; days: number },
): Promise<FollowUp> {
  const loaded = await loadForChange(deps, person, input.commitmentId);
  if (!loaded.ok) return loaded;
  const done = loaded.commitment;
  if (!done.customer) return { ok: false, problem: "noCustomer" };
  const teamId = person.workspace.id;
  const owner = done.ownerId === person.id ? person : await whoIs(deps, slack, teamId, done.ownerId);
  const now = deps.clock();
  const day = addDays(toLocal(now, owner.timeZone), input.days);
  const time = parseClock(person.workspace.defaultDeadlineTime) ?? { hour: 17, minute: 0 };
  const language = asLanguage(done.language);
  const task = speak(language).messages.reminders.followUpTask(done.customer);
  // One follow-up per kept promise, however often the button is pressed.
  const { commitment: followUp, created } = await createCommitmentOnce(
    deps.db,
    {
      workspaceId: teamId,
      ownerId: done.ownerId,
      creatorId: person.id,
      leadId: done.leadId,
      task,
      customer: done.customer,
      originalText: task,
      language,
      sourceChannelId: done.sourceChannelId,
      permalink: done.permalink,
      parentId: done.id,
      private: done.private,
      idempotencyKey: `follow-up:${done.id}`,
      dueAt: fromLocal({ ...day, ...time }, owner.timeZone),
      hasTime: false,
      timeZone: owner.timeZone,
    },
    now,
    plannerFor(deps, person.workspace),
  );
  if (created) await refreshHomes(deps, slack, teamId, [done.ownerId]);
  return { ok: true, done, followUp };
}
