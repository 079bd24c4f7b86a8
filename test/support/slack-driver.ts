import { createHmac } from "node:crypto";

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
  response_url?: string;
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
    const form = new URLSearchParams({
      token: "deprecated-verification-token",
      team_id: fields.team_id ?? "T0LOFTE",
      team_domain: "lofte-test",
      channel_id: fields.channel_id ?? "C0SALES",
      channel_name: "salj",
      user_id: fields.user_id ?? "U0ANNA",
      user_name: "anna",
      command: fields.command ?? "/lofte",
      text: fields.text,
      api_app_id: "A0LOFTE",
      is_enterprise_install: "false",
      response_url: fields.response_url ?? "https://hooks.slack.com/commands/T0LOFTE/1/abc",
      trigger_id: "1337.42.abcdef",
    });
    return this.post(form.toString());
  }

  interaction(payload: Record<string, unknown>): Promise<SlackAnswer> {
    return this.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
  }
}

/** A block_actions payload for a button or picker click, shaped like Slack's. */
export function blockAction(input: {
  actionId: string;
  value?: string;
  userId?: string;
  teamId?: string;
  channelId?: string;
  responseUrl: string;
  stateValues?: Record<string, Record<string, unknown>>;
}): Record<string, unknown> {
  const teamId = input.teamId ?? "T0LOFTE";
  return {
    type: "block_actions",
    team: { id: teamId, domain: "lofte-test" },
    user: { id: input.userId ?? "U0ANNA", username: "anna", name: "anna", team_id: teamId },
    api_app_id: "A0LOFTE",
    token: "deprecated-verification-token",
    container: { type: "message", message_ts: "1764000000.000100", channel_id: input.channelId ?? "C0SALES", is_ephemeral: true },
    trigger_id: "1337.42.trigger",
    channel: { id: input.channelId ?? "C0SALES", name: "salj" },
    response_url: input.responseUrl,
    state: { values: input.stateValues ?? {} },
    actions: [
      {
        action_id: input.actionId,
        block_id: "b1",
        type: "button",
        value: input.value,
        action_ts: "1764000001.000200",
        text: { type: "plain_text", text: "x" },
      },
    ],
  };
}

/** A view_submission payload for a modal Lofte opened, with the values a person entered. */
export function viewSubmission(input: {
  callbackId: string;
  privateMetadata: string;
  values: Record<string, Record<string, unknown>>;
  userId?: string;
  teamId?: string;
}): Record<string, unknown> {
  const teamId = input.teamId ?? "T0LOFTE";
  return {
    type: "view_submission",
    team: { id: teamId, domain: "lofte-test" },
    user: { id: input.userId ?? "U0ANNA", username: "anna", name: "anna", team_id: teamId },
    api_app_id: "A0LOFTE",
    token: "deprecated-verification-token",
    trigger_id: "1337.42.trigger",
    view: {
      id: "V0FAKE",
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
