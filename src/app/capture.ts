import { deadlineProblem, MAX_TEXT_LENGTH, MAX_YEARS_AHEAD } from "../domain/commitment.js";
import type { LocalDate } from "../domain/zoned-time.js";
import type { ParsedCommitment } from "../language/parse-commitment.js";
import { type Commitment, findByIdempotencyKey } from "../store/commitments.js";
import { recordAway } from "./absence.js";
import type { AppDeps } from "./deps.js";
import { whoIs } from "./people.js";
import { type Recorded, readAs, readOnClockOf, recordCommitment } from "./record-commitment.js";
import type { Person, SlackPort } from "./slack-port.js";

/** What became of a promise typed with `/lofte …`. */
export type Captured =
  /** `others`: more promises the same message made, each with its own deadline, offered to record on their own. */
  | (Recorded & { others?: string[] })
  /** "ledig 22 dec–6 jan": time away recorded, with what falls due meanwhile. */
  | { ok: false; problem: "awayRecorded"; from: LocalDate; to: LocalDate; sick: boolean; due: Commitment[] }
  /** Time away whose days run backwards or have passed. */
  | { ok: false; problem: "awayUnreadable"; why: "backwards" | "past" }
  | { ok: false; problem: "notPromise"; reason: "question" | "request" | "information" | "absence" }
  | { ok: false; problem: "past"; datePhrase: string | null }
  /** "31 december 2062": further ahead than Lofte follows up (`years`). */
  | { ok: false; problem: "tooFar"; datePhrase: string | null; years: number }
  /** "kl 25", "13pm", "31 februari": written as a time or a date, but no such one. */
  | { ok: false; problem: "impossible"; what: "time" | "date"; datePhrase: string }
  | { ok: false; problem: "askDeadline" }
  /** Several members are called Erik, or none: which one? Nothing is stored until the person says. */
  | { ok: false; problem: "whoIsNamed"; name: string; candidates: string[] };

/** The most people a "which one?" question lists. */
const MAX_CANDIDATES = 10;

/**
 * The reading with its owner found, when it names someone without a mention ("Erik skickar
 * …"): the one member called so (a promise, whatever the name). Several, or none for a first
 * name ("Sven", a guest or a nickname): asked who, with a picker. A name that is no first name
 * and no member's is news about someone else ("Acme skickar …").
 */
async function namedColleague(
  slack: SlackPort,
  parsed: ParsedCommitment,
): Promise<ParsedCommitment | Extract<Captured, { problem: "whoIsNamed" }>> {
  if (!parsed.ownerName || parsed.owner || !parsed.task) return parsed;
  const name = parsed.ownerName;
  const members = await slack.findPeople(name);
  // A name the parser alone could not take for a colleague ("information") is one after all.
  if (members.length === 1)
    return { ...parsed, owner: members[0], ...(parsed.reason === "information" ? { isCommitment: true, reason: null } : {}) };
  // Several members, or none for "Sven", "@anna" or a user group: ask who, with the picker.
  if (members.length > 1 || parsed.isCommitment)
    return { ok: false, problem: "whoIsNamed", name, candidates: members.slice(0, MAX_CANDIDATES) };
  return parsed;
}

/** A promise made for a colleague is read on their clock ("fredag" is Friday where they are), as Track does. */
async function onOwnersClock(
  deps: AppDeps,
  slack: SlackPort,
  person: Person,
  parsed: ParsedCommitment,
  text: string,
  said: Date,
): Promise<ParsedCommitment> {
  if (!parsed.owner || parsed.owner === person.id) return parsed;
  const owner = await whoIs(deps, slack, person.workspace.id, parsed.owner);
  if (owner.timeZone === person.timeZone) return parsed;
  return { ...readOnClockOf(person, owner, text, said), owner: parsed.owner };
}

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
  input: {
    teamId: string;
    channelId: string;
    private: boolean;
    text: string;
    requestKey?: string;
    /** When the text was written, if earlier than now (another promise of a message, saved later): "i morgon" is read from then. */
    saidAt?: Date;
  },
): Promise<Captured> {
  if (input.text.length > MAX_TEXT_LENGTH) return { ok: false, problem: "tooLong", max: MAX_TEXT_LENGTH, what: "text" };
  const said = input.saidAt ?? deps.clock();
  const read = await namedColleague(slack, readAs(person, input.text, said));
  if ("problem" in read) return read;
  const reason = read.reason;
  if (reason === "absence") {
    const away = await recordAway(deps, person, input.text, read.language);
    if (away.ok) return { ok: false, problem: "awayRecorded", from: away.from, to: away.to, sick: away.sick, due: away.due };
    if (away.problem !== "noDates") return { ok: false, problem: "awayUnreadable", why: away.problem };
  }
  if (reason === "question" || reason === "request" || reason === "information" || reason === "absence") {
    return { ok: false, problem: "notPromise", reason };
  }
  if (read.reason === "past") return { ok: false, problem: "past", datePhrase: read.deadlineInPast ? read.datePhrase : null };
  if (read.impossible) return { ok: false, problem: "impossible", what: read.impossible.what, datePhrase: read.impossible.written };
  const parsed = await onOwnersClock(deps, slack, person, read, input.text, said);
  if (!parsed.task) return { ok: false, problem: "empty" };
  if (!parsed.dueAt) return { ok: false, problem: "askDeadline" };
  // Said earlier, its deadline may have passed since: unless this very request stored it before
  // the deadline (a "Spara även detta" pressed again), which is told it is saved already.
  const problem = deadlineProblem(parsed.dueAt, deps.clock(), person.timeZone);
  if (problem === "past") {
    const earlier = input.requestKey ? await findByIdempotencyKey(deps.db.prisma, input.teamId, input.requestKey) : null;
    if (earlier) return { ok: true, commitment: earlier, byOther: earlier.ownerId !== person.id, again: true };
    return { ok: false, problem: "past", datePhrase: parsed.datePhrase };
  }
  if (problem === "tooFar") return { ok: false, problem: "tooFar", datePhrase: parsed.datePhrase, years: MAX_YEARS_AHEAD };
  const recorded = await recordCommitment(deps, slack, person, {
    teamId: input.teamId,
    creatorId: person.id,
    channelId: input.channelId,
    text: input.text,
    parsed: { ...parsed, task: parsed.task },
    dueAt: parsed.dueAt,
    hasTime: parsed.hasTime,
    private: input.private,
    ...(input.requestKey ? { idempotencyKey: input.requestKey } : {}),
  });
  return recorded.ok && parsed.others.length > 0 ? { ...recorded, others: parsed.others } : recorded;
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
): Promise<Recorded | { ok: false; problem: "deadline"; why: "past" | "tooFar" }> {
  const now = deps.clock();
  const problem = deadlineProblem(input.dueAt, now, person.timeZone);
  if (problem) return { ok: false, problem: "deadline", why: problem };
  const read = readAs(person, input.text, now);
  // The name was asked about before the deadline: a text that reaches here names one member, or a mention.
  const named = await namedColleague(slack, read);
  const parsed = "problem" in named ? read : named;
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
