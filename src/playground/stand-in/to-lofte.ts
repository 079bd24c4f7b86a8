import { createHmac, randomUUID } from "node:crypto";
import { LOFTE_BOT, LOFTE_USER, type Message, type OpenView, type SlackState } from "./state.js";

/**
 * What Slack sends an app, built from the stand-in's state and sent to Lofte's /slack/events
 * exactly as Slack sends it: slash commands as form fields, interactions as `payload=<json>`,
 * Events API envelopes as JSON, each signed with the v0 scheme on the real clock.
 */

export const APP_ID = "A0LOFTE";

export interface LofteAnswer {
  status: number;
  /** The acknowledgement's body, when it had one (a command's reply, a modal's response_action). */
  json: Record<string, unknown> | null;
}

export type StateValues = Record<string, Record<string, Record<string, unknown>>>;

export class ToLofte {
  constructor(
    private readonly eventsUrl: string,
    private readonly signingSecret: string,
    private readonly state: SlackState,
    private readonly team: { id: string; domain: string },
    /** A response URL's address, by id. */
    private readonly responseUrl: (id: string) => string,
  ) {}

  /** `/lofte …` typed in a channel or DM. */
  command(user: string, channel: string, command: string, text: string): Promise<LofteAnswer> {
    const response = this.state.newResponse({ channel, user });
    const fields = {
      token: "playground",
      team_id: this.team.id,
      team_domain: this.team.domain,
      channel_id: channel,
      channel_name: this.state.channels.get(channel)?.name ?? channel,
      user_id: user,
      user_name: user.toLowerCase(),
      command,
      text,
      api_app_id: APP_ID,
      is_enterprise_install: "false",
      response_url: this.responseUrl(response),
      trigger_id: this.state.newTrigger(user),
    };
    return this.send(new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded");
  }

  /** A click or a choice on a message (`message`), in a modal or on the Home tab (`view`). */
  blockActions(
    user: string,
    where: { message: Message } | { view: OpenView; home: boolean },
    action: Record<string, unknown>,
    values: StateValues,
  ): Promise<LofteAnswer> {
    const base = { type: "block_actions", ...this.who(user), trigger_id: this.state.newTrigger(user), state: { values } };
    const act = { ...action, action_ts: `${Date.now() / 1000}` };
    if ("message" in where) {
      const { message } = where;
      const response = this.state.newResponse({ channel: message.channel, user, messageTs: message.ts });
      return this.interaction({
        ...base,
        container: { type: "message", message_ts: message.ts, channel_id: message.channel, is_ephemeral: Boolean(message.ephemeralTo) },
        channel: { id: message.channel, name: this.state.channels.get(message.channel)?.name ?? message.channel },
        message: messageObject(message),
        response_url: this.responseUrl(response),
        actions: [act],
      });
    }
    return this.interaction({
      ...base,
      container: { type: "view", view_id: where.view.id },
      view: this.viewObject(where.view, values, where.home ? "home" : "modal"),
      actions: [act],
    });
  }

  viewSubmission(user: string, view: OpenView, values: StateValues): Promise<LofteAnswer> {
    return this.interaction({
      type: "view_submission",
      ...this.who(user),
      trigger_id: this.state.newTrigger(user),
      view: this.viewObject(view, values, "modal"),
      response_urls: [],
    });
  }

  viewClosed(user: string, view: OpenView): Promise<LofteAnswer> {
    return this.interaction({ type: "view_closed", ...this.who(user), view: this.viewObject(view, {}, "modal"), is_cleared: false });
  }

  /** "Spara som löfte" on a message. */
  messageShortcut(user: string, message: Message, callbackId: string): Promise<LofteAnswer> {
    const response = this.state.newResponse({ channel: message.channel, user });
    return this.interaction({
      type: "message_action",
      callback_id: callbackId,
      trigger_id: this.state.newTrigger(user),
      response_url: this.responseUrl(response),
      ...this.who(user),
      channel: { id: message.channel, name: this.state.channels.get(message.channel)?.name ?? message.channel },
      message: messageObject(message),
      message_ts: message.ts,
    });
  }

  /** An Events API delivery: `event` wrapped in Slack's envelope. */
  event(event: Record<string, unknown>): Promise<LofteAnswer> {
    const body = JSON.stringify({
      token: "playground",
      team_id: this.team.id,
      api_app_id: APP_ID,
      event: { ...event, event_ts: `${Date.now() / 1000}` },
      type: "event_callback",
      event_id: `Ev${randomUUID().replaceAll("-", "").slice(0, 12).toUpperCase()}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: this.team.id, user_id: LOFTE_USER, is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false,
    });
    return this.send(body, "application/json");
  }

  private who(user: string) {
    return {
      team: { id: this.team.id, domain: this.team.domain },
      user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: this.team.id },
      api_app_id: APP_ID,
      token: "playground",
      enterprise: null,
      is_enterprise_install: false,
    };
  }

  private viewObject(open: OpenView, values: StateValues, type: "modal" | "home"): Record<string, unknown> {
    return {
      ...open.view,
      id: open.id,
      team_id: this.team.id,
      type,
      hash: open.hash,
      state: { values },
      private_metadata: open.view.private_metadata ?? "",
      callback_id: open.view.callback_id ?? "",
      app_id: APP_ID,
      bot_id: LOFTE_BOT,
      root_view_id: open.id,
    };
  }

  private interaction(payload: Record<string, unknown>): Promise<LofteAnswer> {
    return this.send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), "application/x-www-form-urlencoded");
  }

  private async send(body: string, contentType: string): Promise<LofteAnswer> {
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac("sha256", this.signingSecret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
    const res = await fetch(this.eventsUrl, {
      method: "POST",
      headers: { "content-type": contentType, "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    const text = await res.text();
    let json: Record<string, unknown> | null = null;
    try {
      const parsed: unknown = text ? JSON.parse(text) : null;
      json = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : null;
    } catch {
      json = null;
    }
    return { status: res.status, json };
  }
}

function messageObject(message: Message): Record<string, unknown> {
  return {
    type: "message",
    user: message.user,
    ...(message.user === LOFTE_USER ? { bot_id: LOFTE_BOT, app_id: APP_ID } : {}),
    ts: message.ts,
    text: message.text,
    ...(message.blocks ? { blocks: message.blocks } : {}),
  };
}
