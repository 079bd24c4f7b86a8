import type { WorkWeek } from "../domain/calendar.js";
import { MAX_TASK_LENGTH } from "../domain/commitment.js";
import { SWEDISH_RED_DAYS } from "../domain/holidays.js";
import type { LocalDate } from "../domain/zoned-time.js";
import { type Clause, presentWithS, splitClauses } from "./clauses.js";
import type { Clock } from "./deadline-rules.js";
import { chooseDeadline, type DeadlineOptions, type DeadlineSearch, type PhraseMatch, phrasesIn, type Span } from "./find-deadline.js";
import { FIRST_NAMES } from "./first-names.js";
import type { CommitmentGrammar } from "./grammar.js";
import { detectLanguage, LANGUAGES, speak } from "./index.js";
import { fold } from "./match-text.js";
import type { Language } from "./pack.js";
import { promisedTo } from "./promised-to.js";
import { type ClauseKind, clauseWords, readClause } from "./read-clause.js";
import { leadingMention, plainText, sharedMentions } from "./slack-markup.js";
import { taskAndCustomer } from "./task.js";
import { singleSpaced } from "./word-pattern.js";

/**
 * parseCommitment: text + now + time zone → who promises what, to which customer, by when.
 * The one entry point for every surface (slash commands, the edit modal, shortcuts,
 * suggestions). Pure: the clock and the zone are inputs.
 *
 * The message is read in clauses. The first clause that promises decides: its deadline
 * phrases win over the rest of the message, and its words give the task. Without such a
 * clause, a request, question, past event or piece of information is not a promise; a bare
 * note with a future deadline ("Offerten till Acme fredag") is.
 */

export type NotCommitmentReason = "empty" | "question" | "request" | "information" | "absence" | "past" | "no_date";

export interface ParseOptions {
  now: Date;
  timeZone: string;
  /** The language to assume when the text does not tell (the command's or the user's). */
  language?: Language;
  defaultTime?: Clock;
  /** The working weekdays and red days (default: Monday to Friday, Sweden's red days). */
  workWeek?: WorkWeek;
  /**
   * The speaker is recording a promise on purpose (/lofte, "Track as promise"): an order or a
   * bare verb ("Skicka offerten fredag") is then their own note, not a request to someone else.
   * Questions, explicit requests ("Kan du …?"), the past and information are still refused.
   */
  recording?: boolean;
}

export interface ParsedCommitment {
  isCommitment: boolean;
  /** Why it is not a commitment (null when it is one). */
  reason: NotCommitmentReason | null;
  /** The Slack user id the promise is made for, when a message starts by mentioning one; null means the speaker. */
  owner: string | null;
  /**
   * A colleague named without a mention as the one who promises ("Erik skickar offerten på
   * fredag", "Tom will send…"): matched against the workspace's members by the app. Set also
   * when the name is not a common first name ("Acme skickar…"): then the reading is not a
   * promise (information) unless a member turns out to be called so.
   */
  ownerName: string | null;
  /** What is promised, in clean words: "skicka offerten". */
  task: string | null;
  customer: string | null;
  /** What is promised as the person put it, the customer included: "skicka offerten till Acme". */
  said: string | null;
  dueAt: Date | null;
  hasTime: boolean;
  /** The words that gave the deadline, as written. */
  datePhrase: string | null;
  /** The text names a time, but only one that has passed. */
  deadlineInPast: boolean;
  /**
   * "kl 25", "13pm" (a time), "31 februari" (a date): the promise names a time or a date that
   * cannot exist, as written; `dueAt` is then null (asked for).
   */
  impossible: { written: string; what: "time" | "date" } | null;
  /** A repeating promise's rule ("varje fredag"): an RFC 5545 RRULE without DTSTART, counted from `dueAt`; null for a one-off. */
  repeats: string | null;
  /**
   * Other promises in the same message, each with a deadline of its own ("…på fredag, Anna
   * ringer dem på måndag"; a second line), as written: never merged into this one, offered to
   * record on their own.
   */
  others: string[];
  /** "om två veckor" landed on this day off (a weekend or a red day): `dueAt` is the nearest working day (before, unless that is today). */
  movedFrom: LocalDate | null;
  language: Language;
}

export const DEFAULT_DEADLINE_TIME: Clock = { hour: 17, minute: 0 };
export const DEFAULT_WORK_WEEK: WorkWeek = { days: [1, 2, 3, 4, 5], redDays: SWEDISH_RED_DAYS };
/** When no clause promises, the reason to give, strongest first. */
const REASONS: ClauseKind[] = ["absence", "request", "question", "past", "information"];

export function parseCommitment(text: string, options: ParseOptions): ParsedCommitment {
  const mention = leadingMention(text);
  // "<@A> och <@B> skickar offerten": A's promise, and B's the same words, offered on their own.
  const shared = mention ? sharedMentions(mention.rest) : { userIds: [], rest: "" };
  const ownWords = mention ? shared.rest : text;
  // "påminn mig att ringa Acme i morgon", "TODO: call Volvo Friday": the promise is what follows.
  const written = plainText(ownWords);
  const note = selfNoteLength(written, options.recording === true);
  const unwrapped = written.slice(note).trim();
  // "Erik skickar offerten på fredag": Erik's promise; the rest reads as a promise without a subject.
  // The language is told by the whole text; a name at its start does not change it.
  const language = detectLanguage(unwrapped, options.language ?? "sv");
  // "Supporten fixar …", "Vi på ekonomi skickar …", "Support will fix …": our team promises, as "vi" would.
  const { grammar } = speak(language);
  // "Jag lovade Volvo att ringa på fredag": a promise reported is read as one made.
  const ours = mention
    ? unwrapped
    : promisedTo(unwrapped.replace(grammar.ourTeam, grammar.we), grammar.promisedTo, options.recording === true);
  // "@anna skickar …" typed as plain text (Slack did not make it a mention), or a user group: someone to look up.
  const ownerName = mention ? null : (atName(ours, language) ?? namedSubject(ours, language));
  const plain = ownerName ? ours.slice(ownerName.length).trim() : ours;
  const base: ParsedCommitment = {
    isCommitment: false,
    reason: null,
    owner: mention?.userId ?? null,
    ownerName: null,
    task: null,
    customer: null,
    said: null,
    dueAt: null,
    hasTime: false,
    datePhrase: null,
    deadlineInPast: false,
    impossible: null,
    repeats: null,
    movedFrom: null,
    others: [],
    language,
  };
  if (plain === "") return { ...base, reason: "empty" };
  if (BOT_NOTICE.test(plain)) return { ...base, reason: "information" };

  const deadlineOptions: DeadlineOptions = {
    now: options.now,
    timeZone: options.timeZone,
    language,
    defaultTime: options.defaultTime ?? DEFAULT_DEADLINE_TIME,
    workWeek: options.workWeek ?? DEFAULT_WORK_WEEK,
  };
  const found = phrasesIn(plain, deadlineOptions);
  const blanked = blank(fold(plain), found);
  const clauses = splitClauses(blanked, grammar);
  const phrases = found.map(
    (p) =>
      ruledOut(blanked, p, grammar) ??
      (!p.meaning.past && saidOfThePast(blanked, p, clauses, grammar) ? { ...p, meaning: { past: true as const } } : p),
  );
  const words = clauses.map((clause) => clauseWords(blanked, clause, grammar));
  const unblanked = fold(plain);
  const kinds: ClauseKind[] = [];
  clauses.forEach((clause, i) => {
    // A deadline phrase opened the clause when blanking it changed the first word (its verb then comes second in Swedish).
    const frontedTime = grammar.verbSecond && firstWord(words[i]) !== firstWord(clauseWords(unblanked, clause, grammar));
    // A condition ("om vi får underlaget idag") promises nothing itself.
    const kind = clause.subordinate
      ? "neutral"
      : readClause(words[i], grammar, clause.joined ? kinds[i - 1] : undefined, frontedTime || clause.inverted === true);
    const order = kind === "request" && !grammar.request.test(words[i]);
    // A note to oneself is one's own promise, however its verb is written ("ringa Acme").
    const ownNote = note > 0 && i === 0 && (order || kind === "neutral" || kind === "information");
    // "Klart till fredag!", "Done by end of week": done, by a time still ahead, is a promise.
    // "Contract done Friday", "Deck ready by Monday": a thing done by then, as a note.
    const doneBy =
      ((kind === "past" && isDoneAlone(words[i])) || ((kind === "past" || kind === "information") && isDoneNote(words[i]))) &&
      phrases.some((p) => !p.meaning.past && within(p, clause));
    // "Telenor kommer (hit) på fredag" is news of a visit; "Offerten kommer", "Acme kommer få offerten" are ours to see to.
    const written = plain.slice(clause.index, clause.index + clause.length);
    const newsOfName = kind === "promise" && ARRIVES.test(words[i]) && keepsCapital(firstWord(written.trim()), language);
    // "We're done for today", "Jag är klar för idag": the day's work is over, nothing promised.
    if (newsOfName || DONE_FOR_THE_DAY.test(fold(written))) kinds.push("information");
    else kinds.push((options.recording && order) || ownNote || doneBy ? "promise" : kind);
  });

  // "Jag försöker men lovar inget": a retraction anywhere takes the promise back.
  const retracted = grammar.retraction.test(blanked);
  const at = retracted ? -1 : promiseWithDeadline(clauses, kinds, phrases);
  const region = at >= 0 ? promiseRegion(clauses, kinds, at) : { index: 0, length: plain.length };
  const deadline = chooseDeadline(plain, phrases, deadlineOptions, at >= 0 ? region : undefined);
  const reading = {
    dueAt: deadline.dueAt,
    hasTime: deadline.hasTime,
    datePhrase: deadline.phrase,
    repeats: deadline.repeats ?? null,
    movedFrom: deadline.movedFrom ?? null,
  };
  const read = taskAndCustomer(plain, standsFor(blanked, region, grammar) ?? region, phrases, grammar);
  // A bare "Klart!" with a deadline promises to have it done: say so in words.
  const { task, customer, said } =
    at < 0
      ? read
      : isDoneAlone(words[at])
        ? { ...read, task: grammar.doneTask, said: grammar.doneTask }
        : grammar.passive.test(words[at])
          ? makeSure(read, grammar.makeSure, firstWord(plain), language)
          : read;
  // "<@U1>: jag skickar …" is addressed to U1; the speaker promises.
  const speakerFirst = at >= 0 && grammar.speaker.test(firstWord(words[at]));
  const owner = speakerFirst ? null : base.owner;
  const linked = withLinks(ownWords, bareVerbTakesIt({ task, said }, language, grammar.doneTask));
  // "<@A> och <@B> skickar …": B's promise is the same words; "<@A> <@B> jag skickar …" is only addressed to them.
  const promised = plain.slice(region.index, region.index + region.length).trim();
  const sharedBy = owner ? shared.userIds.map((id) => `<@${id}> ${promised}`) : [];
  const others = at >= 0 ? [...sharedBy, ...otherPromises(plain, clauses, kinds, phrases, region, language)] : [];
  const result = { ...base, ...reading, ...linked, customer, owner, ownerName: at >= 0 ? ownerName : null, others };

  if (at < 0) {
    const reason = (retracted ? "information" : REASONS.find((kind) => kinds.includes(kind))) as NotCommitmentReason | undefined;
    if (reason) return { ...result, reason };
    // "Offerten till Acme asap": a note with a promise word and no date asks for a deadline.
    if (!deadline.dueAt && !grammar.undated.test(blanked)) return pastOr(result, deadline, "no_date");
  } else if (deadline.onlyPast) {
    return pastOr(result, deadline, "past");
  }
  if (!task) return { ...result, reason: "empty" };
  // "jag ringer Acme kl 25": a time that cannot exist is asked about, never guessed or kept in the task.
  // "Acme skickar avtalet": without Slack's members, only a common first name is taken for a
  // colleague; anything else is news about someone else. The app looks every name up.
  if (ownerName && !ownerName.startsWith("@") && !FIRST_NAMES.has(fold(ownerName))) return { ...result, reason: "information" };
  // "jag ringer Acme kl 25": a promise, but its time cannot exist: asked about, never guessed or kept in the task.
  const impossible = phrases.find((p) => p.meaning.impossible && within(p, region));
  if (impossible?.meaning.impossible) {
    const written = plain.slice(impossible.index, impossible.index + impossible.length).trim();
    return {
      ...result,
      isCommitment: true,
      dueAt: null,
      hasTime: false,
      datePhrase: null,
      impossible: { written, what: impossible.meaning.impossible },
    };
  }
  return { ...result, isCommitment: true };
}

/** A Swedish noun with its article ("offerten", "avtalet", "leveranserna"): a thing, not a name. */
const DEFINITE_NOUN = /(?:en|et|erna|arna|orna|ingen|ionen)$/u;

/**
 * "…, Jake sends them the contract on Friday": a colleague (a common first name) and an English
 * verb in the present tense, in a clause after the speaker's promise. Offered as another
 * promise to save, never taken for the speaker's own.
 */
function colleagueDoes(text: string, language: Language): boolean {
  const match = /^(\p{Lu}\p{Ll}+)\s+(\p{L}+)/u.exec(text);
  if (language !== "en" || !match || !FIRST_NAMES.has(fold(match[1]))) return false;
  const verb = fold(match[2]);
  return presentWithS(verb, speak(language).grammar) && !ENGLISH_STATE_VERBS.test(verb);
}

/** "Tom works from home", "Anna says …", "Erik has …": what someone is or thinks, no promise. */
const ENGLISH_STATE_VERBS =
  /^(?:is|has|was|does|says|thinks|believes|wants|needs|seems|looks|knows|likes|loves|hates|works|lives|feels|hopes|agrees|means|remembers)$/u;

/** Capitalised words that open sentences but name no one. */
const NOT_A_NAME =
  /^(?:jag|vi|du|ni|han|hon|hen|de|dom|man|den|det|detta|kunden|i|we|you|he|she|they|it|this|that|the|our|my|ok|okej|hej|tack|todo|obs|ps)$/u;

/**
 * "inte idag utan på fredag", "not today but Friday": the day ruled out is no deadline, and
 * "inte … utan" goes from the task with it. Null for any other phrase.
 */
function ruledOut(folded: string, phrase: PhraseMatch, grammar: CommitmentGrammar): PhraseMatch | null {
  const before = grammar.ruledOut.before.exec(folded.slice(0, phrase.index));
  const after = grammar.ruledOut.after.exec(folded.slice(phrase.index + phrase.length));
  if (!before || !after) return null;
  const length = before[0].length + phrase.length + after[0].length;
  return { ...phrase, index: phrase.index - before[0].length, length, meaning: { past: true } };
}

/**
 * The colleague a sentence opens with, when it is a name followed by what they will do: "Erik
 * skickar …", "Anna ringer …", "Tom is going to …", "Priya will …". Null otherwise.
 */
function namedSubject(text: string, language: Language): string | null {
  const match = /^(\p{Lu}[\p{Ll}-]+)\s+(\S+)(?:\s+(\S+))?/u.exec(text);
  if (!match) return null;
  const [, name, second, third = ""] = match;
  const first = fold(name);
  const { grammar } = speak(language);
  // Not a pronoun or a word that opens sentences, and not itself a verb ("Skickar offerten…").
  if (NOT_A_NAME.test(first) || grammar.isPresent(first) || grammar.isImperative(first) || grammar.isPast(first)) return null;
  const next = fold(second);
  const after = fold(third);
  if (language === "en") return /^(?:will|shall)$/u.test(next) || (next === "is" && /^(?:going|gonna)$/u.test(after)) ? name : null;
  // "Offerten skickar vi": a fronted object with its own subject after the verb.
  if (grammar.speaker.test(after) || grammar.listener.test(after)) return null;
  // "Leveransen kommer", "Avtalet skickas": a thing (a Swedish noun with its article), not a person.
  if (!FIRST_NAMES.has(first) && (DEFINITE_NOUN.test(first) || grammar.passive.test(fold(text)))) return null;
  const willDo =
    (grammar.isPresent(next) && !/^(?:ar|har|var|blir|kommer|vill|kan|maste|borde|behover|far|ska|skall)$/u.test(next)) ||
    /^(?:ska|skall|tanker|lovar|tar)$/u.test(next) ||
    (next === "kommer" && after === "att");
  return willDo ? name : null;
}

/**
 * "@anna skickar …": a name typed with @ that Slack did not turn into a mention, or a user
 * group ("@sälj"), as the one who promises. Not "@here", nor "@anna jag skickar …" (addressed
 * to Anna; the speaker promises).
 */
function atName(text: string, language: Language): string | null {
  const match = /^(@[\p{L}\p{N}][\p{L}\p{N}._-]*)\s+([\p{L}']+)/u.exec(text);
  if (!match || /^@(?:here|channel|everyone|kanal|alla)$/iu.test(match[1])) return null;
  const { grammar } = speak(language);
  const next = fold(match[2]);
  return grammar.speaker.test(next) || grammar.listener.test(next) ? null : match[1];
}

/**
 * How much of `text` is a note-to-self wrapper, in any language ("TODO: ", "påminn mig att ";
 * when `recording`, also "glöm inte att", "remember to").
 */
function selfNoteLength(text: string, recording: boolean): number {
  const folded = fold(text);
  for (const { grammar } of Object.values(LANGUAGES)) {
    for (const wrapper of recording ? [grammar.selfNote, grammar.ownReminder] : [grammar.selfNote]) {
      const match = wrapper.exec(folded);
      if (match && match[0].length < text.length) return match[0].length;
    }
  }
  return 0;
}

/** The promising clause and the clauses "och"/"and" joins to it that promise too ("… och ringer kunden"). */
function promiseRegion(clauses: readonly Clause[], kinds: readonly ClauseKind[], at: number): Span {
  let end = at;
  while (end + 1 < clauses.length && clauses[end + 1].conjoined && kinds[end + 1] === "promise") end++;
  return { index: clauses[at].index, length: clauses[end].index + clauses[end].length - clauses[at].index };
}

/**
 * "uppdatera <https://acme.my.salesforce.com/006|Opp 006XX>": the parser reads the link's label;
 * the task keeps the link, as "Opp 006XX (https://…)", which Slack shows as a link again.
 */
function withLinks<T extends { task: string | null; said: string | null }>(written: string, read: T): T {
  let { task, said } = read;
  for (const [, url, label] of written.matchAll(/<(https?:\/\/[^|>\s]+)\|([^>]+)>/g)) {
    const shown = plainText(label);
    // A link too long to keep within a task's length is left out, as before: the task stays storable.
    const add = (text: string | null) =>
      text?.includes(shown) && !text.includes(url) && text.length + url.length + 3 <= MAX_TASK_LENGTH
        ? text.replace(shown, `${shown} (${url})`)
        : text;
    task = add(task);
    said = add(said);
  }
  return { ...read, task, said };
}

/**
 * "Will do first thing tomorrow": a bare verb promises to do it ("do it"), not "do"; "We will
 * be done by Friday" promises to have it done, not "done"; "On it, eta 3pm" to do it.
 */
function bareVerbTakesIt<T extends { task: string | null; said: string | null }>(read: T, language: Language, doneTask: string): T {
  const it = (text: string | null) => {
    if (text && /^(?:be\s+)?done$|^(?:vara\s+)?klart?$/iu.test(text)) return doneTask;
    if (text && language === "en" && /^(?:be\s+)?on\s+it$/iu.test(text)) return "do it";
    return text && language === "en" && /^(?:do|fix|handle|sort|check|send|finish|deliver)$/iu.test(text) ? `${text} it` : text;
  };
  return { ...read, task: it(read.task), said: it(read.said) };
}

/** What opens a clause without being part of it: "och Anna ringer …", "and Tom will …". */
const OPENING_CONJUNCTION = /^(?:och|and|men|but|samt|plus|sen|then|so|så)\s+/iu;

/**
 * The clauses outside the promise that promise something of their own, with their own
 * deadline: the speaker's ("Jag ringer Volvo på måndag.") or a named colleague's ("Anna ringer
 * dem på måndag"). As written, without the joining word.
 */
function otherPromises(
  plain: string,
  clauses: readonly Clause[],
  kinds: readonly ClauseKind[],
  phrases: readonly PhraseMatch[],
  region: Span,
  language: Language,
): string[] {
  const others: string[] = [];
  clauses.forEach((clause, i) => {
    if (within(clause, region) || !phrases.some((p) => !p.meaning.past && !p.meaning.impossible && within(p, clause))) return;
    const text = plain
      .slice(clause.index, clause.index + clause.length)
      .trim()
      .replace(OPENING_CONJUNCTION, "")
      .replace(/[\s,.;:!]+$/u, "");
    if (kinds[i] === "promise" || namedSubject(text, language) || colleagueDoes(text, language)) others.push(text);
  });
  return others;
}

/** The first promise that names a time ("Jag fixar det, skickar på fredag"), else the first promise; -1 for none. */
function promiseWithDeadline(clauses: readonly Clause[], kinds: readonly ClauseKind[], phrases: readonly PhraseMatch[]): number {
  let first = -1;
  for (let i = 0; i < clauses.length; i++) {
    if (kinds[i] !== "promise" || (i > 0 && clauses[i].conjoined && kinds[i - 1] === "promise")) continue;
    if (first < 0) first = i;
    const { index, length } = promiseRegion(clauses, kinds, i);
    if (phrases.some((p) => !p.meaning.past && p.index >= index && p.index < index + length)) return i;
  }
  return first;
}

/**
 * "Har inte hunnit ringa Kone än, gör det efter lunch": the task not done yet ("ringa Kone")
 * that a bare "gör det" promised in `region` stands for; null when there is none before it.
 */
function standsFor(blanked: string, region: Span, grammar: CommitmentGrammar): Span | null {
  const words = singleSpaced(blanked.slice(region.index, region.index + region.length).replace(grammar.conjunction, "")).trim();
  const bare = words.replace(/^(?:jag|vi|i'll|we'll|i|we)\s+/u, "").replace(/^(?:ska|skall|kommer\s+att|will)\s+/u, "");
  if (!grammar.proForm.task.test(bare)) return null;
  const before = [...blanked.slice(0, region.index).matchAll(grammar.proForm.notYet)].at(-1);
  const at = before?.indices?.groups?.task;
  return at ? { index: at[0], length: at[1] - at[0] } : null;
}

function pastOr(result: ParsedCommitment, deadline: DeadlineSearch, otherwise: NotCommitmentReason): ParsedCommitment {
  if (deadline.onlyPast) return { ...result, dueAt: null, hasTime: false, reason: "past", deadlineInPast: true };
  return { ...result, reason: otherwise };
}

/** "Offerten kommer" → "se till att offerten kommer": a passive promise in words every frame can carry. */
function makeSure<T extends { task: string | null; said: string | null }>(read: T, prefix: string, written: string, language: Language): T {
  // The subject as written: a name keeps its capital, a noun does not.
  const subject = keepsCapital(written, language) ? written : written.toLowerCase();
  const lower = (text: string | null) => {
    // "Make sure the invoice will be sent" says it already.
    if (!text || fold(text).startsWith(fold(prefix))) return text;
    const words =
      fold(text).startsWith(fold(written)) && written
        ? subject + text.slice(written.length)
        : text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
    return `${prefix} ${words}`;
  };
  return { ...read, task: lower(read.task), said: lower(read.said) };
}

/**
 * "Acme kommer få offerten": a name keeps its capital after "se till att"; a Swedish noun in
 * its definite form ("Offerten", "Underlaget", "Fakturan") is no name and does not.
 */
function keepsCapital(word: string, language: Language): boolean {
  return (
    language === "sv" &&
    /^\p{Lu}/u.test(word) &&
    !/(?:en|et|an|na|arna|erna|orna|ingar|heter|ioner)$/u.test(word) &&
    !NOT_A_NAME.test(fold(word))
  );
}

/** A tool's notice, pasted or posted: "[Jira] …", "[CI] …", "Zendesk: Ticket #4821 …", "Jira: SUP-2211 tilldelad …". */
const BOT_NOTICE =
  /^\s*(?:\[[\p{L}\d .-]+\]|(?:jira|zendesk|github|gitlab|jenkins|ci|pagerduty|opsgenie|hubspot|salesforce|trello|asana|linear|freshdesk|intercom|servicenow|sentry|datadog|confluence)\s*:)/iu;

/** Someone arriving: "Telenor kommer", "… kommer hit", "… kommer förbi" (folded clause words, the day blanked). */
const ARRIVES = /^\S+\s+kommer(?:\s+(?:hit|in|forbi|tillbaka|hem|hit\s+till\s+oss))?$/u;

/** "We're done for today", "Jag är klar för dagen": said when stopping work, not a promise. */
const DONE_FOR_THE_DAY =
  /(?:^|\s)(?:i'?m|i\s+am|we'?re|we\s+are|jag\s+ar|vi\s+ar)\s+(?:done|finished|klar|klara|fardig|fardiga)\s+for\s+(?:today|the\s+day|now|the\s+week|idag|i\s+dag|dagen|nu|veckan)(?:[\s.!,]|$)/u;

/** A clause that is only "done", either language. */
const DONE_ALONE = /^(?:klart|klar|fixat|done|ready|sorted|fixed)$/u;

/** Each word DONE_ALONE accepts contains one of these: a cheap test before the words are split. */
const MAY_BE_DONE = /klar|fixat|done|ready|sorted|fixed/u;

const isDoneAlone = (words: string) => DONE_ALONE.test(words.replace(/[^\p{L}\s]/gu, "").trim());

/** "was done", "will be ready", "vill ha allt klart": a verb before "done" makes it a statement, not a note. */
const VERB_BEFORE_DONE =
  /^(?:was|were|is|are|am|has|have|had|been|be|will|would|shall|should|can|could|must|want|wants|needs|expects|var|blev|har|hade|ska|skulle|kan|kommer|vill|onskar|behover)$/u;

/** "contract done", "the deck ready": a thing (no subject pronoun, no verb before it) and "done". */
function isDoneNote(words: string): boolean {
  if (!MAY_BE_DONE.test(words)) return false;
  const all = words
    .replace(/[^\p{L}\d\s'-]/gu, " ")
    .trim()
    .split(/\s+/u);
  const said = all.slice(0, -1);
  return (
    all.length >= 2 &&
    all.length <= 5 &&
    DONE_ALONE.test(all[all.length - 1]) &&
    !SUBJECT.test(all[0]) &&
    !said.some((w) => VERB_BEFORE_DONE.test(w))
  );
}

const within = (inner: Span, outer: Span) => inner.index >= outer.index && inner.index < outer.index + outer.length;

const SUBJECT = /^(?:jag|vi|du|ni|de|dom|han|hon|hen|man|i|we|you|they|he|she)$/u;

/** "som vi sa i mötet idag", "we discussed on Monday": a time in a clause about the past. */
function saidOfThePast(blanked: string, phrase: Span, clauses: readonly Clause[], grammar: CommitmentGrammar): boolean {
  const clause = clauses.find((c) => phrase.index >= c.index && phrase.index < c.index + c.length);
  const before = blanked.slice(clause?.index ?? 0, phrase.index).match(/[\p{L}']+/gu) ?? [];
  const recent = before.slice(-5);
  return recent.some((word, i) => i > 0 && SUBJECT.test(recent[i - 1]) && grammar.isPast(word) && !grammar.isPresent(word));
}

/** `folded` with every deadline phrase blanked out, so clauses read "skickar jag offerten". */
function blank(folded: string, phrases: readonly Span[]): string {
  let out = folded;
  for (const p of phrases) out = out.slice(0, p.index) + " ".repeat(p.length) + out.slice(p.index + p.length);
  return out;
}

function firstWord(words: string): string {
  return /^[\p{L}'’]+/u.exec(words)?.[0] ?? "";
}
