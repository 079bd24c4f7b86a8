import type { App } from "@slack/bolt";
import { SHORTCUT } from "../../ids.js";
import type { SlackDeps } from "../../slack-port.js";
import { trackAsPromise } from "./track-as-promise.js";

export function registerShortcuts(app: App, deps: SlackDeps): void {
  app.shortcut(SHORTCUT.track, trackAsPromise(deps));
}
