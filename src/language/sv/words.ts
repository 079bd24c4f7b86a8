/** Swedish words the deadline rules know, folded (å/ä → a, ö → o, lower case; see match-text.ts). */

export const WEEKDAYS: Record<string, number> = {
  mandag: 1,
  tisdag: 2,
  onsdag: 3,
  torsdag: 4,
  fredag: 5,
  lordag: 6,
  sondag: 7,
};

/** Short forms. "mån", "lör", "sön", "tor" are everyday words too, so they need a "på" or "till" before them. */
export const WEEKDAY_SHORT: Record<string, number> = {
  man: 1,
  tis: 2,
  tisd: 2,
  ons: 3,
  onsd: 3,
  tors: 4,
  torsd: 4,
  tor: 4,
  fre: 5,
  lor: 6,
  son: 7,
};
export const SAFE_WEEKDAY_SHORT = ["tisd", "tis", "onsd", "ons", "torsd", "tors", "fre"];

export const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  mars: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augusti: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const NUMBERS: Record<string, number> = {
  en: 1,
  ett: 1,
  tva: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  atta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
  femton: 15,
  tjugo: 20,
  trettio: 30,
  "ett par": 2,
  par: 2,
  nagra: 3,
};

export const ORDINALS: Record<string, number> = {
  forsta: 1,
  andra: 2,
  tredje: 3,
  fjarde: 4,
  femte: 5,
  sjatte: 6,
  sjunde: 7,
  attonde: 8,
  nionde: 9,
  tionde: 10,
};

/** Words a typo is corrected to (see typos.ts). */
export const TYPO_TARGETS = new Set([
  ...Object.keys(WEEKDAYS),
  ...Object.keys(MONTHS).filter((m) => m.length >= 5),
  "imorgon",
  "overmorgon",
  "eftermiddag",
  "eftermiddagen",
  "formiddag",
  "formiddagen",
  "kvallen",
  "morgonen",
  "nasta",
  "vecka",
  "veckan",
  "senast",
  "klockan",
  "manadsskiftet",
  "arsskiftet",
]);

/** Real words one letter away from a target, never corrected. */
export const NOT_TYPOS = new Set([
  "nastan",
  "senaste",
  "morgan",
  "mandat",
  "veckans",
  "veckas",
  "mandags",
  "tisdags",
  "onsdags",
  "torsdags",
  "fredags",
  "lordags",
  "sondags",
  "fredagar",
  "vecko",
  "klockar",
]);

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.replace(/\.$/, "")];
}

export function numberValue(word: string): number | undefined {
  return /^\d+(?:[.,]\d+)?$/.test(word) ? Number(word.replace(",", ".")) : NUMBERS[word.replace(/\s+/g, " ")];
}
