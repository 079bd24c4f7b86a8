import { App, type CustomRoute, LogLevel } from "@slack/bolt";
import { firstArrival } from "../app/replays.js";
import type { Config } from "../config.js";
import { JsonLogger } from "../log.js";
import type { PrismaInstallationStore } from "../store/installations.js";
import { createHttpReceiver } from "./http-receiver.js";
import { ACTION, SHORTCUT, VIEW } from "./ids.js";
import { registerActions } from "./listeners/actions/index.js";
import { COMMANDS, registerCommands } from "./listeners/commands/index.js";
import { EVENTS, registerEvents } from "./listeners/events/index.js";
import { registerShortcuts } from "./listeners/shortcuts/index.js";
import { registerViews } from "./listeners/views/index.js";
import { oncePerEvent, requestLog, sameWorkspace } from "./middleware.js";
import { slackFetch } from "./slack-http.js";
import type { SlackDeps } from "./slack-port.js";

/** The bot scopes Lofte asks for when installed by OAuth (the manifest lists the same; a test checks). */
export const BOT_SCOPES = [
  "commands",
  "chat:write",
  "users:read",
  "reactions:read",
  "channels:history",
  "im:write",
  "im:history",
  "files:write",
];

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
 * only wires things; each listener lives in listeners/<surface>/, registered by its index.ts.
 */
export function createSlackApp(config: Config, deps: SlackDeps, extra: SlackAppOptions = {}): App {
  const clientOptions = { fetch: slackFetch, ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}) };
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
    // Lofte keeps no per-conversation state in Bolt: its conversation store only costs time.
    convoStore: false as const,
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
        convoStore: common.convoStore,
        clientOptions,
        receiver: createHttpReceiver(
          { ...common, signingSecret: config.slack.signingSecret ?? "", port: config.port },
          {
            maxInFlight: config.maxInFlight,
            firstSighting: (hash, expiresAt) => firstArrival(deps, hash, expiresAt),
            listened: {
              ...LISTENED,
              actions: Object.values(ACTION),
              views: Object.values(VIEW),
            },
          },
        ),
      });

  app.use(requestLog(logger));
  app.use(sameWorkspace(logger));
  app.use(oncePerEvent(deps, logger));

  registerCommands(app, deps);
  registerActions(app, deps);
  registerShortcuts(app, deps);
  registerViews(app, deps);
  registerEvents(app, deps);
  return app;
}

/** What the manifest must declare for the listeners above (checked by a test). */
export const LISTENED = {
  commands: COMMANDS,
  shortcuts: Object.values(SHORTCUT) as string[],
  events: EVENTS,
};
