import { describe, expect, it } from "vitest";
import { taskFromForm } from "../../src/language/form-task.js";
import { parseCommitment } from "../../src/language/parse-commitment.js";

const read = (text: string) =>
  parseCommitment(text, { now: new Date("2026-11-25T09:00:00Z"), timeZone: "Europe/Stockholm", recording: true });

describe("the promise in the person's own words", () => {
  it.each([
    ["jag bokar ett möte med Husqvarna på fredag", "boka ett möte med Husqvarna", "Husqvarna"],
    ["Jag skickar offerten till Acme AB senast fredag kl 15", "skicka offerten till Acme AB", "Acme AB"],
    ["vi levererar till kunden Ikea senast 15 januari", "leverera till kunden Ikea", "Ikea"],
    ["Skickar offerten till Volvo asap imorgon", "skicka offerten till Volvo", "Volvo"],
    ["I'll share the roadmap with Ericsson by Monday", "share the roadmap with Ericsson", "Ericsson"],
    ["I'll send the report to Acme on Friday", "send the report to Acme", "Acme"],
    ["I'll get back to Globex about pricing by Thursday 3pm", "get back to Globex about pricing", "Globex"],
    // An order to oneself in /lofte is written as the promise's verb, in the infinitive.
    ["ring Volvo imorgon", "ringa Volvo", "Volvo"],
    ["skriv avtalet till Scania fredag", "skriva avtalet till Scania", "Scania"],
    ["kom tillbaka till Ikea på torsdag", "komma tillbaka till Ikea", "Ikea"],
    ["stäm av med Scania imorgon", "stämma av med Scania", "Scania"],
    ["sälj in tjänsten till Acme på fredag", "sälja in tjänsten till Acme", "Acme"],
    ["kom ihåg att mejla Scania fredag", "mejla Scania", "Scania"],
    ["don't forget to call Acme tomorrow", "call Acme", "Acme"],
    // A modal verb goes; "se till att" stays when someone else is said to do something.
    ["jag måste ringa Volvo på fredag", "ringa Volvo", "Volvo"],
    ["jag behöver ringa Scania imorgon", "ringa Scania", "Scania"],
    ["jag ska se till att skicka offerten till Acme fredag", "skicka offerten till Acme", "Acme"],
    ["jag ska se till att Volvo får offerten på fredag", "se till att Volvo får offerten", null],
    // A promise reported is the promise: the one promised is the customer.
    ["jag lovade Volvo att ringa dem på fredag", "ringa Volvo", "Volvo"],
    ["jag har lovat Volvo att skicka offerten på fredag", "skicka offerten till Volvo", "Volvo"],
    ["vi har lovat Scania en offert till fredag", "ge Scania en offert", "Scania"],
    ["jag lovade Anna att skicka offerten till Acme fredag", "skicka offerten till Acme", "Acme"],
    ["I promised Acme I'd call them Friday", "call Acme", "Acme"],
    ["I've promised Initech to get back to them by Thursday 3pm", "get back to Initech", "Initech"],
    ["I promised the customer a quote by Friday", "give the customer a quote", null],
    ["I promise I'll call Acme Friday", "call Acme", "Acme"],
    ["I promised Acme I'd call Friday", "call Acme", "Acme"],
    ["jag lovade Volvo att ringa på fredag", "ringa Volvo", "Volvo"],
    // A clause that names its own customer keeps it.
    ["jag lovade Volvo att skicka offerten till Scania på fredag", "skicka offerten till Scania", "Scania"],
    ["Jag lovar Att ringa Volvo på fredag", "ringa Volvo", "Volvo"],
    // A verb in the imperative is read by its letters as written: "lås" is not "läs".
    ["lås upp kontot åt Volvo på fredag", "lås upp kontot åt Volvo", "Volvo"],
    // Recording on purpose, a plan is a promise.
    ["jag tänkte ringa Scania imorgon", "ringa Scania", "Scania"],
    // "Sälj" before its verb is our sales team, as "vi".
    ["Sälj skickar offerten till Acme fredag", "skicka offerten till Acme", "Acme"],
  ] as [string, string, string | null][])("%s", (text, said, customer) => {
    const reading = read(text);
    expect(reading.said).toBe(said);
    expect(reading.customer).toBe(customer);
  });
});

describe("a promise reported in a channel", () => {
  const heard = (text: string) => parseCommitment(text, { now: new Date("2026-11-25T09:00:00Z"), timeZone: "Europe/Stockholm" });

  it("is a promise to offer to track, and a plan or a promise already kept is not", () => {
    expect(heard("jag lovade Volvo att ringa dem på fredag")).toMatchObject({ isCommitment: true, said: "ringa Volvo", customer: "Volvo" });
    expect(heard("I promised Acme I'd call them Friday")).toMatchObject({ isCommitment: true, said: "call Acme" });
    expect(heard("jag tänkte ringa Scania imorgon").isCommitment).toBe(false);
    expect(heard("jag ringde Volvo i går som jag lovade").isCommitment).toBe(false);
    // What the reading cannot make a task of is left as it was written: none of these is a promise to save.
    for (const text of [
      "vi lovade Volvo igår att ringa på fredag",
      "jag lovade Volvo att offerten kommer på fredag",
      "I promised Acme that the quote will be ready Friday",
    ])
      expect(heard(text).said ?? "", text).not.toMatch(/^(?:ge|give) /);
  });
});

describe("a task typed as a sentence in the promise form", () => {
  const now = new Date("2026-11-25T09:00:00Z");
  it.each([
    ["jag ringer Volvo om leveransen", "ringa Volvo om leveransen", "Volvo"],
    ["I'll send the deck to Acme", "send the deck to Acme", "Acme"],
    // Not a promise, or no speaker: as typed.
    ["jag kan inte komma på mötet", "jag kan inte komma på mötet", null],
    ["i möte med Volvo: gå igenom offerten", "i möte med Volvo: gå igenom offerten", null],
    ["skicka offerten", "skicka offerten", null],
  ] as [string, string, string | null][])("%s", (typed, task, customer) => {
    expect(taskFromForm(typed, now, "Europe/Stockholm")).toEqual({ task, customer });
  });
});
