/** English words the deadline rules know, lower case. */

export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

export const WEEKDAY_SHORT: Record<string, number> = {
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  weds: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  "a couple of": 2,
  "a couple": 2,
  "couple of": 2,
  "a few": 3,
};

export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** Words a typo is corrected to (see typos.ts). */
export const TYPO_TARGETS = new Set([
  ...Object.keys(WEEKDAYS),
  ...Object.keys(MONTHS).filter((m) => m.length >= 5 && m !== "march"),
  "tomorrow",
  "tonight",
  "morning",
  "afternoon",
  "evening",
  "weekend",
]);

/** Real words one letter away from a target, never corrected. */
export const NOT_TYPOS = new Set([
  "mondays",
  "tuesdays",
  "wednesdays",
  "thursdays",
  "fridays",
  "saturdays",
  "sundays",
  "mornings",
  "evenings",
  "afternoons",
  "weekends",
  "evening",
  "junes",
]);

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.replace(/\.$/, "")];
}

export function numberValue(word: string): number | undefined {
  return /^\d+(?:[.,]\d+)?$/.test(word) ? Number(word.replace(",", ".")) : NUMBERS[word.replace(/\s+/g, " ")];
}
