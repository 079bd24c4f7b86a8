import type { CommandWords } from "../pack.js";
import { WEEKDAYS } from "./words.js";

/** The words of `/promise …`, lower case. */
export const commands: CommandWords = {
  command: "/promise",
  help: ["help", "commands"],
  settings: ["settings"],
  export: ["export"],
  list: ["list", "mine", "my"],
  team: ["team", "channel"],
  listFiller: ["my", "mine", "open", "promises", "promise"],
  all: ["all", "everyone", "everything", "channel's", "team's"],
  customer: ["customer"],
  digest: ["digest", "summary", "weekly"],
  suggestions: ["suggest", "suggestions"],
  on: ["on"],
  off: ["off"],
  now: ["now"],
  weekdays: WEEKDAYS,
};
