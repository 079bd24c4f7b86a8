/**
 * English verbs of everyday sales and delivery work, so Lofte can tell "sending" (a promise)
 * from "send" at the start (a request) and "sent" (done), and write the task with the base
 * form ("sending the deck" → "send the deck").
 */

const BASE = `send call email e-mail mail ping review update check fix book schedule reschedule prepare share follow get put set
write draft create make take give have do sort look confirm invoice sign submit upload download deploy release test present
demo reach reply respond contact meet visit organise organize arrange order pay migrate install configure merge push publish
post finalize finalise complete compile summarize summarise forward loop circle touch ship deliver finish close open start run
chase ring text message remind notify inform tell ask talk speak discuss go come bring collect gather edit revise proofread
approve escalate investigate research analyse analyze calculate quote price estimate plan clean move change cancel wrap kick
sync align draw add remove clarify double-check verify handle build design set up walk hand drop swing pop shoot grab find
provide return resend renew extend negotiate offer propose outline recap brief train onboard debug patch resolve reply`;

const IRREGULAR_PAST: Record<string, string> = {
  sent: "send",
  wrote: "write",
  written: "write",
  gave: "give",
  given: "give",
  took: "take",
  taken: "take",
  did: "do",
  done: "do",
  made: "make",
  spoke: "speak",
  spoken: "speak",
  met: "meet",
  got: "get",
  gotten: "get",
  had: "have",
  told: "tell",
  brought: "bring",
  bought: "buy",
  paid: "pay",
  sold: "sell",
  left: "leave",
  found: "find",
  thought: "think",
  went: "go",
  gone: "go",
  came: "come",
  saw: "see",
  seen: "see",
  rang: "ring",
  began: "begin",
  built: "build",
  caught: "catch",
  chose: "choose",
  drew: "draw",
  drove: "drive",
  heard: "hear",
  held: "hold",
  kept: "keep",
  knew: "know",
  led: "lead",
  lost: "lose",
  ran: "run",
  spent: "spend",
  stood: "stand",
  taught: "teach",
  understood: "understand",
  won: "win",
  was: "be",
  were: "be",
};

const base = new Set(BASE.split(/\s+/).filter((w) => w !== ""));
/** Words ending in -ed or -ing that are not past verbs or gerunds at the start of a message. */
const NOT_FORMS = new Set([
  "need",
  "seed",
  "speed",
  "feed",
  "bed",
  "red",
  "shed",
  "wed",
  "ted",
  "thing",
  "morning",
  "evening",
  "spring",
  "king",
  "ring",
  "bring",
  "sing",
  "string",
  "nothing",
  "something",
  "anything",
  "everything",
  "during",
  "meeting",
]);

/** The base form of "sending", "sends", "fixes" ("send", "fix"); other words as they are. */
export function englishBase(verb: string): string {
  const lower = verb.toLowerCase();
  if (base.has(lower) || NOT_FORMS.has(lower)) return verb;
  if (lower.endsWith("ing") && lower.length > 5) {
    const stem = lower.slice(0, -3);
    for (const candidate of [stem, `${stem}e`, stem.slice(0, -1)]) if (base.has(candidate)) return candidate;
    return /(.)\1$/.test(stem) && !/(?:ll|ss)$/.test(stem) ? stem.slice(0, -1) : stem;
  }
  if (lower.endsWith("ies") && base.has(`${lower.slice(0, -3)}y`)) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith("es") && base.has(lower.slice(0, -2))) return lower.slice(0, -2);
  if (lower.endsWith("s") && base.has(lower.slice(0, -1))) return lower.slice(0, -1);
  return verb;
}

/** A base verb at the start of a sentence is an imperative: "Send the deck". Lower-case input. */
export function isEnglishBase(word: string): boolean {
  return base.has(word);
}

/** "sending", "following": a promise when it opens a message. Lower-case input. */
export function isEnglishGerund(word: string): boolean {
  return word.length > 5 && word.endsWith("ing") && !NOT_FORMS.has(word);
}

/** "sent", "called", "emailed". Lower-case input. */
export function isEnglishPast(word: string): boolean {
  if (IRREGULAR_PAST[word]) return true;
  return word.length > 4 && word.endsWith("ed") && !NOT_FORMS.has(word);
}

/** "sends", "is", "has": a verb after a third person ("Acme sends"). Lower-case input. */
export function isEnglishThirdPerson(word: string): boolean {
  return (
    /^(?:is|are|was|were|has|have|had|will|'ll|can|could|should|would|do|does|did|wants|needs|moved|must|might|may)$/.test(word) ||
    (word.endsWith("s") && base.has(word.replace(/e?s$/, ""))) ||
    isEnglishPast(word)
  );
}
