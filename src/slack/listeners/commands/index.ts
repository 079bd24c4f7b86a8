import type { App } from "@slack/bolt";
import { LANGUAGES } from "../../../language/index.js";
import type { SlackDeps } from "../../slack-port.js";
import { lofteCommand } from "./lofte-command.js";

/** `/lofte` (Swedish) and `/promise` (English): one command in two languages. */
export const COMMANDS = Object.values(LANGUAGES).map((language) => language.commands.command);

export function registerCommands(app: App, deps: SlackDeps): void {
  for (const command of COMMANDS) app.command(command, lofteCommand(deps));
}
