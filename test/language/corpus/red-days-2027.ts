import { at, day, group, not } from "./cases.js";

/**
 * Around Easter and midsummer 2027, from a third reader who had not seen the rules (session 20).
 * Easter: långfredag 26 March, påskdagen 28, annandag påsk 29; clocks go forward on the 28th.
 * Midsummer: midsommarafton Friday 25 June, a day off. A holiday's day named as the deadline is kept
 * as typed (the confirmation says it is a red day); "innan" one is the working day before, time or
 * not, and so is "till" a holiday period ("till påsk", "by Easter", "till midsommar": session 26).
 */

/** Wednesday 24 March 2027 at 14:30 in Stockholm (+01:00). */
export const SWEDISH_EASTER = group("sv", "2027-03-24T14:30:00+01:00", "Europe/Stockholm", [
  ["Jag skickar offerten till Volvo till påsk", day("2027-03-25T17:00:00+01:00"), { customer: "Volvo", task: "skicka offerten" }],
  ["Jag skickar offerten till Volvo till påskdagen", day("2027-03-28T17:00:00+02:00"), { customer: "Volvo", task: "skicka offerten" }],
  ["Jag skickar offerten till Nibe innan påsk kl 12", at("2027-03-25T12:00:00+01:00"), { customer: "Nibe", task: "skicka offerten" }],
  ["Jag skickar underlaget till Saab i slutet av veckan", day("2027-03-25T17:00:00+01:00"), { customer: "Saab" }],
  ["Jag skickar utkastet till Skanska om en och en halv vecka", day("2027-04-02T17:00:00+02:00"), { customer: "Skanska" }],
  [
    "Jag bokar en demo med Klarna torsdag veckan efter nästa",
    day("2027-04-08T17:00:00+02:00"),
    { customer: "Klarna", task: "boka en demo" },
  ],
  ["Jag skickar in rapporten till Trafikverket sista april", day("2027-04-30T17:00:00+02:00"), { customer: "Trafikverket" }],
  ["Jag fixar leveransen till Ahlsell innan Valborg", day("2027-04-29T17:00:00+02:00"), { customer: "Ahlsell", task: "fixa leveransen" }],
  ["Vi levererar före pingst", day("2027-05-14T17:00:00+02:00")],
  ["Glad påsk allihop!", not("information")],
  ["Vi har workshop med Saab torsdag kl 13", not("information")],
  ["Sista dag för Trafikverkets upphandling är 1 april.", not("information")],
]);

/** Friday 18 June 2027 at 16:00 in Stockholm (+02:00). */
export const SWEDISH_MIDSUMMER = group("sv", "2027-06-18T16:00:00+02:00", "Europe/Stockholm", [
  ["Jag skickar offerten till Volvo till midsommar", day("2027-06-24T17:00:00+02:00"), { customer: "Volvo" }],
  ["Jag skickar offerten till Volvo till midsommarafton", day("2027-06-25T17:00:00+02:00"), { customer: "Volvo" }],
  ["Jag skickar offerten till Nibe innan midsommar kl 12", at("2027-06-24T12:00:00+02:00"), { customer: "Nibe" }],
  ["Jag skickar underlaget till Saab i slutet av nästa vecka", day("2027-06-24T17:00:00+02:00"), { customer: "Saab" }],
  ["Vi har kickoff med Ericsson tisdag kl 10.", not("information")],
  ["Vi har lunch med Volvo imorgon", not("information")],
]);

/** The same Wednesday before Easter, in English. */
export const ENGLISH_EASTER = group("en", "2027-03-24T14:30:00+01:00", "Europe/Stockholm", [
  ["I'll send the quote to Volvo by Easter", day("2027-03-25T17:00:00+01:00"), { customer: "Volvo", task: "send the quote" }],
  ["I'll send the quote to Volvo on Easter Sunday", day("2027-03-28T17:00:00+02:00"), { customer: "Volvo", task: "send the quote" }],
  ["I'll send the quote before Easter at noon", at("2027-03-25T12:00:00+01:00"), { task: "send the quote" }],
  ["I'll share the draft with Skanska in 1.5 weeks", day("2027-04-02T17:00:00+02:00"), { customer: "Skanska", task: "share the draft" }],
  ["I'll share the draft with Skanska in a week and a half", day("2027-04-02T17:00:00+02:00"), { customer: "Skanska" }],
  ["I'll book a demo with Klarna Thursday the week after next", day("2027-04-08T17:00:00+02:00"), { customer: "Klarna" }],
  ["I'll send the quote to Volvo nxt week", day("2027-04-02T17:00:00+02:00"), { customer: "Volvo", task: "send the quote" }],
  ["We have lunch with Volvo tomorrow", not("information")],
  ["We have a demo with Klarna on Thursday", not("information")],
  ["Happy Easter everyone!", not("information")],
]);
