import type { webApi } from "@slack/bolt";
import { z } from "zod";
import type { AppDeps } from "../app/deps.js";
import { type Posted, type SlackPort, SlackRefused } from "../app/slack-port.js";
import type { PeopleDirectory } from "./people-directory.js";
import { refusing } from "./slack-errors.js";
import { digestMessage } from "./ui/digest.js";
import { homeView } from "./ui/home.js";
import { noticeMessage } from "./ui/notices.js";
import type { UserProfiles } from "./user-profiles.js";

/** What the Slack side shares across requests in one process: the profile and member-name caches. */
export interface SlackDeps extends AppDeps {
  profiles: UserProfiles;
  people: PeopleDirectory;
  /** Where response URLs may lead: Slack's own host, and the configured Web API's (the playground, tests). */
  slackOrigins: readonly string[];
}

/** The metadata event type Lofte marks its reminders with (an idempotency key per outbox row). */
const SENT_KEY_EVENT = "lofte_reminder";

const history = z.object({
  messages: z
    .array(
      z.object({
        ts: z.string(),
        metadata: z.object({ event_type: z.string(), event_payload: z.record(z.string(), z.unknown()) }).nullish(),
      }),
    )
    .default([]),
});

/**
 * Looks through the latest 100 messages of the DM with `userId` for the one marked `key` (a
 * reminder is looked for within minutes of its post). Slack refusing (a 429, an outage) is an
 * error, so the reminder is tried again later rather than posted twice; only an install
 * without the `im:history` scope (from before it was asked for) cannot look, and posts again.
 */
async function findSent(client: webApi.WebClient, userId: string, key: string): Promise<Posted | null> {
  try {
    const dm = await refusing(client.conversations.open({ users: userId }));
    const channel = dm.channel?.id;
    if (!channel) return null;
    return await findIn(client, channel, key);
  } catch (error) {
    if (error instanceof SlackRefused && error.code === "missing_scope") return null;
    throw error;
  }
}

async function findIn(client: webApi.WebClient, channel: string, key: string): Promise<Posted | null> {
  const read = history.safeParse(await refusing(client.conversations.history({ channel, limit: 100, include_all_metadata: true })));
  const found = read.success
    ? read.data.messages.find((m) => m.metadata?.event_type === SENT_KEY_EVENT && m.metadata.event_payload.key === key)
    : undefined;
  return found ? { channel, ts: found.ts } : null;
}

/**
 * The use cases' Slack, on the Web API: one workspace, one client (the request's, or the
 * scheduler's for that workspace). Every message is drawn here, by the Block Kit builders in
 * ui/, for its reader.
 */
export function slackPort(client: webApi.WebClient, teamId: string, shared: Pick<SlackDeps, "profiles" | "people">): SlackPort {
  return {
    profile: (userId) => shared.profiles.get(client, teamId, userId),
    findPeople: (name) => shared.people.find(client, teamId, name).catch(() => []),
    async tell(reader, notice, now, key) {
      const metadata = key ? { metadata: { event_type: SENT_KEY_EVENT, event_payload: { key } } } : {};
      const posted = await refusing(client.chat.postMessage({ channel: reader.id, ...noticeMessage(notice, reader, now), ...metadata }));
      return { channel: posted.channel ?? reader.id, ts: posted.ts ?? "" };
    },
    findSent: (userId, key) => findSent(client, userId, key),
    async postDigest(channelId, summary, workspace, now) {
      const posted = await refusing(client.chat.postMessage({ channel: channelId, ...digestMessage(summary, channelId, workspace, now) }));
      return { channel: posted.channel ?? channelId, ts: posted.ts ?? "" };
    },
    async publishHome(reader, home, now) {
      await refusing(client.views.publish({ user_id: reader.id, view: homeView(home, reader, now) }));
    },
    async retract(posted) {
      await refusing(client.chat.delete({ channel: posted.channel, ts: posted.ts }));
    },
    async redraw(posted, reader, notice, now) {
      await refusing(client.chat.update({ channel: posted.channel, ts: posted.ts, ...noticeMessage(notice, reader, now) }));
    },
    permalink: (channel, ts) =>
      client.chat
        .getPermalink({ channel, message_ts: ts })
        .then((r) => r.permalink ?? null)
        .catch(() => null),
    async sendFiles(userId, comment, files) {
      const dm = await refusing(client.conversations.open({ users: userId }));
      const channel = dm.channel?.id;
      if (!channel) throw new Error("no DM channel");
      await refusing(
        client.filesUploadV2({
          channel_id: channel,
          initial_comment: comment,
          file_uploads: files.map((f) => ({ file: Buffer.from(f.content), filename: f.name })),
        }),
      );
    },
  };
}
