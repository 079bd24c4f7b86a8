import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs, webApi } from "@slack/bolt";
import { z } from "zod";
import { whoIs } from "../../../app/people.js";
import { prefillFromMessage } from "../../../app/track.js";
import { MAX_TEXT_LENGTH } from "../../../domain/commitment.js";
import { speak } from "../../../language/index.js";
import { VIEW } from "../../ids.js";
import { isPrivateConversation } from "../../payloads/input-values.js";
import type { TrackMetadata } from "../../payloads/view-metadata.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { noteModal } from "../../ui/note-modal.js";
import { promiseModal } from "../../ui/promise-modal.js";

type Args = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

const shortcut = z.object({
  trigger_id: z.string(),
  team: z.object({ id: z.string() }).nullable(),
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  channel: z.object({ id: z.string().max(100), name: z.string().max(100).optional() }),
  message: z
    .object({ ts: z.string().max(100), text: z.string().optional(), user: z.string().optional(), bot_id: z.string().optional() })
    .loose(),
});

/**
 * "Spara som löfte" / "Track as promise" on any message: a modal prefilled by the parser
 * (owner = the message's author), saved as a promise linked to the message.
 */
export function trackAsPromise(deps: SlackDeps) {
  return async ({ ack, body, client, context }: Args) => {
    await ack();
    const parsed = shortcut.safeParse(body);
    if (!parsed.success) return;
    const { trigger_id, team, user, channel, message } = parsed.data;
    const teamId = team?.id ?? user.team_id;
    if (!teamId) return;
    const fromLofte = message.bot_id !== undefined && (message.bot_id === context.botId || message.user === context.botUserId);
    if (fromLofte) {
      const person = await whoIs(deps, slackPort(client, teamId, deps), teamId, user.id);
      const t = speak(person.language).messages;
      await client.views.open({ trigger_id, view: noteModal(t.form.trackTitle, t.form.ownMessage, t.close) });
      return;
    }
    await openTrackModal(deps, client, {
      teamId,
      userId: user.id,
      triggerId: trigger_id,
      channelId: channel.id,
      private: isPrivateConversation(channel.id, channel.name),
      messageTs: message.ts,
      text: message.text ?? "",
      // Another app's message has no person behind it: whoever tracks it owns it until they pick someone.
      authorId: message.bot_id === undefined ? (message.user ?? user.id) : user.id,
    });
  };
}

/** The Track form for a message, prefilled by the parser; the message's author owns the promise unless it names someone. */
export async function openTrackModal(
  deps: SlackDeps,
  client: webApi.WebClient,
  input: {
    teamId: string;
    userId: string;
    triggerId: string;
    channelId: string;
    private: boolean;
    messageTs: string;
    text: string;
    authorId: string;
  },
): Promise<void> {
  const slack = slackPort(client, input.teamId, deps);
  const person = await whoIs(deps, slack, input.teamId, input.userId);
  const text = input.text.slice(0, MAX_TEXT_LENGTH);
  const saidAt = new Date(Number(input.messageTs) * 1000);
  const { prefill, timeZone } = await prefillFromMessage(
    deps,
    slack,
    person,
    text,
    input.authorId,
    Number.isNaN(saidAt.getTime()) ? deps.clock() : saidAt,
  );
  const metadata = fitMetadata({
    channelId: input.channelId,
    private: input.private,
    messageTs: input.messageTs,
    text,
    language: person.language,
    timeZone,
  });
  await client.views.open({
    trigger_id: input.triggerId,
    view: promiseModal(prefill, {
      callbackId: VIEW.track,
      title: speak(person.language).messages.form.trackTitle,
      metadata,
      timeZone,
      viewerTimeZone: person.timeZone,
      language: person.language,
      defaultTime: person.workspace.defaultDeadlineTime,
    }),
  });
}

/** Slack refuses a modal whose private_metadata is over 3,000 characters: the message's words are cut to fit. */
const METADATA_MAX = 3000;

function fitMetadata(metadata: TrackMetadata): TrackMetadata {
  let { text } = metadata;
  let length = JSON.stringify({ ...metadata, text }).length;
  while (length > METADATA_MAX && text.length > 0) {
    text = text.slice(0, Math.max(0, text.length - (length - METADATA_MAX)));
    length = JSON.stringify({ ...metadata, text }).length;
  }
  return { ...metadata, text };
}
