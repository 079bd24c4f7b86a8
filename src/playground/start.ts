import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { assembleLofte } from "../assemble.js";
import { loadConfig } from "../config.js";
import { startScheduler } from "../jobs/scheduler.js";
import type { JsonLogger } from "../log.js";
import { checkReadiness, healthRoutes } from "../slack/health-routes.js";
import { openDatabase } from "../store/database.js";
import { isKnown } from "../store/workspaces.js";
import { PlaygroundClock } from "./clock.js";
import { Playground } from "./playground.js";
import { playgroundRoutes } from "./routes.js";
import { addPeople, playgroundStart } from "./seed.js";
import { applyResponse } from "./stand-in/responses.js";
import { SlackStandIn } from "./stand-in/server.js";
import { SlackState, type StateData } from "./stand-in/state.js";
import { ToLofte } from "./stand-in/to-lofte.js";
import { TEAM } from "./team.js";

/**
 * The playground: the real Lofte, run against a Slack stand-in on this machine, with a page
 * that shows a small workspace. Lofte's Bolt app listens on a port of its own (loopback) and
 * gets Slack's signed requests from the stand-in; its Web API calls go to the stand-in. Only
 * its configuration (API URL, token, signing secret, clock) says it is in the playground. The
 * data lives in its own PGlite directory, never in a real install's database.
 */

export interface PlaygroundOptions {
  port: number;
  dataDir: string;
  logger: JsonLogger;
  logLevel: "debug" | "info" | "warn" | "error";
  /** Where the clock starts on a fresh playground (tests, screenshots); by default the next weekday morning. */
  start?: Date;
  /** How often the scheduler looks for due reminders as real time passes. */
  tick?: string;
}

export interface RunningPlayground {
  url: string;
  playground: Playground;
  state: SlackState;
  clock: PlaygroundClock;
  stop(): Promise<void>;
}

const HOST = "127.0.0.1";

export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  await mkdir(options.dataDir, { recursive: true });
  const saved = join(options.dataDir, "stand-in.json");
  const startAt = () => options.start ?? playgroundStart(new Date());
  const clock = new PlaygroundClock(startAt());
  const state = new SlackState(clock.nowMs);
  const standIn = new SlackStandIn(state, { localLinks: true });
  await standIn.start(options.port, HOST);

  const db = await openDatabase({ dataDir: join(options.dataDir, "db") });
  const signingSecret = randomBytes(24).toString("hex");
  const config = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-playground",
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: standIn.apiUrl,
    LOG_LEVEL: options.logLevel,
  });
  options.logger.redact(signingSecret);
  let stopping = false;
  const { app, sender, deps } = assembleLofte(config, db, {
    clock: clock.now,
    logger: options.logger,
    routes: healthRoutes(db, () => stopping),
    // The stand-in takes any pace; Slack's one message a second per channel is for Slack.
    sendGapMs: 0,
  });
  const server = (await app.start({ port: 0, host: HOST })) as Server;
  const lofteUrl = `http://${HOST}:${(server.address() as AddressInfo).port}`;
  const scheduler = startScheduler(sender, options.tick ?? "*/5 * * * * *", (line) => options.logger.info(line), {
    leaseMs: config.sendLeaseMs,
    retentionMs: config.retentionMs,
  });

  const lofte = new ToLofte(`${lofteUrl}/slack/events`, signingSecret, state, TEAM, (id) => standIn.responseUrl(id));
  const playground = new Playground({ state, clock, lofte, deps, tick: () => scheduler.tickNow(), startAt });
  standIn.onResponse = (id, body) => applyResponse(state, id, body);
  standIn.extraRoutes = playgroundRoutes({ playground, state, clock, readiness: () => checkReadiness(db, stopping) });

  // Pick up where the visitor left off, or start afresh.
  const restored = await restore(saved, state, clock);
  if (!restored || !(await isKnown(db.prisma, TEAM.id))) await playground.startOver();

  let saving: NodeJS.Timeout | undefined;
  const save = () => writeFile(saved, JSON.stringify({ clockOffset: clock.offset, state: state.save() })).catch(() => {});
  const unwatch = state.watch(() => {
    clearTimeout(saving);
    saving = setTimeout(save, 300);
  });

  return {
    url: standIn.url,
    playground,
    state,
    clock,
    async stop() {
      stopping = true;
      unwatch();
      clearTimeout(saving);
      await scheduler.stop().catch(() => {});
      await save();
      await Promise.race([app.stop().catch(() => {}), new Promise((r) => setTimeout(r, 3_000))]);
      await standIn.stop();
      await db.close().catch(() => {});
    },
  };
}

async function restore(path: string, state: SlackState, clock: PlaygroundClock): Promise<boolean> {
  if (!existsSync(path)) return false;
  try {
    const saved = JSON.parse(await readFile(path, "utf8")) as { clockOffset: number; state: StateData };
    if (typeof saved.clockOffset !== "number" || !saved.state) return false;
    // The same offset: the playground's clock went on with real time while it was stopped.
    clock.offset = saved.clockOffset;
    state.load(saved.state);
    addPeople(state);
    return true;
  } catch {
    return false;
  }
}
