import type { types } from "@slack/bolt";
import { messages } from "../../language/messages.js";
import type { Commitment } from "../../store/commitments.js";
import { ACTION } from "../ids.js";
import { commitmentItem, type ListReader } from "./commitment-list.js";

type KnownBlock = types.KnownBlock;

export interface HomeData {
  mine: Commitment[];
  mineMore: number;
  atRisk: Commitment[];
  kept: Commitment[];
}

/** The Home tab: my open promises (overdue first), those at risk that I lead, what I kept, and New promise. */
export function homeView(data: HomeData, reader: ListReader, now: Date): types.HomeView {
  const t = messages(reader.language);
  const section = (text: string): KnownBlock => ({ type: "section", text: { type: "mrkdwn", text } });
  const none: KnownBlock = { type: "context", elements: [{ type: "mrkdwn", text: t.home.none }] };
  const list = (items: Commitment[]) => (items.length === 0 ? [none] : items.map((c) => commitmentItem(c, reader, now, { kind: "home" })));
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: t.home.title } },
    {
      type: "actions",
      elements: [{ type: "button", action_id: ACTION.newPromise, style: "primary", text: { type: "plain_text", text: t.home.newPromise } }],
    },
    section(t.home.mine),
    ...list(data.mine),
    ...(data.mineMore > 0 ? [{ type: "context", elements: [{ type: "mrkdwn", text: t.lists.more(data.mineMore) }] } as KnownBlock] : []),
    { type: "divider" },
    section(t.home.atRisk),
    ...list(data.atRisk),
    { type: "divider" },
    section(t.home.kept),
    ...list(data.kept),
  ];
  return { type: "home", blocks: blocks.slice(0, 100) };
}
