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
  /** The one promised getting a thing: "att de får …", "they'd have …": then it is "ge"/"give" it. */
  theyGet: RegExp;
  /** The one promised being let do something: "att de får testa …", "they'd get to try …": then it is "låta"/"let" them. */
  theyMay: RegExp;
  /** "låta", "let". */
  let: string;
  /** A pronoun for the thing: "den", "det", "it" (given "to" the one promised, not before it). */
  it: RegExp;
  /** Someone named getting or having a thing: "att Scania får …", "that Acme gets …" (group 1, from the name on). */
  someoneGets: RegExp;
  /** The speaker again, promising in their own words: "att jag skickar …" (only after "att"/"that"). */
  selfAgain: RegExp;
  /** "se till att", "make sure": for a promise that someone else gets something. */
  makeSure: string;
  /** What starts a thing promised ("en offert", "a quote"): only then is it "ge"/"give" it. */
  thing: RegExp;
  /** What starts the task after "att"/"to": a verb ("ringa", "skicka", "ge"); "att offerten kommer" is no task. */
  verb: RegExp;
  /** Verbs that take the one promised as their object: "ringa Volvo", not "ringa till Volvo". */
  contact: RegExp;
  /** A clause that already says whom it is for ("… till Scania"): the one promised is not added. */
  namesOther: RegExp;
}

/** `text` said as the promise it reports, or as it is when it reports nothing this reading is sure of. */
export function promisedTo(text: string, words: PromisedToWords, recording: boolean): string {
  const plan = recording ? words.plan.exec(text) : null;
  if (plan) return `${plan[1]} ${words.future} ${text.slice(plan[0].length)}`;
  const report = words.report.exec(text);
  if (!report) return text;
  const [whole, speaker, recipient, toDo] = report;
  const rest = text.slice(whole.length);
  const promise = (task: string) => `${speaker} ${words.future} ${task}`;
  // "lovat Bravida att de får svar i morgon" → "ge Bravida svar i morgon"; "… have it by Friday" → "give it to Acme by Friday".
  const gets = recipient ? words.theyGet.exec(rest) : null;
  if (gets) {
    const thing = rest.slice(gets[0].length);
    const it = words.it.exec(thing);
    return promise(
      it ? `${words.give} ${it[0]} ${words.to} ${recipient}${thing.slice(it[0].length)}` : `${words.give} ${recipient} ${thing}`,
    );
  }
  // "lovat Bravida att de får testa betan" → "låta Bravida testa betan".
  const may = recipient ? words.theyMay.exec(rest) : null;
  if (may) return promise(`${words.let} ${recipient} ${rest.slice(may[0].length)}`);
  // "jag lovar att Scania får rapporten" → "jag ska se till att Scania får rapporten".
  const someone = words.someoneGets.exec(rest);
  if (someone) return promise(`${words.makeSure} ${rest.slice(someone.index + someone[0].length - someone[1].length)}`);
  // "jag sa att jag skickar den på fredag": the promise as said.
  if (toDo && words.selfAgain.test(rest)) return rest;
  // A thing promised to someone: "lovat Scania en offert" → "ge Scania en offert".
  if (!toDo) return recipient && words.thing.test(rest) ? promise(`${words.give} ${recipient} ${rest}`) : text;
  if (!words.verb.test(rest)) return text;
  // A colleague promised ("jag lovade Anna att …") is no customer.
  const name = recipient && !words.nobody.test(recipient) && !FIRST_NAMES.has(fold(recipient.split(" ")[0])) ? recipient : null;
  if (!name) return promise(rest);
  const end = rest.search(/[,.;!?\n]/u);
  const clause = end < 0 ? rest : rest.slice(0, end);
  const after = end < 0 ? "" : rest.slice(end);
  // "ringa dem" → "ringa Volvo".
  const them = new RegExp(`(?<![\\p{L}])(?:${words.them.source})(?![\\p{L}])`, "iu");
  if (them.test(clause)) return promise(`${clause.replace(them, name)}${after}`);
  if (words.namesOther.test(clause)) return promise(rest);
  // "ringa på fredag" → "ringa Volvo på fredag"; otherwise "skicka offerten på fredag till Volvo".
  const verb = /^\S+/u.exec(clause)?.[0] ?? "";
  if (words.contact.test(verb)) return promise(`${verb} ${name}${clause.slice(verb.length)}${after}`);
  return promise(`${clause.trimEnd()} ${words.to} ${name}${after}`);
}
