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
      ":large_blue_circle: *ringa Volvo* · <@U0ANNA> · torsdag 26 november kl 14:00 (i morgon)",
      ":large_blue_circle: *skicka offerten till Acme* · <@U0ANNA> · fredag 27 november kl 17:00 (i övermorgon)",
    ]);
    const english = await say("list", { user_id: "U0BOB", command: "/promise" });
    expect(texts(english.json?.blocks)[0]).toBe("*Your open promises*");
    expect(texts(english.json?.blocks)[1]).toContain("send the deck to Ikea");
  });

  it("lists a colleague's open promises by mention or by name, without what they keep private", async () => {
    lofte.slack.users.set("U0ANNA", { name: "Anna Berg", tz: "Europe/Stockholm", locale: "sv-SE" });
    lofte.slack.users.set("U0BOB", { name: "Bob Jones", tz: "Europe/Stockholm", locale: "en-GB" });
    await say("I'll send the deck to Ikea on Monday", { user_id: "U0BOB", command: "/promise" });
    await say("I'll call Volvo tomorrow", { user_id: "U0BOB", command: "/promise", channel_id: "D0BOB" });
    await say("jag skickar offerten till Acme fredag");
    const expected = [
      "*Öppna löften för <@U0BOB>*",
      ":large_blue_circle: *send the deck to Ikea* · <@U0BOB> · måndag 30 november kl 17:00",
    ];
    const byMention = texts((await say("lista <@U0BOB|bob>")).json?.blocks);
    expect(byMention.map((l) => l.replace(/ \(om .*\)$/, ""))).toEqual(expected);
    // By first name, whole name or display name, case and accents aside.
    for (const name of ["bob", "Bob Jones", "@Bob"])
      expect(texts((await say(`lista ${name}`)).json?.blocks).map((l) => l.replace(/ \(om .*\)$/, ""))).toEqual(expected);
    // Bob himself sees his private promise too.
    const own = texts((await say("list bob", { user_id: "U0BOB", command: "/promise" })).json?.blocks);
    expect(own[0]).toBe("*<@U0BOB>'s open promises*");
    expect(own.slice(1).join("\n")).toContain("call Volvo");
  });

  it("says who is meant when a name fits several people or nobody", async () => {
    lofte.slack.users.set("U0ERIK1", { name: "Erik Lind", tz: "Europe/Stockholm", locale: "sv-SE" });
    lofte.slack.users.set("U0ERIK2", { name: "Erik Åberg", tz: "Europe/Stockholm", locale: "sv-SE" });
    expect(String((await say("lista erik")).json?.text)).toBe(
      "Flera heter ”erik”: <@U0ERIK1>, <@U0ERIK2>. Skriv `/lofte lista @namn` för den du menar.",
    );
    expect(String((await say("lista Zorro")).json?.text)).toBe(
      "Jag hittar ingen som heter ”Zorro”. Skriv `/lofte lista @namn` så väljer Slack rätt person.",
    );
    expect(await db.prisma.commitment.count({ where: { workspaceId: teamId } })).toBe(0);
  });

  it("takes lista alla and /promise list team for the channel's list, and answers words it does not know with usage", async () => {
    await say("jag skickar offerten till Acme fredag");
    await say("I'll send the deck to Ikea on Monday", { user_id: "U0BOB", command: "/promise" });
    for (const text of ["lista alla", "lista teamets", "team"]) {
      const lines = texts((await say(text)).json?.blocks);
      expect(lines[0], text).toBe("*Öppna löften i <#C0SALES>*");
      expect(lines, text).toHaveLength(3);
    }
    expect(texts((await say("list team", { user_id: "U0BOB", command: "/promise" })).json?.blocks)[0]).toBe(
      "*Open promises in <#C0SALES>*",
    );
    expect(String((await say("lista 42")).json?.text)).toMatch(/^`\/lofte lista` — dina öppna löften/);
    expect(String((await say("export allt")).json?.text)).toMatch(/^`\/lofte export` — alla löften/);
    expect(String((await say("sammanfattning")).json?.text)).toMatch(/^`\/lofte digest på/);
    // None of these became a promise.
    expect(await db.prisma.commitment.count({ where: { workspaceId: teamId } })).toBe(2);
  });

  it("lists a channel's promises, and a customer's open and recently kept ones", async () => {
    await say("jag skickar offerten till Acme fredag");
    await say("jag bokar demo med Acme AB på måndag", { user_id: "U0BOB", channel_id: "C0OTHER" });
    await say("jag ringer Volvo i morgon");
    const team = texts((await say("team")).json?.blocks);
    expect(team).toHaveLength(3);
    expect(team[0]).toBe("*Öppna löften i <#C0SALES>*");
    const customer = texts((await say("kund acme")).json?.blocks);
    expect(customer[0]).toBe("*Löften till acme* (öppna, och klara senaste 30 dagarna)");
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
    // What happened first, then the same list without the kept promise.
    // As on a reminder: tell the customer, and perhaps book a follow-up.
    expect(JSON.stringify(redrawn.blocks)).toContain('"text":"Om 1 vecka"');
    expect(texts(redrawn.blocks).filter((t) => !t.includes("[object"))).toEqual([
      ":white_check_mark: *Klart:* ringa Volvo. Bra jobbat — löfte hållet!",
      "Glöm inte att berätta för Volvo att det är klart. Vill du boka en uppföljning?",
      "*Dina öppna löften*",
      ":large_blue_circle: *skicka offerten till Acme* · <@U0ANNA> · fredag 27 november kl 17:00 (i övermorgon)",
    ]);
    expect(await db.prisma.commitment.count({ where: { workspaceId: teamId, status: "done" } })).toBe(1);
  });

  it("pages a long list 40 at a time within Slack's 50 blocks, with Visa fler and Föregående", async () => {
    await say("jag skickar offerten till Acme fredag");
    const first = await db.prisma.commitment.findFirstOrThrow({ where: { workspaceId: teamId } });
    const { id: _id, ...rest } = first;
    await db.prisma.commitment.createMany({
      data: Array.from({ length: 59 }, (_, i) => ({ ...rest, task: `uppgift ${i}`, dueAt: new Date(first.dueAt.getTime() + i * 60_000) })),
    });
    const blocks = (await say("lista")).json?.blocks as Block[];
    expect(blocks.length).toBeLessThanOrEqual(50);
    const items = (bs: Block[]) => bs.filter((b) => b.block_id?.startsWith("item:")).map((b) => b.text?.text ?? "");
    expect(items(blocks)).toHaveLength(40);
    expect(texts(blocks).at(-2)).toBe("Visar 1–40 av 60.");
    const pageButtons = (bs: Block[]) => (bs.at(-1) as unknown as { elements: { action_id: string; value: string }[] }).elements;
    const more = pageButtons(blocks).find((e) => e.action_id === "list_page_more");
    expect(more).toBeDefined();
    await lofte.driver.interaction(
      blockAction({ actionId: "list_page_more", value: more?.value, teamId, responseUrl: lofte.slack.responseUrl("page-2") }),
    );
    const second = (await lofte.slack.waitForResponse("page-2")).blocks as Block[];
    expect(texts(second)[0]).toBe("*Dina öppna löften*");
    expect(items(second)).toHaveLength(20);
    // Nothing shown twice, nothing left out.
    expect(new Set([...items(blocks), ...items(second)]).size).toBe(60);
    expect(texts(second).at(-2)).toBe("Visar 41–60 av 60.");
    expect(pageButtons(second).map((e) => e.action_id)).toEqual(["list_page_back"]);
  });

  it("puts overdue and at-risk promises first, and says what a snooze from the list did", async () => {
    await say("jag ringer Volvo i morgon kl 14");
    await say("jag skickar offerten till Acme fredag");
    await say("jag bokar demo med Scania nästa onsdag");
    await db.prisma.commitment.updateMany({
      where: { workspaceId: teamId, task: { contains: "Scania" } },
      data: { lastAnswer: "cant_make_it" },
    });
    const list = await say("lista");
    expect(
      texts(list.json?.blocks)
        .slice(1)
        .map((l) => l.replace(/ · <@.*/, "")),
    ).toEqual([":warning: *boka demo med Scania*", ":large_blue_circle: *ringa Volvo*", ":large_blue_circle: *skicka offerten till Acme*"]);
    const volvo = ((list.json?.blocks ?? []) as Block[])[2];
    const snooze = volvo.accessory?.options.find((o) => o.value.startsWith("1h|"))?.value;
    await lofte.driver.interaction(
      blockAction({
        actionId: "list_item_menu",
        blockId: volvo.block_id,
        selectedOption: snooze,
        teamId,
        responseUrl: lofte.slack.responseUrl("snoozed"),
      }),
    );
    const redrawn = await lofte.slack.waitForResponse("snoozed");
    expect(texts(redrawn.blocks)[0]).toBe(
      ":alarm_clock: Jag påminner dig igen onsdag 25 november kl 11:00: ringa Volvo — senast torsdag 26 november kl 14:00.",
    );
    // A snoozed promise is still open: the list under the note is as it was.
    expect(texts(redrawn.blocks).slice(1)).toEqual(texts(list.json?.blocks));
  });

  it("edits a promise and says 'I can't make it' from the list's menu, which only its owner is offered", async () => {
    await say("jag skickar offerten till Acme fredag");
    const list = await say("lista");
    const item = ((list.json?.blocks ?? []) as Block[])[1];
    const values = item.accessory?.options.map((o) => o.value.split("|")[0]);
    expect(values).toEqual(["done", "edit", "1h", "nextWorkingDay", "cant_make_it"]);
    const pick = (choice: string, url: string) =>
      lofte.driver.interaction(
        blockAction({
          actionId: "list_item_menu",
          blockId: item.block_id,
          selectedOption: item.accessory?.options.find((o) => o.value.startsWith(`${choice}|`))?.value,
          teamId,
          responseUrl: lofte.slack.responseUrl(url),
        }),
      );
    await pick("edit", "edit");
    const opened = await lofte.slack.waitFor("views.open");
    expect(opened.params.trigger_id).toMatch(/^1337\./);
    expect(JSON.stringify(opened.params.view)).toContain("skicka offerten till Acme");
    // Saved from a list, where no message shows the change: the form says it instead of closing.
    const form = opened.params.view as { callback_id: string; private_metadata: string };
    const edited = await lofte.driver.interaction(
      viewSubmission({
        callbackId: form.callback_id,
        privateMetadata: form.private_metadata,
        teamId,
        values: {
          owner: { owner: { type: "users_select", selected_user: "U0ANNA" } },
          task: { task: { type: "plain_text_input", value: "skicka offerten till Acme" } },
          customer: { customer: { type: "plain_text_input", value: "Acme" } },
          date: { date: { type: "datepicker", selected_date: "2026-11-30" } },
          time: { time: { type: "timepicker", selected_time: "12:00" } },
          lead: { lead: { type: "users_select", selected_user: null } },
        },
      }),
    );
    expect(edited.json?.response_action).toBe("update");
    expect(JSON.stringify(edited.json?.view)).toContain(
      ":white_check_mark: Uppdaterat: skicka offerten till Acme — senast måndag 30 november kl 12:00.",
    );

    await pick("cant_make_it", "cant");
    const said = await lofte.slack.waitForResponse("cant");
    expect(texts(said.blocks)[0]).toContain(
      "Uppfattat: du hinner inte skicka offerten till Acme i tid (senast måndag 30 november kl 12:00).",
    );
    // The draft for the customer comes with it, as on a reminder; the list below flags the promise.
    expect(JSON.stringify(said.blocks)).toContain("vi lovade att skicka offerten till er senast måndag 30 november kl 12:00");
    expect(texts(said.blocks).at(-1)).toContain("*hinner inte i tid*");
    expect((await db.prisma.commitment.findFirstOrThrow({ where: { workspaceId: teamId } })).lastAnswer).toBe("cant_make_it");

    // A colleague's view of the team's list offers no "I can't make it" for someone else's promise.
    const theirs = await say("lista alla", { user_id: "U0BOB" });
    const options = ((theirs.json?.blocks ?? []) as Block[])[1].accessory?.options.map((o) => o.value.split("|")[0]);
    expect(options).toEqual(["done", "edit", "1h", "nextWorkingDay"]);
  });

  it("pages the Home tab 40 at a time, and says so on the tab", async () => {
    await say("jag skickar offerten till Acme fredag");
    const first = await db.prisma.commitment.findFirstOrThrow({ where: { workspaceId: teamId } });
    const { id: _id, ...rest } = first;
    await db.prisma.commitment.createMany({
      data: Array.from({ length: 44 }, (_, i) => ({
        ...rest,
        task: `uppgift ${i}`,
        dueAt: new Date(first.dueAt.getTime() + (i + 1) * 60_000),
      })),
    });
    await lofte.driver.event(
      eventEnvelope({ type: "app_home_opened", user: "U0ANNA", channel: "D0ANNA", tab: "home", event_ts: "1" }, teamId),
    );
    const view = (await lofte.slack.waitFor("views.publish")).params.view as { blocks: Block[] };
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(texts(view.blocks)).toContain("Visar 1–40 av 45.");
    const buttons = (view.blocks as unknown as { elements?: { action_id?: string; value?: string }[] }[]).flatMap((b) => b.elements ?? []);
    const value = buttons.find((e) => e.action_id === "list_page_more")?.value;
    expect(value).toBeDefined();
    lofte.slack.reset();
    await lofte.driver.interaction(
      blockAction({ actionId: "list_page_more", value, teamId, responseUrl: lofte.slack.responseUrl("home") }),
    );
    const next = (await lofte.slack.waitFor("views.publish", (c) => c.params.user_id === "U0ANNA")).params.view as { blocks: Block[] };
    expect(texts(next.blocks)).toContain("Visar 41–45 av 45.");
    expect(next.blocks.filter((b) => b.text?.text.includes("uppgift 4")).length).toBeGreaterThan(0);
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
    expect(lines[at("*Klart senaste 14 dagarna*") + 1]).toBe("Inget här just nu.");
    expect(JSON.stringify(view.blocks)).toContain("home_new_promise");
  });

  it("tells on Home a promise kept from one done after its deadline", async () => {
    await say("jag skickar offerten till Acme fredag");
    await say("jag ringer Volvo i morgon kl 14");
    const [offer, call] = await db.prisma.commitment.findMany({ where: { workspaceId: teamId }, orderBy: { dueAt: "desc" } });
    // The offer is sent the day before it was due; the call is made a day late.
    await db.prisma.commitment.update({
      where: { id: offer.id },
      data: { status: "done", completedAt: new Date(offer.dueAt.getTime() - 86_400_000) },
    });
    await db.prisma.commitment.update({
      where: { id: call.id },
      data: { status: "done", completedAt: new Date(call.dueAt.getTime() + 86_400_000) },
    });
    lofte.clock.set(new Date(offer.dueAt.getTime() + 3_600_000).toISOString());
    await lofte.driver.event(
      eventEnvelope({ type: "app_home_opened", user: "U0ANNA", channel: "D0ANNA", tab: "home", event_ts: "1" }, teamId),
    );
    const lines = texts(((await lofte.slack.waitFor("views.publish")).params.view as { blocks: Block[] }).blocks);
    const done = lines.slice(lines.indexOf("*Klart senaste 14 dagarna*") + 1);
    expect(done.find((l) => l.includes("skicka offerten"))).toContain(
      ":white_check_mark: *skicka offerten till Acme* · <@U0ANNA> · hållet",
    );
    expect(done.find((l) => l.includes("ringa Volvo"))).toContain(":heavy_check_mark: *ringa Volvo* · <@U0ANNA> · klart efter deadline");
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
      blocks: { block_id?: string; element?: { initial_time?: string } }[];
    };
    expect(view.title.text).toBe("Nytt löfte");
    // No deadline yet: the time starts at the workspace's time for a day without one.
    expect(view.blocks.find((b) => b.block_id === "time")?.element?.initial_time).toBe("17:00");
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
