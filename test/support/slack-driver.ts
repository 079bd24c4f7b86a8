import { createHmac, randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";

/**
 * Sends requests to Lofte's HTTP receiver the way Slack does: form-encoded, signed with the
 * v0 scheme. Slash commands as fields, interactions as `payload=<json>`.
 */

export interface SlackAnswer {
  status: number;
  text: string;
  json: Record<string, unknown> | null;
  ms: number;
}

export interface CommandFields {
  text: string;
  command?: string;
  user_id?: string;
  team_id?: string;
  channel_id?: string;
  /** Slack's name for the channel: "privategroup" for a private channel, "directmessage" for a DM. */
  channel_name?: string;
  response_url?: string;
  trigger_id?: string;
}

export class SlackDriver {
  constructor(
    readonly url: string,
    private readonly signingSecret: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  sign(body: string, timestamp = Math.floor(this.clock().getTime() / 1000)): Record<string, string> {
    const signature = `v0=${createHmac("sha256", this.signingSecret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
    return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature };
  }

  async post(body: string, headers: Record<string, string> = this.sign(body)): Promise<SlackAnswer> {
    const started = performance.now();
    const res = await fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body,
    });
    const text = await res.text();
    let json: Record<string, unknown> | null = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: res.status, text, json, ms: performance.now() - started };
  }

  command(fields: CommandFields): Promise<SlackAnswer> {
    return this.post(commandBody(fields));
  }

  /** An Events API delivery (JSON), optionally marked as Slack's retry. */
  event(envelope: Record<string, unknown>, retryNum?: number): Promise<SlackAnswer> {
    const body = JSON.stringify(envelope);
    const headers: Record<string, string> = { ...this.sign(body), "content-type": "application/json" };
    if (retryNum !== undefined) Object.assign(headers, { "x-slack-retry-num": String(retryNum), "x-slack-retry-reason": "http_timeout" });
    return this.post(body, headers);
  }

  interaction(payload: Record<string, unknown>): Promise<SlackAnswer> {
    return this.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
  }

  /**
   * Any body with any content type (null: none), correctly signed, on a connection of its own
   * (no keep-alive race with the server's idle timeout). A connection error or no answer within
   * `timeoutMs` comes back in `error` instead of being thrown.
   */
  raw(body: string | Uint8Array, contentType: string | null, timeoutMs = 10_000): Promise<SlackAnswer & { error: string | null }> {
    const bytes = Buffer.from(body);
    // Bolt checks the signature against the body decoded as UTF-8, as Slack signs it.
    const headers: Record<string, string | number> = { ...this.sign(bytes.toString("utf8")), "content-length": bytes.length };
    if (contentType !== null) headers["content-type"] = contentType;
    const started = performance.now();
    const answer = (status: number, text: string, error: string | null) => {
      let json: Record<string, unknown> | null = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        json = null;
      }
      return { status, text, json, ms: performance.now() - started, error };
    };
    return new Promise((resolve) => {
      const req = httpRequest(this.url, { method: "POST", headers, agent: false, timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve(answer(res.statusCode ?? 0, Buffer.concat(chunks).toString("utf8"), null)));
        res.on("error", (error) => resolve(answer(res.statusCode ?? 0, "", String(error))));
      });
      req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on("error", (error) => resolve(answer(0, "", String(error))));
      req.end(bytes);
    });
  }
}

/** Slack gives every request a trigger id of its own (so no two requests are the same bytes). */
let triggers = 0;
export function newTrigger(): string {
  triggers++;
  return `1337.${triggers}.${Date.now().toString(36)}`;
}

/** A slash command's form body, as Slack sends it. */
export function commandBody(fields: CommandFields): string {
  return new URLSearchParams({
    token: "deprecated-verification-token",
    team_id: fields.team_id ?? "T0LOFTE",
    team_domain: "lofte-test",
    channel_id: fields.channel_id ?? "C0SALES",
    channel_name: fields.channel_name ?? ((fields.channel_id ?? "").startsWith("D") ? "directmessage" : "salj"),
    user_id: fields.user_id ?? "U0ANNA",
    user_name: "anna",
    command: fields.command ?? "/lofte",
    text: fields.text,
    api_app_id: "A0LOFTE",
    is_enterprise_install: "false",
    response_url: fields.response_url ?? "https://hooks.slack.com/commands/T0LOFTE/1/abc",
    trigger_id: fields.trigger_id ?? newTrigger(),
  }).toString();
}

/** An interaction's form body: `payload=<json>`. */
export function interactionBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A block_actions payload for a button, menu or picker click, shaped like Slack's. */
export function blockAction(input: {
  actionId: string;
  value?: string;
  userId?: string;
  teamId?: string;
  channelId?: string;
  messageTs?: string;
  blockId?: string;
  selectedOption?: string;
  selectedUser?: string;
  responseUrl: string;
  stateValues?: Record<string, Record<string, unknown>>;
}): Record<string, unknown> {
  const teamId = input.teamId ?? "T0LOFTE";
  const channelId = input.channelId ?? "C0SALES";
  const action: Record<string, unknown> = {
    action_id: input.actionId,
    block_id: input.blockId ?? "b1",
    type: "button",
    value: input.value,
    action_ts: `${Date.now() / 1000}`,
    text: { type: "plain_text", text: "x" },
  };
  if (input.selectedOption)
    Object.assign(action, {
      type: "static_select",
      selected_option: { value: input.selectedOption, text: { type: "plain_text", text: "x" } },
    });
  if (input.selectedUser) Object.assign(action, { type: "users_select", selected_user: input.selectedUser });
  return {
    type: "block_actions",
    team: { id: teamId, domain: "lofte-test" },
    user: { id: input.userId ?? "U0ANNA", username: "anna", name: "anna", team_id: teamId },
    api_app_id: "A0LOFTE",
    token: "deprecated-verification-token",
    container: {
      type: "message",
      message_ts: input.messageTs ?? "1764000000.000100",
      channel_id: channelId,
      is_ephemeral: !input.messageTs,
    },
    trigger_id: newTrigger(),
    channel: { id: channelId, name: channelId.startsWith("D") ? "directmessage" : "salj" },
    response_url: input.responseUrl,
    state: { values: input.stateValues ?? {} },
    actions: [action],
  };
}

/** A view_submission payload for a modal Lofte opened, with the values a person entered. */
export function viewSubmission(input: {
  callbackId: string;
  privateMetadata: string;
  values: Record<string, Record<string, unknown>>;
  userId?: string;
  teamId?: string;
  /** Each modal Slack opens has its own id; send one twice to play a re-sent submission. */
  viewId?: string;
}): Record<string, unknown> {
  const teamId = input.teamId ?? "T0LOFTE";
  return {
    type: "view_submission",
    team: { id: teamId, domain: "lofte-test" },
    user: { id: input.userId ?? "U0ANNA", username: "anna", name: "anna", team_id: teamId },
    api_app_id: "A0LOFTE",
    token: "deprecated-verification-token",
    trigger_id: newTrigger(),
    view: {
      id: input.viewId ?? `V${randomUUID().replaceAll("-", "").slice(0, 10).toUpperCase()}`,
      team_id: teamId,
      type: "modal",
      callback_id: input.callbackId,
      private_metadata: input.privateMetadata,
      state: { values: input.values },
      hash: "1764000000.abc",
      title: { type: "plain_text", text: "x" },
      blocks: [],
      app_id: "A0LOFTE",
      bot_id: "B0LOFTE",
    },
    response_urls: [],
  };
}

/** An Events API envelope around `event`, as Slack sends it. */
export function eventEnvelope(event: Record<string, unknown>, teamId = "T0LOFTE"): Record<string, unknown> {
  return {
    token: "deprecated-verification-token",
    team_id: teamId,
    api_app_id: "A0LOFTE",
    event,
    type: "event_callback",
    event_id: `Ev${Math.random().toString(36).slice(2, 12).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: "U0LOFTEBOT", is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}
