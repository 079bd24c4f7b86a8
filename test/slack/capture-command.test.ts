import { beforeEach, describe, expect, it } from "vitest";
import { commitmentEvents } from "../../src/store/commitments.js";
import { databaseKinds, type TestDatabase } from "../support/databases.js";
import { type Lofte, useLofte } from "../support/harness.js";
import { blockAction, viewSubmission } from "../support/slack-driver.js";

// Wednesday 25 November 2026, 10:00 in Stockholm.
const WEDNESDAY = "2026-11-25T09:00:00Z";

function textOf(answer: { json: Record<string, unknown> | null }): string {
  return String(answer.json?.text ?? "");
}

function buttonValue(blocks: unknown, actionId: string): string {
  type Element = { action_id?: string; value?: string };
  for (const block of blocks as { elements?: Element[]; accessory?: Element }[]) {
    const found = [...(block.elements ?? []), ...(block.accessory ? [block.accessory] : [])].find((e) => e.action_id === actionId);
    if (found?.value) return found.value;
  }
  throw new Error(`no ${actionId} button`);
}

describe.each(databaseKinds())("/lofte and /promise on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;

  useLofte(kind, WEDNESDAY, (started) => ({ db, lofte } = started));
  beforeEach(async () => {
    await lofte.slack.settle();
    lofte.slack.reset();
    lofte.clock.set(WEDNESDAY);
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
    lofte.slack.users.set("U0BOB", { tz: "Europe/Stockholm", locale: "en-GB" });
  });

  it("confirms a Swedish promise at once, with weekday, date and time in the user's zone", async () => {
    const answer = await lofte.driver.command({ text: "jag skickar offerten till Acme fredag" });
    expect(answer.status).toBe(200);
    expect(answer.json?.response_type).toBe("ephemeral");
    expect(textOf(answer)).toBe("Noterat: du lovar att skicka offerten till Acme — senast fredag 27 november kl 17:00.");
    const stored = await db.prisma.commitment.findFirstOrThrow({ where: { workspaceId: "T0LOFTE", task: "skicka offerten till Acme" } });
    expect(stored).toMatchObject({
      ownerId: "U0ANNA",
      creatorId: "U0ANNA",
      customer: "Acme",
      hasTime: false,
      status: "open",
      sourceChannelId: "C0SALES",
    });
    expect(stored.dueAt.toISOString()).toBe("2026-11-27T16:00:00.000Z");
    const usersInfo = lofte.slack.callsTo("users.info")[0];
    expect(usersInfo.params).toMatchObject({ user: "U0ANNA", include_locale: "true" });
    expect(usersInfo.token).toBe("xoxb-test-token");
  });

  it("takes a note in the imperative as the user's own promise", async () => {
    const answer = await lofte.driver.command({ text: "skicka offerten till Acme fredag" });
    expect(textOf(answer)).toBe("Noterat: du lovar att skicka offerten till Acme — senast fredag 27 november kl 17:00.");
    const english = await lofte.driver.command({ command: "/promise", user_id: "U0BOB", text: "send the deck to Volvo by Friday" });
    expect(textOf(english)).toBe("Got it: you promise to send the deck to Volvo — by Friday 27 November at 17:00.");
  });

  it("writes an order to oneself as the promise's verb: 'ring Volvo' is 'ringa Volvo', 'glöm inte att' goes", async () => {
    const ring = await lofte.driver.command({ text: "ring Volvo imorgon" });
    expect(textOf(ring)).toBe("Noterat: du lovar att ringa Volvo — senast torsdag 26 november kl 17:00.");
    const follow = await lofte.driver.command({ text: "glöm inte att följ upp med Scania på fredag" });
    expect(textOf(follow)).toBe("Noterat: du lovar att följa upp med Scania — senast fredag 27 november kl 17:00.");
    const english = await lofte.driver.command({ command: "/promise", user_id: "U0BOB", text: "remember to call Acme tomorrow" });
    expect(textOf(english)).toBe("Got it: you promise to call Acme — by Thursday 26 November at 17:00.");
  });

  it("says the owner's own words back to them as theirs ('höra av dig'), and to colleagues as the owner's ('höra av sig')", async () => {
    const own = await lofte.driver.command({ text: "jag hör av mig till Ericsson fredag och skickar mina siffror" });
    expect(textOf(own)).toBe(
      "Noterat: du lovar att höra av dig till Ericsson och skicka dina siffror — senast fredag 27 november kl 17:00.",
    );
    lofte.slack.users.set("U0CARL", { tz: "Europe/Stockholm", locale: "sv-SE" });
    const seen = JSON.stringify((await lofte.driver.command({ user_id: "U0CARL", text: "lista alla" })).json);
    expect(seen).toContain("höra av sig till Ericsson och skicka sina siffror");
    expect(seen).not.toMatch(/\bmina\b|\bmig\b/);
    const english = await lofte.driver.command({ command: "/promise", user_id: "U0BOB", text: "I'll send my numbers to Acme friday" });
    expect(textOf(english)).toBe("Got it: you promise to send your numbers to Acme — by Friday 27 November at 17:00.");
  });

  it("answers in the language that was typed, else in the command's, whatever the person's locale", async () => {
    // Anna reads Swedish; Bob reads English.
    const english = await lofte.driver.command({ command: "/promise", text: "I'll send the report to Acme by Friday" });
    expect(textOf(english)).toBe("Got it: you promise to send the report to Acme — by Friday 27 November at 17:00.");
    const swedish = await lofte.driver.command({ command: "/promise", user_id: "U0BOB", text: "jag ringer Volvo i morgon kl 14" });
    expect(textOf(swedish)).toBe("Noterat: du lovar att ringa Volvo — senast torsdag 26 november kl 14:00.");
    const list = await lofte.driver.command({ command: "/lofte", user_id: "U0BOB", text: "list" });
    expect(JSON.stringify(list.json)).toContain("Dina öppna löften");
    const help = await lofte.driver.command({ command: "/promise", text: "help" });
    expect(textOf(help)).toContain("Lofte keeps track of");
  });

  it("answers /promise in English for an English-speaking user", async () => {
    const answer = await lofte.driver.command({ command: "/promise", user_id: "U0BOB", text: "I'll send the report to Acme by Friday" });
    expect(textOf(answer)).toBe("Got it: you promise to send the report to Acme — by Friday 27 November at 17:00.");
  });

  it("answers /promise in English when Slack gives no locale", async () => {
    lofte.slack.users.set("U0NOLOC", {});
    const answer = await lofte.driver.command({ command: "/promise", user_id: "U0NOLOC", text: "I'll call Volvo tomorrow at 3pm" });
    expect(textOf(answer)).toBe("Got it: you promise to call Volvo — by Thursday 26 November at 15:00.");
  });

  it("shows the deadline in the user's own time zone", async () => {
    lofte.slack.users.set("U0NY", { tz: "America/New_York", locale: "en-US" });
    // 04:00 in New York on Wednesday: "tomorrow at 9am" is Thursday 09:00 New York time.
    const answer = await lofte.driver.command({ command: "/promise", user_id: "U0NY", text: "I'll send the deck tomorrow at 9am" });
    expect(textOf(answer)).toContain("Thursday 26 November at 09:00");
    const stored = await db.prisma.commitment.findFirstOrThrow({ where: { ownerId: "U0NY" } });
    expect(stored.dueAt.toISOString()).toBe("2026-11-26T14:00:00.000Z");
    expect(stored.timeZone).toBe("America/New_York");
  });

  it("uses the workspace defaults (Stockholm, Swedish) when Slack has no profile", async () => {
    lofte.slack.users.set("U0EMPTY", {});
    const answer = await lofte.driver.command({ user_id: "U0EMPTY", text: "jag ringer kunden i morgon kl 14" });
    expect(textOf(answer)).toBe("Noterat: du lovar att ringa kunden — senast torsdag 26 november kl 14:00.");
  });

  it("records a promise for a mentioned colleague and tells them in a DM", async () => {
    const answer = await lofte.driver.command({ text: "<@U0BOB|bob> ringer kunden i morgon kl 14" });
    expect(textOf(answer)).toContain("<@U0BOB> lovar att ringa kunden — senast torsdag 26 november kl 14:00");
    const dm = await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0BOB");
    // Bob reads English, so his DM is in English; the promise stays in the Swedish it was written in.
    expect(String(dm.params.text)).toContain(
      "<@U0ANNA> recorded a promise in your name: “ringa kunden” — by Thursday 26 November at 14:00.",
    );
    expect(JSON.stringify(dm.params.blocks)).toContain("commitment_undo");
    const stored = await db.prisma.commitment.findFirstOrThrow({ where: { ownerId: "U0BOB", task: "ringa kunden" } });
    expect(stored.creatorId).toBe("U0ANNA");

    // Bob strikes it from his DM: Anna, who wrote it down, is told, in Swedish.
    lofte.slack.reset();
    const undo = buttonValue(dm.params.blocks, "commitment_undo");
    await lofte.driver.interaction(
      blockAction({
        actionId: "commitment_undo",
        value: undo,
        userId: "U0BOB",
        channelId: "D0BOB",
        responseUrl: lofte.slack.responseUrl("bob-undo"),
      }),
    );
    expect(String((await lofte.slack.waitForResponse("bob-undo")).text)).toBe("Undone: the promise “ringa kunden” is cancelled.");
    const told = await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0ANNA");
    expect(String(told.params.text)).toBe(
      ":wastebasket: <@U0BOB> har strukit löftet att ringa kunden (senast torsdag 26 november kl 14:00).",
    );
  });

  it("tells the owner, in English, when the colleague who recorded their promise strikes it", async () => {
    const answer = await lofte.driver.command({ text: "<@U0BOB|bob> will send the deck to Ikea on Monday", command: "/promise" });
    await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0BOB");
    lofte.slack.reset();
    const id = buttonValue(answer.json?.blocks, "commitment_undo");
    await lofte.driver.interaction(
      blockAction({ actionId: "commitment_undo", value: id, responseUrl: lofte.slack.responseUrl("anna-undo") }),
    );
    await lofte.slack.waitForResponse("anna-undo");
    const told = await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0BOB");
    expect(String(told.params.text)).toBe(
      ":wastebasket: <@U0ANNA> struck the promise to send the deck to Ikea (due Monday 30 November at 17:00).",
    );
    // Anna struck her own words: she is not told about it in a DM.
    await lofte.slack.settle();
    expect(lofte.slack.calls.filter((c) => c.method === "chat.postMessage" && c.params.channel === "U0ANNA")).toEqual([]);
  });

  it("shows short usage for help, hjälp and an empty command, in the user's language", async () => {
    expect(textOf(await lofte.driver.command({ text: "" }))).toContain("/lofte jag skickar offerten");
    expect(textOf(await lofte.driver.command({ text: "hjälp" }))).toContain("Lofte håller koll");
    expect(textOf(await lofte.driver.command({ command: "/promise", user_id: "U0BOB", text: "help" }))).toContain("Lofte keeps track");
    expect(await db.prisma.commitment.count({ where: { originalText: { in: ["", "hjälp", "help"] } } })).toBe(0);
  });

  it("asks about a mistyped command instead of taking it as a promise without a day", async () => {
    const answer = await lofte.driver.command({ text: "lsita" });
    expect(textOf(answer)).toMatch(
      /^”lsita” ser ut som ett felskrivet kommando, så jag har inte sparat något\. Så här kan du skriva:\n\*Lofte håller koll/,
    );
    const english = await lofte.driver.command({ command: "/promise", user_id: "U0BOB", text: "setings" });
    expect(textOf(english)).toMatch(/^“setings” looks like a mistyped command, so I haven't saved anything\./);
    expect(await db.prisma.commitment.count({ where: { originalText: { in: ["lsita", "setings"] } } })).toBe(0);
  });

  it("explains a question kindly, with an example, and keeps what was typed", async () => {
    const answer = await lofte.driver.command({ text: "Kan du skicka offerten på fredag?" });
    expect(textOf(answer)).toContain("fråga");
    expect(textOf(answer)).toContain("/lofte jag skickar offerten till Acme på fredag");
    expect(textOf(answer)).toContain(">Kan du skicka offerten på fredag?");
    expect(await db.prisma.commitment.count({ where: { originalText: "Kan du skicka offerten på fredag?" } })).toBe(0);
  });

  it("refuses a deadline in the past and keeps the text", async () => {
    const answer = await lofte.driver.command({ text: "jag skickar offerten idag kl 8" });
    expect(textOf(answer)).toContain("har redan passerat");
    expect(textOf(answer)).toContain(">jag skickar offerten idag kl 8");
    expect(await db.prisma.commitment.count({ where: { originalText: "jag skickar offerten idag kl 8" } })).toBe(0);
  });

  it("says a date that went by this week has passed, rather than keeping it for next year, in both languages", async () => {
    lofte.clock.set("2026-12-06T10:00:00Z");
    const sv = await lofte.driver.command({ text: "jag skickar offerten 1 december" });
    expect(textOf(sv)).toContain("Den tiden (1 december) har redan passerat");
    const en = await lofte.driver.command({ text: "I'll send the proposal on 1 December", user_id: "U0BOB", command: "/promise" });
    expect(textOf(en)).toContain("That time (on 1 December) has already passed");
    expect(
      await db.prisma.commitment.count({
        where: { originalText: { in: ["jag skickar offerten 1 december", "I'll send the proposal on 1 December"] } },
      }),
    ).toBe(0);
  });

  it("asks for the day again, with the pickers, when a date went by lately, and saves what is picked", async () => {
    lofte.clock.set("2026-12-06T10:00:00Z");
    const typed = "jag skickar offerten till Acme 1 december";
    const answer = await lofte.driver.command({ text: typed });
    expect(textOf(answer)).toContain("Den tiden (1 december) har redan passerat");
    expect(JSON.stringify(answer.json?.blocks)).toContain('"type":"datepicker"');
    const save = blockAction({
      actionId: "deadline_save",
      value: buttonValue(answer.json?.blocks, "deadline_save"),
      responseUrl: lofte.slack.responseUrl("passed-1"),
      messageTs: "1764999999.000100",
      stateValues: {
        when: {
          deadline_date: { type: "datepicker", selected_date: "2026-12-08" },
          deadline_time: { type: "timepicker", selected_time: "09:00" },
        },
      },
    });
    await lofte.driver.interaction(save);
    expect(String((await lofte.slack.waitForResponse("passed-1")).text)).toContain("senast tisdag 8 december kl 09:00");
    expect(await db.prisma.commitment.findFirstOrThrow({ where: { originalText: typed } })).toMatchObject({
      task: "skicka offerten till Acme",
      customer: "Acme",
    });
  });

  it("refuses a deadline more than five years ahead, names it, saves nothing and offers the pickers, in both languages", async () => {
    const sv = await lofte.driver.command({ text: "jag skickar offerten 31 december 9999" });
    expect(textOf(sv)).toContain("Den tiden (31 december 9999) ligger mer än fem år fram i tiden");
    expect(JSON.stringify(sv.json?.blocks)).toContain('"type":"datepicker"');
    const en = await lofte.driver.command({ text: "I'll send the proposal on 31 December 2040", user_id: "U0BOB", command: "/promise" });
    expect(textOf(en)).toMatch(/That time \((on )?31 December 2040\) is more than five years away/);
    // Five years from today (Wednesday 25 November 2026) is the last day that may be picked, at any time.
    const picked = (date: string, id: string, time = "09:00") =>
      blockAction({
        actionId: "deadline_save",
        value: buttonValue(sv.json?.blocks, "deadline_save"),
        responseUrl: lofte.slack.responseUrl(id),
        messageTs: "1764999999.000200",
        stateValues: {
          when: {
            deadline_date: { type: "datepicker", selected_date: date },
            deadline_time: { type: "timepicker", selected_time: time },
          },
        },
      });
    await lofte.driver.interaction(picked("2031-11-26", "far-1"));
    expect(String((await lofte.slack.waitForResponse("far-1")).text)).toContain("Välj en dag inom de närmaste fem åren.");
    expect(await db.prisma.commitment.count({ where: { originalText: { startsWith: "jag skickar offerten 31 december" } } })).toBe(0);
    await lofte.driver.interaction(picked("2031-11-25", "far-2", "17:00"));
    expect(String((await lofte.slack.waitForResponse("far-2")).text)).toContain("senast tisdag 25 november 2031 kl 17:00");
    expect(await db.prisma.commitment.count({ where: { originalText: "I'll send the proposal on 31 December 2040" } })).toBe(0);
  });

  it("refuses a time or a date that cannot exist, names it, saves nothing and offers the pickers, in both languages", async () => {
    const sv = await lofte.driver.command({ text: "jag ringer Acme på fredag kl 25" });
    expect(textOf(sv)).toContain("Klockslaget i ”kl 25” finns inte");
    expect(JSON.stringify(sv.json?.blocks)).toContain('"type":"timepicker"');
    const en = await lofte.driver.command({ text: "I'll call Volvo tomorrow at 13pm", user_id: "U0BOB", command: "/promise" });
    expect(textOf(en)).toContain("There is no such time as “at 13pm”");
    // So is a date that cannot exist.
    const february = await lofte.driver.command({ text: "jag ringer Acme den 31 februari" });
    expect(textOf(february)).toMatch(/Datumet ”(den )?31 februari” finns inte/);
    expect(JSON.stringify(february.json?.blocks)).toContain('"type":"datepicker"');
    const april = await lofte.driver.command({ text: "I'll call Volvo on April 31", user_id: "U0BOB", command: "/promise" });
    expect(textOf(april)).toMatch(/There is no such date as “(on )?April 31”/);
    expect(
      await db.prisma.commitment.count({
        where: {
          originalText: {
            in: [
              "jag ringer Acme på fredag kl 25",
              "I'll call Volvo tomorrow at 13pm",
              "jag ringer Acme den 31 februari",
              "I'll call Volvo on April 31",
            ],
          },
        },
      }),
    ).toBe(0);
    // A bare hour after the day is the time: "fredag 17", and "Friday 5" in working hours.
    expect(textOf(await lofte.driver.command({ text: "jag skickar avtalet till Acme fredag 17" }))).toContain(
      "skicka avtalet till Acme — senast fredag 27 november kl 17:00",
    );
    expect(
      textOf(await lofte.driver.command({ text: "I'll send the deck to Volvo Friday 5", user_id: "U0BOB", command: "/promise" })),
    ).toContain("send the deck to Volvo — by Friday 27 November at 17:00");
  });

  it("never merges two promises in one message: records the first and offers the other, once however often it is pressed", async () => {
    lofte.slack.users.set("U0SARA", { name: "Sara Berg", tz: "Europe/Stockholm", locale: "sv-SE" });
    const typed = "jag skickar offerten till Acme på fredag, Sara ringer dem på måndag";
    const answer = await lofte.driver.command({ text: typed });
    expect(textOf(answer)).toContain("Noterat: du lovar att skicka offerten till Acme — senast fredag 27 november kl 17:00.");
    expect(textOf(answer)).not.toContain("ringer dem");
    expect(JSON.stringify(answer.json?.blocks)).toContain(
      "Meddelandet lovar också något mer, som jag inte har sparat än:\\n>Sara ringer dem på måndag",
    );
    const value = buttonValue(answer.json?.blocks, "other_promise_save");
    expect(value).toBe("Sara ringer dem på måndag");
    const press = async (id: string) => {
      await lofte.driver.interaction(
        blockAction({ actionId: "other_promise_save", value, responseUrl: lofte.slack.responseUrl(id), messageTs: "1764000000.000200" }),
      );
      return String((await lofte.slack.waitForResponse(id)).text);
    };
    expect(await press("other-1")).toContain("Noterat: <@U0SARA> lovar att ringa dem — senast måndag 30 november kl 17:00.");
    // Pressed again: told it is saved, not confirmed a second time.
    expect(await press("other-2")).toBe("Det är redan sparat: ringa dem. Du hittar det på Hem-fliken eller med `/lofte lista`.");
    expect(await db.prisma.commitment.count({ where: { ownerId: "U0SARA", task: "ringa dem" } })).toBe(1);
    expect(await db.prisma.commitment.count({ where: { originalText: typed } })).toBe(1);
  });

  it("takes a promise said without who does it as the typist's, in words every message can carry", async () => {
    const sv = await lofte.driver.command({ text: "Offerten kommer senast måndag kl 12" });
    expect(textOf(sv)).toContain("Noterat: du lovar att se till att offerten kommer — senast måndag 30 november kl 12:00.");
    const en = await lofte.driver.command({ text: "The deck goes out Monday", user_id: "U0BOB", command: "/promise" });
    expect(textOf(en)).toContain("Got it: you promise to make sure the deck goes out — by Monday 30 November at 17:00.");
    const stored = await db.prisma.commitment.findFirstOrThrow({ where: { originalText: "The deck goes out Monday" } });
    expect(stored).toMatchObject({ ownerId: "U0BOB", task: "make sure the deck goes out" });
  });

  it("records a promise for a colleague named without a mention, when one member is called so", async () => {
    lofte.slack.users.set("U0ERIK", { name: "Erik Lind", tz: "Europe/Stockholm", locale: "sv-SE" });
    const answer = await lofte.driver.command({ text: "Erik skickar offerten till Scania på fredag" });
    expect(textOf(answer)).toContain("Noterat: <@U0ERIK> lovar att skicka offerten till Scania — senast fredag 27 november kl 17:00.");
    const stored = await db.prisma.commitment.findFirstOrThrow({ where: { originalText: "Erik skickar offerten till Scania på fredag" } });
    expect(stored).toMatchObject({ ownerId: "U0ERIK", creatorId: "U0ANNA", task: "skicka offerten till Scania", customer: "Scania" });
    await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0ERIK");
  });

  it("asks who is meant when several are called so, and saves for the one picked; nobody so called is not our promise", async () => {
    lofte.slack.users.set("U0TOM1", { name: "Tom Berg", tz: "Europe/London", locale: "en-GB" });
    lofte.slack.users.set("U0TOM2", { name: "Tom Ek", tz: "Europe/Stockholm", locale: "sv-SE" });
    const typed = "Tom is going to send the proposal to Globex on Friday";
    const asked = await lofte.driver.command({
      text: typed,
      user_id: "U0BOB",
      command: "/promise",
      response_url: lofte.slack.responseUrl("who"),
    });
    expect(textOf(asked)).toContain(
      "Who is “Tom”? <@U0TOM1> or <@U0TOM2>? Pick the right person and I'll save the promise (nothing is saved yet).",
    );
    expect(await db.prisma.commitment.count({ where: { originalText: typed } })).toBe(0);
    const save = buttonValue(asked.json?.blocks, "owner_save");
    await lofte.driver.interaction(
      blockAction({
        actionId: "owner_save",
        value: save,
        userId: "U0BOB",
        responseUrl: lofte.slack.responseUrl("who"),
        stateValues: { pick: { owner_pick: { type: "users_select", selected_user: "U0TOM1" } } },
      }),
    );
    const saved = await lofte.slack.waitForResponse("who");
    expect(String(saved.text)).toContain("Got it: <@U0TOM1> promises to send the proposal to Globex");
    // Bob's clock says one time; Tom's is said too.
    expect(JSON.stringify(saved.blocks)).toMatch(/17:00 where <@U0TOM1> is \(London\)/);
    // Tom is in London: the deadline is Friday 17:00 on his clock.
    const stored = await db.prisma.commitment.findFirstOrThrow({ where: { ownerId: "U0TOM1" } });
    expect(stored).toMatchObject({ creatorId: "U0BOB", timeZone: "Europe/London", dueAt: new Date("2026-11-27T17:00:00Z") });
    // The same words asked about twice (a second picker) and saved again: one promise, and said so.
    await lofte.driver.interaction(
      blockAction({
        actionId: "owner_save",
        value: save,
        userId: "U0BOB",
        responseUrl: lofte.slack.responseUrl("who-again"),
        stateValues: { pick: { owner_pick: { type: "users_select", selected_user: "U0TOM1" } } },
      }),
    );
    expect(String((await lofte.slack.waitForResponse("who-again")).text)).toContain(
      "That one is saved already: send the proposal to Globex",
    );
    expect(await db.prisma.commitment.count({ where: { ownerId: "U0TOM1" } })).toBe(1);

    // A first name no member has (a nickname, a guest): asked who, with the picker. A company is news, as before.
    const nobody = await lofte.driver.command({ text: "Sven skickar avtalet på fredag" });
    expect(textOf(nobody)).toContain("Vem är ”Sven”? Välj personen så sparar jag löftet (inget är sparat än).");
    expect(JSON.stringify(nobody.json?.blocks)).toContain("users_select");
    const company = await lofte.driver.command({ text: "Acme skickar avtalet på fredag" });
    expect(textOf(company)).toContain("Det där låter som information snarare än ett löfte");
    expect(
      await db.prisma.commitment.count({
        where: { originalText: { in: ["Sven skickar avtalet på fredag", "Acme skickar avtalet på fredag"] } },
      }),
    ).toBe(0);
    // A member with a rarer name is found all the same.
    lofte.slack.users.set("U0PRIYA", { name: "Priyanka Rao", tz: "Europe/Stockholm", locale: "en-GB" });
    const rare = await lofte.driver.command({
      text: "Priyanka will send the SOW to Acme by Thursday",
      user_id: "U0BOB",
      command: "/promise",
    });
    expect(textOf(rare)).toContain("Got it: <@U0PRIYA> promises to send the SOW to Acme");
  });

  type Answer = Awaited<ReturnType<typeof lofte.driver.command>>;
  type Section = { block_id?: string; accessory?: { action_id?: string; value?: string } };
  /** The "Spara även detta" section under a confirmation. */
  const otherPromiseButton = (answer: Answer) =>
    ((answer.json?.blocks ?? []) as Section[]).find((b) => b.accessory?.action_id === "other_promise_save");
  /** Presses "Spara även detta" and returns what Lofte answers. */
  async function saveOtherPromise(answer: Answer, response: string, messageTs: string): Promise<string> {
    const block = otherPromiseButton(answer);
    await lofte.driver.interaction(
      blockAction({
        actionId: "other_promise_save",
        value: block?.accessory?.value,
        blockId: block?.block_id,
        responseUrl: lofte.slack.responseUrl(response),
        messageTs,
      }),
    );
    return String((await lofte.slack.waitForResponse(response)).text);
  }

  it("reads another promise of a message from when it was written, however late 'Spara även detta' is pressed", async () => {
    lofte.slack.users.set("U0SARA", { name: "Sara Berg", tz: "Europe/Stockholm", locale: "sv-SE" });
    const answer = await lofte.driver.command({ text: "jag skickar offerten till Volvo på fredag, Sara ringer dem i morgon" });
    expect(otherPromiseButton(answer)?.accessory?.value).toBe("Sara ringer dem i morgon");
    // Pressed the next morning: "i morgon" is still Thursday, the day after the message.
    lofte.clock.set("2026-11-26T08:00:00Z");
    expect(await saveOtherPromise(answer, "later", "1764000000.000400")).toContain("senast torsdag 26 november kl 17:00");
    // Pressed again once that deadline has passed: it was saved, and is not "in the past".
    lofte.clock.set("2026-11-27T08:00:00Z");
    const again = await saveOtherPromise(answer, "again", "1764000000.000400");
    expect(again).toContain("redan sparat");
    expect(again).not.toContain("passerat");
    expect(await db.prisma.commitment.count({ where: { originalText: "Sara ringer dem i morgon" } })).toBe(1);
    // Struck since: said so, rather than pointing to a Home tab where it no longer is.
    await db.prisma.commitment.updateMany({ where: { originalText: "Sara ringer dem i morgon" }, data: { status: "cancelled" } });
    const struck = await saveOtherPromise(answer, "struck", "1764000000.000400");
    expect(struck).toBe("Det sparades redan men har strukits sedan: ringa dem. Skriv det igen med `/lofte` om det ska gälla.");
  });

  it("answers 'Save this one too' in the language the other promise was written in", async () => {
    lofte.slack.users.set("U0OSKAR", { name: "Oskar Lund", tz: "Europe/Stockholm", locale: "en-GB" });
    // Anna's Slack is in Swedish; she writes in English.
    const answer = await lofte.driver.command({
      text: "I'll send the quote to Acme on Friday and Oskar will call them on Monday",
      command: "/promise",
    });
    expect(await saveOtherPromise(answer, "other-en", "1764000000.000500")).toContain("Got it: <@U0OSKAR> promises to call them");
  });

  it("takes a plain-text @name for that member, and asks who when a user group or unknown @name promises", async () => {
    lofte.slack.users.set("U0LINA", { name: "Lina Ek", tz: "Europe/Stockholm", locale: "sv-SE" });
    const plainAt = await lofte.driver.command({ text: "@lina skickar offerten till Acme på fredag" });
    expect(textOf(plainAt)).toContain("Noterat: <@U0LINA> lovar att skicka offerten till Acme — senast fredag 27 november kl 17:00.");
    // The workspace's names are kept: a second name found asks Slack nothing more.
    const lists = lofte.slack.callsTo("users.list").length;
    expect(textOf(await lofte.driver.command({ text: "Lina ringer Acme på måndag" }))).toContain("Noterat: <@U0LINA> lovar att ringa Acme");
    expect(lofte.slack.callsTo("users.list").length).toBe(lists);
    // A name nobody has (a company's) reads the names once, then is answered from memory for a minute.
    for (let i = 0; i < 2; i++) {
      expect(textOf(await lofte.driver.command({ text: "Globex skickar avtalet på fredag" }))).toContain(
        "information snarare än ett löfte",
      );
    }
    expect(lofte.slack.callsTo("users.list").length).toBe(lists + 1);

    const typed = "<!subteam^S0SALES|@sälj> skickar avtalet till Volvo på fredag";
    const asked = await lofte.driver.command({ text: typed });
    expect(textOf(asked)).toContain("Vem är ”@sälj”? Välj personen så sparar jag löftet (inget är sparat än).");
    expect(await db.prisma.commitment.count({ where: { originalText: typed } })).toBe(0);
    await lofte.driver.interaction(
      blockAction({
        actionId: "owner_save",
        value: buttonValue(asked.json?.blocks, "owner_save"),
        responseUrl: lofte.slack.responseUrl("group"),
        stateValues: { pick: { owner_pick: { type: "users_select", selected_user: "U0LINA" } } },
      }),
    );
    expect(String((await lofte.slack.waitForResponse("group")).text)).toContain("Noterat: <@U0LINA> lovar att skicka avtalet till Volvo");
    expect(await db.prisma.commitment.count({ where: { ownerId: "U0LINA", customer: "Volvo" } })).toBe(1);
  });

  it("gives each of two mentioned owners a promise of their own: the first at once, the second with one press", async () => {
    lofte.slack.users.set("U0LINA", { name: "Lina Ek", tz: "Europe/Stockholm", locale: "sv-SE" });
    const answer = await lofte.driver.command({ text: "<@U0LINA> och <@U0BOB> skickar offerten till Scania på fredag" });
    expect(textOf(answer)).toContain("Noterat: <@U0LINA> lovar att skicka offerten till Scania");
    const value = buttonValue(answer.json?.blocks, "other_promise_save");
    expect(value).toBe("<@U0BOB> skickar offerten till Scania på fredag");
    await lofte.driver.interaction(
      blockAction({
        actionId: "other_promise_save",
        value,
        responseUrl: lofte.slack.responseUrl("second"),
        messageTs: "1764000000.000300",
      }),
    );
    expect(String((await lofte.slack.waitForResponse("second")).text)).toContain("Noterat: <@U0BOB> lovar att skicka offerten till Scania");
    expect(await db.prisma.commitment.count({ where: { customer: "Scania", ownerId: { in: ["U0LINA", "U0BOB"] } } })).toBe(2);
  });

  it("moves a counted deadline off a day off and says so, and warns of a deadline typed on a red day or a weekend", async () => {
    // Sunday 6 December: two weeks on is Sunday 20th, so Friday 18th.
    lofte.clock.set("2026-12-06T10:00:00Z");
    const counted = await lofte.driver.command({ text: "jag skickar offerten till Acme om två veckor" });
    expect(textOf(counted)).toContain("senast fredag 18 december kl 17:00");
    expect(JSON.stringify(counted.json?.blocks)).toContain("20 december är ingen arbetsdag, så jag satte närmaste arbetsdag.");
    // Monday 14 December: ten days on is julafton.
    lofte.clock.set("2026-12-14T09:00:00Z");
    const english = await lofte.driver.command({ text: "I'll send the report to Acme in 10 days", command: "/promise", user_id: "U0BOB" });
    expect(textOf(english)).toContain("by Wednesday 23 December at 17:00");
    expect(JSON.stringify(english.json?.blocks)).toContain("24 December isn't a working day, so I set the nearest working day.");
    // Typed as a date, it is kept, with a word about the day.
    const typed = await lofte.driver.command({ text: "jag ringer Volvo den 24 december" });
    expect(textOf(typed)).toContain("senast torsdag 24 december kl 17:00");
    expect(JSON.stringify(typed.json?.blocks)).toContain("Obs: den dagen är ledig (julafton).");
    const plain = await lofte.driver.command({ text: "jag ringer Volvo den 22 december" });
    expect(JSON.stringify(plain.json?.blocks)).not.toContain("Obs:");
    // A date typed without its weekday that falls on a weekend: kept, and the weekday named.
    const saturday = await lofte.driver.command({ text: "jag ringer Volvo den 19 december" });
    expect(textOf(saturday)).toContain("senast lördag 19 december kl 17:00");
    expect(JSON.stringify(saturday.json?.blocks)).toContain("Obs: det är en lördag, utanför arbetsveckan.");
    const sunday = await lofte.driver.command({ text: "I'll call Volvo on 20 December", command: "/promise", user_id: "U0BOB" });
    expect(JSON.stringify(sunday.json?.blocks)).toContain("Note: that's a Sunday, outside the working week.");
  });

  it("records time away, not a promise, in both languages", async () => {
    const sv = await lofte.driver.command({ text: "ledig 22-26 dec" });
    expect(textOf(sv)).toContain("Noterat: du är ledig 22 december–26 december.");
    const en = await lofte.driver.command({ text: "out of office 24 Dec - 2 Jan", user_id: "U0BOB", command: "/promise" });
    expect(textOf(en)).toContain("Got it: you're away 24 December–2 January.");
    expect(await db.prisma.commitment.count({ where: { originalText: { in: ["ledig 22-26 dec", "out of office 24 Dec - 2 Jan"] } } })).toBe(
      0,
    );
  });

  it("asks for a deadline when none is given, stores nothing, then saves what the pickers say", async () => {
    const typed = "jag återkommer till Acme om priset";
    const answer = await lofte.driver.command({ text: typed });
    expect(textOf(answer)).toContain("När ska det vara klart?");
    expect(textOf(answer)).toContain(`>${typed}`);
    expect(await db.prisma.commitment.count({ where: { originalText: typed } })).toBe(0);

    const pickers = JSON.stringify(answer.json?.blocks);
    expect(pickers).toContain('"type":"datepicker"');
    expect(pickers).toContain('"type":"timepicker"');
    const save = blockAction({
      actionId: "deadline_save",
      value: buttonValue(answer.json?.blocks, "deadline_save"),
      responseUrl: lofte.slack.responseUrl("ask-1"),
      stateValues: {
        when: {
          deadline_date: { type: "datepicker", selected_date: "2026-12-02" },
          deadline_time: { type: "timepicker", selected_time: "10:30" },
        },
      },
    });
    expect((await lofte.driver.interaction(save)).status).toBe(200);
    const reply = await lofte.slack.waitForResponse("ask-1");
    expect(reply.replace_original).toBe(true);
    expect(String(reply.text)).toContain("senast onsdag 2 december kl 10:30");
    const stored = await db.prisma.commitment.findFirstOrThrow({ where: { originalText: typed } });
    expect(stored.dueAt.toISOString()).toBe("2026-12-02T09:30:00.000Z");
    expect(stored.customer).toBe("Acme");
  });

  it("asks again instead of saving when Save is pressed without a day", async () => {
    const save = blockAction({ actionId: "deadline_save", value: "jag återkommer", responseUrl: lofte.slack.responseUrl("ask-2") });
    await lofte.driver.interaction(save);
    const reply = await lofte.slack.waitForResponse("ask-2");
    expect(String(reply.text)).toBe("Välj en dag.");
    expect(reply.replace_original).toBe(false);
  });

  it("undoes a promise from the confirmation, and records who did it", async () => {
    const answer = await lofte.driver.command({ text: "jag bokar demo med Scania på måndag" });
    const id = buttonValue(answer.json?.blocks, "commitment_undo");
    await lofte.driver.interaction(blockAction({ actionId: "commitment_undo", value: id, responseUrl: lofte.slack.responseUrl("undo-1") }));
    const reply = await lofte.slack.waitForResponse("undo-1");
    expect(reply.replace_original).toBe(true);
    expect(String(reply.text)).toBe("Ångrat: löftet att boka demo med Scania är struket.");
    const stored = await db.prisma.commitment.findUniqueOrThrow({ where: { id } });
    expect(stored.status).toBe("cancelled");
    const events = await commitmentEvents(db.prisma, "T0LOFTE", id);
    expect(events.map((e) => [e.kind, e.actorId])).toEqual([
      ["created", "U0ANNA"],
      ["cancelled", "U0ANNA"],
    ]);
  });

  it("answers Edit and Undo in the language the promise was typed in, for the one who typed it", async () => {
    // Anna's Slack is Swedish; she typed the promise in English, and read its confirmation so.
    const answer = await lofte.driver.command({ command: "/promise", text: "I'll send the pricing sheet to Volvo by Friday" });
    expect(textOf(answer)).toContain("Got it: you promise to send the pricing sheet to Volvo");
    const id = buttonValue(answer.json?.blocks, "commitment_edit");
    await lofte.driver.interaction(
      blockAction({ actionId: "commitment_edit", value: id, responseUrl: lofte.slack.responseUrl("edit-en") }),
    );
    const view = (await lofte.slack.waitFor("views.open")).params.view as { title: { text: string } };
    expect(view.title.text).toBe("Edit promise");
    await lofte.driver.interaction(
      blockAction({ actionId: "commitment_undo", value: id, responseUrl: lofte.slack.responseUrl("undo-en") }),
    );
    expect(String((await lofte.slack.waitForResponse("undo-en")).text)).toBe(
      "Undone: the promise to send the pricing sheet to Volvo is cancelled.",
    );
  });

  it("says which is too long: the message, or the promise read from it", async () => {
    const longTask = `jag skickar ${"offerten ".repeat(110)}på fredag`;
    expect(textOf(await lofte.driver.command({ text: longTask }))).toContain(
      "Det som ska göras blev för långt att hålla reda på (högst 500 tecken).",
    );
    const longText = `jag skickar offerten på fredag ${"x".repeat(1600)}`;
    expect(textOf(await lofte.driver.command({ text: longText }))).toContain("Det är lite för långt för ett löfte (högst 1500 tecken).");
    expect(await db.prisma.commitment.count({ where: { originalText: { in: [longTask, longText] } } })).toBe(0);
  });

  it("keeps a kept promise: Undo on its old confirmation strikes nothing", async () => {
    const answer = await lofte.driver.command({ text: "jag skickar veckorapporten till Acme på fredag" });
    const id = buttonValue(answer.json?.blocks, "commitment_undo");
    // Kept since (from a reminder, a list or ✅).
    await db.prisma.commitment.update({ where: { id }, data: { status: "done", completedAt: new Date("2026-11-27T10:00:00Z") } });
    await lofte.driver.interaction(blockAction({ actionId: "commitment_undo", value: id, responseUrl: lofte.slack.responseUrl("undo-k") }));
    const reply = await lofte.slack.waitForResponse("undo-k");
    expect(String(reply.text)).toContain("Det löftet är redan klart, så jag stryker det inte");
    expect((await db.prisma.commitment.findUniqueOrThrow({ where: { id } })).status).toBe("done");
  });

  it("refuses to edit a struck promise, with the reason, in the modal and on the button, in both languages", async () => {
    const answer = await lofte.driver.command({ text: "jag bokar demo med Scania på måndag" });
    const id = buttonValue(answer.json?.blocks, "commitment_undo");
    // The modal was opened before the promise was struck…
    await lofte.driver.interaction(blockAction({ actionId: "commitment_edit", value: id, responseUrl: lofte.slack.responseUrl("edit-s") }));
    const view = (await lofte.slack.waitFor("views.open")).params.view as { callback_id: string; private_metadata: string };
    await lofte.driver.interaction(blockAction({ actionId: "commitment_undo", value: id, responseUrl: lofte.slack.responseUrl("undo-s") }));
    await lofte.slack.waitForResponse("undo-s");
    // …and saved after: refused, and the promise stays struck as it was.
    const saved = await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: {
          owner: { owner: { type: "users_select", selected_user: "U0ANNA" } },
          task: { task: { type: "plain_text_input", value: "boka demo med Scania AB" } },
          date: { date: { type: "datepicker", selected_date: "2026-12-01" } },
          time: { time: { type: "timepicker", selected_time: "10:00" } },
        },
      }),
    );
    expect(saved.json).toEqual({
      response_action: "errors",
      errors: { task: "Det här löftet är struket, så det går inte att ändra. Gäller det ändå? Skriv in det igen med `/lofte`." },
    });
    expect(await db.prisma.commitment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "cancelled",
      task: "boka demo med Scania",
      version: 2,
    });
    // Ändra pressed again: the reason, and no modal.
    lofte.slack.reset();
    await lofte.driver.interaction(
      blockAction({ actionId: "commitment_edit", value: id, responseUrl: lofte.slack.responseUrl("edit-s2") }),
    );
    expect(String((await lofte.slack.waitForResponse("edit-s2")).text)).toBe(
      "Det här löftet är struket, så det går inte att ändra. Gäller det ändå? Skriv in det igen med `/lofte`.",
    );
    // In English for an English reader who leads it.
    await db.prisma.commitment.update({ where: { id }, data: { leadId: "U0BOB" } });
    await lofte.driver.interaction(
      blockAction({ actionId: "commitment_edit", value: id, userId: "U0BOB", responseUrl: lofte.slack.responseUrl("edit-s3") }),
    );
    expect(String((await lofte.slack.waitForResponse("edit-s3")).text)).toBe(
      "This promise was cancelled, so it can't be changed. Still on? Record it again with `/promise`.",
    );
    expect(lofte.slack.callsTo("views.open")).toEqual([]);
  });

  it("refuses undo and edit to someone who is neither owner, creator nor lead", async () => {
    const answer = await lofte.driver.command({ text: "jag skickar avtalet till Ikea på torsdag" });
    const id = buttonValue(answer.json?.blocks, "commitment_undo");
    await lofte.driver.interaction(
      blockAction({ actionId: "commitment_undo", value: id, userId: "U0EVE", responseUrl: lofte.slack.responseUrl("eve-1") }),
    );
    expect(String((await lofte.slack.waitForResponse("eve-1")).text)).toContain("Bara den som lovat");
    await lofte.driver.interaction(
      blockAction({ actionId: "commitment_edit", value: id, userId: "U0EVE", responseUrl: lofte.slack.responseUrl("eve-2") }),
    );
    expect(String((await lofte.slack.waitForResponse("eve-2")).text)).toContain("Bara den som lovat");
    expect(lofte.slack.callsTo("views.open")).toHaveLength(0);
    expect((await db.prisma.commitment.findUniqueOrThrow({ where: { id } })).status).toBe("open");
  });

  it("never lets another workspace touch a promise through a crafted button", async () => {
    const answer = await lofte.driver.command({ text: "jag skickar offerten till Acme på fredag" });
    const id = buttonValue(answer.json?.blocks, "commitment_undo");
    await lofte.driver.interaction(
      blockAction({
        actionId: "commitment_undo",
        value: id,
        teamId: "T0OTHER",
        userId: "U0ANNA",
        responseUrl: lofte.slack.responseUrl("x-1"),
      }),
    );
    expect(String((await lofte.slack.waitForResponse("x-1")).text)).toContain("hittar inte");
    expect((await db.prisma.commitment.findUniqueOrThrow({ where: { id } })).status).toBe("open");
  });

  it("opens the edit modal prefilled, and saving it updates the promise and the confirmation", async () => {
    const answer = await lofte.driver.command({ text: "jag skickar offerten till Acme fredag" });
    const id = buttonValue(answer.json?.blocks, "commitment_edit");
    await lofte.driver.interaction(blockAction({ actionId: "commitment_edit", value: id, responseUrl: lofte.slack.responseUrl("edit-1") }));
    const opened = await lofte.slack.waitFor("views.open");
    const view = opened.params.view as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id: string; element: Record<string, unknown> }[];
    };
    const element = (id: string) => view.blocks.find((b) => b.block_id === id)?.element ?? {};
    expect(element("owner").initial_user).toBe("U0ANNA");
    expect(element("task").initial_value).toBe("skicka offerten till Acme");
    expect(element("customer").initial_value).toBe("Acme");
    expect(element("date").initial_date).toBe("2026-11-27");
    expect(element("time").initial_time).toBe("17:00");

    const submitted = await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: {
          owner: { owner: { type: "users_select", selected_user: "U0BOB" } },
          task: { task: { type: "plain_text_input", value: "skicka den nya offerten" } },
          customer: { customer: { type: "plain_text_input", value: "Acme AB" } },
          date: { date: { type: "datepicker", selected_date: "2026-11-30" } },
          time: { time: { type: "timepicker", selected_time: "12:00" } },
          lead: { lead: { type: "users_select", selected_user: null } },
        },
      }),
    );
    expect(submitted.status).toBe(200);
    expect(submitted.text).toBe("");
    const updated = await lofte.slack.waitForResponse("edit-1");
    expect(String(updated.text)).toBe("Uppdaterat: skicka den nya offerten (Acme AB) — senast måndag 30 november kl 12:00.");
    const stored = await db.prisma.commitment.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ ownerId: "U0BOB", task: "skicka den nya offerten", customer: "Acme AB", hasTime: true, version: 2 });
    // Bob's reminders follow Bob's clock.
    expect(stored.timeZone).toBe("Europe/Stockholm");
    // The new owner is told who gave it to them, so nobody is assigned silently.
    const given = await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0BOB");
    expect(String(given.params.text)).toBe(
      "<@U0ANNA> gave you a promise: “skicka den nya offerten (Acme AB)” — by Monday 30 November at 12:00 (in 5 days).",
    );
    const edited = (await commitmentEvents(db.prisma, "T0LOFTE", id)).at(-1);
    expect(edited?.kind).toBe("edited");
    expect(edited?.before).toMatchObject({ ownerId: "U0ANNA", task: "skicka offerten till Acme" });
    expect(edited?.after).toMatchObject({ ownerId: "U0BOB", task: "skicka den nya offerten" });

    // The same modal saved again is stale: the version moved on.
    const stale = await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: {
          owner: { owner: { type: "users_select", selected_user: "U0ANNA" } },
          task: { task: { type: "plain_text_input", value: "något annat" } },
          date: { date: { type: "datepicker", selected_date: "2026-11-30" } },
          time: { time: { type: "timepicker", selected_time: "12:00" } },
        },
      }),
    );
    expect(stale.json?.response_action).toBe("errors");
    expect((await db.prisma.commitment.findUniqueOrThrow({ where: { id } })).task).toBe("skicka den nya offerten");
  });

  it("keeps a date-only deadline date-only when the edit leaves the deadline as it was, and moves to the new owner's zone", async () => {
    lofte.slack.users.set("U0NYC", { tz: "America/New_York", locale: "en-US" });
    const answer = await lofte.driver.command({ text: "jag skickar avtalet till Ikea fredag" });
    const id = buttonValue(answer.json?.blocks, "commitment_edit");
    await lofte.driver.interaction(blockAction({ actionId: "commitment_edit", value: id, responseUrl: lofte.slack.responseUrl("edit-3") }));
    const view = (await lofte.slack.waitFor("views.open")).params.view as { callback_id: string; private_metadata: string };
    await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: {
          owner: { owner: { type: "users_select", selected_user: "U0NYC" } },
          task: { task: { type: "plain_text_input", value: "skicka avtalet" } },
          date: { date: { type: "datepicker", selected_date: "2026-11-27" } },
          time: { time: { type: "timepicker", selected_time: "17:00" } },
        },
      }),
    );
    await lofte.slack.waitForResponse("edit-3");
    const stored = await db.prisma.commitment.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ ownerId: "U0NYC", hasTime: false, timeZone: "America/New_York" });
  });

  /** Submits Anna's edit modal `view` with a task, a day and a time (12:00 unless said). */
  const submitEdit = (view: { callback_id: string; private_metadata: string }, task: string, date: string, time = "12:00") =>
    lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: {
          owner: { owner: { type: "users_select", selected_user: "U0ANNA" } },
          task: { task: { type: "plain_text_input", value: task } },
          date: { date: { type: "datepicker", selected_date: date } },
          time: { time: { type: "timepicker", selected_time: time } },
        },
      }),
    );

  it("shows field errors in the modal for an empty task or a time in the past", async () => {
    const answer = await lofte.driver.command({ text: "jag skickar offerten till Acme fredag" });
    const id = buttonValue(answer.json?.blocks, "commitment_edit");
    await lofte.driver.interaction(blockAction({ actionId: "commitment_edit", value: id, responseUrl: lofte.slack.responseUrl("edit-2") }));
    const view = (await lofte.slack.waitFor("views.open")).params.view as { callback_id: string; private_metadata: string };
    const submitted = await submitEdit(view, "  ", "2026-11-24");
    expect(submitted.json).toEqual({
      response_action: "errors",
      errors: { task: "Skriv vad som ska göras.", date: "Välj en tid som inte redan har passerat." },
    });
    // Only emoji says nothing to do either.
    const emoji = await submitEdit(view, "🎉🎉", "2026-11-27");
    expect(emoji.json).toEqual({ response_action: "errors", errors: { task: "Skriv vad som ska göras." } });
  });

  it("refuses a deadline more than five years ahead in the edit modal, and keeps the old one", async () => {
    const answer = await lofte.driver.command({ text: "jag skickar avtalet till Acme fredag" });
    const id = buttonValue(answer.json?.blocks, "commitment_edit");
    await lofte.driver.interaction(
      blockAction({ actionId: "commitment_edit", value: id, responseUrl: lofte.slack.responseUrl("edit-far") }),
    );
    const view = (await lofte.slack.waitFor("views.open")).params.view as { callback_id: string; private_metadata: string };
    const submitted = await submitEdit(view, "skicka avtalet till Acme", "2062-11-27");
    expect(submitted.json).toEqual({ response_action: "errors", errors: { date: "Välj en dag inom de närmaste fem åren." } });
    const stored = await db.prisma.commitment.findFirstOrThrow({ where: { originalText: "jag skickar avtalet till Acme fredag" } });
    expect(stored.dueAt.toISOString()).toBe("2026-11-27T16:00:00.000Z");
  });

  it("acknowledges within 3 seconds when Slack is slow, then sends the confirmation to the response URL", async () => {
    lofte.slack.users.set("U0SLOW", { tz: "Europe/Stockholm", locale: "sv-SE" });
    lofte.slack.delays.set("users.info", 2600);
    try {
      const answer = await lofte.driver.command({
        user_id: "U0SLOW",
        text: "jag skickar offerten till Acme fredag",
        response_url: lofte.slack.responseUrl("slow-1"),
      });
      expect(answer.status).toBe(200);
      expect(answer.ms).toBeLessThan(3000);
      expect(answer.text).toBe("");
      const reply = await lofte.slack.waitForResponse("slow-1", 5000);
      expect(reply).toMatchObject({
        response_type: "ephemeral",
        text: "Noterat: du lovar att skicka offerten till Acme — senast fredag 27 november kl 17:00.",
      });
    } finally {
      lofte.slack.delays.clear();
    }
  });

  it("rejects a request with a bad signature and stores nothing", async () => {
    const body = new URLSearchParams({
      team_id: "T0LOFTE",
      user_id: "U0ANNA",
      command: "/lofte",
      text: "jag skickar fakturan fredag",
    }).toString();
    const forged = await lofte.driver.post(body, { ...lofte.driver.sign(body), "x-slack-signature": "v0=deadbeef" });
    expect(forged.status).toBe(401);
    const stale = await lofte.driver.post(body, lofte.driver.sign(body, Math.floor(Date.now() / 1000) - 600));
    expect(stale.status).toBe(401);
    expect(await db.prisma.commitment.count({ where: { originalText: "jag skickar fakturan fredag" } })).toBe(0);
  });
});
