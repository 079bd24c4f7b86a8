import type { DigestCommitment } from "../domain/digest.js";
import type { Prisma } from "./database.js";

/**
 * Weekly digests: which channels want one and when, the runs that make it once per channel
 * and week (a unique row, claimed before posting, so replicas and restarts never post twice),
 * and the promises a digest is made of.
 */

export interface DigestChannel {
  workspaceId: string;
  channelId: string;
  weekday: number;
  time: string;
}

export async function setDigest(
  prisma: Prisma,
  workspaceId: string,
  channelId: string,
  settings: { enabled: boolean; weekday?: number; time?: string },
): Promise<DigestChannel> {
  const data = {
    digestEnabled: settings.enabled,
    ...(settings.weekday ? { digestWeekday: settings.weekday } : {}),
    ...(settings.time ? { digestTime: settings.time } : {}),
  };
  const row = await prisma.channelSettings.upsert({
    where: { workspaceId_channelId: { workspaceId, channelId } },
    update: data,
    create: { workspaceId, channelId, ...data },
  });
  return { workspaceId, channelId, weekday: row.digestWeekday, time: row.digestTime };
}

/** Channels that want a digest, in workspaces where Lofte is installed. */
export async function channelsWithDigest(prisma: Prisma): Promise<DigestChannel[]> {
  const rows = await prisma.channelSettings.findMany({ where: { digestEnabled: true, workspace: { uninstalledAt: null } } });
  return rows.map((r) => ({ workspaceId: r.workspaceId, channelId: r.channelId, weekday: r.digestWeekday, time: r.digestTime }));
}

/** True when this caller won the right to post this channel's digest for `week`. */
export async function claimDigestRun(prisma: Prisma, channel: DigestChannel, week: string): Promise<boolean> {
  const created = await prisma.digestRun.createMany({
    data: [{ workspaceId: channel.workspaceId, channelId: channel.channelId, week }],
    skipDuplicates: true,
  });
  return created.count === 1;
}

export async function finishDigestRun(
  prisma: Prisma,
  channel: DigestChannel,
  week: string,
  outcome: { state: "posted" | "skipped"; slackTs?: string; at: Date },
): Promise<void> {
  await prisma.digestRun.updateMany({
    where: { workspaceId: channel.workspaceId, channelId: channel.channelId, week },
    data: { state: outcome.state, slackTs: outcome.slackTs ?? null, postedAt: outcome.at },
  });
}

/** Gives the week's run back after a failure Slack may recover from, so a later tick tries again. */
export async function releaseDigestRun(prisma: Prisma, channel: DigestChannel, week: string): Promise<void> {
  await prisma.digestRun.deleteMany({ where: { workspaceId: channel.workspaceId, channelId: channel.channelId, week, state: "claimed" } });
}

/** The channel's promises a digest can mention: open ones, and those due, kept or made since `since`. */
export async function digestCommitments(prisma: Prisma, workspaceId: string, channelId: string, since: Date): Promise<DigestCommitment[]> {
  return prisma.commitment.findMany({
    where: {
      workspaceId,
      sourceChannelId: channelId,
      OR: [{ status: "open" }, { dueAt: { gte: since } }, { completedAt: { gte: since } }, { createdAt: { gte: since } }],
    },
    select: {
      id: true,
      repeatText: true,
      ownerId: true,
      creatorId: true,
      task: true,
      language: true,
      customer: true,
      dueAt: true,
      status: true,
      completedAt: true,
      createdAt: true,
      lastAnswer: true,
      permalink: true,
    },
  });
}

/**
 * Someone asks for a channel's digest now: true when nobody asked in the last minute (and
 * records this ask), false otherwise. Atomic, so two replicas never both post.
 */
export async function askDigestNow(prisma: Prisma, workspaceId: string, channelId: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - 60_000);
  const rows = await prisma.$queryRaw<{ asked: Date }[]>`
    INSERT INTO "ChannelSettings" ("workspaceId", "channelId", "digestAskedAt", "updatedAt")
    VALUES (${workspaceId}, ${channelId}, ${now}::timestamptz, ${now}::timestamptz)
    ON CONFLICT ("workspaceId", "channelId") DO UPDATE SET "digestAskedAt" = EXCLUDED."digestAskedAt", "updatedAt" = EXCLUDED."updatedAt"
      WHERE "ChannelSettings"."digestAskedAt" IS NULL OR "ChannelSettings"."digestAskedAt" <= ${since}::timestamptz
    RETURNING "digestAskedAt" AS asked`;
  return rows.length > 0;
}

/** The digest asked for could not be posted: the next ask may try at once. */
export async function forgetDigestAsk(prisma: Prisma, workspaceId: string, channelId: string): Promise<void> {
  await prisma.channelSettings.updateMany({ where: { workspaceId, channelId }, data: { digestAskedAt: null } });
}
