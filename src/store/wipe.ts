import type { Prisma } from "./database.js";

/**
 * Deletes every row Lofte has, in one statement. Only the playground calls it ("Börja om"),
 * on its own embedded database: never on a real install.
 */
export async function wipeEverything(prisma: Prisma): Promise<void> {
  await prisma.$executeRawUnsafe(
    `TRUNCATE "CommitmentEvent", "Nudge", "Commitment", "ChannelSettings", "DigestRun", "ProcessedEvent", "Installation", "Workspace" CASCADE`,
  );
}
