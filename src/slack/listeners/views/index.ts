import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { exactly, VIEW, type ViewId } from "../../ids.js";
import type { SlackDeps } from "../../slack-port.js";
import { editCommitmentSubmission } from "./edit-commitment.js";
import { newDeadlineSubmission } from "./new-deadline.js";
import { settingsSubmission } from "./settings-submission.js";
import { trackSubmission } from "./track-submission.js";

type Handler = (args: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => Promise<void>;

/** Modal submissions, through one Bolt listener that finds the handler by callback_id (as actions/index.ts explains). */
export function registerViews(app: App, deps: SlackDeps): void {
  const handlers: Record<ViewId, Handler> = {
    [VIEW.edit]: editCommitmentSubmission(deps),
    [VIEW.track]: trackSubmission(deps),
    [VIEW.newDeadline]: newDeadlineSubmission(deps),
    [VIEW.settings]: settingsSubmission(deps),
  };
  app.view<ViewSubmitAction>({ callback_id: exactly(Object.keys(handlers)), type: "view_submission" }, (args) =>
    handlers[args.view.callback_id as ViewId](args),
  );
}
