import { formatClock, parseClock } from "../domain/zoned-time.js";
import { LANGUAGES } from "./index.js";
import { fold } from "./match-text.js";
import type { CommandWords } from "./pack.js";
import { withinOneEdit } from "./typos.js";

/**
 * What someone asks of `/lofte …` or `/promise …`: a subcommand, or a promise to record. The
 * words of every language are understood in either command ("/lofte list" works). Pure.
 */
export type Command =
  | { kind: "help" }
  | { kind: "settings" }
  | { kind: "export" }
  | { kind: "list"; list: "mine" | "team" }
  /** `lista <@anna>`, `lista Anna`: a colleague's open promises. */
  | { kind: "person"; userId: string | null; name: string }
  | { kind: "customer"; customer: string | null }
  | DigestCommand
  | SuggestionsCommand
  /** A subcommand with words after it that Lofte does not understand: its usage line. */
  | { kind: "usage"; of: "list" | "export" }
  /** One word a letter away from a subcommand ("lsita", "instälningar"): asked about, not recorded. */
  | { kind: "mistyped"; typed: string }
  | { kind: "promise"; text: string };

export type DigestCommand =
  | { kind: "digest"; action: "now" }
  | { kind: "digest"; action: "on"; weekday: number | undefined; time: string | undefined }
  | { kind: "digest"; action: "off" }
  | { kind: "digest"; action: "usage" };

export type SuggestionsCommand = { kind: "suggestions"; action: "on" | "off" | "usage" };

/** Help also answers an empty command and the usual flags. */
const HELP = ["", "?", "-h", "--help"];

const words = (pick: (c: CommandWords) => readonly string[]) => new Set(Object.values(LANGUAGES).flatMap((l) => pick(l.commands)));
const WORDS = {
  help: new Set([...HELP, ...words((c) => c.help)]),
  settings: words((c) => c.settings),
  export: words((c) => c.export),
  list: words((c) => c.list),
  team: words((c) => c.team),
  all: words((c) => c.all),
  listFiller: words((c) => c.listFiller),
  customer: words((c) => c.customer),
  digest: words((c) => c.digest),
  suggestions: words((c) => c.suggestions),
  on: words((c) => c.on),
  off: words((c) => c.off),
  now: words((c) => c.now),
};
/** Every subcommand's word, in every language, for telling "lsita" from a promise. */
const SUBCOMMANDS = new Set(
  [WORDS.help, WORDS.settings, WORDS.export, WORDS.list, WORDS.team, WORDS.customer, WORDS.digest, WORDS.suggestions].flatMap((set) => [
    ...set,
  ]),
);
/** A letter away (missing, extra, wrong, two swapped) from a subcommand word of five letters or more, with its first letter right. */
function mistyped(word: string): boolean {
  return [...SUBCOMMANDS].some((command) => command.length >= 5 && command[0] === word[0] && withinOneEdit(word, command));
}

const WEEKDAYS: Record<string, number> = Object.assign({}, ...Object.values(LANGUAGES).map((l) => l.commands.weekdays));

/** A Slack mention as a command's argument: "<@U0ANNA>" or "<@U0ANNA|anna>". */
const MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;
/** A person's name after `lista`: one to three words, no digits ("Anna", "Anna Berg", "@anna.berg"). */
const NAME = /^@?[\p{L}][\p{L}.'’-]*(?:\s+[\p{L}][\p{L}.'’-]*){0,2}$/u;

export function readCommand(text: string): Command {
  // "export!", "Exportera." : a word's closing stop is no part of it.
  const trimmed = text.trim().replace(/^(\S+)[.!?]+$/u, "$1");
  const whole = fold(trimmed);
  if (WORDS.help.has(whole)) return { kind: "help" };
  if (WORDS.settings.has(whole)) return { kind: "settings" };
  const [firstWord = "", ...rest] = trimmed.split(/\s+/);
  const first = fold(firstWord);
  const args = rest.map(fold);
  if (WORDS.digest.has(first)) return digest(args);
  if (WORDS.export.has(first)) return rest.length === 0 ? { kind: "export" } : { kind: "usage", of: "export" };
  if (WORDS.suggestions.has(first)) return suggestions(args);
  if (WORDS.list.has(first) || WORDS.team.has(first)) return list(WORDS.team.has(first) ? "team" : "mine", rest, trimmed);
  if (WORDS.customer.has(first)) return { kind: "customer", customer: rest.join(" ") || null };
  if (rest.length === 0 && mistyped(first)) return { kind: "mistyped", typed: trimmed };
  return { kind: "promise", text: trimmed };
}

/**
 * `lista`, `team`, and what may follow: `alla`/`team` (the channel's), `mina`, a mention or a
 * name (a colleague's). More than a few words is a promise that starts with the word
 * ("Lista priserna till Acme på fredag"); anything else gets the usage line.
 */
function list(plain: "mine" | "team", words: string[], typed: string): Command {
  const rest = words.filter((w) => !WORDS.listFiller.has(fold(w)));
  if (rest.length === 0) return { kind: "list", list: plain };
  const joined = rest.join(" ");
  const folded = rest.map(fold);
  if (folded.length === 1 && (WORDS.all.has(folded[0]) || WORDS.team.has(folded[0]))) return { kind: "list", list: "team" };
  const mention = MENTION.exec(joined);
  if (mention) return { kind: "person", userId: mention[1], name: joined };
  if (words.length > 3) return { kind: "promise", text: typed };
  if (NAME.test(joined)) return { kind: "person", userId: null, name: joined.replace(/^@/, "") };
  return { kind: "usage", of: "list" };
}

/** `digest på [måndag 09:00]`, `av`, `nu`; anything else gets the usage line. */
function digest(args: string[]): DigestCommand {
  const [what = "", ...rest] = args;
  if (WORDS.now.has(what) && rest.length === 0) return { kind: "digest", action: "now" };
  if (WORDS.off.has(what) && rest.length === 0) return { kind: "digest", action: "off" };
  if (!WORDS.on.has(what)) return { kind: "digest", action: "usage" };
  const weekdayOf = (word: string) => WEEKDAYS[word.replace(/ar$|s$/, "")];
  const clockOf = (word: string) => parseClock(word.replace(".", ":"));
  if (rest.some((w) => weekdayOf(w) === undefined && clockOf(w) === null)) return { kind: "digest", action: "usage" };
  const weekday = rest.map(weekdayOf).find((d) => d !== undefined);
  const time = rest.map(clockOf).find((c) => c !== null);
  return { kind: "digest", action: "on", weekday, time: time ? formatClock(time) : undefined };
}

/** `förslag på|av`. */
function suggestions(args: string[]): SuggestionsCommand {
  if (args.length === 1 && WORDS.on.has(args[0])) return { kind: "suggestions", action: "on" };
  if (args.length === 1 && WORDS.off.has(args[0])) return { kind: "suggestions", action: "off" };
  return { kind: "suggestions", action: "usage" };
}
