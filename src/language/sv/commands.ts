import type { CommandWords } from "../pack.js";
import { WEEKDAYS } from "./words.js";

/** The words of `/lofte …`, folded (å/ä → a, ö → o). */
export const commands: CommandWords = {
  command: "/lofte",
  help: ["hjalp", "hjalpa", "kommandon"],
  settings: ["installningar", "installning"],
  export: ["exportera"],
  list: ["lista", "mina"],
  team: ["team", "kanalen"],
  listFiller: ["mina", "oppna", "loften", "lofte"],
  all: ["alla", "allt", "allas", "teamets", "kanalens"],
  customer: ["kund"],
  digest: ["digest", "sammanfattning", "sammanfattningen", "veckosammanfattning"],
  suggestions: ["forslag"],
  on: ["pa"],
  off: ["av"],
  now: ["nu"],
  weekdays: WEEKDAYS,
};
