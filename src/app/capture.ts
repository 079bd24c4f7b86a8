import { MAX_TEXT_LENGTH } from "../domain/commitment.js";
import type { AppDeps } from "./deps.js";
import { type Recorded, readAs, recordCommitment } from "./record-commitment.js";
import type { Person, SlackPort } from "./slack-port.js";

/** What became of a promise typed with `/lofte …`. */
export type Captured =
  | Recorded
  | { ok: false; problem: "notPromise"; reason: "question" | "request" | "information" | "absence" }
  | { ok: false; problem: "past"; datePhrase: string | null }
  | { ok: false; problem: "askDeadline" };

/**
 * `/lofte jag skickar offerten till Acme på fredag`: read as the person meant it, and stored
 * when it is a promise with a task and a deadline. Anything else is answered, not stored: a
 * question, a request or information is explained, a time that has passed is named, and a
 * promise without a deadline gets day and time pickers.
 */
export async function capturePromise(
  deps: AppDeps,
  slack: SlackPort,
  person: Person,
  input: { teamId: string; channelId: string; private: boolean; text: string },
): Promise<Captured> {
  if (input.text.length > MAX_TEXT_LENGTH) return { ok: false, problem: "tooLong", max: MAX_TEXT_LENGTH };
  const parsed = readAs(person, input.text, deps.clock());
  const reason = parsed.reason;
  if (reason === "question" || reason === "request" || reason === "information" || reason === "absence") {
    return { ok: false, problem: "notPromise", reason };
  }
  if (parsed.reason === "past") return { ok: false, problem: "past", datePhrase: parsed.deadlineInPast ? parsed.datePhrase : null };
  if (!parsed.task) return { ok: false, problem: "empty" };
  if (!parsed.dueAt) return { ok: false, problem: "askDeadline" };
  return recordCommitment(deps, slack, person, {
    teamId: input.teamId,
    creatorId: person.id,
    channelId: input.channelId,
    text: input.text,
    parsed: { ...parsed, task: parsed.task },
    dueAt: parsed.dueAt,
    hasTime: parsed.hasTime,
    private: input.private,
  });
}

/**
 * "Spara" under the "when?" question: the promise typed earlier, stored with the day and time
 * picked. The text is read again as the person means it; the picked deadline wins.
 */
export async function recordWithDeadline(
  deps: AppDeps,
  slack: SlackPort,
  person: Person,
  input: { teamId: string; channelId: string | null; private: boolean; text: string; dueAt: Date; requestKey: string },
): Promise<Recorded | { ok: false; problem: "deadlineInPast" }> {
  const now = deps.clock();
  if (input.dueAt.getTime() <= now.getTime()) return { ok: false, problem: "deadlineInPast" };
  const parsed = readAs(person, input.text, now);
  return recordCommitment(deps, slack, person, {
    teamId: input.teamId,
    creatorId: person.id,
    channelId: input.channelId,
    text: input.text,
    parsed: { ...parsed, task: parsed.task ?? input.text },
    dueAt: input.dueAt,
    hasTime: true,
    private: input.private,
    idempotencyKey: input.requestKey,
  });
}
