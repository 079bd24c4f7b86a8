import type { App } from "@slack/bolt";
import { VIEW } from "../../ids.js";
import type { SlackDeps } from "../../slack-port.js";
import { editCommitmentSubmission } from "./edit-commitment.js";
import { newDeadlineSubmission } from "./new-deadline.js";
import { settingsSubmission } from "./settings-submission.js";
import { trackSubmission } from "./track-submission.js";

/** Modal submissions. */
export function registerViews(app: App, deps: SlackDeps): void {
  app.view(VIEW.edit, editCommitmentSubmission(deps));
  app.view(VIEW.track, trackSubmission(deps));
  app.view(VIEW.newDeadline, newDeadlineSubmission(deps));
  app.view(VIEW.settings, settingsSubmission(deps));
}
