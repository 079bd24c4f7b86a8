import { App, type AppOptions, type CustomRoute, LogLevel, webApi } from "@slack/bolt";
import type { Config } from "../config.js";
import type { Deps } from "./deps.js";
import { ACTION, SHORTCUT, VIEW } from "./ids.js";
import { acknowledgeOnly, editButton, undoButton } from "./listeners/actions/commitment-buttons.js";
import { followUpButton } from "./listeners/actions/follow-up.js";
import { leadChoice, pingOwnerButton } from "./listeners/actions/lead-choices.js";
import { listItemMenu } from "./listeners/actions/list-item.js";
import { moreTimeButton, reminderAnswer } from "./listeners/actions/reminder-answers.js";
import { saveDeadlineButton } from "./listeners/actions/save-deadline.js";
import { suggestionDismiss, suggestionTrack } from "./listeners/actions/suggestion-choices.js";
import { COMMANDS, captureCommand } from "./listeners/commands/capture-command.js";
import { appHomeOpened } from "./listeners/events/app-home-opened.js";
import { messageSuggestion } from "./listeners/events/message-suggestion.js";
import { reactionAdded } from "./listeners/events/reaction-added.js";
import { newPromiseButton, trackAsPromise } from "./listeners/shortcuts/track-as-promise.js";
import { editCommitmentSubmission } from "./listeners/views/edit-commitment.js";
import { newDeadlineSubmission } from "./listeners/views/new-deadline.js";
import { settingsSubmission } from "./listeners/views/settings-submission.js";
import { trackSubmission } from "./listeners/views/track-submission.js";

/**
 * The Bolt app: Socket Mode when an app token is set, otherwise HTTP with Slack's signature
 * verification. This file only wires listeners; each lives in listeners/<surface>/.
 */
export function createSlackApp(config: Config, deps: Deps, routes: CustomRoute[] = []): App {
  const clientOptions = config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {};
  const options: AppOptions = {
    token: config.slack.botToken,
    logLevel: LogLevel[config.logLevel.toUpperCase() as keyof typeof LogLevel],
    clientOptions,
    customRoutes: routes,
  };
  const app = config.slack.appToken
    ? // The Socket Mode connection is opened through the Web API too (GovSlack, tests).
      new App({
        ...options,
        socketMode: true,
        appToken: config.slack.appToken,
        installerOptions: { clientOptions, port: config.port },
      })
    : new App({ ...options, signingSecret: config.slack.signingSecret, port: config.port });

  for (const command of Object.keys(COMMANDS)) app.command(command, captureCommand(deps));
  app.action(ACTION.edit, editButton(deps));
  app.action(ACTION.undo, undoButton(deps));
  app.action(ACTION.saveDeadline, saveDeadlineButton(deps));
  app.action(ACTION.pickDate, acknowledgeOnly);
  app.action(ACTION.pickTime, acknowledgeOnly);
  app.view(VIEW.edit, editCommitmentSubmission(deps));
  app.shortcut(SHORTCUT.track, trackAsPromise(deps));
  app.view(VIEW.track, trackSubmission(deps));
  app.view(VIEW.settings, settingsSubmission(deps));

  // Reminders: the owner's answers, by button, menu, modal or emoji.
  app.action(ACTION.done, reminderAnswer(deps, "done"));
  app.action(ACTION.onTrack, reminderAnswer(deps, "on_track"));
  app.action(ACTION.snooze, reminderAnswer(deps, "snooze"));
  app.action(ACTION.cantMakeIt, reminderAnswer(deps, "cant_make_it"));
  app.action(ACTION.moreTime, moreTimeButton(deps, "owner"));
  app.action(ACTION.followUp, followUpButton(deps));
  app.view(VIEW.newDeadline, newDeadlineSubmission(deps));
  app.event("reaction_added", reactionAdded(deps));

  // Lists and the Home tab.
  app.action(ACTION.listItem, listItemMenu(deps));
  app.action(ACTION.newPromise, newPromiseButton(deps));
  app.event("app_home_opened", appHomeOpened(deps));

  // Suggestions on channel messages (where a channel opted in).
  app.event("message", messageSuggestion(deps));
  app.action(ACTION.suggestTrack, suggestionTrack(deps));
  app.action(ACTION.suggestDismiss, suggestionDismiss);

  // Escalations: the lead's choices.
  app.action(ACTION.pingOwner, pingOwnerButton(deps));
  app.action(ACTION.tellCustomer, leadChoice(deps, "customer_informed"));
  app.action(ACTION.reassign, leadChoice(deps, "reassign"));
  app.action(ACTION.moveDeadline, moreTimeButton(deps, "lead"));
  return app;
}

/** What the manifest must declare for the listeners above (checked by a test). */
export const LISTENED = {
  commands: Object.keys(COMMANDS),
  shortcuts: [SHORTCUT.track] as string[],
  events: ["reaction_added", "app_home_opened", "message.channels"],
};

/**
 * The Web API client the scheduler sends with: no retries and a 10 s timeout, because it
 * sends while holding a row lock; a 429 is raised with its Retry-After and the outbox retries.
 */
export function createSenderClient(config: Config): webApi.WebClient {
  return new webApi.WebClient(config.slack.botToken, {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
    logLevel: webApi.LogLevel.ERROR,
  });
}
