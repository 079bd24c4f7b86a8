import { formatDeadline } from "./format-deadline.js";
import { parseCommitment } from "./parse-commitment.js";

/**
 * Reads a promise in each language once, at start. The first reading builds what every later
 * one reuses: the rules' screen (read from their syntax trees), their compiled regular
 * expressions, chrono's locales, this year's red days and the time zone formatters. Done
 * before Lofte says it is ready, so the first people after a start do not wait for it: without
 * it the first command took about 115 ms instead of 5, and under load the queue behind it made
 * the first second's answers slow (`npm run bench -- --only=load`).
 */
export function warmUpLanguages(now: Date = new Date()): void {
  for (const [text, timeZone] of [
    ["jag skickar offerten till Acme på fredag kl 14", "Europe/Stockholm"],
    ["I'll send Volvo the report by Friday at 2pm", "Europe/London"],
  ] as const) {
    const read = parseCommitment(text, { now, timeZone });
    if (read.dueAt) formatDeadline(read.dueAt, timeZone, read.language, now);
  }
}
