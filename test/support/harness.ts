import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../../src/config.js";
import type { Sender } from "../../src/jobs/deliver-nudge.js";
import { runNudgeTick, type TickResult } from "../../src/jobs/nudge-tick.js";
import { Pacer } from "../../src/jobs/pacer.js";
import { createSlackApp } from "../../src/slack/app.js";
import type { Deps } from "../../src/slack/deps.js";
import { UserProfiles } from "../../src/slack/user-profiles.js";
import { workspaceClients } from "../../src/slack/workspace-clients.js";
import type { Database } from "../../src/store/database.js";
import { FakeSlack } from "./fake-slack.js";
import { SlackDriver } from "./slack-driver.js";

export const SIGNING_SECRET = "test-signing-secret";

/** A settable clock: tests move time instead of waiting. */
export class TestClock {
  constructor(private current: Date) {}
  now = (): Date => new Date(this.current);
  set(instant: Date | string): void {
    this.current = new Date(instant);
  }
}

export interface Lofte {
  slack: FakeSlack;
  driver: SlackDriver;
  clock: TestClock;
  db: Database;
  deps: Deps;
  /** What the scheduler sends with: the deps and its own Web API client. */
  sender: Sender;
  /** One scheduler tick at the test clock's time, with the scheduler's own Web API client. */
  tick(): Promise<TickResult>;
  stop(): Promise<void>;
}

/**
 * Lofte in HTTP mode on 127.0.0.1 (a free port), with the real Web API client pointed at a
 * fake Slack, a real database and a test clock.
 */
export async function startLofte(db: Database, now: string, env: Record<string, string> = {}): Promise<Lofte> {
  const slack = await new FakeSlack().start();
  const clock = new TestClock(new Date(now));
  const config = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    LOG_LEVEL: "error",
    ...env,
  });
  const deps: Deps = {
    db,
    clock: clock.now,
    defaults: config.defaults,
    profiles: new UserProfiles(clock.now),
    nudges: config.nudges,
    pacer: new Pacer(0),
  };
  const app = createSlackApp(config, deps);
  const sender: Sender = { ...deps, slack: workspaceClients(config) };
  const server = (await app.start({ port: 0, host: "127.0.0.1" })) as Server;
  const { port } = server.address() as AddressInfo;
  // Signatures are checked against the real time (Bolt's 5-minute window), not the test clock.
  const driver = new SlackDriver(`http://127.0.0.1:${port}/slack/events`, SIGNING_SECRET);
  return {
    slack,
    driver,
    clock,
    db,
    deps,
    sender,
    tick: () => runNudgeTick(sender),
    async stop() {
      await app.stop();
      await slack.stop();
    },
  };
}
