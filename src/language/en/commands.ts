import type { CommandWords } from "../pack.js";
import { WEEKDAYS } from "./words.js";

/** The words of `/promise …`, lower case. */
export const commands: CommandWords = {
  command: "/promise",
  help: ["help"],
  settings: ["settings"],
  export: ["export"],
  list: ["list", "mine", "my"],
  team: ["team"],
  customer: ["customer"],
  digest: ["digest"],
  suggestions: ["suggest", "suggestions"],
  on: ["on"],
  off: ["off"],
  now: ["now"],
  weekdays: WEEKDAYS,
};
