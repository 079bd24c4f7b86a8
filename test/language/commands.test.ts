import { describe, expect, it } from "vitest";
import { readCommand } from "../../src/language/commands.js";

/**
 * What `/lofte …` and `/promise …` are taken as. A subcommand word is never the start of a
 * promise without a date ("När ska det vara klart?"): with arguments it does not understand, it
 * gets its usage line; a sentence that merely starts with the word is a promise.
 */
describe("reading a command", () => {
  it.each([
    ["lista", { kind: "list", list: "mine" }],
    ["list mine", { kind: "list", list: "mine" }],
    ["lista mina", { kind: "list", list: "mine" }],
    ["Lista alla", { kind: "list", list: "team" }],
    ["lista teamets", { kind: "list", list: "team" }],
    ["list all", { kind: "list", list: "team" }],
    ["list team", { kind: "list", list: "team" }],
    ["team", { kind: "list", list: "team" }],
    ["lista <@U0ANNA>", { kind: "person", userId: "U0ANNA" }],
    ["lista <@U0ANNA|anna>", { kind: "person", userId: "U0ANNA" }],
    ["team <@U0ANNA>", { kind: "person", userId: "U0ANNA" }],
    ["lista Anna", { kind: "person", userId: null, name: "Anna" }],
    ["list @anna.berg", { kind: "person", userId: null, name: "anna.berg" }],
    ["lista Åsa Öberg", { kind: "person", userId: null, name: "Åsa Öberg" }],
    ["lista 42", { kind: "usage", of: "list" }],
    ["export", { kind: "export" }],
    ["export allt", { kind: "usage", of: "export" }],
    ["sammanfattning", { kind: "digest", action: "usage" }],
    ["summary now", { kind: "digest", action: "now" }],
    ["digest på blabla", { kind: "digest", action: "usage" }],
    ["digest på måndag 08:30", { kind: "digest", action: "on", weekday: 1, time: "08:30" }],
    ["förslag", { kind: "suggestions", action: "usage" }],
    ["suggestions off", { kind: "suggestions", action: "off" }],
    ["kund Acme AB", { kind: "customer", customer: "Acme AB" }],
    ["hjälp", { kind: "help" }],
    ["--help", { kind: "help" }],
  ])("%s", (text, expected) => {
    expect(readCommand(text)).toMatchObject(expected);
  });

  it.each(["Lista priserna till Acme på fredag", "list the open issues for Ikea by Monday", "jag skickar offerten till Acme fredag"])(
    "takes a sentence that starts with a command word as a promise: %s",
    (text) => {
      expect(readCommand(text)).toEqual({ kind: "promise", text });
    },
  );
});

describe("a mistyped subcommand", () => {
  it.each(["lsita", "instälningar", "exprot", "digets", "hjälpp", "setings", "sugestions"])("%s is asked about, not recorded", (typed) => {
    expect(readCommand(typed)).toEqual({ kind: "mistyped", typed });
  });

  it.each(["export!", "Exportera."])("%s is the command, its stop aside", (typed) => {
    expect(readCommand(typed)).toEqual({ kind: "export" });
  });

  it.each(["Volvo", "ringa", "listan priserna till Acme fredag", "kunder", "offert"])("%s is no subcommand", (typed) => {
    expect(readCommand(typed).kind).toBe("promise");
  });
});
