import { at, day, group, not, undated } from "./cases.js";

/**
 * Messages whose promise sits in one clause among others: subordinate clauses, fronted
 * times, a past time and a future one, a promise taken back. Wednesday 25 November 2026.
 */
export const SWEDISH_CLAUSES = group("sv", "2026-11-25T10:00:00+01:00", "Europe/Stockholm", [
  ["Som vi sa i mötet idag skickar jag offerten på fredag", day("2026-11-27T17:00:00+01:00"), { task: "skicka offerten" }],
  ["När kunden har svarat skickar jag avtalet, senast fredag", day("2026-11-27T17:00:00+01:00"), { task: "skicka avtalet" }],
  ["Om Acme godkänner skickar vi avtalet på måndag", day("2026-11-30T17:00:00+01:00"), { task: "skicka avtalet" }],
  [
    "Efter mötet med Acme imorgon skickar jag en sammanfattning",
    day("2026-11-26T17:00:00+01:00"),
    { customer: "Acme", task: "skicka en sammanfattning" },
  ],
  ["Eftersom kunden är ledig skickar jag offerten nästa vecka", day("2026-12-04T17:00:00+01:00"), { task: "skicka offerten" }],
  ["Jag ringde Acme idag, skickar offerten imorgon", day("2026-11-26T17:00:00+01:00"), { task: "skicka offerten" }],
  ["Jag fixar det, skickar över allt på fredag", day("2026-11-27T17:00:00+01:00"), { task: "skicka över allt" }],
  ["Jag och <@U0BOB> skickar offerten på fredag", day("2026-11-27T17:00:00+01:00"), { task: "skicka offerten" }],
  ["Jag fixar det innan imorgon", day("2026-11-25T17:00:00+01:00")],
  ["jag skickar det nästa vecka torsdag", day("2026-12-03T17:00:00+01:00")],
  ["Vi levererar inom 1-2 dagar", day("2026-11-27T17:00:00+01:00")],
  ["Vi levererar om ca 2 veckor", day("2026-12-09T17:00:00+01:00")],
  ["jag ska ringa acme i em", at("2026-11-25T17:00:00+01:00"), { task: "ringa acme" }],
  ["Du får offerten på fredag", day("2026-11-27T17:00:00+01:00")],
  ["Ni får avtalet imorgon", day("2026-11-26T17:00:00+01:00")],
  ["Jag skickar offerten (v2) till Acme på fredag", day("2026-11-27T17:00:00+01:00"), { customer: "Acme" }],
  [
    "jag skickar offerten till Acme och Volvo på fredag",
    day("2026-11-27T17:00:00+01:00"),
    { customer: "Acme och Volvo", task: "skicka offerten" },
  ],
  ["Jag ringer kunden kl 15 svensk tid", at("2026-11-25T15:00:00+01:00")],
  ["Vi kollar upp det och återkommer", undated, { task: "kolla upp det och återkomma" }],
  ["Som vi pratade om igår: jag skickar avtalet", undated, { task: "skicka avtalet" }],
  ["Jag skickar offerten igår", not("past")],
  ["Jag försöker men lovar inget till fredag", not("information")],
  // A company's doing is news (in Slack, a member called Acme would make it theirs).
  ["Acme återkommer på måndag", not("information")],
  ["Erik återkommer på måndag", day("2026-11-30T17:00:00+01:00"), { task: "återkomma" }],
  ["Behöver offerten till fredag", not("request")],
  ["Fredag funkar för mig", not("information")],
  ["Du får gärna skicka offerten på fredag", not("request")],
  ["Jag hade tänkt skicka offerten igår", not("past")],
]);

export const ENGLISH_CLAUSES = group("en", "2026-11-25T10:00:00-05:00", "America/New_York", [
  [
    "Once legal signs off I'll send the contract to Acme by Thursday",
    day("2026-11-26T17:00:00-05:00"),
    { customer: "Acme", task: "send the contract" },
  ],
  ["After the call tomorrow I'll send a summary", day("2026-11-26T17:00:00-05:00"), { task: "send a summary" }],
  ["As we discussed on Monday, I'll send the contract Friday", day("2026-11-27T17:00:00-05:00"), { task: "send the contract" }],
  ["If Acme approves, we'll ship on Monday", day("2026-11-30T17:00:00-05:00"), { task: "ship" }],
  ["Spoke with Acme this morning, will send the quote Friday", day("2026-11-27T17:00:00-05:00"), { task: "send the quote" }],
  ["I'm on it, will have it ready by 4pm", at("2026-11-25T16:00:00-05:00"), { task: "have it ready" }],
  ["I'll send the signed contract tomorrow", day("2026-11-26T17:00:00-05:00"), { task: "send the signed contract" }],
  [
    "I'll send the quote to Acme and Globex on Friday",
    day("2026-11-27T17:00:00-05:00"),
    { customer: "Acme and Globex", task: "send the quote" },
  ],
  ["You'll have the numbers by noon tomorrow", at("2026-11-26T12:00:00-05:00")],
  ["I'll send it next week on Tuesday", day("2026-12-01T17:00:00-05:00")],
  ["I'll send it a week from today", day("2026-12-02T17:00:00-05:00")],
  ["I'll have it done by the end of tomorrow", at("2026-11-26T17:00:00-05:00")],
  ["Will ping you EOW", day("2026-11-27T17:00:00-05:00")],
  ["I'll call you at 10am PT tomorrow", at("2026-11-26T13:00:00-05:00")],
  ["Our team will deliver the update next Tuesday", day("2026-12-01T17:00:00-05:00"), { task: "deliver the update" }],
  ["I should be able to send it by Friday", day("2026-11-27T17:00:00-05:00"), { task: "send it" }],
  ["I'll get that over to you ASAP", undated, { task: "get that over to you" }],
  ["I'll try but no promises for Friday", not("information")],
  ["Need the quote by Friday", not("request")],
  ["Back on Monday", not("information")],
  ["OOO until Dec 1", not("absence")],
  ["We're meeting Acme on Tuesday", not("information")],
  ["Just sent it over", not("past")],
]);
