import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../slack-port.js";
import { appHomeOpened } from "./app-home-opened.js";
import { messageSuggestion } from "./message-suggestion.js";
import { reactionAdded } from "./reaction-added.js";
import { appUninstalled, tokensRevoked } from "./uninstalled.js";
import { userChange, userStatusChanged } from "./user-changes.js";

/** Events API events, as the manifest subscribes to them (message.channels arrives as "message"). */
export const EVENTS = [
  "reaction_added",
  "app_home_opened",
  "message.channels",
  "app_uninstalled",
  "tokens_revoked",
  "user_status_changed",
  "user_change",
];

export function registerEvents(app: App, deps: SlackDeps): void {
  app.event("reaction_added", reactionAdded(deps));
  app.event("app_home_opened", appHomeOpened(deps));
  app.event("message", messageSuggestion(deps));
  app.event("app_uninstalled", appUninstalled(deps));
  app.event("tokens_revoked", tokensRevoked(deps));
  app.event("user_status_changed", userStatusChanged(deps));
  app.event("user_change", userChange(deps));
}
