/** Swedish words the deadline rules know, with and without diacritics (people type both). */

export const WEEKDAYS: Record<string, number> = {
  måndag: 1,
  mandag: 1,
  mån: 1,
  man: 1,
  tisdag: 2,
  tis: 2,
  onsdag: 3,
  ons: 3,
  torsdag: 4,
  tors: 4,
  tor: 4,
  fredag: 5,
  fre: 5,
  fred: 5,
  lördag: 6,
  lordag: 6,
  lör: 6,
  lor: 6,
  söndag: 7,
  sondag: 7,
  sön: 7,
  son: 7,
};

/** Full weekday names only: abbreviations like "to" and "må" are everyday words. */
export const WEEKDAY_NAMES = "måndag|mandag|tisdag|onsdag|torsdag|fredag|lördag|lordag|söndag|sondag";

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
  två: 2,
  tva: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  atta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
  femton: 15,
  tjugo: 20,
  trettio: 30,
};

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")];
}

export function numberValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  return /^\d+$/.test(lower) ? Number(lower) : NUMBERS[lower];
}
