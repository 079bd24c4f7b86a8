import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { LogLevel } from "@slack/bolt";
import { afterAll, beforeAll } from "vitest";
import { tellLeadsAhead } from "../../src/app/absence.js";
import type { Sender } from "../../src/app/deliver-reminder.js";
import { continueSeries } from "../../src/app/series.js";
import { assembleLofte } from "../../src/assemble.js";
import { loadConfig } from "../../src/config.js";
import { runNudgeTick, type TickResult } from "../../src/jobs/nudge-tick.js";
import { JsonLogger } from "../../src/log.js";
import type { SlackDeps } from "../../src/slack/slack-port.js";
import type { Database } from "../../src/store/database.js";
import type { PrismaInstallationStore } from "../../src/store/installations.js";
import { type DatabaseKind, openTestDatabase, type TestDatabase } from "./databases.js";
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
  deps: SlackDeps;
  /** What the scheduler sends with: the deps and its own Web API client. */
  sender: Sender;
  /** One scheduler tick at the test clock's time (reminders, then repeating promises), with the scheduler's own Web API client. */
  tick(): Promise<TickResult>;
  /** Every log line Lofte wrote (JSON), at the level the test asked for (LOG_LEVEL, default error). */
  logs: string[];
  /** The installation store, in OAuth mode (SLACK_CLIENT_ID set). */
  installations: PrismaInstallationStore | undefined;
  /** Lofte's base URL, for routes other than /slack/events. */
  baseUrl: string;
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
    // OAuth mode has no single bot token.
    ...(env.SLACK_CLIENT_ID ? {} : { SLACK_BOT_TOKEN: "xoxb-test-token" }),
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    LOG_LEVEL: "error",
    ...env,
  });
  const logs: string[] = [];
  const logger = new JsonLogger(config.logLevel as LogLevel, "lofte", (line) => logs.push(line)).redact(SIGNING_SECRET);
  const { deps, app, sender, installations } = assembleLofte(config, db, { clock: clock.now, logger, sendGapMs: 0 });
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
    // As the scheduler's tick: the reminders due, the next occurrences of repeating promises, then leads told of time away ahead.
    tick: async () => {
      const result = await runNudgeTick(sender);
      await continueSeries(sender);
      await tellLeadsAhead(sender);
      return result;
    },
    logs,
    installations,
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      await app.stop();
      await slack.stop();
    },
  };
}

/**
 * A test file's Lofte: opens a database of `kind` and starts Lofte on it before the file's tests,
 * stops both after them. `use` receives them (`(started) => ({ db, lofte } = started)`).
 */
export function useLofte(
  kind: DatabaseKind,
  now: string,
  use: (started: { db: TestDatabase; lofte: Lofte }) => void,
  env: Record<string, string> = {},
): void {
  let started: { db: TestDatabase; lofte: Lofte } | undefined;
  beforeAll(async () => {
    const db = await openTestDatabase(kind);
    started = { db, lofte: await startLofte(db, now, env) };
    use(started);
  });
  afterAll(async () => {
    await started?.lofte.stop();
    await started?.db.close();
  });
}
