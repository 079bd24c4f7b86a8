import type { Database } from "./database.js";

/**
 * Deletes every row Lofte has, in one statement. Only the playground calls it ("Börja om"), on
 * its own embedded database; it refuses a PostgreSQL server, where a real install lives.
 */
export async function wipeEverything(db: Database): Promise<void> {
  if (db.kind !== "pglite") throw new Error("Only the playground's embedded database is ever wiped.");
  await db.prisma.$executeRawUnsafe(
    `TRUNCATE "CommitmentEvent", "Nudge", "Commitment", "ChannelSettings", "DigestRun", "ProcessedEvent", "Installation", "SeenRequest", "SendSlot", "Workspace" CASCADE`,
  );
  // TRUNCATE fires no row trigger: the kept settings go by hand.
  db.settings.clear();
}
