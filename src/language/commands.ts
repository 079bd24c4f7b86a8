import { formatClock, parseClock } from "../domain/zoned-time.js";
import { LANGUAGES } from "./index.js";
import { fold } from "./match-text.js";
import type { CommandWords } from "./pack.js";

/**
 * What someone asks of `/lofte …` or `/promise …`: a subcommand, or a promise to record. The
 * words of every language are understood in either command ("/lofte list" works). Pure.
 */
export type Command =
  | { kind: "help" }
  | { kind: "settings" }
  | { kind: "export" }
  | { kind: "list"; list: "mine" | "team" }
  | { kind: "customer"; customer: string | null }
  | DigestCommand
  | SuggestionsCommand
  | { kind: "promise"; text: string };

/** `changing`: words were given, so a team setting was asked to change (admins and leads only). */
export type DigestCommand =
  | { kind: "digest"; action: "now" }
  | { kind: "digest"; action: "on"; weekday: number | undefined; time: string | undefined; changing: true }
  | { kind: "digest"; action: "off"; changing: true }
  | { kind: "digest"; action: "usage"; changing: boolean };

export type SuggestionsCommand = { kind: "suggestions"; action: "on" | "off" | "usage"; changing: boolean };

/** Help also answers an empty command and the usual flags. */
const HELP = ["", "?", "-h", "--help"];

const words = (pick: (c: CommandWords) => readonly string[]) => new Set(Object.values(LANGUAGES).flatMap((l) => pick(l.commands)));
const WORDS = {
  help: new Set([...HELP, ...words((c) => c.help)]),
  settings: words((c) => c.settings),
  export: words((c) => c.export),
  list: words((c) => c.list),
  team: words((c) => c.team),
  customer: words((c) => c.customer),
  digest: words((c) => c.digest),
  suggestions: words((c) => c.suggestions),
  on: words((c) => c.on),
  off: words((c) => c.off),
  now: words((c) => c.now),
};
const WEEKDAYS: Record<string, number> = Object.assign({}, ...Object.values(LANGUAGES).map((l) => l.commands.weekdays));

export function readCommand(text: string): Command {
  const trimmed = text.trim();
  const whole = fold(trimmed);
  if (WORDS.help.has(whole)) return { kind: "help" };
  if (WORDS.settings.has(whole)) return { kind: "settings" };
  const [firstWord = "", ...rest] = trimmed.split(/\s+/);
  const first = fold(firstWord);
  const args = rest.map(fold);
  if (WORDS.digest.has(first)) return digest(args);
  if (WORDS.export.has(whole)) return { kind: "export" };
  if (WORDS.suggestions.has(first)) return suggestions(args);
  if (WORDS.list.has(first) && rest.length === 0) return { kind: "list", list: "mine" };
  if (WORDS.team.has(first) && rest.length === 0) return { kind: "list", list: "team" };
  if (WORDS.customer.has(first)) return { kind: "customer", customer: rest.join(" ") || null };
  return { kind: "promise", text: trimmed };
}

/** `digest på [måndag 09:00]`, `av`, `nu`. */
function digest(args: string[]): DigestCommand {
  const [what = "", ...rest] = args;
  if (WORDS.now.has(what)) return { kind: "digest", action: "now" };
  if (WORDS.off.has(what)) return { kind: "digest", action: "off", changing: true };
  if (!WORDS.on.has(what)) return { kind: "digest", action: "usage", changing: args.length > 0 };
  const weekdayOf = (word: string) => WEEKDAYS[word.replace(/ar$|s$/, "")];
  const clockOf = (word: string) => parseClock(word.replace(".", ":"));
  if (rest.some((w) => weekdayOf(w) === undefined && clockOf(w) === null)) return { kind: "digest", action: "usage", changing: true };
  const weekday = rest.map(weekdayOf).find((d) => d !== undefined);
  const time = rest.map(clockOf).find((c) => c !== null);
  return {
    kind: "digest",
    action: "on",
    weekday,
    time: time ? formatClock(time) : undefined,
    changing: true,
  };
}

/** `förslag på|av`. */
function suggestions(args: string[]): SuggestionsCommand {
  const changing = args.length > 0;
  if (args.length === 1 && WORDS.on.has(args[0])) return { kind: "suggestions", action: "on", changing };
  if (args.length === 1 && WORDS.off.has(args[0])) return { kind: "suggestions", action: "off", changing };
  return { kind: "suggestions", action: "usage", changing };
}
