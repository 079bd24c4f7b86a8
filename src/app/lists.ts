import { MAX_CUSTOMER_LENGTH, storable } from "../domain/commitment.js";
import { forCustomer, openForOwner, openInChannel, type Page } from "../store/commitment-lists.js";
import type { AppDeps } from "./deps.js";
import type { Person, SlackPort } from "./slack-port.js";

/** A message holds 50 blocks: a title, 40 promises, where in the list they are, and the page buttons. */
export const PAGE_SIZE = 40;
const KEPT_DAYS = 30;

/** Which list: mine, a colleague's, a channel's, a customer's (open, and kept lately), or the Home tab's. */
export type ListKey =
  | { kind: "mine" }
  | { kind: "person"; userId: string }
  | { kind: "team"; channelId: string }
  | { kind: "customer"; customer: string }
  | { kind: "home" };

/** One page of a list: `items` from `offset` of `total`. */
export interface CommitmentList extends Page {
  key: ListKey;
}

/** A customer's name as typed after `/lofte kund`, ready to search for; null when none was given. */
export function customerListKey(typed: string | null): ListKey | null {
  const customer = storable(typed ?? "")
    .trim()
    .slice(0, MAX_CUSTOMER_LENGTH);
  return customer ? { kind: "customer", customer } : null;
}

/**
 * A page of the list `person` asked for: what needs attention first (overdue, or the owner
 * said they won't make it), then soonest deadline first. Promises made in DMs and private
 * channels show in a colleague's or a customer's list only to those who may see them.
 */
export async function listFor(deps: AppDeps, person: Person, key: Exclude<ListKey, { kind: "home" }>, offset = 0): Promise<CommitmentList> {
  const prisma = deps.db.prisma;
  const teamId = person.workspace.id;
  const window = { offset: Math.max(0, offset), limit: PAGE_SIZE, now: deps.clock() };
  const viewer = { userId: person.id, isAdmin: person.profile.isAdmin, workspaceLead: person.workspace.defaultLeadId };
  let page: Page;
  if (key.kind === "team") page = await openInChannel(prisma, teamId, key.channelId, window);
  else if (key.kind === "customer") {
    const keptSince = new Date(window.now.getTime() - KEPT_DAYS * 86_400_000);
    page = await forCustomer(prisma, teamId, key.customer, keptSince, window, viewer);
  } else if (key.kind === "person") page = await openForOwner(prisma, teamId, key.userId, window, viewer);
  else page = await openForOwner(prisma, teamId, person.id, window);
  return { key, ...page };
}

/** Who `typed` names: a Slack mention, or people whose name it is. Empty when no one. */
export async function whoIsNamed(slack: SlackPort, typed: { userId: string | null; name: string }): Promise<string[]> {
  if (typed.userId) return [typed.userId];
  return slack.findPeople(typed.name);
}
