import type { App } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assembleLofte } from "../../src/assemble.js";
import { loadConfig } from "../../src/config.js";
import { openTestDatabase, type TestDatabase } from "../support/databases.js";
import { FakeSlack } from "../support/fake-slack.js";
import { FakeSocketMode } from "../support/fake-socket-mode.js";
import { TestClock } from "../support/harness.js";

/** Socket Mode, the manifest's default: the same commands over Slack's WebSocket. */
describe("Socket Mode", () => {
  let db: TestDatabase;
  let slack: FakeSlack;
  let socket: FakeSocketMode;
  let app: App;

  beforeAll(async () => {
    db = await openTestDatabase("pglite");
    slack = await new FakeSlack().start();
    socket = new FakeSocketMode(slack);
    const clock = new TestClock(new Date("2026-11-25T09:00:00Z"));
    const config = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-socket",
      SLACK_APP_TOKEN: "xapp-1-socket",
      SLACK_API_URL: slack.apiUrl,
      LOG_LEVEL: "error",
    });
    ({ app } = assembleLofte(config, db, { clock: clock.now, sendGapMs: 0 }));
    await app.start();
    await socket.waitForConnection();
  });

  afterAll(async () => {
    await app?.stop();
    await socket?.stop();
    await slack?.stop();
    await db?.close();
  });

  it("opens the connection with the app token through the configured Web API", () => {
    expect(slack.callsTo("apps.connections.open")[0].token).toBe("xapp-1-socket");
  });

  it("answers /lofte in the acknowledgement, as in HTTP mode", async () => {
    slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
    const payload = await socket.send("slash_commands", {
      token: "x",
      team_id: "T0LOFTE",
      channel_id: "C0SALES",
      user_id: "U0ANNA",
      command: "/lofte",
      text: "jag skickar offerten till Acme fredag",
      response_url: slack.responseUrl("socket-1"),
      trigger_id: "1.2.3",
      api_app_id: "A0LOFTE",
    });
    expect(payload?.text).toBe("Noterat: du lovar att skicka offerten till Acme — senast fredag 27 november kl 17:00.");
    expect(await db.prisma.commitment.count({ where: { workspaceId: "T0LOFTE", customer: "Acme" } })).toBe(1);
  });
});
