import { MAX_CUSTOMER_LENGTH, storable } from "../domain/commitment.js";
import { forCustomer, openForOwner, openInChannel, type Page } from "../store/commitment-lists.js";
import type { Commitment } from "../store/commitments.js";
import type { AppDeps } from "./deps.js";
import type { Person } from "./slack-port.js";

/** A message holds 50 blocks: a title, 45 promises, and the count of the rest. */
const MAX_ITEMS = 45;
const KEPT_DAYS = 30;

/** Which list: mine, a channel's, a customer's (open, and kept lately), or the Home tab's. */
export type ListKey = { kind: "mine" } | { kind: "team"; channelId: string } | { kind: "customer"; customer: string } | { kind: "home" };

export interface CommitmentList {
  key: ListKey;
  items: Commitment[];
  /** How many more there are than `items` shows. */
  more: number;
}

/** A customer's name as typed after `/lofte kund`, ready to search for; null when none was given. */
export function customerListKey(typed: string | null): ListKey | null {
  const customer = storable(typed ?? "")
    .trim()
    .slice(0, MAX_CUSTOMER_LENGTH);
  return customer ? { kind: "customer", customer } : null;
}

/** The list as `person` asked for it, soonest deadline (so the overdue) first. */
export async function listFor(deps: AppDeps, person: Person, key: Exclude<ListKey, { kind: "home" }>): Promise<CommitmentList> {
  const prisma = deps.db.prisma;
  const teamId = person.workspace.id;
  let page: Page;
  if (key.kind === "team") page = await openInChannel(prisma, teamId, key.channelId, MAX_ITEMS);
  else if (key.kind === "customer") {
    const keptSince = new Date(deps.clock().getTime() - KEPT_DAYS * 86_400_000);
    const viewer = { userId: person.id, isAdmin: person.profile.isAdmin, workspaceLead: person.workspace.defaultLeadId };
    page = await forCustomer(prisma, teamId, key.customer, keptSince, MAX_ITEMS, viewer);
  } else page = await openForOwner(prisma, teamId, person.id, MAX_ITEMS);
  return { key, items: page.items, more: page.more };
}
