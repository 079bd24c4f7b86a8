import type { types } from "@slack/bolt";
import type { HomeData } from "../../app/slack-port.js";
import { formatDay } from "../../language/format-deadline.js";
import { speak } from "../../language/index.js";
import type { Commitment } from "../../store/commitments.js";
import { button, context, type KnownBlock, plain, section } from "../blocks.js";
import { ACTION } from "../ids.js";
import { commitmentItem, pageBlocks } from "./commitment-list.js";
import type { Reader } from "./commitment-words.js";

/** Slack's limit on a Home tab. */
const MAX_BLOCKS = 100;

/**
 * The Home tab: New promise and Sick today (or I'm back, while away), my time away, my open
 * promises (overdue first), those at risk that I lead, and what I kept.
 */
export function homeView(data: HomeData, reader: Reader, now: Date): types.HomeView {
  const t = speak(reader.language).messages;
  const away = data.away;
  const awayNote = away
    ? [
        context(
          away.now
            ? t.home.awayNow(formatDay(away.to, reader.language))
            : t.home.awayLater(formatDay(away.from, reader.language), formatDay(away.to, reader.language)),
        ),
      ]
    : [];
  const awayButton = away?.now ? button(ACTION.backToday, t.home.backToday) : button(ACTION.sickToday, t.home.sickToday);
  const none = context(t.home.none);
  const home = { key: { kind: "home" as const }, offset: data.mine.offset };
  const list = (items: Commitment[]) => (items.length === 0 ? [none] : items.map((c) => commitmentItem(c, reader, now, home)));
  const { items, offset, total } = data.mine;
  const blocks: KnownBlock[] = [
    { type: "header", text: plain(t.home.title) },
    { type: "actions", elements: [button(ACTION.newPromise, t.home.newPromise, undefined, "primary"), awayButton] },
    ...awayNote,
    section(t.home.mine),
    ...(items.length === 0 && offset > 0 ? [context(t.lists.noMore)] : list(items)),
    // The rest of my promises are on the next pages of this tab.
    ...pageBlocks({ offset, total, shown: items.length }, home.key, reader),
    { type: "divider" },
    section(t.home.atRisk),
    ...list(data.atRisk),
    { type: "divider" },
    section(t.home.kept),
    ...list(data.kept),
  ];
  return { type: "home", blocks: blocks.slice(0, MAX_BLOCKS) };
}
