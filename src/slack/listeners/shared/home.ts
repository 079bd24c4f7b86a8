import type { webApi } from "@slack/bolt";
import { atRiskLedBy, keptBy, openForOwner } from "../../../store/commitment-lists.js";
import { type Deps, whoIs } from "../../deps.js";
import { homeView } from "../../ui/home.js";

/** The Home tab holds 100 blocks: 40 of mine, 20 at risk, 15 kept, and the headings. */
const MINE = 40;
const AT_RISK = 20;
const KEPT = 15;
const KEPT_DAYS = 14;

/** Draws and publishes `userId`'s Home tab. */
export async function publishHome(deps: Deps, client: webApi.WebClient, teamId: string, userId: string): Promise<void> {
  const person = await whoIs(deps, client, teamId, userId);
  const now = deps.clock();
  const prisma = deps.db.prisma;
  const [mine, atRisk, kept] = await Promise.all([
    openForOwner(prisma, teamId, userId, MINE),
    atRiskLedBy(prisma, teamId, userId, person.workspace.defaultLeadId, now, AT_RISK),
    keptBy(prisma, teamId, userId, new Date(now.getTime() - KEPT_DAYS * 86_400_000), KEPT),
  ]);
  const view = homeView({ mine: mine.items, mineMore: mine.more, atRisk, kept }, person, now);
  await client.views.publish({ user_id: userId, view });
}

/** People who have opened the Home tab (per process): their tab is kept up to date. */
const homeViewers = new Set<string>();

export function rememberHomeViewer(teamId: string, userId: string): void {
  if (homeViewers.size > 50_000) homeViewers.clear();
  homeViewers.add(`${teamId}:${userId}`);
}

/**
 * Redraws the Home tab of those whose promises just changed, if they have looked at it.
 * A failure here never undoes the change: the tab is redrawn when next opened anyway.
 */
export async function refreshHomes(
  deps: Deps,
  client: webApi.WebClient,
  teamId: string,
  userIds: readonly (string | null | undefined)[],
): Promise<void> {
  const viewers = [...new Set(userIds)].filter((id): id is string => Boolean(id) && homeViewers.has(`${teamId}:${id}`));
  await Promise.all(viewers.map((id) => publishHome(deps, client, teamId, id).catch(() => {})));
}
