import { atRiskLedBy, keptBy, openForOwner } from "../store/commitment-lists.js";
import { awayToShow } from "./absence.js";
import type { AppDeps } from "./deps.js";
import { PAGE_SIZE } from "./lists.js";
import { whoIs } from "./people.js";
import type { SlackPort } from "./slack-port.js";

/** The Home tab holds 100 blocks: a page of 40 of mine, 20 at risk, 15 kept, the headings and page buttons. */
const MINE = PAGE_SIZE;
const AT_RISK = 20;
const KEPT = 15;
const KEPT_DAYS = 14;

/** Someone opened their Home tab: draw it, and keep it up to date from now on (in this process). */
export async function openHome(deps: AppDeps, slack: SlackPort, teamId: string, userId: string): Promise<void> {
  deps.memory.homeViewers.add(`${teamId}:${userId}`);
  await publishHome(deps, slack, teamId, userId);
}

/** Draws and publishes `userId`'s Home tab, with their open promises from `offset` on (Visa fler). */
export async function publishHome(deps: AppDeps, slack: SlackPort, teamId: string, userId: string, offset = 0): Promise<void> {
  const person = await whoIs(deps, slack, teamId, userId);
  const now = deps.clock();
  const prisma = deps.db.prisma;
  const [mine, atRisk, kept, away] = await Promise.all([
    openForOwner(prisma, teamId, userId, { offset: Math.max(0, offset), limit: MINE, now }),
    atRiskLedBy(prisma, teamId, userId, person.workspace.defaultLeadId, now, AT_RISK),
    keptBy(prisma, teamId, userId, new Date(now.getTime() - KEPT_DAYS * 86_400_000), KEPT),
    awayToShow(deps, person),
  ]);
  await slack.publishHome(person, { mine, atRisk, kept, away }, now);
}

/**
 * Redraws the Home tab of those whose promises just changed, if they have looked at it.
 * A failure here never undoes the change: the tab is redrawn when next opened anyway.
 */
export async function refreshHomes(
  deps: AppDeps,
  slack: SlackPort,
  teamId: string,
  userIds: readonly (string | null | undefined)[],
): Promise<void> {
  const viewers = [...new Set(userIds)].filter((id): id is string => Boolean(id) && deps.memory.homeViewers.has(`${teamId}:${id}`));
  await Promise.all(viewers.map((id) => publishHome(deps, slack, teamId, id).catch(() => {})));
}
