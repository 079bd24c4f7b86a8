import { beforeEach, describe, expect, it } from "vitest";
import { databaseKinds, type TestDatabase } from "../support/databases.js";
import type { RecordedCall } from "../support/fake-slack.js";
import { type Lofte, useLofte } from "../support/harness.js";
import { blockAction, eventEnvelope } from "../support/slack-driver.js";

/**
 * Time away: "/lofte ledig 22 dec–6 jan" records it and lists what falls due meanwhile; during
 * it the owner gets no reminders, and their lead hears of each such promise once, with the
 * customer draft; afterwards the owner is reminded as before. Unreadable days change nothing.
 */

// Monday 14 December 2026, 10:00 in Stockholm.
const MONDAY = "2026-12-14T09:00:00Z";
const at = (local: string) => new Date(`${local}+01:00`);

describe.each(databaseKinds())("time away on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;
  let team = 0;
  let teamId = "";

  useLofte(kind, MONDAY, (started) => ({ db, lofte } = started));
  beforeEach(async () => {
    teamId = `T0AWAY${++team}`;
    await db.prisma.nudge.deleteMany({});
    lofte.clock.set(MONDAY);
    lofte.slack.reset();
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
    lofte.slack.users.set("U0LEAD", { tz: "Europe/Stockholm", locale: "sv-SE" });
  });

  const command = (text: string) => lofte.driver.command({ text, team_id: teamId });
  const posted = (user: string): RecordedCall[] => lofte.slack.callsTo("chat.postMessage").filter((c) => c.params.channel === user);
  async function promise(text: string) {
    await command(text);
    await db.prisma.workspace.update({ where: { id: teamId }, data: { defaultLeadId: "U0LEAD" } });
  }
  async function tickAt(local: string) {
    lofte.clock.set(at(local));
    return lofte.tick();
  }

  it("records the days, lists what falls due meanwhile, and hands the reminders to the lead, once per promise", async () => {
    await promise("jag skickar offerten till Acme onsdag 23 december kl 15");
    await promise("jag ringer Volvo den 11 januari");
    // Due before the time away begins: Anna's to keep as usual, not on the list.
    await promise("jag mejlar Scania den 9 december");
    const answer = await command("ledig 22 dec–6 jan");
    const text = JSON.stringify(answer.json);
    expect(text).toContain("Noterat: du är ledig 22 december–6 januari.");
    expect(text).toContain("skicka offerten till Acme");
    expect(text).not.toContain("ringa Volvo");
    expect(text).not.toContain("Scania");
    expect(
      await db.prisma.absence.findMany({ where: { workspaceId: teamId }, select: { userId: true, startsOn: true, endsOn: true } }),
    ).toEqual([{ userId: "U0ANNA", startsOn: "2026-12-22", endsOn: "2027-01-06" }]);

    // Thursday 17th: too early. Friday 18th, two working days before: the lead gets what is still open, once.
    await tickAt("2026-12-17T09:00:00");
    expect(posted("U0LEAD")).toHaveLength(0);
    // Two ticks at once, as two replicas: one list.
    lofte.clock.set(at("2026-12-18T09:00:00"));
    await Promise.all([lofte.tick(), lofte.tick()]);
    await tickAt("2026-12-18T10:00:00");
    const ahead = posted("U0LEAD");
    expect(ahead.map((c) => String(c.params.text))).toEqual([expect.stringContaining("<@U0ANNA> är ledig 22 december–6 januari.")]);
    expect(JSON.stringify(ahead[0].params.blocks)).toContain("skicka offerten till Acme");
    expect(JSON.stringify(ahead[0].params.blocks)).not.toContain("ringa Volvo");
    expect(JSON.stringify(ahead[0].params.blocks)).not.toContain("Scania");
    lofte.slack.reset();

    // Tuesday 22nd: the heads-up would have gone to Anna; the lead hears instead, with a draft for Acme.
    await tickAt("2026-12-22T09:00:00");
    expect(posted("U0ANNA")).toHaveLength(0);
    const alerts = posted("U0LEAD");
    expect(alerts).toHaveLength(1);
    expect(String(alerts[0].params.text)).toContain("Ägaren är borta");
    expect(JSON.stringify(alerts[0].params.blocks)).toContain("Acme");
    // The due-soon question and the deadline pass: nothing to Anna, and the lead is not told again.
    await tickAt("2026-12-23T13:00:00");
    await tickAt("2026-12-23T16:30:00");
    expect(posted("U0ANNA")).toHaveLength(0);
    expect(posted("U0LEAD")).toHaveLength(1);

    // Back after the 6th: Anna hears, once, that Acme's deadline passed while she was away, and
    // the reminder for Volvo on the 11th reaches her as usual, on Friday the 8th.
    await tickAt("2027-01-08T09:00:00");
    // (Reminders go out side by side: in either order.)
    const toAnna = posted("U0ANNA").map((c) => String(c.params.text));
    expect(toAnna).toHaveLength(2);
    expect(toAnna).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\*Tiden har gått ut:\* du lovade att skicka offerten till Acme/),
        expect.stringContaining("ringa Volvo — senast måndag 11 januari"),
      ]),
    );
    // The lead hears the news that is new: the deadline has passed.
    expect(posted("U0LEAD").map((c) => String(c.params.text))).toEqual([
      expect.stringContaining("Ägaren är borta"),
      expect.stringContaining("Tiden har gått ut för ett löfte."),
    ]);
  });

  it("'Sjuk idag' on Home: away at once, a DM with what falls due and a button for each, and 'Jag är tillbaka' undoes it", async () => {
    await promise("jag skickar offerten till Acme i morgon kl 10");
    // One already overdue (due last Friday): the most urgent to hand over when off sick.
    await db.prisma.commitment.create({
      data: {
        workspaceId: teamId,
        ownerId: "U0ANNA",
        creatorId: "U0ANNA",
        task: "ringa Volvo om avtalet",
        originalText: "jag ringer Volvo om avtalet fredag",
        language: "sv",
        dueAt: new Date("2026-12-11T16:00:00Z"),
        hasTime: false,
        timeZone: "Europe/Stockholm",
      },
    });
    const homeClick = (actionId: string, at = "1") =>
      lofte.driver.interaction({
        type: "block_actions",
        team: { id: teamId },
        user: { id: "U0ANNA", team_id: teamId },
        container: { type: "view", view_id: "V0HOME" },
        actions: [{ action_id: actionId, block_id: "b", type: "button", action_ts: at }],
      });
    await homeClick("home_sick_today");
    const dm = await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0ANNA");
    expect(String(dm.params.text)).toContain("Krya på dig! Jag har noterat att du är sjuk i dag");
    const blocks = JSON.stringify(dm.params.blocks);
    expect(blocks).toContain("skicka offerten till Acme");
    // The overdue one first, and no "before you go" to someone already off.
    expect(blocks.indexOf("ringa Volvo om avtalet")).toBeGreaterThan(-1);
    expect(blocks.indexOf("ringa Volvo om avtalet")).toBeLessThan(blocks.indexOf("skicka offerten till Acme"));
    expect(blocks).toContain("Det här är försenat eller ska vara klart under tiden eller strax efter.");
    expect(blocks).not.toContain("innan du går");
    for (const label of ["Flytta", "Ge till någon annan", "Behåll"]) expect(blocks).toContain(`"text":"${label}"`);
    const home = JSON.stringify((await lofte.slack.waitFor("views.publish")).params.view);
    expect(home).toContain("Du är borta till och med 14 december");
    expect(home).toContain("home_back_today");
    expect(await db.prisma.absence.findMany({ where: { workspaceId: teamId }, select: { startsOn: true, endsOn: true } })).toEqual([
      { startsOn: "2026-12-14", endsOn: "2026-12-14" },
    ]);

    // Pressed twice (or by two replicas): still one absence.
    await homeClick("home_sick_today", "2");
    await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0ANNA" && c !== dm);
    expect(await db.prisma.absence.count({ where: { workspaceId: teamId } })).toBe(1);

    // Flytta on one line opens the new-deadline form, which will leave the list as it is.
    const line = `line:${(await db.prisma.commitment.findFirstOrThrow({ where: { workspaceId: teamId } })).id}`;
    const moveId = line.slice("line:".length);
    await lofte.driver.interaction(
      blockAction({
        actionId: "nudge_more_time",
        value: moveId,
        blockId: line,
        teamId,
        channelId: "D0ANNA",
        messageTs: "1765700000.000300",
        responseUrl: lofte.slack.responseUrl("move"),
      }),
    );
    const form = (await lofte.slack.waitFor("views.open")).params.view as { private_metadata: string };
    expect(JSON.parse(form.private_metadata)).toMatchObject({ commitmentId: moveId, channel: null, ts: null });

    // Behåll: nothing changes, and Anna is told what that means.
    const commitment = await db.prisma.commitment.findFirstOrThrow({ where: { workspaceId: teamId } });
    await lofte.driver.interaction(
      blockAction({
        actionId: "away_keep",
        value: commitment.id,
        teamId,
        responseUrl: lofte.slack.responseUrl("keep"),
        messageTs: String(dm.params.ts ?? "1"),
      }),
    );
    expect(String((await lofte.slack.waitForResponse("keep")).text)).toContain("Behålls som det är: skicka offerten till Acme.");

    // Back the same day: the absence is gone, and Home offers Sjuk idag again.
    lofte.slack.reset();
    await homeClick("home_back_today");
    const welcome = await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0ANNA");
    expect(String(welcome.params.text)).toContain("Välkommen tillbaka!");
    expect(JSON.stringify((await lofte.slack.waitFor("views.publish")).params.view)).toContain("home_sick_today");
    expect(await db.prisma.absence.count({ where: { workspaceId: teamId } })).toBe(0);
  });

  const statusEvent = (type: string, user: Record<string, unknown>) =>
    lofte.driver.event(eventEnvelope({ type, user: { team_id: teamId, ...user }, cache_ts: 1, event_ts: "1765700000.000100" }, teamId));

  it("offers to record time away on an away status, records nothing without a yes, and records the days on yes", async () => {
    await promise("jag skickar offerten till Acme torsdag 17 december");
    // Semester until Saturday 19th at midnight: the days offered run to Friday 18th.
    const expires = Math.floor(at("2026-12-19T00:00:00").getTime() / 1000);
    await statusEvent("user_status_changed", {
      id: "U0ANNA",
      profile: { status_text: "Semester", status_emoji: ":palm_tree:", status_expiration: expires },
    });
    const offer = await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0ANNA");
    expect(String(offer.params.text)).toContain("Din status säger ”Semester”. Ska jag notera att du är borta 14 december–18 december?");
    expect(await db.prisma.absence.count({ where: { workspaceId: teamId } })).toBe(0);

    type Block = { elements?: { action_id?: string; value?: string }[] };
    const value = (offer.params.blocks as Block[]).flatMap((b) => b.elements ?? []).find((e) => e.action_id === "away_offer_yes")?.value;
    expect(value).toBe("2026-12-14|2026-12-18");
    await lofte.driver.interaction(
      blockAction({
        actionId: "away_offer_yes",
        value,
        teamId,
        responseUrl: lofte.slack.responseUrl("yes"),
        messageTs: "1765700000.000200",
      }),
    );
    const recorded = JSON.stringify(await lofte.slack.waitForResponse("yes"));
    expect(recorded).toContain("Noterat: du är ledig 14 december–18 december.");
    expect(recorded).toContain("skicka offerten till Acme");
    expect(await db.prisma.absence.findMany({ where: { workspaceId: teamId }, select: { startsOn: true, endsOn: true } })).toEqual([
      { startsOn: "2026-12-14", endsOn: "2026-12-18" },
    ]);

    // Already away: no second offer. A status that says nothing of being away, or someone with no promises: no offer.
    lofte.slack.reset();
    await statusEvent("user_status_changed", { id: "U0ANNA", profile: { status_text: "OOO", status_emoji: "", status_expiration: 0 } });
    await statusEvent("user_status_changed", {
      id: "U0LEAD",
      profile: { status_text: "Semester", status_emoji: ":palm_tree:", status_expiration: 0 },
    });
    await lofte.slack.settle();
    expect(lofte.slack.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("'Nej tack' to the offer records nothing; a status of meetings gets no offer", async () => {
    await promise("I'll send the deck to Volvo on Friday");
    await statusEvent("user_status_changed", {
      id: "U0ANNA",
      profile: { status_text: "In meetings", status_emoji: ":calendar:", status_expiration: 0 },
    });
    await lofte.slack.settle();
    expect(posted("U0ANNA")).toHaveLength(0);
    await statusEvent("user_status_changed", { id: "U0ANNA", profile: { status_text: "Sjuk", status_emoji: "", status_expiration: 0 } });
    const offer = await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0ANNA");
    expect(String(offer.params.text)).toContain("Ska jag notera att du är borta 14 december?");
    await lofte.driver.interaction(blockAction({ actionId: "away_offer_no", teamId, responseUrl: lofte.slack.responseUrl("no") }));
    expect(String((await lofte.slack.waitForResponse("no")).text)).toContain("jag har inte noterat något");
    expect(await db.prisma.absence.count({ where: { workspaceId: teamId } })).toBe(0);
  });

  it("puts a departed owner's open promises to the lead, a repeating one with Avsluta serien", async () => {
    await promise("jag skickar offerten till Acme på fredag");
    await promise("jag skickar veckorapporten till Volvo varje fredag");
    await statusEvent("user_change", { id: "U0ANNA", deleted: true, profile: {} });
    const handover = await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0LEAD");
    expect(String(handover.params.text)).toContain("<@U0ANNA> har lämnat arbetsytan.");
    const blocks = JSON.stringify(handover.params.blocks);
    expect(blocks).toContain("skicka offerten till Acme");
    expect(blocks).toContain("skicka veckorapporten till Volvo");
    expect(blocks.match(/"action_id":"series_end"/g)).toHaveLength(1);
    expect(blocks.match(/"action_id":"commitment_edit"/g)).toHaveLength(2);
    // The lead ends the series from there.
    const series = await db.prisma.commitment.findFirstOrThrow({ where: { workspaceId: teamId, NOT: { seriesId: null } } });
    await lofte.driver.interaction(
      blockAction({
        actionId: "series_end",
        value: series.id,
        userId: "U0LEAD",
        teamId,
        responseUrl: lofte.slack.responseUrl("handover-end"),
      }),
    );
    expect(JSON.stringify(await lofte.slack.waitForResponse("handover-end"))).toContain("Serien är avslutad");
  });

  it("with no lead to tell, reminds the owner after all: a promise never slips in silence", async () => {
    await command("jag skickar offerten till Scania onsdag 23 december");
    await command("ledig 22 dec–6 jan");
    await tickAt("2026-12-22T09:00:00");
    expect(posted("U0ANNA").map((c) => String(c.params.text))).toEqual([expect.stringContaining("skicka offerten till Scania")]);
  });

  it("answers 'sjuk idag' typed as illness, and days of leave as leave", async () => {
    expect(JSON.stringify((await command("sjuk idag")).json)).toContain("Krya på dig! Jag har noterat att du är sjuk i dag");
    expect(JSON.stringify((await command("ledig 14 dec")).json)).toContain("Noterat: du är ledig 14 december.");
  });

  it("answers days it cannot use plainly, and stores nothing", async () => {
    expect(JSON.stringify((await command("semester 6 jan – 22 dec")).json)).toContain("Sista dagen kommer före den första");
    expect(JSON.stringify((await command("ledig 1 december")).json)).toContain("De dagarna har redan varit");
    expect(JSON.stringify((await command("ledig")).json)).toContain("/lofte ledig 22 dec–6 jan");
    const english = await lofte.driver.command({ text: "away Dec 22–Jan 6", command: "/promise", team_id: teamId, user_id: "U0BOB" });
    expect(JSON.stringify(english.json)).toContain("Got it: you're away 22 December–6 January.");
    expect(await db.prisma.absence.count({ where: { workspaceId: teamId, userId: "U0ANNA" } })).toBe(0);
  });
});
