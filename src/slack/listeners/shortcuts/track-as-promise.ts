import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs, webApi } from "@slack/bolt";
import { z } from "zod";
import { whoIs } from "../../../app/people.js";
import { prefillFromMessage } from "../../../app/track.js";
import { MAX_TEXT_LENGTH } from "../../../domain/commitment.js";
import { speak } from "../../../language/index.js";
import { VIEW } from "../../ids.js";
import type { TrackMetadata } from "../../payloads/view-metadata.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { promiseModal } from "../../ui/promise-modal.js";

type Args = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

const shortcut = z.object({
  trigger_id: z.string(),
  team: z.object({ id: z.string() }).nullable(),
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  channel: z.object({ id: z.string().max(100) }),
  message: z.object({ ts: z.string().max(100), text: z.string().optional(), user: z.string().optional() }).loose(),
});

/**
 * "Spåra som löfte" / "Track as promise" on any message: a modal prefilled by the parser
 * (owner = the message's author), saved as a promise linked to the message.
 */
export function trackAsPromise(deps: SlackDeps) {
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
  deps: SlackDeps,
  client: webApi.WebClient,
  input: { teamId: string; userId: string; triggerId: string; channelId: string; messageTs: string; text: string; authorId: string },
): Promise<void> {
  const person = await whoIs(deps, slackPort(client, input.teamId, deps), input.teamId, input.userId);
  const metadata = fitMetadata({
    channelId: input.channelId,
    messageTs: input.messageTs,
    text: input.text.slice(0, MAX_TEXT_LENGTH),
    language: person.language,
    timeZone: person.timeZone,
  });
  await client.views.open({
    trigger_id: input.triggerId,
    view: promiseModal(prefillFromMessage(deps, person, metadata.text, input.authorId), {
      callbackId: VIEW.track,
      title: speak(person.language).messages.form.trackTitle,
      metadata,
      timeZone: person.timeZone,
      language: person.language,
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
