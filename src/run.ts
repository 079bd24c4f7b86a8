import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { LogLevel } from "@slack/bolt";
import { assembleLofte } from "./assemble.js";
import { type Config, ConfigError, loadConfig, loadPlaygroundConfig, wantsPlayground } from "./config.js";
import { startScheduler } from "./jobs/scheduler.js";
import { warmUpLanguages } from "./language/warm-up.js";
import { JsonLogger } from "./log.js";
import { healthRoutes } from "./slack/health-routes.js";
import { openDatabase } from "./store/database.js";

/**
 * Lofte's process, started by main.ts: configuration → database (migrated) → Slack app → scheduler; or, with no
 * Slack settings at all, the playground. Logs are JSON lines on stdout; only a configuration
 * error is a plain line, for the person starting it. Stops cleanly on SIGTERM and SIGINT.
 */

const PLAYGROUND_HINT = "Run `npm start` with no Slack settings to try Lofte in the playground instead.";

async function main(): Promise<void> {
  if (wantsPlayground(process.env, process.argv.slice(2))) return playground();
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Lofte cannot start: ${error.message} ${PLAYGROUND_HINT}`);
      process.exit(1);
    }
    throw error;
  }
  const log = new JsonLogger(config.logLevel as LogLevel).redact(
    config.slack.signingSecret,
    config.slack.oauth?.clientSecret,
    config.slack.oauth?.stateSecret,
    config.encryptionKey?.toString("base64"),
    config.encryptionKey?.toString("hex"),
    process.env.LOFTE_ENCRYPTION_KEY,
  );

  const signals = new Signals(log);
  const opening = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  // While the database answers: the first reading of a promise builds what all later ones reuse.
  warmUpLanguages();
  const db = await opening;
  const { app, sender } = assembleLofte(config, db, { logger: log, routes: healthRoutes(db, () => signals.stopping) });
  let where = "Socket Mode";
  if (config.slack.appToken) await app.start();
  else {
    const server = (await app.start({ port: config.port, host: config.host })) as Server;
    where = `HTTP on ${config.host}:${(server.address() as AddressInfo).port}`;
  }
  const scheduler = startScheduler(sender, config.tick, (line) => log.info(line), {
    leaseMs: config.sendLeaseMs,
    retentionMs: config.retentionMs,
  });
  const mode = config.slack.oauth ? "OAuth, many workspaces" : "one workspace";
  const database = db.kind === "pglite" ? `embedded in ${config.dataDir}` : "PostgreSQL";
  log.lifecycle(`Lofte is running (${where}, ${mode}, database: ${database}).`);

  // SIGTERM: readiness turns 503, no new ticks, the send in flight finishes, then the
  // HTTP server and the database close; exit 0, or 1 if that took more than 9 s.
  signals.onStop(async () => {
    await scheduler.stop().catch(() => {});
    // Requests still in progress 3 s on (a backlog under overload) are not waited for: the
    // database closes under them, and what they had not stored is not stored (each store is one
    // transaction, so nothing is half-written).
    await Promise.race([app.stop().catch(() => {}), new Promise((r) => setTimeout(r, 3_000))]);
    await db.close().catch(() => {});
  });
}

/** `npm start` without Slack: the real Lofte against a Slack stand-in and a page, on loopback only. */
async function playground(): Promise<void> {
  let settings: ReturnType<typeof loadPlaygroundConfig>;
  try {
    settings = loadPlaygroundConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Lofte cannot start the playground: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const log = new JsonLogger(settings.logLevel as LogLevel);
  const signals = new Signals(log);
  const { startPlayground } = await import("./playground/start.js");
  const running = await startPlayground({ ...settings, logger: log });
  log.lifecycle(
    `Lofte's playground is running at ${running.url} (a Slack stand-in on this machine, data in ${settings.dataDir}). To connect a real Slack instead, see "Create the Slack app" in README.md.`,
  );
  signals.onStop(() => running.stop().catch(() => {}));
}

/**
 * SIGTERM and SIGINT stop Lofte once: `stopping` turns true (readiness says 503), the work
 * given to `onStop` runs, and the process exits 0, or 1 when that took more than 9 s. The
 * signals are heard from the start: one that comes while Lofte is still starting (a readiness
 * check can pass before the last step) stops it as soon as `onStop` says how. A promise
 * rejected where nobody listens (inside a library) is logged; it must not stop the reminders.
 */
class Signals {
  private signal: string | null = null;
  private work: (() => Promise<unknown>) | null = null;

  constructor(private readonly log: JsonLogger) {
    process.on("unhandledRejection", (reason) => log.error("unhandled rejection:", reason));
    process.on("SIGTERM", () => this.heard("SIGTERM"));
    process.on("SIGINT", () => this.heard("SIGINT"));
  }

  get stopping(): boolean {
    return this.signal !== null;
  }

  onStop(work: () => Promise<unknown>): void {
    this.work = work;
    if (this.signal) void this.stop(this.signal, work);
  }

  private heard(signal: string): void {
    if (this.signal) return;
    this.signal = signal;
    if (this.work) void this.stop(signal, this.work);
  }

  private async stop(signal: string, work: () => Promise<unknown>): Promise<void> {
    this.log.lifecycle(`Lofte is stopping (${signal}).`);
    setTimeout(() => process.exit(1), 9_000).unref();
    await work();
    this.log.lifecycle("Lofte stopped.");
    process.exit(0);
  }
}

main().catch((error: unknown) => {
  console.error(`Lofte could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
