import type { CorpusCase } from "./corpus/cases.js";
import { ENGLISH_CLAUSES, SWEDISH_CLAUSES } from "./corpus/clauses.js";
import { ENGLISH_LONDON, ENGLISH_STOCKHOLM } from "./corpus/en-europe.js";
import { ENGLISH_AUTUMN_SWITCH, ENGLISH_NEW_YORK, ENGLISH_SPRING_SWITCH } from "./corpus/en-new-york.js";
import { ENGLISH_VARIED } from "./corpus/en-varied.js";
import { ENGLISH_EASTER, SWEDISH_EASTER, SWEDISH_MIDSUMMER } from "./corpus/red-days-2027.js";
import { SWEDISH_NOVEMBER } from "./corpus/sv-november.js";
import { SWEDISH_AUTUMN_SWITCH, SWEDISH_DECEMBER, SWEDISH_FRIDAY, SWEDISH_SPRING_SWITCH } from "./corpus/sv-other-days.js";
import { SWEDISH_VARIED } from "./corpus/sv-varied.js";

export type { CorpusCase } from "./corpus/cases.js";

/**
 * Sentences written as people write in Slack, with what each should mean. Expectations are
 * worked out by hand from the product rules in issue 3, never copied from the parser.
 */
export const CORPUS: readonly CorpusCase[] = [
  ...SWEDISH_NOVEMBER,
  ...SWEDISH_AUTUMN_SWITCH,
  ...SWEDISH_SPRING_SWITCH,
  ...SWEDISH_DECEMBER,
  ...SWEDISH_FRIDAY,
  ...SWEDISH_VARIED,
  ...SWEDISH_CLAUSES,
  ...SWEDISH_EASTER,
  ...SWEDISH_MIDSUMMER,
  ...ENGLISH_NEW_YORK,
  ...ENGLISH_AUTUMN_SWITCH,
  ...ENGLISH_SPRING_SWITCH,
  ...ENGLISH_STOCKHOLM,
  ...ENGLISH_LONDON,
  ...ENGLISH_VARIED,
  ...ENGLISH_CLAUSES,
  ...ENGLISH_EASTER,
];
