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

/** Open promises to a customer (name contains `customer`, any case), and those kept since `keptSince`. */
export function forCustomer(prisma: Prisma, workspaceId: string, customer: string, keptSince: Date, limit: number): Promise<Page> {
  const named = { contains: customer, mode: "insensitive" as const };
  return page(
    prisma,
    {
      workspaceId,
      customer: named,
      OR: [{ status: "open" }, { status: "done", completedAt: { gte: keptSince } }],
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
