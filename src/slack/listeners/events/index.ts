import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import { exactly } from "../../ids.js";
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

type Handled =
  | "reaction_added"
  | "app_home_opened"
  | "message"
  | "app_uninstalled"
  | "tokens_revoked"
  | "user_status_changed"
  | "user_change";
type Handlers = { [E in Handled]: (args: SlackEventMiddlewareArgs<E> & AllMiddlewareArgs) => Promise<void> };

/** Events, through one Bolt listener that finds the handler by the event's type (as actions/index.ts explains). */
export function registerEvents(app: App, deps: SlackDeps): void {
  const handlers: Handlers = {
    reaction_added: reactionAdded(deps),
    app_home_opened: appHomeOpened(deps),
    message: messageSuggestion(deps),
    app_uninstalled: appUninstalled(deps),
    tokens_revoked: tokensRevoked(deps),
    user_status_changed: userStatusChanged(deps),
    user_change: userChange(deps),
  };
  app.event(exactly(Object.keys(handlers)), (args) => {
    // Each handler gets the arguments of its own event's type, which the pattern above selected.
    const handler = handlers[args.event.type as Handled] as (a: typeof args) => Promise<void>;
    return handler(args);
  });
}
