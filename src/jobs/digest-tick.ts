import type { Sender } from "../app/deliver-reminder.js";
import { postDigest } from "../app/digest.js";
import { digestMomentThisWeek, weekKey } from "../domain/digest.js";
import { parseClock } from "../domain/zoned-time.js";
import { channelsWithDigest, claimDigestRun, finishDigestRun, releaseDigestRun, setDigest } from "../store/digests.js";
import { ensureWorkspace } from "../store/workspaces.js";

/**
 * Posts each channel's weekly digest once its moment this week has come: claims the week's
 * run first (one digest per channel and week, whatever the number of replicas or restarts),
 * turns the digest off where Lofte was removed from the channel, and gives the run back on
 * other errors so the next tick tries again.
 */

export interface DigestTickResult {
  posted: number;
  turnedOff: number;
}

export async function runDigestTick(sender: Sender, log: (line: string) => void = () => {}): Promise<DigestTickResult> {
  const result: DigestTickResult = { posted: 0, turnedOff: 0 };
  const now = sender.clock();
  for (const channel of await channelsWithDigest(sender.db.prisma)) {
    const workspace = await ensureWorkspace(sender.db.prisma, channel.workspaceId, sender.defaults);
    const moment = digestMomentThisWeek(now, workspace.timeZone, channel.weekday, parseClock(channel.time) ?? { hour: 9, minute: 0 });
    if (now.getTime() < moment.getTime()) continue;
    const week = weekKey(now, workspace.timeZone);
    if (!(await claimDigestRun(sender.db.prisma, channel, week))) continue;
    const outcome = await postDigest(sender, await sender.slack.forWorkspace(channel.workspaceId), channel);
    if (outcome.ok) {
      await finishDigestRun(sender.db.prisma, channel, week, { state: "posted", slackTs: outcome.ts, at: now });
      result.posted++;
    } else if (outcome.gone) {
      await finishDigestRun(sender.db.prisma, channel, week, { state: "skipped", at: now });
      await setDigest(sender.db.prisma, channel.workspaceId, channel.channelId, { enabled: false });
      log(`digest turned off for ${channel.workspaceId}/${channel.channelId}: ${outcome.error}`);
      result.turnedOff++;
    } else {
      await releaseDigestRun(sender.db.prisma, channel, week);
    }
  }
  return result;
}
