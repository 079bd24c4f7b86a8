import { at, day, group, not } from "./cases.js";

/**
 * Friday 23 October 2026 at 15:00 in Stockholm (+02:00). Clocks go back on Sunday 25 October,
 * so every deadline from then on is +01:00 (rule 12).
 */
export const SWEDISH_AUTUMN_SWITCH = group("sv", "2026-10-23T15:00:00+02:00", "Europe/Stockholm", [
  ["jag skickar offerten i morgon", day("2026-10-24T17:00:00+02:00")],
  ["Jag ringer Acme på måndag", day("2026-10-26T17:00:00+01:00"), { customer: "Acme" }],
  ["jag ringer kunden på söndag kl 10", at("2026-10-25T10:00:00+01:00")],
  ["Jag skickar rapporten nästa vecka", day("2026-10-30T17:00:00+01:00")],
  ["jag skickar rapporten i veckan", day("2026-10-23T17:00:00+02:00")],
  ["Vi levererar inom 48 timmar", at("2026-10-25T14:00:00+01:00")],
  ["Jag återkommer om 2 timmar", at("2026-10-23T17:00:00+02:00")],
  ["Jag tar det efter helgen", day("2026-10-26T17:00:00+01:00")],
  ["jag fakturerar i slutet av månaden", day("2026-10-30T17:00:00+01:00")],
  ["Vi skickar allt innan månadsskiftet", day("2026-10-30T17:00:00+01:00")],
  ["Jag skickar offerten på fredag", day("2026-10-30T17:00:00+01:00")],
  ["jag skickar offerten nästa fredag", day("2026-10-30T17:00:00+01:00")],
  ["Jag ringer dem kl 14", at("2026-10-24T14:00:00+02:00")],
  ["Jag ringer dem kl 16", at("2026-10-23T16:00:00+02:00")],
  ["jag ringer Volvo 1 november kl 10", at("2026-11-01T10:00:00+01:00"), { customer: "Volvo" }],
  ["Jag skickar fakturan den 1:a", day("2026-11-01T17:00:00+01:00")],
  ["Jag skickar underlaget vecka 44", day("2026-10-30T17:00:00+01:00")],
  ["jag skickar underlaget v 43", day("2026-10-23T17:00:00+02:00")],
  ["jag ringer i mitten av nästa vecka", day("2026-10-28T17:00:00+01:00")],
  ["Jag skickar det till helgen", day("2026-10-23T17:00:00+02:00")],
  ["jag skickar det ikväll", at("2026-10-23T20:00:00+02:00")],
  ["Jag ringer i morgon bitti", at("2026-10-24T09:00:00+02:00")],
  ["Vi levererar i övermorgon", day("2026-10-25T17:00:00+01:00")],
  ["jag ringer kunden halv tre", at("2026-10-24T14:30:00+02:00")],
  ["Jag skickar avtalet innan måndag", day("2026-10-23T17:00:00+02:00")],
  ["Vi levererar om 3 dagar", day("2026-10-26T17:00:00+01:00")],
  ["Jag skickar avtalet den 15 mars", day("2027-03-15T17:00:00+01:00")],
  ["Vi ses hos Acme 1 april kl 14, jag tar med avtalet", at("2027-04-01T14:00:00+02:00")],
  ["Jag skickade offerten i onsdags", not("past")],
  ["Ringde kunden igår", not("past")],
  ["Kan du ringa Acme på måndag?", not("request")],
]);

/**
 * Thursday 25 March 2027 at 14:00 in Stockholm (+01:00). Clocks go forward on Sunday 28
 * March at 02:00, so later deadlines are +02:00 and 02:30 that night does not exist.
 */
export const SWEDISH_SPRING_SWITCH = group("sv", "2027-03-25T14:00:00+01:00", "Europe/Stockholm", [
  ["jag skickar offerten i morgon", day("2027-03-26T17:00:00+01:00")],
  ["Jag ringer Acme på måndag", day("2027-03-29T17:00:00+02:00"), { customer: "Acme" }],
  ["Jag skickar rapporten nästa vecka", day("2027-04-02T17:00:00+02:00")],
  ["jag fakturerar i slutet av månaden", day("2027-03-31T17:00:00+02:00")],
  // Påskdagen 28 mars; arbetsdagen före vore i dag (långfredag 26 mars är röd), så tisdag 30 mars efter annandag påsk.
  ["Vi levererar om 3 dagar", day("2027-03-30T17:00:00+02:00")],
  ["jag startar migreringen på söndag kl 02:30", at("2027-03-28T03:30:00+02:00")],
  ["Vi är klara inom 72 timmar", at("2027-03-28T15:00:00+02:00")],
  ["Jag skickar underlaget vecka 13", day("2027-04-02T17:00:00+02:00")],
  ["jag skickar underlaget v.12", day("2027-03-25T17:00:00+01:00")],
  ["jag skickar avtalet 1 april kl 14", at("2027-04-01T14:00:00+02:00")],
  ["Jag hör av mig efter helgen", day("2027-03-29T17:00:00+02:00")],
  ["Jag skickar det ikväll", at("2027-03-25T20:00:00+01:00")],
  ["Jag ringer kunden kl 9", at("2027-03-26T09:00:00+01:00")],
  ["Jag skickar fakturan den 1:a", day("2027-04-01T17:00:00+02:00")],
  ["jag skickar offerten 15/4", day("2027-04-15T17:00:00+02:00")],
  ["Jag skickar det den 20:e", day("2027-04-20T17:00:00+02:00")],
  ["jag skickar offerten nästa fredag", day("2027-04-02T17:00:00+02:00")],
  ["Jag skickar offerten på fredag", day("2027-03-26T17:00:00+01:00")],
  ["Vi stänger projektet i slutet av april", day("2027-04-30T17:00:00+02:00")],
  // Söndag 25 april: fredag 23 april.
  ["jag följer upp med Scania om en månad", day("2027-04-23T17:00:00+02:00"), { customer: "Scania" }],
  ["Vi ses på måndag", not("information")],
  ["Hann du ringa Acme igår?", not("question")],
]);

/** Monday 14 December 2026 at 16:30 in Stockholm (+01:00): late in the day, year end ahead. */
export const SWEDISH_DECEMBER = group("sv", "2026-12-14T16:30:00+01:00", "Europe/Stockholm", [
  ["Jag ringer Acme kl 16", at("2026-12-15T16:00:00+01:00"), { customer: "Acme" }],
  // Red days by name, and working days that skip them (holidays.ts).
  ["Jag har avtalet klart till julafton", day("2026-12-24T17:00:00+01:00"), { task: "ha avtalet klart" }],
  ["Efter jul tar jag tag i ärendet", day("2026-12-28T17:00:00+01:00")],
  ["Jag återkommer efter nyår", day("2027-01-04T17:00:00+01:00")],
  ["Jag levererar före midsommar", day("2027-06-24T17:00:00+02:00")],
  ["Jag skickar utvärderingen första arbetsdagen efter påsk", day("2027-03-30T17:00:00+02:00"), { task: "skicka utvärderingen" }],
  ["Jag återkommer inom åtta arbetsdagar", day("2026-12-28T17:00:00+01:00")],
  // A date that went by lately is that date, not next year's.
  ["Jag skickar offerten 1 december", not("past")],
  ["jag skickar fakturan 5/12", not("past")],
  ["jag skickar det kl 17", at("2026-12-14T17:00:00+01:00")],
  ["Jag skickar offerten innan jul", day("2026-12-23T17:00:00+01:00")],
  ["vi levererar till jul", day("2026-12-23T17:00:00+01:00")],
  ["Jag skickar slutfakturan innan årsskiftet", day("2026-12-30T17:00:00+01:00")],
  // Nyårsafton is a red day in Sweden (holidays.ts): the last working day of the year is the 30th.
  ["jag skickar avtalet innan nyår", day("2026-12-30T17:00:00+01:00")],
  ["Jag skickar det den 5:e", day("2027-01-05T17:00:00+01:00")],
  ["jag skickar offerten 15/1", day("2027-01-15T17:00:00+01:00")],
  ["Vi levererar 3 januari", day("2027-01-03T17:00:00+01:00")],
  ["Jag ringer kunden vecka 2", day("2027-01-15T17:00:00+01:00")],
  ["jag skickar underlaget v 1", day("2027-01-08T17:00:00+01:00")],
  ["Jag skickar rapporten nästa vecka", day("2026-12-23T17:00:00+01:00")],
  ["jag fakturerar i slutet av månaden", day("2026-12-30T17:00:00+01:00")],
  ["Jag skickar det idag", day("2026-12-14T17:00:00+01:00")],
  ["Jag skickar det i eftermiddag", at("2026-12-14T17:00:00+01:00")],
  ["jag ringer ikväll", at("2026-12-14T20:00:00+01:00")],
  ["Jag skickar avtalet i morgon", day("2026-12-15T17:00:00+01:00")],
  ["jag skickar avtalet innan fredag", day("2026-12-17T17:00:00+01:00")],
  ["Jag ringer Acme i mitten av veckan", day("2026-12-16T17:00:00+01:00"), { customer: "Acme" }],
  ["Jag ringer om 2 timmar", at("2026-12-14T18:30:00+01:00")],
  ["jag skickar offerten på måndag", day("2026-12-21T17:00:00+01:00")],
  ["Jag skickar offerten nästa måndag", day("2026-12-21T17:00:00+01:00")],
  ["Vi stänger projektet i slutet av januari", day("2027-01-29T17:00:00+01:00")],
  ["Vi har stängt mellan jul och nyår", not("information")],
  ["God jul på er alla!", not("information")],
]);

/** Friday 27 November 2026 at 09:00 in Stockholm (+01:00). */
export const SWEDISH_FRIDAY = group("sv", "2026-11-27T09:00:00+01:00", "Europe/Stockholm", [
  ["Jag skickar offerten på fredag", day("2026-12-04T17:00:00+01:00")],
  ["jag skickar rapporten i veckan", day("2026-11-27T17:00:00+01:00")],
  ["Jag skickar det till helgen", day("2026-11-27T17:00:00+01:00")],
  ["jag ringer kunden efter helgen", day("2026-11-30T17:00:00+01:00")],
  ["Jag skickar rapporten nästa vecka", day("2026-12-04T17:00:00+01:00")],
  ["Jag skickar avtalet innan måndag", day("2026-11-27T17:00:00+01:00")],
  ["jag ringer Acme kl 8", at("2026-11-28T08:00:00+01:00"), { customer: "Acme" }],
  ["Jag ringer kunden idag kl 11", at("2026-11-27T11:00:00+01:00")],
  ["Jag fixar det i eftermiddag", at("2026-11-27T17:00:00+01:00")],
  ["jag fakturerar i slutet av månaden", day("2026-11-30T17:00:00+01:00")],
  ["Jag skickade allt i onsdags", not("past")],
  ["Trevlig helg!", not("information")],
]);
