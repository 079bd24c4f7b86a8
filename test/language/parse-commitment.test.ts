import { describe, expect, it } from "vitest";
import { commitmentJson } from "../../src/language/commitment-json.js";
import { DEFAULT_WORK_WEEK, parseCommitment } from "../../src/language/parse-commitment.js";
import { CORPUS, type CorpusCase } from "./corpus.js";
import { readCorpus, scoresByLanguage } from "./evaluate.js";

/** Every corpus sentence, read as the CLI reads it, against what the product rules say. */

const label = (c: CorpusCase) => `${c.text}  [${c.now} ${c.tz}]`;

describe.each(["sv", "en"] as const)("corpus, %s", (language) => {
  const cases = CORPUS.filter((c) => c.language === language);

  it.each(cases.map((c) => [label(c), c] as const))("%s", (_, c) => {
    const parsed = parseCommitment(c.text, { now: new Date(c.now), timeZone: c.tz });
    const got = commitmentJson(parsed, c.tz);
    expect(got).toEqual({
      isCommitment: c.isCommitment,
      dueAt: c.dueAt,
      hasTime: c.hasTime,
      owner: c.owner,
      task: c.task ?? got.task,
      customer: c.customer,
      language: c.language,
      repeats: c.repeats ?? null,
    });
    if (c.reason) expect(parsed.reason).toBe(c.reason);
  });
});

describe("corpus as a whole", () => {
  it("has the size and spread the issue asks for", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(300);
    expect(CORPUS.filter((c) => c.language === "sv").length).toBeGreaterThanOrEqual(200);
    expect(CORPUS.filter((c) => !c.isCommitment).length).toBeGreaterThanOrEqual(60);
    for (const reason of ["question", "request", "information", "past"]) {
      expect(CORPUS.filter((c) => c.reason === reason).length, reason).toBeGreaterThanOrEqual(5);
    }
  });

  it("meets the accuracy targets in each language", () => {
    const scores = scoresByLanguage(readCorpus(CORPUS));
    for (const language of ["sv", "en"] as const) {
      expect(scores[language].rightDay, `${language} right day`).toBeGreaterThanOrEqual(0.97);
      expect(scores[language].rightInstant, `${language} right instant`).toBeGreaterThanOrEqual(0.95);
      expect(scores[language].falsePositiveRate, `${language} false positives`).toBeLessThanOrEqual(0.05);
    }
  });
});

describe("parseCommitment", () => {
  const now = new Date("2026-11-25T10:00:00+01:00");
  const read = (text: string, options: Partial<Parameters<typeof parseCommitment>[1]> = {}) =>
    parseCommitment(text, { now, timeZone: "Europe/Stockholm", ...options });

  it("says why a message is not a promise, and keeps the phrase of a passed deadline", () => {
    expect(read("Kan du skicka offerten?").reason).toBe("request");
    expect(read("Hinner vi till fredag?").reason).toBe("question");
    expect(read("Jag är ledig på fredag").reason).toBe("absence");
    expect(read("ledig 22-26 dec").reason).toBe("absence");
    expect(read("out of office 24 Dec - 2 Jan").reason).toBe("absence");
    expect(read("VAB idag").reason).toBe("absence");
    expect(read("Jag skickade offerten igår").reason).toBe("past");
    expect(read("offerten till Acme").reason).toBe("no_date");
    expect(read("   ").reason).toBe("empty");
    const passed = read("jag skickar offerten idag kl 8");
    expect(passed).toMatchObject({ isCommitment: false, reason: "past", deadlineInPast: true, datePhrase: "idag kl 8" });
  });

  it("reads the quarter's end said on its last day off as the next quarter's", () => {
    // Nyårsafton is off: this quarter has no working day left.
    const late = read("Jag skickar budgeten till kvartalsskiftet", { now: new Date("2026-12-31T10:00:00+01:00") });
    expect(late.dueAt?.toISOString()).toBe("2027-03-31T15:00:00.000Z");
  });

  it("takes no one else's present tense for the speaker's promise, nor a colleague or a month for a customer", () => {
    expect(read("Chris sends the deck on Friday")).toMatchObject({ isCommitment: false, reason: "information" });
    expect(read("I'll email John Smith the specs by Friday")).toMatchObject({ isCommitment: true, customer: null });
    expect(read("I'll send March numbers by Friday")).toMatchObject({ isCommitment: true, customer: null });
    expect(read("Design will be ready by Friday").task).toBe("make sure design will be ready");
    expect(read("We'll be in production by Friday").isCommitment).toBe(true);
  });

  it("keeps other promises of the same message apart, each as written, never in the task", () => {
    const comma = read("jag skickar offerten på fredag, Anna ringer dem på måndag");
    expect(comma).toMatchObject({ task: "skicka offerten", others: ["Anna ringer dem på måndag"] });
    expect(read("I'll send the quote on Friday and Tom will call them on Monday")).toMatchObject({
      task: "send the quote",
      others: ["Tom will call them on Monday"],
    });
    // A colleague in the English present tense is someone else's promise too.
    expect(read("I will call Globex tomorrow at 3pm, Jake sends them the contract on Friday")).toMatchObject({
      task: "call Globex",
      others: ["Jake sends them the contract on Friday"],
    });
    expect(read("jag skickar offerten fredag\nringer Volvo måndag")).toMatchObject({
      task: "skicka offerten",
      others: ["ringer Volvo måndag"],
    });
    // A colleague's promise first, then the typist's own: the colleague's, and the typist's offered.
    expect(read("<@U02JONAS4> ringer Folksam i morgon kl 11 och jag skickar avtalet på onsdag")).toMatchObject({
      owner: "U02JONAS4",
      task: "ringa Folksam",
      others: ["jag skickar avtalet på onsdag"],
    });
    // One predicate, one promise; a clause without a deadline of its own is no other promise.
    expect(read("jag skickar offerten och ringer kunden på fredag")).toMatchObject({
      task: "skicka offerten och ringa kunden",
      others: [],
    });
    expect(read("jag skickar offerten på fredag, kunden ringer på måndag").others).toEqual([]);
  });

  it("names a clock time that cannot exist instead of guessing it", () => {
    // Still a promise, without a deadline: the time is asked for.
    expect(read("jag ringer Acme i morgon kl 25")).toMatchObject({
      isCommitment: true,
      dueAt: null,
      impossible: { written: "kl 25", what: "time" },
      task: "ringa Acme",
    });
    expect(read("I'll call at 13pm tomorrow")).toMatchObject({
      isCommitment: true,
      dueAt: null,
      impossible: { written: "at 13pm", what: "time" },
    });
    expect(read("Jag skickar offerten kl 25")).toMatchObject({
      isCommitment: true,
      dueAt: null,
      impossible: { written: "kl 25", what: "time" },
      reason: null,
    });
    expect(read("Acme skickar avtalet kl 25")).toMatchObject({ isCommitment: false, reason: "information" });
    expect(read("jag ringer Acme i morgon kl 24")).toMatchObject({ isCommitment: true, hasTime: true });
    expect(read("jag ringer 25 kunder i morgon")).toMatchObject({ isCommitment: true, hasTime: false });
  });

  it("names a date that cannot exist instead of guessing it, and keeps the ones that do", () => {
    const february = read("jag skickar offerten till Acme den 31 februari");
    expect(february).toMatchObject({ isCommitment: true, dueAt: null, impossible: { what: "date" }, reason: null });
    expect(february.impossible?.written).toContain("31 februari");
    const april = read("I'll send Volvo the quote by April 31");
    expect(april).toMatchObject({ isCommitment: true, dueAt: null, impossible: { what: "date" } });
    expect(april.impossible?.written).toContain("April 31");
    // 2028 is a leap year: 29 February is a day like any other.
    const leap = read("jag skickar offerten den 29 februari 2028");
    expect(leap.impossible).toBeNull();
    expect(leap.dueAt).not.toBeNull();
  });

  it("gives the matched date phrase as written", () => {
    expect(read("Jag skickar offerten till Acme på fredag kl 14").datePhrase).toBe("på fredag kl 14");
    expect(read("jag skickar den pa tisdg").datePhrase).toBe("pa tisdg");
  });

  it("uses the workspace's default time and working days", () => {
    const friday = read("jag skickar offerten på fredag", { defaultTime: { hour: 16, minute: 30 } });
    expect(friday.dueAt?.toISOString()).toBe("2026-11-27T15:30:00.000Z");
    // With Sunday to Thursday as working days, the working day before Sunday is Thursday.
    const before = read("jag skickar offerten innan söndag", { workWeek: { ...DEFAULT_WORK_WEEK, days: [7, 1, 2, 3, 4] } });
    expect(before.dueAt?.toISOString()).toBe("2026-11-26T16:00:00.000Z");
  });

  it("keeps Slack's language hint for a message that tells nothing", () => {
    expect(read("Acme 15/12", { language: "en" }).language).toBe("en");
    expect(read("Acme 15/12", { language: "sv" }).language).toBe("sv");
  });

  it("reads the offset in force on the deadline's date, whatever the process zone (rule 12)", () => {
    const april = read("jag skickar avtalet 1 april kl 14");
    expect(april.dueAt?.toISOString()).toBe("2027-04-01T12:00:00.000Z");
    const newYork = parseCommitment("I'll call Acme on March 15 at 9am", { now, timeZone: "America/New_York" });
    expect(newYork.dueAt?.toISOString()).toBe("2027-03-15T13:00:00.000Z");
  });
});
