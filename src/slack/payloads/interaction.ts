import { z } from "zod";
import { SLACK_ID } from "./input-values.js";

/**
 * The parts of a block_actions payload Lofte reads, validated (ids shaped as Slack's). The commitment
 * id comes from the button value or, for menus and pickers, from the block id ("owner:<id>", "lead:<id>").
 */
const slackId = z.string().regex(SLACK_ID);
const payload = z.object({
  team: z.object({ id: slackId }).nullable(),
  user: z.object({ id: slackId, team_id: slackId.optional() }),
  trigger_id: z.string().optional(),
  response_url: z.string().optional(),
  container: z.object({ channel_id: z.string().optional(), message_ts: z.string().optional() }).loose().optional(),
  actions: z
    .array(
      z
        .object({
          block_id: z.string().optional(),
          value: z.string().optional(),
          selected_option: z.object({ value: z.string() }).nullish(),
          selected_user: z.string().nullish(),
        })
        .loose(),
    )
    .min(1),
});

export interface Interaction {
  teamId: string;
  userId: string;
  triggerId: string | undefined;
  responseUrl: string | undefined;
  channel: string | null;
  ts: string | null;
  commitmentId: string;
  /** The part of the value after the id ("1w" in "<id>:1w"), the chosen option, or the chosen user. */
  choice: string | null;
  /** Clicked on one line of a message that lists several promises (ids.ts lineBlock): answer it, keep the message. */
  inList: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readInteraction(body: unknown): Interaction | null {
  const parsed = payload.safeParse(body);
  if (!parsed.success) return null;
  const { team, user, trigger_id, response_url, container, actions } = parsed.data;
  const action = actions[0];
  const [valueId, valueChoice] = (action.value ?? "").split(":");
  const blockId = action.block_id?.split(":")[1];
  const commitmentId = UUID.test(valueId) ? valueId : blockId && UUID.test(blockId) ? blockId : null;
  const teamId = team?.id ?? user.team_id;
  if (!commitmentId || !teamId) return null;
  return {
    teamId,
    userId: user.id,
    triggerId: trigger_id,
    responseUrl: response_url,
    channel: container?.channel_id ?? null,
    ts: container?.message_ts ?? null,
    commitmentId,
    choice: valueChoice ?? action.selected_option?.value ?? action.selected_user ?? null,
    inList: action.block_id?.startsWith("line:") ?? false,
  };
}

/** A click that is not about one promise (a page button): who, where, and the button's value. */
export function readClick(body: unknown): { teamId: string; userId: string; value: string } | null {
  const parsed = payload.safeParse(body);
  if (!parsed.success) return null;
  const { team, user, actions } = parsed.data;
  const teamId = team?.id ?? user.team_id;
  return teamId ? { teamId, userId: user.id, value: actions[0].value ?? "" } : null;
}

/** JSON from a payload field (private_metadata), or null when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
