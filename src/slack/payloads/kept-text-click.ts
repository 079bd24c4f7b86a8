import { z } from "zod";
import { storable } from "../../domain/commitment.js";
import { isPrivateConversation } from "./input-values.js";

/**
 * A Spara under one of Lofte's questions ("När ska det vara klart?", "Vem är Erik?"): the text
 * typed with /lofte, which Lofte kept in the button, and what was picked in the message.
 */
export interface KeptTextClick {
  teamId: string;
  userId: string;
  channelId: string | null;
  privateChannel: boolean;
  messageTs: string | null;
  /** The kept text: Lofte put it there, but it is read like any input (it may be empty or too long). */
  text: string;
  /** The clicked button's block. */
  blockId: string | null;
  /** Each picker in the message by action id, with what it holds. */
  picked: Map<string, { selected_date?: string | null; selected_time?: string | null; selected_user?: string | null }>;
}

const picker = z
  .object({ selected_date: z.string().nullish(), selected_time: z.string().nullish(), selected_user: z.string().nullish() })
  .loose();
const payload = z.object({
  team: z.object({ id: z.string() }).nullable(),
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  channel: z.object({ id: z.string(), name: z.string().optional() }).nullish(),
  container: z.object({ message_ts: z.string().optional() }).loose().optional(),
  actions: z.array(z.object({ value: z.string().min(1), block_id: z.string().optional() })).min(1),
  state: z.object({ values: z.record(z.string(), z.record(z.string(), picker)) }).optional(),
});

export function readKeptTextClick(body: unknown): KeptTextClick | null {
  const parsed = payload.safeParse(body);
  if (!parsed.success) return null;
  const p = parsed.data;
  const teamId = p.team?.id ?? p.user.team_id;
  if (!teamId) return null;
  const text = storable(p.actions[0].value).trim();
  const channelId = p.channel?.id ?? null;
  return {
    teamId,
    userId: p.user.id,
    channelId,
    privateChannel: isPrivateConversation(channelId, p.channel?.name),
    messageTs: p.container?.message_ts ?? null,
    text,
    blockId: p.actions[0].block_id ?? null,
    picked: new Map(Object.values(p.state?.values ?? {}).flatMap((block) => Object.entries(block))),
  };
}
