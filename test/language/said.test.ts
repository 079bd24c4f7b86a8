import { describe, expect, it } from "vitest";
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
    // "Sälj" before its verb is our sales team, as "vi".
    ["Sälj skickar offerten till Acme fredag", "skicka offerten till Acme", "Acme"],
  ])("%s", (text, said, customer) => {
    const reading = read(text);
    expect(reading.said).toBe(said);
    expect(reading.customer).toBe(customer);
  });
});
