import { existsSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { LogLevel } from "@slack/bolt";
import { assembleLofte } from "./assemble.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { startScheduler } from "./jobs/scheduler.js";
import { JsonLogger } from "./log.js";
import { healthRoutes } from "./slack/health-routes.js";
import { openDatabase } from "./store/database.js";

/**
 * Lofte's entry point: configuration → database (migrated) → Slack app → scheduler. Logs are
 * JSON lines on stdout; only a configuration error is a plain line, for the person starting it.
 * Stops cleanly on SIGTERM and SIGINT.
 */

async function main(): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Lofte cannot start: ${error.message}`);
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

  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  let stopping = false;
  const { app, sender } = assembleLofte(config, db, { logger: log, routes: healthRoutes(db, () => stopping) });
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
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.lifecycle(`Lofte is stopping (${signal}).`);
    const forced = setTimeout(() => process.exit(1), 9_000);
    forced.unref();
    await scheduler.stop().catch(() => {});
    // Requests still in progress 3 s on (a backlog under overload) are not waited for: the
    // database closes under them, and what they had not stored is not stored (each store is one
    // transaction, so nothing is half-written).
    await Promise.race([app.stop().catch(() => {}), new Promise((r) => setTimeout(r, 3_000))]);
    await db.close().catch(() => {});
    log.lifecycle("Lofte stopped.");
    process.exit(0);
  };
  // A promise rejected where nobody listens (inside a library) is logged; it must not stop the reminders.
  process.on("unhandledRejection", (reason) => log.error("unhandled rejection:", reason));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(`Lofte could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
