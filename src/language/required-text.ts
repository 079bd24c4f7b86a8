import { type AST, RegExpParser } from "@eslint-community/regexpp";
import { escapeRegExp } from "./word-pattern.js";

/**
 * A cheap test run before a message's deadline rules: which of them can match it at all. Every
 * match of a rule contains one of a few strings ("fredag", "tisdag", … for a weekday rule; a
 * digit for a clock time), and one pass over the message finds which of all the rules' strings
 * it holds. Most rules cannot match most messages, and that pass is far cheaper than running
 * each large Unicode pattern over the whole message. The strings are read off each pattern's
 * syntax tree (regexpp parses JavaScript's full pattern syntax), so they follow the rules as
 * they change.
 */

/** Larger sets of alternatives are no useful requirement: the pattern then always runs. */
const MOST_STRINGS = 48;
/** A character class of more characters than this is no useful requirement. */
const MOST_CLASS_CHARS = 12;

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** For each pattern, whether it may match `text` (1) or surely cannot (0). */
export type Screen = (text: string) => Uint8Array;

/** A screen for `patterns`, in their order. */
export function screenFor(patterns: readonly RegExp[]): Screen {
  const needs = patterns.map(requiredText);
  // Longest first, so that at each place the scan reports the longest string there; the
  // shorter ones it starts with ("dag" in "dagar") count as found too.
  const strings = [...new Set(needs.flatMap((need) => need ?? []))].sort((a, b) => b.length - a.length);
  const patternsFor = new Map(
    strings.map((found) => [found, indicesWhere(needs, (need) => need?.some((part) => found.startsWith(part)) ?? false)]),
  );
  const always = indicesWhere(needs, (need) => need === null);
  const scan = new RegExp(`(?=(${strings.map(escapeRegExp).join("|")}))`, "g");
  return (text) => {
    const possible = new Uint8Array(patterns.length);
    for (const i of always) possible[i] = 1;
    if (strings.length === 0) return possible;
    scan.lastIndex = 0;
    for (let found = scan.exec(text); found !== null; found = scan.exec(text)) {
      for (const i of patternsFor.get(found[1]) ?? []) possible[i] = 1;
      scan.lastIndex = found.index + 1;
    }
    return possible;
  };
}

function indicesWhere<T>(items: readonly T[], test: (item: T) => boolean): number[] {
  return items.flatMap((item, i) => (test(item) ? [i] : []));
}

/**
 * Strings one of which every match of `pattern` contains; null when there is no short such
 * list, and for what this reading does not follow (ignored case, the `v` flag, a pattern it
 * cannot parse): such a pattern always runs.
 */
export function requiredText(pattern: RegExp): readonly string[] | null {
  if (pattern.ignoreCase || pattern.flags.includes("v")) return null;
  try {
    return needed(parser.parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.unicode }));
  } catch {
    return null;
  }
}

type Strings = string[] | null;
type Node = AST.Pattern | AST.Alternative | AST.Element | AST.CharacterClassElement;

/** Every string `node` can match, when they are few; null otherwise. Lookarounds match "". */
function exactly(node: Node): Strings {
  switch (node.type) {
    case "Character":
      return [String.fromCodePoint(node.value)];
    case "CharacterSet":
      return node.kind === "digit" && !node.negate ? [..."0123456789"] : null;
    case "CharacterClass":
      return node.negate ? null : classChars(node.elements);
    case "Assertion":
      return [""];
    case "Group":
      // "(?i:…)" changes what its letters match: nothing is said of it.
      return node.modifiers ? null : union(node.alternatives.map(exactly));
    case "CapturingGroup":
      return union(node.alternatives.map(exactly));
    case "Alternative":
      return node.elements.reduce<Strings>((all, element) => all && product(all, exactly(element)), [""]);
    case "Quantifier":
      return repeated(exactly(node.element), node.min, node.max);
    default:
      return null;
  }
}

/** Strings one of which every match of `node` contains; null when none can be said. */
function needed(node: Node): Strings {
  switch (node.type) {
    case "Group":
      return node.modifiers ? null : union(node.alternatives.map(needed));
    case "Pattern":
    case "CapturingGroup":
      return union(node.alternatives.map(needed));
    case "Alternative":
      return neededInSequence(node.elements);
    case "Quantifier":
      return node.min >= 1 ? needed(node.element) : null;
    default:
      return nonEmpty(exactly(node));
  }
}

/**
 * In a sequence, any element that must match gives a requirement; a run of elements with
 * few strings each gives longer, rarer ones ("till" + "s" → "tills"). The rarest wins.
 */
function neededInSequence(elements: readonly AST.Element[]): Strings {
  let best: Strings = null;
  const consider = (strings: Strings) => {
    const candidate = nonEmpty(strings);
    if (candidate && rarity(candidate) > rarity(best)) best = candidate;
  };
  let run: Strings = null;
  for (const element of elements) {
    const strings = exactly(element);
    if (strings) {
      run = (run && product(run, strings)) ?? strings;
      consider(run);
      consider(strings);
    } else {
      run = null;
      const mustMatch = element.type !== "Quantifier" || element.min >= 1;
      if (mustMatch) consider(needed(element.type === "Quantifier" ? element.element : element));
    }
  }
  return best;
}

/** Longer shortest strings are rarer in messages; fewer strings are cheaper to look for. */
function rarity(strings: Strings): number {
  return strings ? Math.min(...strings.map((s) => s.length)) * 100 - strings.length : -1;
}

function nonEmpty(strings: Strings): Strings {
  return strings && !strings.includes("") ? strings : null;
}

function union(parts: Strings[]): Strings {
  if (parts.some((part) => part === null)) return null;
  const all = [...new Set(parts.flat() as string[])];
  return all.length <= MOST_STRINGS ? all : null;
}

function product(heads: Strings, tails: Strings): Strings {
  if (!heads || !tails || heads.length * tails.length > MOST_STRINGS) return null;
  return [...new Set(heads.flatMap((head) => tails.map((tail) => head + tail)))];
}

function repeated(strings: Strings, min: number, max: number): Strings {
  if (!strings || max > 3) return null;
  const all: string[] = [];
  let times: Strings = [""];
  for (let count = 0; count <= max; count++) {
    if (!times) return null;
    if (count >= min) all.push(...times);
    if (count < max) times = product(times, strings);
  }
  return union([all]);
}

function classChars(elements: readonly AST.CharacterClassElement[]): Strings {
  const chars: string[] = [];
  for (const element of elements) {
    if (element.type === "Character") chars.push(String.fromCodePoint(element.value));
    else if (element.type === "CharacterClassRange" && element.max.value - element.min.value < MOST_CLASS_CHARS) {
      for (let code = element.min.value; code <= element.max.value; code++) chars.push(String.fromCodePoint(code));
    } else return null;
  }
  return chars.length <= MOST_CLASS_CHARS ? chars : null;
}
