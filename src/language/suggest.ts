import { type ParseOptions, parseCommitment } from "./parse-commitment.js";

/**
 * Whether a channel message reads like a promise by its author, with a deadline: the only
 * messages Lofte offers to track (in channels that opted in). Precision first: a promise made
 * for someone else, one without a date, and anything the parser doubts are left alone.
 */
export function suggestsPromise(text: string, options: Omit<ParseOptions, "recording">): boolean {
  if (text.trim().length < 8 || text.length > 1500) return false;
  const parsed = parseCommitment(text, options);
  return parsed.isCommitment && parsed.dueAt !== null && parsed.owner === null && parsed.task !== null;
}
