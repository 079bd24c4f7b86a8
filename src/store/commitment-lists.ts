import { customerKeys } from "../domain/commitment.js";
import type { Prisma } from "./database.js";
import type { Commitment } from "./generated/client.js";
import type { CommitmentWhereInput } from "./generated/models.js";

/**
 * The lists people see: their own open promises, a channel's, everything towards a customer,
 * and what a lead should worry about. Open ones in deadline order, so the overdue come first.
 * Every query names the workspace.
 */

export interface Page {
  items: Commitment[];
  /** Where `items` starts in the whole list, and how long the whole list is. */
  offset: number;
  total: number;
}

/** Which part of a list: `limit` items from `offset`, ordered as of `now`. */
export interface Window {
  offset: number;
  limit: number;
  now: Date;
}

/**
 * A page of a list. The open promises that need attention come first (overdue, or their owner
 * said they won't make it), then the rest; each part soonest deadline first.
 */
async function page(prisma: Prisma, where: CommitmentWhereInput, { offset, limit, now }: Window): Promise<Page> {
  const urgent: CommitmentWhereInput = { AND: [where, { status: "open", OR: [{ dueAt: { lt: now } }, { lastAnswer: "cant_make_it" }] }] };
  // The rest, written out: NOT (…) would drop every row whose lastAnswer is NULL (SQL's three values).
  const calm: CommitmentWhereInput = {
    AND: [
      where,
      {
        OR: [{ status: { not: "open" } }, { dueAt: { gte: now }, OR: [{ lastAnswer: null }, { lastAnswer: { not: "cant_make_it" } }] }],
      },
    ],
  };
  const order = [{ dueAt: "asc" as const }, { id: "asc" as const }];
  const [urgentCount, calmCount] = await Promise.all([
    prisma.commitment.count({ where: urgent }),
    prisma.commitment.count({ where: calm }),
  ]);
  const first = offset < urgentCount ? await prisma.commitment.findMany({ where: urgent, orderBy: order, skip: offset, take: limit }) : [];
  const rest = limit - first.length;
  const second =
    rest > 0 ? await prisma.commitment.findMany({ where: calm, orderBy: order, skip: Math.max(0, offset - urgentCount), take: rest }) : [];
  return { items: [...first, ...second], offset, total: urgentCount + calmCount };
}

/** `ownerId`'s open promises; another `viewer` sees only those they may (private ones stay private). */
export function openForOwner(prisma: Prisma, workspaceId: string, ownerId: string, window: Window, viewer?: Viewer): Promise<Page> {
  return page(prisma, { workspaceId, ownerId, status: "open", ...(viewer ? visibleTo(viewer) : {}) }, window);
}

export function openInChannel(prisma: Prisma, workspaceId: string, channelId: string, window: Window): Promise<Page> {
  return page(prisma, { workspaceId, sourceChannelId: channelId, status: "open" }, window);
}

/** Who is looking: a private promise is shown only to its owner, creator, lead, the workspace's lead and admins. */
export interface Viewer {
  userId: string;
  isAdmin: boolean;
  workspaceLead: string | null;
}

/** The promises `viewer` may see outside the conversation they were made in. */
function visibleTo(viewer: Viewer): CommitmentWhereInput {
  if (viewer.isAdmin || viewer.workspaceLead === viewer.userId) return {};
  const me = viewer.userId;
  return { OR: [{ private: false }, { ownerId: me }, { creatorId: me }, { leadId: me }] };
}

/**
 * Open promises to a customer, and those kept since `keptSince`: the whole name, any case,
 * accents and company form aside (customerKeys in domain/commitment.ts), never part of another name.
 */
export function forCustomer(
  prisma: Prisma,
  workspaceId: string,
  customer: string,
  keptSince: Date,
  window: Window,
  viewer: Viewer,
): Promise<Page> {
  return page(
    prisma,
    {
      workspaceId,
      customerKey: { in: customerKeys(customer) },
      AND: [{ OR: [{ status: "open" }, { status: "done", completedAt: { gte: keptSince } }] }, visibleTo(viewer)],
    },
    window,
  );
}

/** What `userId` kept since `since`, latest first. */
export async function keptBy(prisma: Prisma, workspaceId: string, userId: string, since: Date, limit: number): Promise<Commitment[]> {
  return prisma.commitment.findMany({
    where: { workspaceId, ownerId: userId, status: "done", completedAt: { gte: since } },
    orderBy: { completedAt: "desc" },
    take: limit,
  });
}

/**
 * Open promises that `leadId` leads (as the promise's lead, or as the workspace's default lead
 * when the promise has none) that are overdue or that their owner said can't be made.
 */
export async function atRiskLedBy(
  prisma: Prisma,
  workspaceId: string,
  leadId: string,
  workspaceLead: string | null,
  now: Date,
  limit: number,
): Promise<Commitment[]> {
  const led = leadId === workspaceLead ? [{ leadId }, { leadId: null }] : [{ leadId }];
  return prisma.commitment.findMany({
    where: {
      workspaceId,
      status: "open",
      ownerId: { not: leadId },
      AND: [{ OR: led }, { OR: [{ dueAt: { lt: now } }, { lastAnswer: "cant_make_it" }] }],
    },
    orderBy: { dueAt: "asc" },
    take: limit,
  });
}
