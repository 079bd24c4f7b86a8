import { type DigestSummary, summarizeDigest, weekBounds } from "../domain/digest.js";
import type { DigestCommand } from "../language/commands.js";
import { type DigestChannel, digestCommitments, setDigest } from "../store/digests.js";
import { ensureWorkspace, type WorkspaceSettings } from "../store/workspaces.js";
import type { AppDeps } from "./deps.js";
import { channelGone, slackErrorCode } from "./slack-errors.js";
import type { Person, SlackPort } from "./slack-port.js";

export type PostOutcome = { ok: true; ts: string } | { ok: false; gone: boolean; error: string };

type Channel = Pick<DigestChannel, "workspaceId" | "channelId">;

/** A channel's digest as it stands now, on the workspace's clock. */
export async function buildDigest(deps: AppDeps, channel: Channel): Promise<{ summary: DigestSummary; workspace: WorkspaceSettings }> {
  const workspace = await ensureWorkspace(deps.db.prisma, channel.workspaceId, deps.defaults);
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
    await slack.pace(channel.channelId);
    const posted = await slack.postDigest(channel.channelId, summary, workspace, deps.clock());
    return { ok: true, ts: posted.ts };
  } catch (error) {
    return { ok: false, gone: channelGone(error), error: slackErrorCode(error) };
  }
}

export type DigestChange =
  | { kind: "on"; weekday: number; time: string }
  | { kind: "off" }
  | { kind: "posted" }
  | { kind: "notInChannel" }
  | { kind: "usage" };

/** `/lofte digest på [måndag 09:00]`, `av`, `nu`: the channel's weekly digest. Default Monday 09:00 on the workspace's clock. */
export async function changeDigest(
  deps: AppDeps,
  slack: SlackPort,
  person: Person,
  channelId: string,
  command: DigestCommand,
): Promise<DigestChange> {
  const teamId = person.workspace.id;
  switch (command.action) {
    case "off":
      await setDigest(deps.db.prisma, teamId, channelId, { enabled: false });
      return { kind: "off" };
    case "now": {
      const outcome = await postDigest(deps, slack, { workspaceId: teamId, channelId });
      return { kind: outcome.ok ? "posted" : "notInChannel" };
    }
    case "on": {
      const saved = await setDigest(deps.db.prisma, teamId, channelId, { enabled: true, weekday: command.weekday, time: command.time });
      return { kind: "on", weekday: saved.weekday, time: saved.time };
    }
    case "usage":
      return { kind: "usage" };
  }
}
