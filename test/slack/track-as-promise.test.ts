import { beforeEach, describe, expect, it } from "vitest";
import { databaseKinds, type TestDatabase } from "../support/databases.js";
import { type Lofte, useLofte } from "../support/harness.js";
import { viewSubmission } from "../support/slack-driver.js";

// Wednesday 25 November 2026, 10:00 in Stockholm.
const WEDNESDAY = "2026-11-25T09:00:00Z";

/** The shortcut on a message written at `ts` (by default just now, the Wednesday). */
function messageShortcut(text: string, author: string, clicker = "U0ANNA", ts = "1795597200.000300"): Record<string, unknown> {
  return {
    type: "message_action",
    callback_id: "track_as_promise",
    trigger_id: "1337.42.track",
    message_ts: ts,
    response_url: "https://hooks.slack.com/app/T0LOFTE/1/abc",
    team: { id: "T0LOFTE", domain: "lofte-test" },
    channel: { id: "C0SALES", name: "salj" },
    user: { id: clicker, name: "anna", team_id: "T0LOFTE" },
    message: { type: "message", user: author, text, ts, team: "T0LOFTE" },
    token: "deprecated-verification-token",
    is_enterprise_install: false,
  };
}

type View = {
  callback_id: string;
  private_metadata: string;
  blocks: { block_id: string; label?: { text: string }; element: Record<string, unknown> }[];
};

describe.each(databaseKinds())("Track as promise on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;

  useLofte(kind, WEDNESDAY, (started) => ({ db, lofte } = started));
  beforeEach(async () => {
    await lofte.slack.settle();
    lofte.slack.reset();
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
    lofte.slack.users.set("U0BOB", { tz: "Europe/Stockholm", locale: "en-GB" });
  });

  it("opens a modal prefilled by the parser, with the message's author as owner, and saves it linked to the message", async () => {
    expect((await lofte.driver.interaction(messageShortcut("Jag skickar offerten till Acme på fredag", "U0BOB"))).status).toBe(200);
    const view = (await lofte.slack.waitFor("views.open")).params.view as View;
    const element = (id: string) => view.blocks.find((b) => b.block_id === id)?.element ?? {};
    expect(view.callback_id).toBe("commitment_track_view");
    expect(element("owner").initial_user).toBe("U0BOB");
    expect(element("task").initial_value).toBe("skicka offerten till Acme");
    expect(element("customer").initial_value).toBe("Acme");
    expect(element("date").initial_date).toBe("2026-11-27");
    expect(element("time").initial_time).toBe("17:00");

    const saved = await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: {
          owner: { owner: { type: "users_select", selected_user: "U0BOB" } },
          task: { task: { type: "plain_text_input", value: String(element("task").initial_value) } },
          customer: { customer: { type: "plain_text_input", value: String(element("customer").initial_value) } },
          date: { date: { type: "datepicker", selected_date: "2026-11-27" } },
          time: { time: { type: "timepicker", selected_time: "17:00" } },
        },
      }),
    );
    expect(saved.text).toBe("");
    const confirmation = await lofte.slack.waitFor("chat.postEphemeral");
    expect(confirmation.params).toMatchObject({ channel: "C0SALES", user: "U0ANNA" });
    expect(String(confirmation.params.text)).toBe(
      "Noterat: <@U0BOB> lovar att skicka offerten till Acme — senast fredag 27 november kl 17:00. Jag har sagt till <@U0BOB>.",
    );
    await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0BOB");
    const stored = await db.prisma.commitment.findFirstOrThrow({ where: { sourceMessageTs: "1795597200.000300", ownerId: "U0BOB" } });
    expect(stored).toMatchObject({ creatorId: "U0ANNA", customer: "Acme", sourceChannelId: "C0SALES" });
    expect(stored.permalink).toBe("https://example.slack.com/archives/C0SALES/p1795597200000300");
  });

  it("writes a task typed as a sentence ('jag ringer Volvo …') as Lofte writes tasks, and takes its customer", async () => {
    await lofte.driver.interaction(messageShortcut("Jag skickar offerten till Acme på fredag", "U0ANNA"));
    const view = (await lofte.slack.waitFor("views.open")).params.view as View;
    const saved = await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: {
          owner: { owner: { type: "users_select", selected_user: "U0ANNA" } },
          task: { task: { type: "plain_text_input", value: "jag ringer Volvo om leveransen" } },
          customer: { customer: { type: "plain_text_input", value: "" } },
          date: { date: { type: "datepicker", selected_date: "2026-11-27" } },
          time: { time: { type: "timepicker", selected_time: "17:00" } },
        },
      }),
    );
    expect(saved.status).toBe(200);
    const confirmation = await lofte.slack.waitFor("chat.postEphemeral");
    expect(String(confirmation.params.text)).toBe("Noterat: du lovar att ringa Volvo om leveransen — senast fredag 27 november kl 17:00.");
    const stored = await db.prisma.commitment.findFirstOrThrow({ where: { task: "ringa Volvo om leveransen" } });
    expect(stored.customer).toBe("Volvo");
  });

  it("leaves the day empty when the message names none, and asks for it on save", async () => {
    await lofte.driver.interaction(messageShortcut("Jag återkommer om priset", "U0ANNA"));
    const view = (await lofte.slack.waitFor("views.open")).params.view as View;
    expect(view.blocks.find((b) => b.block_id === "date")?.element.initial_date).toBeUndefined();
    const saved = await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: {
          owner: { owner: { type: "users_select", selected_user: "U0ANNA" } },
          task: { task: { type: "plain_text_input", value: "återkomma om priset" } },
          date: { date: { type: "datepicker", selected_date: null } },
          time: { time: { type: "timepicker", selected_time: null } },
        },
      }),
    );
    expect(saved.json).toEqual({ response_action: "errors", errors: { date: "Välj en dag.", time: "Välj en tid." } });
    expect(await db.prisma.commitment.count({ where: { task: "återkomma om priset" } })).toBe(0);
  });

  it("reads the message's 'i morgon' from when it was written, not from when it is tracked", async () => {
    // Written on Tuesday at 16:00, tracked on Wednesday at 10:00: "i morgon" is Wednesday.
    await lofte.driver.interaction(messageShortcut("Jag skickar offerten i morgon kl 15", "U0BOB", "U0ANNA", "1795532400.000100"));
    const view = (await lofte.slack.waitFor("views.open")).params.view as View;
    const element = (id: string) => view.blocks.find((b) => b.block_id === id)?.element ?? {};
    expect(element("date").initial_date).toBe("2026-11-25");
    expect(element("time").initial_time).toBe("15:00");
  });

  it("confirms by DM where Lofte is not in the channel", async () => {
    lofte.slack.failures.set("chat.postEphemeral", { status: 200, body: { ok: false, error: "channel_not_found" }, times: 1 });
    await lofte.driver.interaction(messageShortcut("I'll send the deck to Volvo tomorrow at 2pm", "U0ANNA"));
    const view = (await lofte.slack.waitFor("views.open")).params.view as View;
    await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: {
          owner: { owner: { type: "users_select", selected_user: "U0ANNA" } },
          task: { task: { type: "plain_text_input", value: "send the deck" } },
          date: { date: { type: "datepicker", selected_date: "2026-11-26" } },
          time: { time: { type: "timepicker", selected_time: "14:00" } },
        },
      }),
    );
    const dm = await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0ANNA");
    expect(String(dm.params.text)).toContain("senast torsdag 26 november kl 14:00");
  });

  it("reads the time on the owner's clock and says so when it is not the tracker's", async () => {
    lofte.slack.users.set("U0BRIT", { tz: "Europe/London", locale: "en-GB" });
    await lofte.driver.interaction(messageShortcut("I'll send the quote to Acme on Friday at 3pm", "U0BRIT"));
    const view = (await lofte.slack.waitFor("views.open")).params.view as View;
    const time = view.blocks.find((b) => b.block_id === "time");
    expect(time?.element.initial_time).toBe("15:00");
    expect(time?.label?.text).toBe("Tid (lokal tid i London)");
    await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: {
          owner: { owner: { type: "users_select", selected_user: "U0BRIT" } },
          task: { task: { type: "plain_text_input", value: "send the quote" } },
          date: { date: { type: "datepicker", selected_date: "2026-11-27" } },
          time: { time: { type: "timepicker", selected_time: "15:00" } },
        },
      }),
    );
    await lofte.slack.waitFor("chat.postEphemeral");
    const stored = await db.prisma.commitment.findFirstOrThrow({ where: { task: "send the quote", ownerId: "U0BRIT" } });
    // 15:00 in London is 16:00 in Stockholm.
    expect(stored.dueAt.toISOString()).toBe("2026-11-27T15:00:00.000Z");
  });

  it("explains instead of opening the form on Lofte's own messages", async () => {
    const before = await db.prisma.commitment.count();
    const shortcut = messageShortcut("Noterat: <@U0BOB> lovar att skicka offerten", "U0LOFTE");
    (shortcut.message as Record<string, unknown>).bot_id = "B0LOFTE";
    await lofte.driver.interaction(shortcut);
    const view = (await lofte.slack.waitFor("views.open")).params.view as {
      callback_id?: string;
      submit?: unknown;
      blocks: { text?: { text: string } }[];
    };
    expect(view.submit).toBeUndefined();
    expect(view.blocks[0]?.text?.text).toContain("kommer från Lofte självt");
    expect(await db.prisma.commitment.count()).toBe(before);
  });

  it("makes the tracker the owner of another app's message", async () => {
    const shortcut = messageShortcut("Acme: we need the quote by Friday", "U0ZENDESK");
    (shortcut.message as Record<string, unknown>).bot_id = "B0ZENDESK";
    await lofte.driver.interaction(shortcut);
    const view = (await lofte.slack.waitFor("views.open")).params.view as View;
    expect(view.blocks.find((b) => b.block_id === "owner")?.element.initial_user).toBe("U0ANNA");
  });
});
