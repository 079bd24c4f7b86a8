import type { CommandWords } from "../pack.js";
import { WEEKDAYS } from "./words.js";

/** The words of `/lofte …`, folded (å/ä → a, ö → o). */
export const commands: CommandWords = {
  command: "/lofte",
  help: ["hjalp"],
  settings: ["installningar", "installning"],
  export: ["exportera"],
  list: ["lista", "mina"],
  team: ["team"],
  customer: ["kund"],
  digest: ["digest"],
  suggestions: ["forslag"],
  on: ["pa"],
  off: ["av"],
  now: ["nu"],
  weekdays: WEEKDAYS,
};
