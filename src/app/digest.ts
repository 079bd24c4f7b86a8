import { type DigestSummary, digestMomentThisWeek, summarizeDigest, weekBounds, weekKey } from "../domain/digest.js";
import { parseClock } from "../domain/zoned-time.js";
import type { DigestCommand } from "../language/commands.js";
import {
  askDigestNow,
  channelsWithDigest,
  claimDigestRun,
  type DigestChannel,
  digestCommitments,
  finishDigestRun,
  forgetDigestAsk,
  releaseDigestRun,
  setDigest,
} from "../store/digests.js";
import { ensureWorkspace, type WorkspaceSettings } from "../store/workspaces.js";
import type { Sender } from "./deliver-reminder.js";
import type { AppDeps } from "./deps.js";
import { type ChannelDeciders, channelRefusal } from "./settings.js";
import { type Person, type SlackPort, SlackRefused } from "./slack-port.js";

export type PostOutcome = { ok: true; ts: string } | { ok: false; gone: boolean; error: string };

type Channel = Pick<DigestChannel, "workspaceId" | "channelId">;

/** A channel's digest as it stands now, on the workspace's clock. */
export async function buildDigest(deps: AppDeps, channel: Channel): Promise<{ summary: DigestSummary; workspace: WorkspaceSettings }> {
  const workspace = await ensureWorkspace(deps.db, channel.workspaceId, deps.defaults);
  const now = deps.clock();
  const { lastWeek } = weekBounds(now, workspace.timeZone);
  const commitments = await digestCommitments(deps.db.prisma, channel.workspaceId, channel.channelId, lastWeek);
  return { summary: summarizeDigest(commitments, now, workspace.timeZone), workspace };
}

/**
 * Posts a channel's digest as it stands now, in the workspace's language and zone: the weekly
 * run (jobs/digest-tick.ts) and "/lofte digest nu". Says whether Lofte has left the channel.
 */
export async function postDigest(deps: AppDeps, slack: SlackPort | null, channel: Channel): Promise<PostOutcome> {
  if (!slack) return { ok: false, gone: true, error: "not installed" };
  const { summary, workspace } = await buildDigest(deps, channel);
  try {
    const posted = await slack.postDigest(channel.channelId, summary, workspace, deps.clock());
    return { ok: true, ts: posted.ts };
  } catch (error) {
    const refused = error instanceof SlackRefused ? error : null;
    return { ok: false, gone: refused?.meaning === "channelGone", error: refused?.code ?? String(error) };
  }
}

export interface DigestRound {
  posted: number;
  turnedOff: number;
}

/**
 * Posts each channel's weekly digest once its moment this week has come: claims the week's
 * run first (one digest per channel and week, whatever the number of replicas or restarts),
 * turns the digest off where Lofte was removed from the channel, and gives the run back on
 * other errors so the next tick tries again.
 */
export async function postWeeklyDigests(sender: Sender, log: (line: string) => void = () => {}): Promise<DigestRound> {
  const result: DigestRound = { posted: 0, turnedOff: 0 };
  const now = sender.clock();
  const prisma = sender.db.prisma;
  for (const channel of await channelsWithDigest(prisma)) {
    const workspace = await ensureWorkspace(sender.db, channel.workspaceId, sender.defaults);
    if (now.getTime() < digestMoment(channel, workspace, now).getTime()) continue;
    const week = weekKey(now, workspace.timeZone);
    if (!(await claimDigestRun(prisma, channel, week))) continue;
    const outcome = await sender.slack
      .forWorkspace(channel.workspaceId)
      .then((slack) => postDigest(sender, slack, channel))
      .catch((error: unknown): PostOutcome => ({ ok: false, gone: false, error: String(error) }));
    if (outcome.ok) {
      await finishDigestRun(prisma, channel, week, { state: "posted", slackTs: outcome.ts, at: now });
      result.posted++;
    } else if (outcome.gone) {
      await finishDigestRun(prisma, channel, week, { state: "skipped", at: now });
      await setDigest(prisma, channel.workspaceId, channel.channelId, { enabled: false });
      log(`digest turned off for ${channel.workspaceId}/${channel.channelId}: ${outcome.error}`);
      result.turnedOff++;
    } else {
      await releaseDigestRun(prisma, channel, week);
    }
  }
  return result;
}

/** This week's moment for a channel's digest (its weekday and time on the workspace's clock). */
export function digestMoment(channel: Pick<DigestChannel, "weekday" | "time">, workspace: WorkspaceSettings, now: Date): Date {
  const time = parseClock(channel.time) ?? { hour: 9, minute: 0 };
  return digestMomentThisWeek(now, workspace.timeZone, channel.weekday, time, workspace.workingHours);
}

export type DigestChange =
  | { kind: "on"; weekday: number; time: string }
  | { kind: "off" }
  | { kind: "posted" }
  | { kind: "notInChannel" }
  | { kind: "usage" }
  | { kind: "notAllowed"; who: ChannelDeciders }
  | { kind: "justPosted" };

/** `/lofte digest på [måndag 09:00]`, `av`, `nu`: the channel's weekly digest. Default Monday 09:00 on the workspace's clock. */
export async function changeDigest(
  deps: AppDeps,
  slack: SlackPort,
  person: Person,
  channelId: string,
  command: DigestCommand,
): Promise<DigestChange> {
  const teamId = person.workspace.id;
  // A wrong word gets the usage first. Anyone may ask for the digest now; turning it on or off
  // is the channel's setting (its lead, the workspace's lead, admins).
  if (command.action === "usage") return { kind: "usage" };
  if (command.action !== "now") {
    const who = await channelRefusal(deps, person, channelId);
    if (who) return { kind: "notAllowed", who };
  }
  switch (command.action) {
    case "off":
      await setDigest(deps.db.prisma, teamId, channelId, { enabled: false });
      return { kind: "off" };
    case "now": {
      // Anyone may ask, at most once a minute per channel.
      if (!(await askDigestNow(deps.db.prisma, teamId, channelId, deps.clock()))) return { kind: "justPosted" };
      const outcome = await postDigest(deps, slack, { workspaceId: teamId, channelId });
      if (outcome.ok) return { kind: "posted" };
      await forgetDigestAsk(deps.db.prisma, teamId, channelId);
      return { kind: "notInChannel" };
    }
    case "on": {
      const saved = await setDigest(deps.db.prisma, teamId, channelId, { enabled: true, weekday: command.weekday, time: command.time });
      return { kind: "on", weekday: saved.weekday, time: saved.time };
    }
  }
}
