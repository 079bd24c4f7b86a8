import { FIRST_NAMES } from "./first-names.js";
import { fold } from "./match-text.js";

/**
 * A promise reported rather than made: "jag lovade Volvo att ringa på fredag", "vi har lovat
 * Scania en offert till fredag", "I promised Acme I'd call them Friday". Said the way the rest
 * of the parser reads a promise ("jag ska ringa Volvo på fredag", "vi ska ge Scania en offert
 * till fredag", "I will call Acme Friday"): the one promised becomes the customer, in place of a
 * pronoun that meant them ("ringa dem" → "ringa Volvo") or after the task ("… till Volvo").
 * When the speaker is recording on purpose, a plan counts too ("jag tänkte ringa Scania"). Pure.
 */
export interface PromisedToWords {
  /**
   * The report, at the start: (1) the speaker, (2) who was promised (a name or a pronoun; absent
   * in "jag lovade att …"), (3) "att"/"to"/"I'd" when a task follows, none before a thing promised.
   */
  report: RegExp;
  /** A plan, taken as a promise only when recording: "jag tänkte", "I was going to"; (1) the speaker. */
  plan: RegExp;
  /** The future after the speaker: "ska", "will". */
  future: string;
  /** The verb for a thing promised: "ge" ("ge Scania en offert"), "give". */
  give: string;
  /** What names the customer after a task: "till", "to". */
  to: string;
  /** Pronouns that mean the one promised, replaced by their name ("dem", "er"; "them", "you"). */
  them: RegExp;
  /** Who was promised, when it is no name: "dem", "kunden", "them", "the customer". */
  nobody: RegExp;
}

export function promisedTo(text: string, words: PromisedToWords, recording: boolean): string {
  const plan = recording ? words.plan.exec(text) : null;
  if (plan) return `${plan[1]} ${words.future} ${text.slice(plan[0].length)}`;
  const report = words.report.exec(text);
  if (!report) return text;
  const [whole, speaker, recipient, toDo] = report;
  const rest = text.slice(whole.length);
  // A colleague promised ("jag lovade Anna att …") is no customer.
  const name = recipient && !words.nobody.test(recipient) && !FIRST_NAMES.has(fold(recipient.split(" ")[0])) ? recipient : null;
  // A thing promised to someone: "lovat Scania en offert" → "ge Scania en offert".
  if (!toDo) return recipient ? `${speaker} ${words.future} ${words.give} ${recipient} ${rest}` : text;
  if (!name) return `${speaker} ${words.future} ${rest}`;
  // "ringa dem" → "ringa Volvo"; otherwise "… till Volvo" at the end of the promise's own clause.
  const them = new RegExp(`(?<![\\p{L}])(?:${words.them.source})(?![\\p{L}])`, "iu");
  if (them.test(rest.split(/[,.;!?\n]/u)[0] ?? "")) return `${speaker} ${words.future} ${rest.replace(them, name)}`;
  const end = rest.search(/[,.;!?\n]/u);
  const clause = end < 0 ? rest : rest.slice(0, end);
  return `${speaker} ${words.future} ${clause.trimEnd()} ${words.to} ${name}${end < 0 ? "" : rest.slice(end)}`;
}
