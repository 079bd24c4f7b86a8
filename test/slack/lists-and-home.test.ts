import { beforeEach, describe, expect, it } from "vitest";
import { databaseKinds, type TestDatabase } from "../support/databases.js";
import { type Lofte, useLofte } from "../support/harness.js";
import { blockAction, eventEnvelope, viewSubmission } from "../support/slack-driver.js";

// Wednesday 25 November 2026, 10:00 in Stockholm.
const WEDNESDAY = "2026-11-25T09:00:00Z";

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  accessory?: { options: { value: string }[] };
  elements?: { text?: string }[];
};

function texts(blocks: unknown): string[] {
  return (blocks as Block[]).map((b) => b.text?.text ?? b.elements?.map((e) => e.text ?? "").join(" ") ?? "");
}

// Workspace ids unique across both database runs (the app remembers who has opened Home).
let team = 0;

describe.each(databaseKinds())("lists and the Home tab on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;
  let teamId = "";

  useLofte(kind, WEDNESDAY, (started) => ({ db, lofte } = started));
  beforeEach(async () => {
    teamId = `T0LIST${++team}`;
    await lofte.slack.settle();
    lofte.slack.reset();
    lofte.clock.set(WEDNESDAY);
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
    lofte.slack.users.set("U0BOB", { tz: "Europe/Stockholm", locale: "en-GB" });
  });

  const say = (text: string, extra: { user_id?: string; channel_id?: string; command?: string } = {}) =>
    lofte.driver.command({ text, team_id: teamId, ...extra });

  it("lists my open promises, soonest first, and not other people's", async () => {
    await say("jag skickar offerten till Acme fredag");
    await say("jag ringer Volvo i morgon kl 14");
    await say("I'll send the deck to Ikea on Monday", { user_id: "U0BOB", command: "/promise" });
    const list = await say("lista");
    const lines = texts(list.json?.blocks);
    expect(lines[0]).toBe("*Dina öppna löften*");
    expect(lines.slice(1)).toEqual([
      ":large_blue_circle: *ringa Volvo* · <@U0ANNA> · torsdag 26 november kl 14:00 (om 28 timmar)",
      ":large_blue_circle: *skicka offerten till Acme* · <@U0ANNA> · fredag 27 november kl 17:00 (i övermorgon)",
    ]);
    const english = await say("list", { user_id: "U0BOB", command: "/promise" });
    expect(texts(english.json?.blocks)[0]).toBe("*Your open promises*");
    expect(texts(english.json?.blocks)[1]).toContain("send the deck to Ikea");
  });

  it("lists a channel's promises, and a customer's open and recently kept ones", async () => {
    await say("jag skickar offerten till Acme fredag");
    await say("jag bokar demo med Acme AB på måndag", { user_id: "U0BOB", channel_id: "C0OTHER" });
    await say("jag ringer Volvo i morgon");
    const team = texts((await say("team")).json?.blocks);
    expect(team).toHaveLength(3);
    expect(team[0]).toBe("*Öppna löften i <#C0SALES>*");
    const customer = texts((await say("kund acme")).json?.blocks);
    expect(customer[0]).toBe("*Löften till acme* (öppna och hållna senaste 30 dagarna)");
    expect(customer.slice(1).map((l) => l.replace(/ · .*/, ""))).toEqual([
      ":large_blue_circle: *skicka offerten till Acme*",
      ":large_blue_circle: *boka demo med Acme AB*",
    ]);
    expect(texts((await say("kund")).json?.blocks)[0]).toContain("Skriv kundens namn");
  });

  it("marks a promise done from the list and draws the list again", async () => {
    await say("jag skickar offerten till Acme fredag");
    await say("jag ringer Volvo i morgon kl 14");
    const list = await say("lista");
    const item = ((list.json?.blocks ?? []) as Block[])[1];
    const done = item.accessory?.options.find((o) => o.value.startsWith("done|"))?.value;
    await lofte.driver.interaction(
      blockAction({
        actionId: "list_item_menu",
        blockId: item.block_id,
        selectedOption: done,
        teamId,
        responseUrl: lofte.slack.responseUrl("list-1"),
      }),
    );
    const redrawn = await lofte.slack.waitForResponse("list-1");
    expect(redrawn.replace_original).toBe(true);
    expect(texts(redrawn.blocks).slice(1)).toEqual([
      ":large_blue_circle: *skicka offerten till Acme* · <@U0ANNA> · fredag 27 november kl 17:00 (i övermorgon)",
    ]);
    expect(await db.prisma.commitment.count({ where: { workspaceId: teamId, status: "done" } })).toBe(1);
  });

  it("keeps a long list within Slack's 50 blocks and says how many more there are", async () => {
    await say("jag skickar offerten till Acme fredag");
    const first = await db.prisma.commitment.findFirstOrThrow({ where: { workspaceId: teamId } });
    const { id: _id, ...rest } = first;
    await db.prisma.commitment.createMany({
      data: Array.from({ length: 59 }, (_, i) => ({ ...rest, task: `uppgift ${i}`, dueAt: new Date(first.dueAt.getTime() + i * 60_000) })),
    });
    const blocks = (await say("lista")).json?.blocks as Block[];
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(texts(blocks).at(-1)).toBe("+15 till — se Lofte-fliken i Slack.");
  });

  it("publishes the Home tab: my promises, those at risk that I lead, what I kept, and New promise", async () => {
    await say("jag skickar offerten till Acme fredag");
    await say("jag ringer Volvo i morgon kl 14", { user_id: "U0BOB", command: "/promise" });
    await db.prisma.workspace.update({ where: { id: teamId }, data: { defaultLeadId: "U0ANNA" } });
    lofte.clock.set("2026-11-26T15:00:00Z"); // Bob's call is an hour overdue
    await lofte.driver.event(
      eventEnvelope({ type: "app_home_opened", user: "U0ANNA", channel: "D0ANNA", tab: "home", event_ts: "1" }, teamId),
    );
    const published = await lofte.slack.waitFor("views.publish");
    expect(published.params.user_id).toBe("U0ANNA");
    const view = published.params.view as { type: string; blocks: Block[] };
    expect(view.type).toBe("home");
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const lines = texts(view.blocks);
    const at = (heading: string) => lines.indexOf(heading);
    expect(lines[at("*Mina öppna löften*") + 1]).toContain("*skicka offerten till Acme*");
    expect(lines[at("*I fara, där jag är ansvarig*") + 1]).toContain(":red_circle: *ringa Volvo* · <@U0BOB> · *försenat*");
    expect(lines[at("*Hållna senaste 14 dagarna*") + 1]).toBe("Inget här just nu.");
    expect(JSON.stringify(view.blocks)).toContain("home_new_promise");
  });

  it("keeps the Home tab up to date for those who have opened it, and only them", async () => {
    await lofte.driver.event(
      eventEnvelope({ type: "app_home_opened", user: "U0ANNA", channel: "D0ANNA", tab: "home", event_ts: "1" }, teamId),
    );
    await lofte.slack.waitFor("views.publish");
    lofte.slack.reset();
    await say("jag skickar avtalet till Scania på måndag");
    const redrawn = await lofte.slack.waitFor("views.publish", (c) => c.params.user_id === "U0ANNA");
    expect(JSON.stringify(redrawn.params.view)).toContain("skicka avtalet till Scania");
    await say("I'll call Volvo tomorrow", { user_id: "U0BOB", command: "/promise" });
    await lofte.slack.settle();
    expect(lofte.slack.callsTo("views.publish").filter((c) => c.params.user_id === "U0BOB")).toHaveLength(0);
  });

  it("starts a new promise from the Home tab, confirms it by DM and draws Home again", async () => {
    await lofte.driver.interaction({
      type: "block_actions",
      team: { id: teamId },
      user: { id: "U0ANNA", team_id: teamId },
      trigger_id: "1337.42.home",
      container: { type: "view", view_id: "V0HOME" },
      actions: [{ action_id: "home_new_promise", block_id: "b", type: "button", action_ts: "1" }],
    });
    const view = (await lofte.slack.waitFor("views.open")).params.view as {
      callback_id: string;
      private_metadata: string;
      title: { text: string };
    };
    expect(view.title.text).toBe("Nytt löfte");
    await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        teamId,
        values: {
          owner: { owner: { type: "users_select", selected_user: "U0ANNA" } },
          task: { task: { type: "plain_text_input", value: "skicka avtalet" } },
          customer: { customer: { type: "plain_text_input", value: "Scania" } },
          date: { date: { type: "datepicker", selected_date: "2026-12-01" } },
          time: { time: { type: "timepicker", selected_time: "10:00" } },
        },
      }),
    );
    const dm = await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0ANNA");
    // The customer was given in its own field, so it follows the words in brackets.
    expect(String(dm.params.text)).toBe("Noterat: du lovar att skicka avtalet (Scania) — senast tisdag 1 december kl 10:00.");
    await lofte.slack.waitFor("views.publish");
  });
});
