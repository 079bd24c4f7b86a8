import { beforeEach, describe, expect, it } from "vitest";
import { postWeeklyDigests } from "../../src/app/digest.js";
import { databaseKinds, type TestDatabase } from "../support/databases.js";
import { type Lofte, useLofte } from "../support/harness.js";
import { eventEnvelope } from "../support/slack-driver.js";

/** The team's surfaces for someone whose Slack is in English: digest, Home, suggestions, settings. */
describe.each(databaseKinds())("in English on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;

  useLofte(kind, "2026-11-25T09:00:00Z", (started) => ({ db, lofte } = started), { LOFTE_LANGUAGE: "en" });
  beforeEach(async () => {
    await lofte.slack.settle();
    lofte.slack.reset();
    lofte.slack.users.set("U0BOB", { tz: "Europe/London", locale: "en-GB", isAdmin: true });
    lofte.slack.users.set("U0EVE", { tz: "Europe/London", locale: "en-US" });
  });

  const say = (text: string, user = "U0BOB") => lofte.driver.command({ command: "/promise", text, user_id: user, team_id: `T0EN${kind}` });

  it("posts the weekly digest in the workspace's language", async () => {
    expect(String((await say("digest on friday 15:00")).json?.text)).toBe("The weekly digest comes on Fridays at 15:00 in <#C0SALES>.");
    await say("I'll send the report to Acme on Friday");
    lofte.clock.set("2026-11-27T15:00:00Z");
    expect((await postWeeklyDigests(lofte.sender)).posted).toBe(1);
    const digest = lofte.slack.callsTo("chat.postMessage").find((c) => c.params.channel === "C0SALES");
    expect(String(digest?.params.text)).toBe("This week's promises in <#C0SALES> — 1 open · 1 due this week · 0 overdue");
    // Bob's 17:00 in London, shown on the workspace's clock (Stockholm) like everything in the channel.
    expect(JSON.stringify(digest?.params.blocks)).toContain("send the report to Acme — Friday 27 November at 18:00");
    lofte.clock.set("2026-11-25T09:00:00Z");
  });

  it("draws the Home tab in English", async () => {
    await say("I'll call Volvo tomorrow at 2pm");
    await lofte.driver.event(
      eventEnvelope({ type: "app_home_opened", user: "U0BOB", channel: "D0BOB", tab: "home", event_ts: "1" }, `T0EN${kind}`),
    );
    const view = JSON.stringify((await lofte.slack.waitFor("views.publish")).params.view);
    expect(view).toContain("Lofte — keep what you promise");
    expect(view).toContain("*My open promises*");
    expect(view).toContain("call Volvo");
    expect(view).toContain("New promise");
  });

  it("offers to track an English promise, and shows settings read-only to others", async () => {
    await say("suggest on");
    await lofte.driver.event(
      eventEnvelope(
        {
          type: "message",
          channel: "C0SALES",
          user: "U0BOB",
          text: "I'll send the deck over tomorrow at 10",
          ts: "1764062000.000100",
          event_ts: "2",
        },
        `T0EN${kind}`,
      ),
    );
    expect((await lofte.slack.waitFor("chat.postEphemeral")).params.text).toBe("Want me to keep track of this?");
    await say("settings", "U0EVE");
    const view = (await lofte.slack.waitFor("views.open")).params.view as { submit?: unknown; blocks: { text?: { text: string } }[] };
    expect(view.submit).toBeUndefined();
    expect(view.blocks[0].text?.text).toBe("Only admins and leads can change settings. This is how they are now:");
  });
});
