import type { Clock } from "./deadline-rules.js";
import { englishGrammar } from "./en/grammar.js";
import { findDeadline } from "./find-deadline.js";
import type { CommitmentGrammar } from "./grammar.js";
import { detectLanguage, type Language } from "./language.js";
import { leadingMention, plainText } from "./slack-markup.js";
import { swedishGrammar } from "./sv/grammar.js";

/**
 * parseCommitment: text + now + time zone → who promises what, to which customer, by when.
 * The one entry point for every surface (slash commands, the edit modal, shortcuts,
 * suggestions). Pure: the clock and the zone are inputs.
 */

export type NotCommitmentReason = "empty" | "question" | "request" | "information" | "past" | "no_date";

export interface ParseOptions {
  now: Date;
  timeZone: string;
  /** The language to assume when the text does not tell (the command's or the user's). */
  language?: Language;
  defaultTime?: Clock;
  workingDays?: readonly number[];
}

export interface ParsedCommitment {
  isCommitment: boolean;
  /** Why it is not a commitment (null when it is one). */
  reason: NotCommitmentReason | null;
  /** The Slack user id the promise is made for, when a message starts by mentioning one; null means the speaker. */
  owner: string | null;
  /** What is promised, in clean words: "skicka offerten". */
  task: string | null;
  customer: string | null;
  dueAt: Date | null;
  hasTime: boolean;
  /** The words that gave the deadline, as written. */
  datePhrase: string | null;
  /** The text names a time, but only one that has passed. */
  deadlineInPast: boolean;
  language: Language;
}

const GRAMMARS: Record<Language, CommitmentGrammar> = { sv: swedishGrammar, en: englishGrammar };
export const DEFAULT_DEADLINE_TIME: Clock = { hour: 17, minute: 0 };
export const DEFAULT_WORKING_DAYS = [1, 2, 3, 4, 5] as const;

export function parseCommitment(text: string, options: ParseOptions): ParsedCommitment {
  const mention = leadingMention(text);
  const owner = mention?.userId ?? null;
  const plain = plainText(mention ? mention.rest : text);
  const language = detectLanguage(plain, options.language ?? "sv");
  const grammar = GRAMMARS[language];
  const result = (fields: Partial<ParsedCommitment>): ParsedCommitment => ({
    isCommitment: false,
    reason: null,
    owner,
    task: null,
    customer: null,
    dueAt: null,
    hasTime: false,
    datePhrase: null,
    deadlineInPast: false,
    language,
    ...fields,
  });
  if (plain === "") return result({ reason: "empty" });

  const deadline = findDeadline(plain, {
    now: options.now,
    timeZone: options.timeZone,
    language,
    defaultTime: options.defaultTime ?? DEFAULT_DEADLINE_TIME,
    workingDays: options.workingDays ?? DEFAULT_WORKING_DAYS,
  });

  // Cut the deadline words out, then read the clause that carries the promise.
  let rest = plain;
  for (const span of [...deadline.spans].sort((a, b) => b.index - a.index)) {
    rest = `${rest.slice(0, span.index).replace(grammar.dangling, "")} ${rest.slice(span.index + span.length)}`;
  }
  const clause = mainClause(rest, grammar);
  const { task, customer } = taskAndCustomer(clause, grammar);
  const found = { task, customer, dueAt: deadline.dueAt, hasTime: deadline.hasTime, datePhrase: deadline.phrase };

  if (grammar.request.test(clause)) return result({ ...found, reason: "request" });
  if (grammar.question.test(clause)) return result({ ...found, reason: "question" });
  if (grammar.information.test(clause)) return result({ ...found, reason: "information" });
  if (grammar.pastTense.test(clause)) return result({ ...found, reason: "past" });
  if (deadline.onlyPast) return result({ ...found, reason: "past", deadlineInPast: true });
  if (!task) return result({ ...found, reason: "empty" });
  if (!deadline.dueAt && !grammar.promiseOpening.test(clause) && !grammar.undatedPromise.test(clause) && !owner) {
    return result({ ...found, reason: "no_date" });
  }
  return result({ ...found, isCommitment: true });
}

/** The clause with the promise: "Som vi pratade om igår: jag skickar avtalet" → "jag skickar avtalet". */
function mainClause(text: string, grammar: CommitmentGrammar): string {
  const clauses = text
    .split(/(?<=[.!?:;])\s+|\s+[–—-]\s+/u)
    .map((c) => c.trim())
    .filter((c) => /\p{L}/u.test(c));
  return clauses.find((c) => grammar.promiseOpening.test(c) && !grammar.pastTense.test(c)) ?? clauses[0] ?? "";
}

function taskAndCustomer(clause: string, grammar: CommitmentGrammar): { task: string | null; customer: string | null } {
  let words = clause.replace(/[.!?;:,\s]+$/u, "");
  const opening = grammar.promiseOpening.exec(words);
  if (opening && opening[0].length > 0) {
    words = words.slice(opening[0].length);
  }
  // The first word is the promised verb: write it in the infinitive. After a fronted date
  // Swedish puts the subject after the verb ("på fredag skickar jag"): drop it there.
  const [verb, ...tail] = words.split(" ");
  if (tail.length > 0 && /^(jag|vi|I|we)$/iu.test(tail[0])) tail.shift();
  words = [grammar.toInfinitive(verb ?? ""), ...tail].join(" ");

  let customer: string | null = null;
  const named = grammar.customer.exec(words);
  if (named) {
    customer = named[1].replace(/[.,]+$/, "");
    words = `${words.slice(0, named.index)} ${words.slice(named.index + named[0].length)}`;
  }
  let task = words.replace(/\s+/g, " ").trim();
  for (let i = 0; i < 3; i++) task = task.replace(grammar.dangling, "").trim();
  task = task.replace(/^[,:;\s-]+|[,:;\s-]+$/gu, "");
  return { task: task === "" ? null : task, customer };
}
