import { describe, expect, it } from "vitest";
import { fold, matchText, originalSpan } from "../../src/language/match-text.js";
import { NOT_TYPOS, TYPO_TARGETS } from "../../src/language/sv/words.js";
import { withinOneEdit } from "../../src/language/typos.js";
import { countKnown, wordsOf } from "../../src/language/word-pattern.js";

describe("match text", () => {
  it("folds case and Swedish letters one character for one", () => {
    expect(fold("På Fredag NÄSTA vecka, kväll")).toBe("pa fredag nasta vecka, kvall");
  });

  it("reads a word with a letter outside the basic plane as one word, not as a typo of a deadline word", () => {
    // "fredg𝐚" is no "fredag": the odd letter is part of the word, not the end of a typo "fredg".
    expect(matchText("ring fredg𝐚", TYPO_TARGETS, NOT_TYPOS).text).toBe("ring fredg𝐚");
    expect(wordsOf("jag skickar 𝐚cme's offert")).toEqual(["jag", "skickar", "𝐚cme's", "offert"]);
  });

  it("counts a quoted known word as known when telling the language", () => {
    expect(countKnown(wordsOf("'won't' they're"), new Set(["won't", "they"]))).toBe(2);
  });

  it("corrects a typo in a deadline word and maps it back onto what was typed", () => {
    const text = "jag ringer på tisdg kl 10";
    const match = matchText(text, TYPO_TARGETS, NOT_TYPOS);
    expect(match.text).toBe("jag ringer pa tisdag kl 10");
    const at = match.text.indexOf("tisdag");
    expect(originalSpan(match, at, "tisdag".length)).toEqual({ index: text.indexOf("tisdg"), length: 5 });
    expect(text.slice(originalSpan(match, match.text.indexOf("kl"), 5).index)).toBe("kl 10");
  });

  it("leaves real words alone", () => {
    expect(matchText("i fredags och nästan senaste", TYPO_TARGETS, NOT_TYPOS).text).toBe("i fredags och nastan senaste");
  });

  it("blanks links so their digits are not dates", () => {
    expect(matchText("se https://x.se/2026-11-30 nu", TYPO_TARGETS, NOT_TYPOS).text).toBe(`se ${" ".repeat(23)} nu`);
  });

  it("counts one edit: a letter missing, extra, wrong or two swapped", () => {
    expect(withinOneEdit("tisdg", "tisdag")).toBe(true);
    expect(withinOneEdit("fredga", "fredag")).toBe(true);
    expect(withinOneEdit("onsdga", "onsdag")).toBe(true);
    expect(withinOneEdit("fradga", "fredag")).toBe(false);
  });
});
