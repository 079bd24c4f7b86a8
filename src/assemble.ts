import type { App, CustomRoute } from "@slack/bolt";
import type { Sender } from "./app/deliver-reminder.js";
import { ProcessMemory } from "./app/deps.js";
import { resumeIfUninstalled } from "./app/people.js";
import { SendLanes } from "./app/send-lanes.js";
import type { Config } from "./config.js";
import type { JsonLogger } from "./log.js";
import { createSlackApp } from "./slack/app.js";
import { PeopleDirectory } from "./slack/people-directory.js";
import type { SlackDeps } from "./slack/slack-port.js";
import { UserProfiles } from "./slack/user-profiles.js";
import { workspacePorts } from "./slack/workspace-ports.js";
import type { Database } from "./store/database.js";
import { PrismaInstallationStore } from "./store/installations.js";
import { TokenCipher } from "./store/token-cipher.js";

/**
 * Slack takes about one message a second per channel. Slots are this far apart, a tenth more
 * than a second, because a post takes its own (varying) time to reach Slack after its slot.
 */
const SEND_GAP_MS = 1_100;

/** Lofte put together: its dependencies, its Bolt app, and what its scheduler sends with. */
export interface Assembled {
  deps: SlackDeps;
  app: App;
  sender: Sender;
  /** OAuth mode only: where installations and their encrypted tokens live. */
  installations: PrismaInstallationStore | undefined;
}

export interface AssembleOptions {
  clock?: () => Date;
  logger?: JsonLogger;
  /** Extra HTTP routes (health). */
  routes?: CustomRoute[];
  /** Real milliseconds between two posts to one channel, across replicas (most tests use 0). */
  sendGapMs?: number;
}

/** The one place that wires configuration, database, Slack and the use cases together (main, tests and the playground). */
export function assembleLofte(config: Config, db: Database, options: AssembleOptions = {}): Assembled {
  const clock = options.clock ?? (() => new Date());
  const deps: SlackDeps = {
    db,
    clock,
    defaults: config.defaults,
    nudges: config.nudges,
    memory: new ProcessMemory(),
    profiles: new UserProfiles(clock),
    people: new PeopleDirectory(),
    slackOrigins: ["https://hooks.slack.com", ...(config.slack.apiUrl ? [new URL(config.slack.apiUrl).origin] : [])],
  };
  const installations =
    config.slack.oauth && config.encryptionKey
      ? new PrismaInstallationStore(db.prisma, new TokenCipher(config.encryptionKey), (teamId) => resumeIfUninstalled(deps, teamId))
      : undefined;
  const app = createSlackApp(config, deps, { routes: options.routes, logger: options.logger, installations });
  return {
    deps,
    app,
    sender: {
      ...deps,
      slack: workspacePorts(config, installations, deps),
      sendGapMs: options.sendGapMs ?? SEND_GAP_MS,
      lanes: new SendLanes(),
    },
    installations,
  };
}
