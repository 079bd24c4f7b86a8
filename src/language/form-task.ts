import { fold } from "./match-text.js";
import { parseCommitment } from "./parse-commitment.js";

/** A task typed as a sentence with its speaker: "jag skickar …", "vi ringer …", "I'll send …". */
const SPEAKER_FIRST = /^(?:jag|vi|we)\s|^(?:i|we)['’](?:ll|m|d|ve)\s|^i\s+(?:will|shall|am|promise|need|have|must|should|can)\s/u;

/**
 * What someone typed in a form's "Vad" field, as Lofte writes a task: "jag skickar offerten till
 * Volvo" → "skicka offerten till Volvo", with Volvo as the customer. Words that read as a task
 * already ("skicka offerten") stay as typed. Pure.
 */
export function taskFromForm(typed: string, now: Date, timeZone: string): { task: string; customer: string | null } {
  if (!SPEAKER_FIRST.test(fold(typed))) return { task: typed, customer: null };
  const read = parseCommitment(typed, { now, timeZone, recording: true });
  // Only a promise is rewritten ("jag kan inte komma på mötet" stays as typed); the form has the date.
  const promise = read.isCommitment || read.reason === "no_date";
  return promise && read.said ? { task: read.said, customer: read.customer } : { task: typed, customer: null };
}
