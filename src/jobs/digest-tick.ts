import { digestMomentThisWeek, summarizeDigest, weekBounds, weekKey } from "../domain/digest.js";
import { parseClock } from "../domain/zoned-time.js";
import type { Reply } from "../slack/ui/capture-replies.js";
import { digestMessage } from "../slack/ui/digest.js";
import {
  channelsWithDigest,
  claimDigestRun,
  type DigestChannel,
  digestCommitments,
  finishDigestRun,
  releaseDigestRun,
  setDigest,
} from "../store/digests.js";
import { ensureWorkspace } from "../store/workspaces.js";
import type { Sender } from "./deliver-nudge.js";

/**
 * Posts each channel's weekly digest once its moment this week has come: claims the week's
 * run first (one digest per channel and week, whatever the number of replicas or restarts),
 * turns the digest off where Lofte was removed from the channel, and gives the run back on
 * other errors so the next tick tries again.
 */

/** Slack errors that mean Lofte cannot post in the channel any more. */
const GONE = new Set(["not_in_channel", "channel_not_found", "is_archived", "missing_scope"]);

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
    const outcome = await postDigest(sender, channel);
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

/** The digest as it stands now, in the workspace's language and zone. */
export async function buildDigest(sender: Sender, channel: Pick<DigestChannel, "workspaceId" | "channelId">): Promise<Reply> {
  const workspace = await ensureWorkspace(sender.db.prisma, channel.workspaceId, sender.defaults);
  const now = sender.clock();
  const { lastWeek } = weekBounds(now, workspace.timeZone);
  const commitments = await digestCommitments(sender.db.prisma, channel.workspaceId, channel.channelId, lastWeek);
  return digestMessage(summarizeDigest(commitments, now, workspace.timeZone), channel.channelId, workspace, now);
}

export type PostOutcome = { ok: true; ts: string } | { ok: false; gone: boolean; error: string };

/** Posts the digest to its channel now (the weekly run, or "/lofte digest nu"). */
export async function postDigest(sender: Sender, channel: Pick<DigestChannel, "workspaceId" | "channelId">): Promise<PostOutcome> {
  const message = await buildDigest(sender, channel);
  try {
    await sender.pacer.wait(channel.channelId);
    const client = await sender.slack.forWorkspace(channel.workspaceId);
    if (!client) return { ok: false, gone: true, error: "not installed" };
    const posted = await client.chat.postMessage({ channel: channel.channelId, ...message });
    return { ok: true, ts: posted.ts ?? "" };
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, gone: GONE.has(code), error: code };
  }
}
