import type { Cell } from "../domain/csv.js";
import type { Prisma } from "./database.js";

/**
 * A workspace's promises and their whole history, as table rows for an admin's export.
 * Only this workspace's rows. Read in pages of 1,000 (no single huge query), but all kept in
 * memory for the CSV: fine for tens of thousands of promises, not for millions.
 */

export const COMMITMENT_COLUMNS = [
  "id",
  "status",
  "owner",
  "creator",
  "lead",
  "task",
  "customer",
  "due_at",
  "has_time",
  "time_zone",
  "customer_informed",
  "channel",
  "permalink",
  "original_text",
  "language",
  "created_at",
  "completed_at",
  "follows_up",
] as const;

export const EVENT_COLUMNS = ["commitment_id", "at", "actor", "kind", "before", "after"] as const;

const PAGE = 1000;

export async function commitmentRows(prisma: Prisma, workspaceId: string): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = await prisma.commitment.findMany({ where: { workspaceId }, orderBy: { id: "asc" }, skip, take: PAGE });
    for (const c of page) {
      rows.push([
        c.id,
        c.status,
        c.ownerId,
        c.creatorId,
        c.leadId,
        c.task,
        c.customer,
        c.dueAt,
        c.hasTime,
        c.timeZone,
        c.customerInformed,
        c.sourceChannelId,
        c.permalink,
        c.originalText,
        c.language,
        c.createdAt,
        c.completedAt,
        c.parentId,
      ]);
    }
    if (page.length < PAGE) return rows;
  }
}

export async function eventRows(prisma: Prisma, workspaceId: string): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = await prisma.commitmentEvent.findMany({
      where: { workspaceId },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      skip,
      take: PAGE,
    });
    for (const e of page) {
      rows.push([e.commitmentId, e.at, e.actorId, e.kind, json(e.before), json(e.after)]);
    }
    if (page.length < PAGE) return rows;
  }
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
