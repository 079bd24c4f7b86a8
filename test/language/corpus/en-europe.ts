import { at, day, group, not, undated } from "./cases.js";

/** English written in a Stockholm office on Wednesday 25 November 2026 at 10:00 (+01:00). */
export const ENGLISH_STOCKHOLM = group("en", "2026-11-25T10:00:00+01:00", "Europe/Stockholm", [
  ["I'll send the offer to Acme on Friday", day("2026-11-27T17:00:00+01:00"), { customer: "Acme", task: "send the offer" }],
  ["I'll send the specs by 15/3", day("2027-03-15T17:00:00+01:00")],
  ["We'll sign with Scania by 1 April at 2pm", at("2027-04-01T14:00:00+02:00"), { customer: "Scania" }],
  ["I'll deliver the pilot by week 12", day("2027-03-25T17:00:00+01:00")],
  ["I'll send the draft by 3/12", day("2026-12-03T17:00:00+01:00")],
  ["I'll call Ericsson at 14.30", at("2026-11-25T14:30:00+01:00"), { customer: "Ericsson" }],
  ["I'll send the slides before 15 December", day("2026-12-14T17:00:00+01:00")],
  ["<@U0ERIK> will book the workshop with Telia next Thursday", day("2026-12-03T17:00:00+01:00"), { owner: "U0ERIK", customer: "Telia" }],
  ["Will get back to Klarna tomorrow afternoon", at("2026-11-26T17:00:00+01:00"), { customer: "Klarna" }],
  ["I'll check with legal and get back to you", undated],
  ["Could you send me the numbers before lunch?", not("request")],
  ["I'm on parental leave until January", not("absence")],
]);

/** English in London on Monday 14 December 2026 at 16:30 (+00:00). */
export const ENGLISH_LONDON = group("en", "2026-12-14T16:30:00+00:00", "Europe/London", [
  ["I'll send the invoice before the end of the year", day("2026-12-30T17:00:00+00:00")],
  ["I'll ring Tesco at 4pm", at("2026-12-15T16:00:00+00:00"), { customer: "Tesco" }],
  // Red days by name (Sweden's calendar by default).
  ["I'll get back to you after New Year", day("2027-01-04T17:00:00+00:00")],
  ["I'll have it ready by Christmas Eve", day("2026-12-24T17:00:00+00:00")],
  // A date that went by lately is that date, not next year's.
  ["I'll send the proposal on 1 December", not("past")],
  ["Done by midnight", at("2026-12-14T23:59:00+00:00"), { task: "have it done" }],
  ["I'll send the recap at 5pm", at("2026-12-14T17:00:00+00:00")],
  ["I'll send it over by Christmas", day("2026-12-23T17:00:00+00:00")],
  ["We'll have it sorted by the 5th", day("2027-01-05T17:00:00+00:00")],
  ["I'll send the quote next week", day("2026-12-23T17:00:00+00:00")],
  ["I'll review it on Wednesday", day("2026-12-16T17:00:00+00:00")],
  ["I'll call them in 2 hours", at("2026-12-14T18:30:00+00:00")],
  ["I'll sort it out by end of play tomorrow", at("2026-12-15T17:00:00+00:00")],
  ["Merry Christmas everyone!", not("information")],
  ["Has anyone heard back from Tesco?", not("question")],
]);
