import { describe, expect, it } from "vitest";
import { speak } from "../../src/language/index.js";
import { matchText } from "../../src/language/match-text.js";
import { requiredText, screenFor } from "../../src/language/required-text.js";
import { CORPUS } from "./corpus.js";
import { READER_CORPUS } from "./evaluate-reader.js";

describe("the text a rule needs before it runs", () => {
  it("is read off the pattern: words, digits and runs of letters", () => {
    expect(requiredText(/(?<![\p{L}])(?:fredag|tisdag)(?:en)?/u)).toEqual(["fredag", "tisdag"]);
    expect(requiredText(/kl\s*\d{1,2}/u)).toEqual(["kl"]);
    expect(requiredText(/(?:om|inom)\s+\d+\s+dagar/u)).toEqual(["dagar"]);
    expect(requiredText(/till(?:s)?\s+fredag/u)).toEqual(["fredag"]);
    expect(requiredText(/\d+:\d+/u)).toEqual([":"]);
  });

  it("is nothing when a match may be any text", () => {
    expect(requiredText(/\p{L}+/u)).toBeNull();
    expect(requiredText(/(?:fredag)?\s*/u)).toBeNull();
    expect(requiredText(/a|[^x]/u)).toBeNull();
    expect(requiredText(/fredag/iu)).toBeNull();
    // The v flag (unicodeSets) is read differently: such a pattern always runs.
    const unicodeSets = "v";
    expect(requiredText(new RegExp("\\p{L}+dag", unicodeSets))).toBeNull();
  });

  it("lets through, in one pass, every pattern whose strings are there, the shorter ones inside longer ones too", () => {
    const screen = screenFor([/fredag/u, /dag/u, /kl\s*\d/u, /\p{L}+/u]);
    expect([...screen("på fredag")]).toEqual([1, 1, 0, 1]);
    expect([...screen("kl 9")]).toEqual([0, 0, 1, 1]);
    expect([...screen("dagar")]).toEqual([0, 1, 0, 1]);
    expect([...screen("")]).toEqual([0, 0, 0, 1]);
  });

  it("never skips a rule that matches: every rule, every corpus and reader sentence, both languages", () => {
    const texts = [...CORPUS.map((c) => c.text), ...READER_CORPUS.sv.map((c) => c.text), ...READER_CORPUS.en.map((c) => c.text)];
    let skipped = 0;
    for (const language of ["sv", "en"] as const) {
      const { rules, typoTargets, notTypos } = speak(language).deadlines;
      const screen = screenFor(rules.map((rule) => rule.pattern));
      for (const text of texts) {
        const folded = matchText(text, typoTargets, notTypos).text;
        const possible = screen(folded);
        for (const [r, rule] of rules.entries()) {
          const matches = new RegExp(rule.pattern.source, rule.pattern.flags.replace("g", "")).test(folded);
          if (!possible[r]) {
            skipped++;
            expect(matches, `${language} ${rule.name}: ${text}`).toBe(false);
          }
        }
      }
    }
    // The check is only worth its cost when it lets most rules skip most messages.
    expect(skipped).toBeGreaterThan(texts.length * 2 * 20);
  });
});
