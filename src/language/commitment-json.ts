import { formatIsoWithOffset } from "../domain/zoned-time.js";
import type { Language } from "./pack.js";
import type { ParsedCommitment } from "./parse-commitment.js";

/** The stable JSON form of a reading, as `npm run -s parse -- --jsonl` prints it. */
export interface CommitmentJson {
  isCommitment: boolean;
  /** ISO 8601 with the owner's offset on that date, e.g. 2026-11-27T17:00:00+01:00. */
  dueAt: string | null;
  hasTime: boolean;
  owner: string | null;
  task: string | null;
  customer: string | null;
  language: Language;
  /** An RFC 5545 RRULE without DTSTART ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"), counted from dueAt; null for a one-off. */
  repeats: string | null;
}

/** Only a commitment has a deadline, an owner, a task and a customer. */
export function commitmentJson(parsed: ParsedCommitment, timeZone: string): CommitmentJson {
  const yes = parsed.isCommitment;
  return {
    isCommitment: yes,
    dueAt: yes && parsed.dueAt ? formatIsoWithOffset(parsed.dueAt, timeZone) : null,
    hasTime: yes && parsed.dueAt !== null && parsed.hasTime,
    owner: yes ? parsed.owner : null,
    task: yes ? parsed.task : null,
    customer: yes ? parsed.customer : null,
    language: parsed.language,
    repeats: yes ? parsed.repeats : null,
  };
}
