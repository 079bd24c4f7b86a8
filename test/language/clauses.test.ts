import { describe, expect, it } from "vitest";
import { splitClauses } from "../../src/language/clauses.js";
import { englishGrammar } from "../../src/language/en/grammar.js";
import { fold } from "../../src/language/match-text.js";
import { swedishGrammar } from "../../src/language/sv/grammar.js";

const clauses = (text: string, grammar = swedishGrammar) =>
  splitClauses(fold(text), grammar).map((c) => text.slice(c.index, c.index + c.length).trim());

describe("clauses", () => {
  it("splits sentences, but not after an abbreviation", () => {
    expect(clauses("Tack för igår! Jag ringer kl. 9.30 imorgon.")).toEqual(["Tack för igår!", "Jag ringer kl. 9.30 imorgon."]);
    expect(clauses("I'll send it on Dec. 3. Thanks!", englishGrammar)).toEqual(["I'll send it on Dec. 3.", "Thanks!"]);
  });

  it("splits where a comma or conjunction opens a new subject or verb", () => {
    expect(clauses("Kunden ringde i fredags, jag återkommer på måndag")).toEqual(["Kunden ringde i fredags", "jag återkommer på måndag"]);
    expect(clauses("Jag skickade utkastet och skickar resten på fredag")).toEqual([
      "Jag skickade utkastet",
      "och skickar resten på fredag",
    ]);
    expect(clauses("I sent the draft and will send the rest Friday", englishGrammar)).toEqual([
      "I sent the draft",
      "and will send the rest Friday",
    ]);
  });

  it("keeps lists of customers together", () => {
    expect(clauses("Jag skickar offerten till Acme, Volvo och Scania på fredag")).toHaveLength(1);
  });
});
