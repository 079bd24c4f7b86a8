import { existsSync } from "node:fs";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { Pacer } from "./jobs/pacer.js";
import { startScheduler } from "./jobs/scheduler.js";
import { createSenderClient, createSlackApp } from "./slack/app.js";
import { UserProfiles } from "./slack/user-profiles.js";
import { openDatabase } from "./store/database.js";

/**
 * Lofte's entry point: configuration → database (migrated) → Slack app. Stops cleanly on
 * SIGTERM and SIGINT.
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

  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  const clock = () => new Date();
  const deps = {
    db,
    clock,
    defaults: config.defaults,
    profiles: new UserProfiles(clock),
    nudges: config.nudges,
    pacer: new Pacer(),
  };
  const app = createSlackApp(config, deps);
  if (config.slack.appToken) await app.start();
  else await app.start({ port: config.port, host: config.host });
  const scheduler = startScheduler({ ...deps, client: createSenderClient(config) }, config.tick, (line) => app.logger.info(line));
  const where = config.slack.appToken ? "Socket Mode" : `HTTP on ${config.host}:${config.port}`;
  console.log(`Lofte is running (${where}, database: ${db.kind === "pglite" ? `embedded in ${config.dataDir}` : "PostgreSQL"}).`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Lofte is stopping (${signal}).`);
    const forced = setTimeout(() => process.exit(1), 10_000);
    forced.unref();
    await scheduler.stop().catch(() => {});
    await app.stop().catch(() => {});
    await db.close().catch(() => {});
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(`Lofte could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
