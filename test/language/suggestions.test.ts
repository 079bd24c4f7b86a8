import { describe, expect, it } from "vitest";
import { suggestsPromise } from "../../src/language/suggest.js";
import { CHAT_MESSAGES } from "./chat-corpus.js";

/**
 * Precision first: on ordinary chat (not promises) Lofte offers to track at most 1 message in
 * 100. The clock and the zone are explicit, so the process zone (TZ) never matters.
 */

const OPTIONS = { now: new Date("2026-11-25T10:00:00+01:00"), timeZone: "Europe/Stockholm" };

const suggests = (text: string) => suggestsPromise(text, OPTIONS);

/** Promises by the author, with a deadline: these must be offered. */
const MUST_SUGGEST = [
  "jag skickar offerten till Acme på fredag",
  "Vi levererar till Scania nästa vecka",
  "ringer dem i morgon bitti",
  "Jag fixar avtalet till Volvo senast torsdag",
  "Jag återkommer till Ikea med priserna imorgon kl 10",
  "Jag ringer Boliden på måndag",
  "I'll send the contract tomorrow at 10",
  "I'll send the deck over tomorrow at 10",
  "I will call Acme on Friday",
  "We'll deliver the hardware to Scania next week",
  "I'll get back to Volvo with pricing by Thursday",
];

/** Someone else's promise, or one without a date: these must not be offered. */
const MUST_NOT_SUGGEST = [
  "<@U0BOB> ringer kunden i morgon",
  "<@U0BOB> will send the quote on Friday",
  "jag återkommer",
  "I'll get back to you",
];

describe("suggestions on ordinary chat", () => {
  const total = CHAT_MESSAGES.length;
  const suggested = CHAT_MESSAGES.filter((m) => suggests(m.text));
  const allowed = Math.floor(total / 100);

  it("has at least 300 messages in both languages, without duplicates", () => {
    expect(total).toBeGreaterThanOrEqual(300);
    expect(CHAT_MESSAGES.filter((m) => m.language === "sv").length).toBeGreaterThanOrEqual(200);
    expect(CHAT_MESSAGES.filter((m) => m.language === "en").length).toBeGreaterThanOrEqual(100);
    const texts = CHAT_MESSAGES.map((m) => m.text);
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  it(`suggests for at most 1 in 100 (${suggested.length}/${total} suggested, ${allowed} allowed)`, () => {
    const list = suggested.map((m) => `  [${m.language}] ${m.text}`).join("\n");
    expect(suggested.length, `suggested ${suggested.length} of ${total} (at most ${allowed} allowed):\n${list}`).toBeLessThanOrEqual(
      allowed,
    );
  });
});

describe("suggestions on real promises", () => {
  it.each(MUST_SUGGEST)("suggests %s", (text) => {
    expect(suggests(text)).toBe(true);
  });

  it.each(MUST_NOT_SUGGEST)("does not suggest %s", (text) => {
    expect(suggests(text)).toBe(false);
  });
});
