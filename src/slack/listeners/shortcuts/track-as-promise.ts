import type {
  AllMiddlewareArgs,
  BlockAction,
  MessageShortcut,
  SlackActionMiddlewareArgs,
  SlackShortcutMiddlewareArgs,
  webApi,
} from "@slack/bolt";
import { z } from "zod";
import { MAX_TEXT_LENGTH } from "../../../domain/commitment.js";
import { messages } from "../../../language/messages.js";
import { type Deps, whoIs } from "../../deps.js";
import { VIEW } from "../../ids.js";
import { promiseModal } from "../../ui/promise-modal.js";
import { parseAs } from "../shared/record-commitment.js";

type Args = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

const shortcut = z.object({
  trigger_id: z.string(),
  team: z.object({ id: z.string() }).nullable(),
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  channel: z.object({ id: z.string().max(100) }),
  message: z.object({ ts: z.string().max(100), text: z.string().optional(), user: z.string().optional() }).loose(),
});

/** What the Track modal carries back. */
export const trackMetadata = z.object({
  /** Null for a promise started from the Home tab (no message behind it). */
  channelId: z.string().nullable(),
  messageTs: z.string().nullable(),
  text: z.string().max(MAX_TEXT_LENGTH),
  language: z.enum(["sv", "en"]),
  timeZone: z.string(),
});

/**
 * "Spåra som löfte" / "Track as promise" on any message: a modal prefilled by the parser
 * (owner = the message's author), saved as a promise linked to the message.
 */
export function trackAsPromise(deps: Deps) {
  return async ({ ack, body, client }: Args) => {
    await ack();
    const parsed = shortcut.safeParse(body);
    if (!parsed.success) return;
    const { trigger_id, team, user, channel, message } = parsed.data;
    const teamId = team?.id ?? user.team_id;
    if (!teamId) return;
    await openTrackModal(deps, client, {
      teamId,
      userId: user.id,
      triggerId: trigger_id,
      channelId: channel.id,
      messageTs: message.ts,
      text: message.text ?? "",
      authorId: message.user ?? user.id,
    });
  };
}

/** The Track form for a message, prefilled by the parser; the message's author owns the promise unless it names someone. */
export async function openTrackModal(
  deps: Deps,
  client: webApi.WebClient,
  input: { teamId: string; userId: string; triggerId: string; channelId: string; messageTs: string; text: string; authorId: string },
): Promise<void> {
  const person = await whoIs(deps, client, input.teamId, input.userId);
  const metadata = fitMetadata({
    channelId: input.channelId,
    messageTs: input.messageTs,
    text: input.text.slice(0, MAX_TEXT_LENGTH),
    language: person.language,
    timeZone: person.timeZone,
  });
  const reading = parseAs(person, metadata.text, deps.clock());
  await client.views.open({
    trigger_id: input.triggerId,
    view: promiseModal(
      { ownerId: reading.owner ?? input.authorId, leadId: null, task: reading.task, customer: reading.customer, dueAt: reading.dueAt },
      {
        callbackId: VIEW.track,
        title: messages(person.language).trackTitle,
        metadata,
        timeZone: person.timeZone,
        language: person.language,
      },
    ),
  });
}

/** Slack refuses a modal whose private_metadata is over 3,000 characters: the message's words are cut to fit. */
const METADATA_MAX = 3000;

function fitMetadata(metadata: z.infer<typeof trackMetadata>): z.infer<typeof trackMetadata> {
  let { text } = metadata;
  let length = JSON.stringify({ ...metadata, text }).length;
  while (length > METADATA_MAX && text.length > 0) {
    text = text.slice(0, Math.max(0, text.length - (length - METADATA_MAX)));
    length = JSON.stringify({ ...metadata, text }).length;
  }
  return { ...metadata, text };
}

/** "Nytt löfte" on the Home tab: the same form, empty, with the person as owner. */
export function newPromiseButton(deps: Deps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const parsed = z
      .object({
        trigger_id: z.string(),
        user: z.object({ id: z.string(), team_id: z.string().optional() }),
        team: z.object({ id: z.string() }).nullable(),
      })
      .safeParse(body);
    if (!parsed.success) return;
    const teamId = parsed.data.team?.id ?? parsed.data.user.team_id;
    if (!teamId) return;
    const person = await whoIs(deps, client, teamId, parsed.data.user.id);
    const metadata: z.infer<typeof trackMetadata> = {
      channelId: null,
      messageTs: null,
      text: "",
      language: person.language,
      timeZone: person.timeZone,
    };
    await client.views.open({
      trigger_id: parsed.data.trigger_id,
      view: promiseModal(
        { ownerId: parsed.data.user.id, leadId: null, task: null, customer: null, dueAt: null },
        {
          callbackId: VIEW.track,
          title: messages(person.language).home.newPromise,
          metadata,
          timeZone: person.timeZone,
          language: person.language,
        },
      ),
    });
  };
}
