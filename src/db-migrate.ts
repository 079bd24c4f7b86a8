import { existsSync } from "node:fs";
import { ConfigError, loadDatabaseConfig } from "./config.js";
import { openDatabase } from "./store/database.js";
import { pendingMigrations } from "./store/migrate.js";

/**
 * `npm run db:migrate`: applies prisma/migrations to the configured database (the app also
 * does this on start). Prints what the database has now.
 */
if (existsSync(".env")) process.loadEnvFile(".env");
try {
  const config = loadDatabaseConfig(process.env);
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  const session = await db.session();
  const pending = await pendingMigrations(session);
  const [{ count }] = await session.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
  );
  await session.release();
  await db.close();
  const where = config.databaseUrl ? "PostgreSQL" : `the embedded database in ${config.dataDir}`;
  console.log(`Migrations applied to ${where}: ${count}, pending: ${pending.length}.`);
} catch (error) {
  console.error(`Lofte could not migrate: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
