import { readFileSync } from "node:fs";
import { fromRoot } from "../../paths.js";
import { LOFTE_BOT, LOFTE_USER, type Message, type OpenView, type SlackState } from "./state.js";

/**
 * The Slack Web API methods Lofte uses, answered as Slack answers them and applied to the
 * stand-in's state: messages posted, updated and deleted, modals opened, pushed and updated,
 * Home tabs published, files uploaded. The answers' shapes come from Slack's own samples
 * (../shared/slack/samples/api/ when present), filled with the values the call implies.
 */

type Params = Record<string, unknown>;
type Answer = Record<string, unknown>;

export interface WebApiContext {
  state: SlackState;
  /** Where uploads go: the stand-in's own base URL. */
  baseUrl: string;
  /** Message links lead to the stand-in's own page (the playground) instead of a Slack workspace. */
  localLinks: boolean;
}

const SAMPLES = fromRoot("../shared/slack/samples/api/");

export function answerWebApi(method: string, params: Params, context: WebApiContext): Answer {
  const { state } = context;
  const sample = loadSample(method);
  switch (method) {
    case "auth.test":
      return { ...sample, ok: true, user_id: LOFTE_USER, bot_id: LOFTE_BOT, team_id: "T0PLAYGROUND", user: "lofte", team: "Lofte" };
    case "users.info":
      return { ...sample, ok: true, user: userObject(String(params.user), state, sample.user) };
    case "users.list":
      return {
        ok: true,
        members: [...state.members.keys()].map((id) => userObject(id, state, {})),
        response_metadata: { next_cursor: "" },
      };
    case "conversations.open": {
      const users = String(params.users ?? "X");
      const channel = state.dmOf(users.split(",")[0]);
      return { ...sample, ok: true, channel: { ...(sample.channel as object), id: channel.id } };
    }
    case "conversations.info": {
      const channel = state.conversation(String(params.channel));
      return {
        ok: true,
        channel: { id: channel.id, name: channel.name, is_im: Boolean(channel.dmWith), is_member: channel.lofteIsMember },
      };
    }
    case "conversations.history": {
      const channel = state.conversation(String(params.channel));
      const limit = Number(params.limit ?? 100) || 100;
      const messages = state.messages
        .filter((m) => m.channel === channel.id && !m.ephemeralTo)
        .slice(-limit)
        .reverse()
        .map((m) => ({
          type: "message",
          user: m.user,
          text: m.text,
          ts: m.ts,
          ...(m.metadata && params.include_all_metadata ? { metadata: m.metadata } : {}),
        }));
      return { ok: true, messages, has_more: false, response_metadata: { next_cursor: "" } };
    }
    case "chat.postMessage":
      return post(params, context, sample);
    case "chat.postEphemeral": {
      const channel = state.conversation(String(params.channel));
      const message = state.post({ channel: channel.id, user: LOFTE_USER, ephemeralTo: String(params.user), ...content(params) });
      return { ...sample, ok: true, message_ts: message.ts };
    }
    case "chat.update": {
      const channel = state.conversation(String(params.channel));
      const ts = String(params.ts);
      const message = state.find(channel.id, ts);
      if (message) {
        Object.assign(message, content(params), { edited: true });
        state.changed();
      }
      return { ...sample, ok: true, channel: channel.id, ts, message: { ...(sample.message as object), text: params.text, ts } };
    }
    case "chat.delete": {
      const channel = state.conversation(String(params.channel));
      state.remove(channel.id, String(params.ts));
      return { ...sample, ok: true, channel: channel.id, ts: params.ts };
    }
    case "chat.getPermalink":
      return {
        ...sample,
        ok: true,
        permalink: context.localLinks
          ? `${context.baseUrl}/?at=${encodeURIComponent(String(params.channel))}#m${String(params.message_ts).replace(/\D/g, "")}`
          : `https://example.slack.com/archives/${params.channel}/p${String(params.message_ts).replace(".", "")}`,
      };
    case "views.open":
    case "views.push":
    case "views.update":
    case "views.publish":
      return views(method, params, context, sample);
    case "files.getUploadURLExternal": {
      const id = state.newId("F");
      state.files.set(id, { id, filename: String(params.filename), content: "" });
      return { ok: true, upload_url: `${context.baseUrl}/upload/${id}`, file_id: id };
    }
    case "files.completeUploadExternal":
      return completeUpload(params, context);
    case "reactions.add": {
      const message = state.find(state.conversation(String(params.channel)).id, String(params.timestamp));
      if (message) react(message, String(params.name), LOFTE_USER, context);
      return { ok: true };
    }
    default:
      return { ...sample, ok: true };
  }
}

function post(params: Params, { state }: WebApiContext, sample: Answer): Answer {
  const channel = state.conversation(String(params.channel));
  if (!channel.lofteIsMember) return { ok: false, error: "not_in_channel" };
  const metadata = typeof params.metadata === "object" && params.metadata ? (params.metadata as Message["metadata"]) : undefined;
  const message = state.post({ channel: channel.id, user: LOFTE_USER, ...content(params), ...(metadata ? { metadata } : {}) });
  return {
    ...sample,
    ok: true,
    channel: channel.id,
    ts: message.ts,
    message: { ...(sample.message as object), text: params.text, ts: message.ts },
  };
}

/** Someone reacts to a message with an emoji (a second time takes it back). */
export function react(message: Message, emoji: string, user: string, { state }: Pick<WebApiContext, "state">): boolean {
  const who = message.reactions[emoji] ?? [];
  const added = !who.includes(user);
  message.reactions[emoji] = added ? [...who, user] : who.filter((u) => u !== user);
  if (message.reactions[emoji].length === 0) delete message.reactions[emoji];
  state.changed();
  return added;
}

function views(method: string, params: Params, { state }: WebApiContext, sample: Answer): Answer {
  const view = (typeof params.view === "object" && params.view ? params.view : {}) as Record<string, unknown>;
  const answer = (stored: OpenView) => ({
    ...sample,
    ok: true,
    view: { ...(sample.view as object), ...stored.view, id: stored.id, hash: stored.hash },
  });
  if (method === "views.publish") {
    const user = String(params.user_id);
    const home = { id: state.homes.get(user)?.id ?? state.newId("V"), user, view, hash: state.newTs() };
    state.homes.set(user, home);
    state.changed();
    return answer(home);
  }
  if (method === "views.update") {
    const stack = [...state.modals.values()].flat();
    const target = stack.find((v) => v.id === params.view_id || (params.external_id && v.view.external_id === params.external_id));
    if (!target) return { ...sample, ok: true, view: { ...(sample.view as object), ...view, id: String(params.view_id ?? "V0FAKE") } };
    target.view = view;
    target.hash = state.newTs();
    target.errors = undefined;
    state.changed();
    return answer(target);
  }
  const trigger = state.triggers.get(String(params.trigger_id));
  // A trigger the stand-in never handed out (a test's own) opens nothing on the page.
  if (!trigger) return { ...sample, ok: true, view: { ...(sample.view as object), ...view, id: "V0FAKE" } };
  const stack = method === "views.open" ? [] : (state.modals.get(trigger.user) ?? []);
  const opened: OpenView = { id: state.newId("V"), user: trigger.user, view, hash: state.newTs() };
  state.modals.set(trigger.user, [...stack, opened]);
  state.changed();
  return answer(opened);
}

function completeUpload(params: Params, { state }: WebApiContext): Answer {
  const files = Array.isArray(params.files) ? (params.files as { id: string; title?: string }[]) : [];
  const stored = files.map((f) => state.files.get(f.id)).filter((f) => f !== undefined);
  if (typeof params.channel_id === "string") {
    const channel = state.conversation(params.channel_id);
    state.post({
      channel: channel.id,
      user: LOFTE_USER,
      text: String(params.initial_comment ?? ""),
      files: stored.map((f) => ({ id: f.id, name: f.filename })),
    });
  }
  return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title ?? "", name: state.files.get(f.id)?.filename })) };
}

function content(params: Params): Pick<Message, "text" | "blocks"> {
  return { text: String(params.text ?? ""), ...(Array.isArray(params.blocks) ? { blocks: params.blocks } : {}) };
}

function userObject(id: string, state: SlackState, base: unknown): Answer {
  const member = state.members.get(id) ?? {};
  return {
    ...(typeof base === "object" && base ? base : {}),
    id,
    name: id.toLowerCase(),
    real_name: member.name ?? id,
    profile: { real_name: member.name ?? id, display_name: member.name?.split(" ")[0] ?? id, title: member.title ?? "" },
    tz: member.tz ?? "",
    locale: member.locale ?? "",
    is_admin: member.isAdmin ?? false,
    is_owner: false,
    is_bot: false,
  };
}

const sampleCache = new Map<string, Answer>();

function loadSample(method: string): Answer {
  if (!sampleCache.has(method)) {
    let sample: Answer = {};
    try {
      sample = JSON.parse(readFileSync(new URL(`${method}.json`, SAMPLES), "utf8"));
    } catch {
      // Without Slack's sample (a machine without ../shared), the answer has just what Lofte reads.
    }
    delete sample.error;
    delete sample.warning;
    delete sample.needed;
    delete sample.provided;
    sampleCache.set(method, sample);
  }
  return structuredClone(sampleCache.get(method) ?? {});
}
