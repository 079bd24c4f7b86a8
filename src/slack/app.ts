import { App, type CustomRoute, LogLevel } from "@slack/bolt";
import type { Config } from "../config.js";
import { JsonLogger } from "../log.js";
import type { PrismaInstallationStore } from "../store/installations.js";
import type { Deps } from "./deps.js";
import { createHttpReceiver } from "./http-receiver.js";
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
import { appUninstalled, tokensRevoked } from "./listeners/events/uninstalled.js";
import { newPromiseButton, trackAsPromise } from "./listeners/shortcuts/track-as-promise.js";
import { editCommitmentSubmission } from "./listeners/views/edit-commitment.js";
import { newDeadlineSubmission } from "./listeners/views/new-deadline.js";
import { settingsSubmission } from "./listeners/views/settings-submission.js";
import { trackSubmission } from "./listeners/views/track-submission.js";
import { oncePerEvent, requestLog } from "./middleware.js";

/** The bot scopes Lofte asks for when installed by OAuth (the manifest lists the same; a test checks). */
export const BOT_SCOPES = ["commands", "chat:write", "users:read", "reactions:read", "channels:history", "im:write", "files:write"];

export interface SlackAppOptions {
  /** Extra HTTP routes (health). */
  routes?: CustomRoute[];
  logger?: JsonLogger;
  /** OAuth mode: where installations (and their encrypted tokens) live. */
  installations?: PrismaInstallationStore;
}

/**
 * The Bolt app: Socket Mode when an app token is set, otherwise HTTP with Slack's signature
 * verification (v0, 5-minute window). One workspace with SLACK_BOT_TOKEN, or many with OAuth
 * (/slack/install, /slack/oauth_redirect) and tokens from the installation store. This file
 * only wires listeners; each lives in listeners/<surface>/.
 */
export function createSlackApp(config: Config, deps: Deps, extra: SlackAppOptions = {}): App {
  const clientOptions = config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {};
  const logger = extra.logger ?? new JsonLogger(config.logLevel as LogLevel);
  const { oauth } = config.slack;
  const installer =
    oauth && extra.installations
      ? {
          clientId: oauth.clientId,
          clientSecret: oauth.clientSecret,
          stateSecret: oauth.stateSecret,
          scopes: BOT_SCOPES,
          installationStore: extra.installations,
        }
      : undefined;
  const common = {
    ...installer,
    logger,
    logLevel: LogLevel[config.logLevel.toUpperCase() as keyof typeof LogLevel],
    customRoutes: extra.routes ?? [],
    // The Socket Mode connection and the OAuth exchange go through the Web API URL too (GovSlack, tests).
    installerOptions: { clientOptions, ...(config.slack.appToken ? { port: config.port } : {}) },
  };
  // With OAuth, Bolt authorizes each request from the installation store; otherwise the one token.
  const token = installer ? {} : { token: config.slack.botToken };
  const app = config.slack.appToken
    ? new App({ ...common, ...token, clientOptions, socketMode: true, appToken: config.slack.appToken })
    : new App({
        ...token,
        logger,
        // Without it Bolt sets its logger to info.
        logLevel: common.logLevel,
        clientOptions,
        receiver: createHttpReceiver(
          { ...common, signingSecret: config.slack.signingSecret ?? "", port: config.port },
          {
            maxInFlight: config.maxInFlight,
            listened: {
              ...LISTENED,
              actions: Object.values(ACTION),
              views: Object.values(VIEW),
            },
          },
        ),
      });

  app.use(requestLog(logger));
  app.use(oncePerEvent(deps, logger));

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

  // Leaving a workspace.
  app.event("app_uninstalled", appUninstalled(deps));
  app.event("tokens_revoked", tokensRevoked(deps));
  return app;
}

/** What the manifest must declare for the listeners above (checked by a test). */
export const LISTENED = {
  commands: Object.keys(COMMANDS),
  shortcuts: [SHORTCUT.track] as string[],
  events: ["reaction_added", "app_home_opened", "message.channels", "app_uninstalled", "tokens_revoked"],
};
