import { toLocal } from "../../src/domain/zoned-time.js";
import { type CommitmentJson, commitmentJson } from "../../src/language/commitment-json.js";
import type { Language } from "../../src/language/index.js";
import { parseCommitment } from "../../src/language/parse-commitment.js";
import type { CorpusCase } from "./corpus.js";

/**
 * Reads every corpus sentence the way `npm run -s parse -- --jsonl` does and scores the
 * answers per language. Shared by the eval script and the tests.
 */

export interface Reading {
  case: CorpusCase;
  got: CommitmentJson;
}

export interface Scores {
  sentences: number;
  /** Dated promises read as promises on the right local day. */
  rightDay: number;
  /** … and at the right instant. */
  rightInstant: number;
  /** Of the sentences read as promises, how many are. */
  precision: number;
  /** Of the promises, how many were read as promises. */
  recall: number;
  /** Non-promises read as promises. */
  falsePositiveRate: number;
  hasTime: number;
  owner: number;
  customer: number;
  task: number;
  language: number;
}

export function readCorpus(corpus: readonly CorpusCase[]): Reading[] {
  return corpus.map((c) => ({ case: c, got: commitmentJson(parseCommitment(c.text, { now: new Date(c.now), timeZone: c.tz }), c.tz) }));
}

const ratio = (hits: number, total: number) => (total === 0 ? 1 : hits / total);

export function localDay(iso: string, timeZone: string): string {
  const local = toLocal(new Date(iso), timeZone);
  return `${local.year}-${local.month}-${local.day}`;
}

export function sameInstant(a: string | null, b: string | null): boolean {
  return a === b || (a !== null && b !== null && Date.parse(a) === Date.parse(b));
}

export function scores(readings: readonly Reading[]): Scores {
  const dated = readings.filter((r) => r.case.isCommitment && r.case.dueAt);
  const promises = readings.filter((r) => r.case.isCommitment);
  const others = readings.filter((r) => !r.case.isCommitment);
  const taken = readings.filter((r) => r.got.isCommitment);
  const tasks = promises.filter((r) => r.case.task !== undefined);
  const dayOk = (r: Reading) =>
    r.got.isCommitment && r.got.dueAt !== null && localDay(r.got.dueAt, r.case.tz) === localDay(r.case.dueAt ?? "", r.case.tz);
  return {
    sentences: readings.length,
    rightDay: ratio(dated.filter(dayOk).length, dated.length),
    rightInstant: ratio(dated.filter((r) => r.got.isCommitment && sameInstant(r.got.dueAt, r.case.dueAt)).length, dated.length),
    precision: ratio(taken.filter((r) => r.case.isCommitment).length, taken.length),
    recall: ratio(promises.filter((r) => r.got.isCommitment).length, promises.length),
    falsePositiveRate: others.length === 0 ? 0 : others.filter((r) => r.got.isCommitment).length / others.length,
    hasTime: ratio(dated.filter((r) => r.got.hasTime === r.case.hasTime).length, dated.length),
    owner: ratio(promises.filter((r) => r.got.owner === r.case.owner).length, promises.length),
    customer: ratio(promises.filter((r) => r.got.customer === r.case.customer).length, promises.length),
    task: ratio(tasks.filter((r) => r.got.task === r.case.task).length, tasks.length),
    language: ratio(readings.filter((r) => r.got.language === r.case.language).length, readings.length),
  };
}

export function scoresByLanguage(readings: readonly Reading[]): Record<Language | "all", Scores> {
  return {
    sv: scores(readings.filter((r) => r.case.language === "sv")),
    en: scores(readings.filter((r) => r.case.language === "en")),
    all: scores(readings),
  };
}

/** Where a reading differs from the expectation, field by field. */
export function differences(reading: Reading): string[] {
  const { case: c, got } = reading;
  const out: string[] = [];
  if (got.isCommitment !== c.isCommitment) out.push(`isCommitment ${got.isCommitment}`);
  if (!sameInstant(got.dueAt, c.dueAt)) out.push(`dueAt ${got.dueAt} ≠ ${c.dueAt}`);
  if (got.hasTime !== c.hasTime) out.push(`hasTime ${got.hasTime}`);
  if (got.owner !== c.owner) out.push(`owner ${got.owner}`);
  if (got.customer !== c.customer) out.push(`customer ${got.customer} ≠ ${c.customer}`);
  if (c.task !== undefined && got.task !== c.task) out.push(`task "${got.task}" ≠ "${c.task}"`);
  if (got.language !== c.language) out.push(`language ${got.language}`);
  return out;
}
