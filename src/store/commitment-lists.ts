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
  /** How many more there are than `items` shows. */
  more: number;
}

async function page(prisma: Prisma, where: CommitmentWhereInput, limit: number): Promise<Page> {
  const [items, total] = await Promise.all([
    prisma.commitment.findMany({ where, orderBy: [{ dueAt: "asc" }, { id: "asc" }], take: limit }),
    prisma.commitment.count({ where }),
  ]);
  return { items, more: Math.max(0, total - items.length) };
}

export function openForOwner(prisma: Prisma, workspaceId: string, ownerId: string, limit: number): Promise<Page> {
  return page(prisma, { workspaceId, ownerId, status: "open" }, limit);
}

export function openInChannel(prisma: Prisma, workspaceId: string, channelId: string, limit: number): Promise<Page> {
  return page(prisma, { workspaceId, sourceChannelId: channelId, status: "open" }, limit);
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
  limit: number,
  viewer: Viewer,
): Promise<Page> {
  return page(
    prisma,
    {
      workspaceId,
      customerKey: { in: customerKeys(customer) },
      AND: [{ OR: [{ status: "open" }, { status: "done", completedAt: { gte: keptSince } }] }, visibleTo(viewer)],
    },
    limit,
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
