import { messages } from "../../../language/messages.js";
import { forCustomer, openForOwner, openInChannel, type Page } from "../../../store/commitment-lists.js";
import type { Deps, Person } from "../../deps.js";
import type { Reply } from "../../ui/capture-replies.js";
import { commitmentListBlocks, type ListKey } from "../../ui/commitment-list.js";
import { storable } from "./input-values.js";

/** A message holds 50 blocks: a title, 45 promises, and the count of the rest. */
const MAX_ITEMS = 45;
const KEPT_DAYS = 30;

/** `/lofte lista`, `team`, `kund Acme` (and `list`, `mine`, `customer Acme`): which list, if any. */
export function listRequest(text: string, channelId: string): ListKey | "customerMissing" | null {
  const [first = "", ...rest] = text.trim().split(/\s+/);
  const word = first.toLowerCase();
  if (["lista", "list", "mina", "mine", "my"].includes(word) && rest.length === 0) return { kind: "mine" };
  if (word === "team" && rest.length === 0) return { kind: "team", channelId };
  if (word === "kund" || word === "customer") {
    const customer = storable(rest.join(" ")).slice(0, 100);
    return customer ? { kind: "customer", customer } : "customerMissing";
  }
  return null;
}

/** The list as `person` reads it, in their zone and language. */
export async function listReply(deps: Deps, teamId: string, userId: string, person: Person, key: ListKey): Promise<Reply> {
  const now = deps.clock();
  const t = messages(person.language).lists;
  let page: Page;
  let title: string;
  if (key.kind === "team") {
    page = await openInChannel(deps.db.prisma, teamId, key.channelId, MAX_ITEMS);
    title = t.team(key.channelId);
  } else if (key.kind === "customer") {
    page = await forCustomer(deps.db.prisma, teamId, key.customer, new Date(now.getTime() - KEPT_DAYS * 86_400_000), MAX_ITEMS);
    title = t.customer(key.customer);
  } else {
    page = await openForOwner(deps.db.prisma, teamId, userId, MAX_ITEMS);
    title = t.mine;
  }
  const blocks = commitmentListBlocks(title, page.items, page.more, person, now, key);
  return { text: title.replace(/\*/g, ""), blocks };
}
