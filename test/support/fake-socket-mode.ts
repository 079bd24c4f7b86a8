import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import type { FakeSlack } from "./fake-slack.js";

/**
 * Slack's Socket Mode side, for tests: `apps.connections.open` (on the fake Web API) hands out
 * a ws:// URL on 127.0.0.1; the server says hello, sends envelopes like Slack and collects the
 * app's acknowledgements.
 */
export class FakeSocketMode {
  private readonly server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  private socket: WebSocket | undefined;
  private readonly acks = new Map<string, (payload: Record<string, unknown> | undefined) => void>();
  private readonly connected: Promise<void>;

  constructor(slack: FakeSlack) {
    slack.overrides.set("apps.connections.open", () => ({
      ok: true,
      url: `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`,
    }));
    this.connected = new Promise((resolve) => {
      this.server.on("connection", (socket) => {
        this.socket = socket;
        socket.on("message", (data) => {
          const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: Record<string, unknown> };
          if (message.envelope_id) this.acks.get(message.envelope_id)?.(message.payload);
        });
        socket.send(
          JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake", approximate_connection_time: 18060 } }),
        );
        resolve();
      });
    });
  }

  waitForConnection(): Promise<void> {
    return this.connected;
  }

  /** Sends an envelope and resolves with the payload the app acknowledged it with. */
  send(
    type: "slash_commands" | "interactive" | "events_api",
    payload: Record<string, unknown>,
  ): Promise<Record<string, unknown> | undefined> {
    const envelopeId = randomUUID();
    const acked = new Promise<Record<string, unknown> | undefined>((resolve) => this.acks.set(envelopeId, resolve));
    this.socket?.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== "events_api",
        retry_attempt: 0,
        retry_reason: "",
      }),
    );
    return acked;
  }

  async stop(): Promise<void> {
    for (const client of this.server.clients) client.close(1001, "test over");
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
