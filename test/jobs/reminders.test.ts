import { beforeEach, describe, expect, it } from "vitest";
import { deliverReminder } from "../../src/app/deliver-reminder.js";
import { planNudges } from "../../src/domain/nudge-plan.js";
import { changeCommitment, commitmentEvents } from "../../src/store/commitments.js";
import { claimDue } from "../../src/store/nudges.js";
import { databaseKinds, type TestDatabase } from "../support/databases.js";
import type { RecordedCall } from "../support/fake-slack.js";
import { type Lofte, useLofte } from "../support/harness.js";
import { blockAction, eventEnvelope, viewSubmission } from "../support/slack-driver.js";

// Wednesday 25 November 2026, 10:00 in Stockholm.
const WEDNESDAY = "2026-11-25T09:00:00Z";
const at = (local: string) => new Date(`${local}+01:00`);

function posted(lofte: Lofte, channel: string): RecordedCall[] {
  return lofte.slack.callsTo("chat.postMessage").filter((c) => c.params.channel === channel);
}

function textOf(call: RecordedCall | undefined): string {
  return String(call?.params.text ?? "");
}

function actionIds(call: RecordedCall | undefined): string[] {
  const blocks = (call?.params.blocks ?? []) as { elements?: { action_id?: string }[] }[];
  return blocks.flatMap((b) => b.elements?.map((e) => e.action_id ?? "") ?? []).filter(Boolean);
}

describe.each(databaseKinds())("reminders and escalation on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;
  let team = 0;
  let teamId = "";

  useLofte(kind, WEDNESDAY, (started) => ({ db, lofte } = started));
  beforeEach(async () => {
    // A workspace of its own per test, and an empty outbox: each test's ticks see only its own promises.
    teamId = `T0TEST${++team}`;
    await db.prisma.nudge.deleteMany({});
    await lofte.slack.settle();
    lofte.slack.reset();
    lofte.clock.set(WEDNESDAY);
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
    lofte.slack.users.set("U0LEAD", { tz: "Europe/Stockholm", locale: "sv-SE" });
    lofte.slack.users.set("U0BOB", { tz: "Europe/Stockholm", locale: "en-GB" });
  });

  /** Records a promise with /lofte; the answer is in the language the text was written in. */
  async function promise(text: string, confirmed = /^Noterat/): Promise<string> {
    const answer = await lofte.driver.command({ text, team_id: teamId });
    expect(String(answer.json?.text)).toMatch(confirmed);
    await db.prisma.workspace.update({ where: { id: teamId }, data: { defaultLeadId: "U0LEAD" } });
    const c = await db.prisma.commitment.findFirstOrThrow({ where: { workspaceId: teamId, originalText: text } });
    return c.id;
  }

  async function tickAt(local: string) {
    lofte.clock.set(at(local));
    return lofte.tick();
  }

  /** Clicks a button (or menu) on the latest DM to `user`, as that user. */
  async function click(
    user: string,
    actionId: string,
    extra: { value?: string; selectedOption?: string; selectedUser?: string; blockId?: string } = {},
  ) {
    const dm = posted(lofte, user).at(-1);
    // The message as it reads now: the latest update of it, if any.
    const updated = lofte.slack
      .callsTo("chat.update")
      .filter((c) => c.params.channel === `D${user.slice(1)}`)
      .at(-1);
    const blocks = ((updated ?? dm)?.params.blocks ?? []) as { block_id?: string; elements?: { action_id?: string; value?: string }[] }[];
    const block = blocks.find((b) => b.elements?.some((e) => e.action_id === actionId));
    const element = block?.elements?.find((e) => e.action_id === actionId);
    expect(element, `${actionId} on the DM to ${user}`).toBeDefined();
    const answer = await lofte.driver.interaction(
      blockAction({
        actionId,
        value: extra.value ?? element?.value,
        blockId: block?.block_id,
        selectedOption: extra.selectedOption,
        selectedUser: extra.selectedUser,
        userId: user,
        teamId,
        channelId: `D${user.slice(1)}`,
        messageTs: `${dm?.params.ts ?? ""}` || lastTs(user),
        responseUrl: lofte.slack.responseUrl(`${user}-${actionId}`),
      }),
    );
    expect(answer.status).toBe(200);
  }

  function lastTs(user: string): string {
    const index = lofte.slack.calls.lastIndexOf(posted(lofte, user).at(-1) as RecordedCall);
    // The fake answers each post with an increasing ts; recover it from the call order.
    return `${1_764_000_000 + lofte.slack.calls.slice(0, index + 1).filter((c) => c.method === "chat.postMessage").length - 1}.000100`;
  }

  it("a lead on another clock reads the deadline on theirs, and the customer's draft says whose clock it keeps", async () => {
    lofte.slack.users.set("U0LEAD", { tz: "Europe/London", locale: "sv-SE" });
    await promise("jag skickar offerten till Acme fredag");
    await tickAt("2026-11-27T09:00:00");
    await tickAt("2026-11-27T11:00:00");
    const alert = posted(lofte, "U0LEAD")[0];
    expect(textOf(alert)).toContain("senast fredag 27 november kl 16:00");
    const blocks = JSON.stringify(alert.params.blocks);
    expect(blocks).toContain("Utkast till kunden, att kopiera (tider i Stockholm, där löftet gavs):");
    expect(blocks).toContain("vi lovade att skicka offerten till er senast fredag 27 november kl 17:00");
  });

  it("reminds the owner of a date-only promise, asks on the day, and tells the lead when there is no answer", async () => {
    await promise("jag skickar offerten till Acme fredag");
    expect((await lofte.tick()).sent).toBe(0);

    await tickAt("2026-11-26T09:00:00");
    expect(textOf(posted(lofte, "U0ANNA")[0])).toBe(
      "*Påminnelse:* du har lovat att skicka offerten till Acme — senast fredag 27 november kl 17:00 (i morgon).",
    );
    expect(actionIds(posted(lofte, "U0ANNA")[0])).toEqual([
      "nudge_done",
      "nudge_on_track",
      "nudge_snooze",
      "nudge_more_time",
      "nudge_cant_make_it",
    ]);

    await tickAt("2026-11-27T09:00:00");
    expect(textOf(posted(lofte, "U0ANNA")[1])).toMatch(/^\*Håller du tiden\?\* Du har lovat att skicka offerten till Acme/);
    expect(JSON.stringify(posted(lofte, "U0ANNA")[1].params.blocks)).toContain("Lovat i <#C0SALES>.");

    await tickAt("2026-11-27T10:59:00");
    expect(posted(lofte, "U0LEAD")).toHaveLength(0);
    await tickAt("2026-11-27T11:00:00");
    const alert = posted(lofte, "U0LEAD")[0];
    expect(textOf(alert)).toBe(
      ":rotating_light: *Ett löfte är i fara.* <@U0ANNA> har lovat att skicka offerten till Acme — senast fredag 27 november kl 17:00 (om 6 timmar). Ägaren har inte svarat på om tiden håller.",
    );
    expect(JSON.stringify(alert.params.blocks)).toContain(
      "Hej! Jag vill ge er besked direkt: vi lovade att skicka offerten till er senast fredag 27 november kl 17:00, men det hinner vi tyvärr inte.",
    );
    // The lead's clock and the promise's agree: no zone to name.
    expect(JSON.stringify(alert.params.blocks)).toContain('"Utkast till kunden, att kopiera:"');
    expect(actionIds(alert)).toEqual(["lead_ping_owner", "lead_tell_customer", "lead_reassign", "lead_move_deadline"]);

    // Friday 18:00 is after work: the overdue reminder waits for Monday 08:00, and the lead hears of it once.
    await tickAt("2026-11-27T18:30:00");
    expect(posted(lofte, "U0ANNA")).toHaveLength(2);
    await tickAt("2026-11-30T08:00:00");
    expect(textOf(posted(lofte, "U0ANNA")[2])).toMatch(
      /^\*Tiden har gått ut:\* du lovade att skicka offerten till Acme — senast fredag 27 november kl 17:00 \(för 3 dagar sedan\)\.$/,
    );
    // Missed, no longer at risk: the lead's second alert says so.
    expect(textOf(posted(lofte, "U0LEAD")[1])).toMatch(
      /^:rotating_light: \*Tiden har gått ut för ett löfte\.\* .*Det är inte markerat som klart\.$/,
    );
    await tickAt("2026-12-01T09:00:00");
    expect(posted(lofte, "U0ANNA")).toHaveLength(4);
    expect(posted(lofte, "U0LEAD")).toHaveLength(2);
  });

  it("'Påminn ägaren' asks the owner again and says who asked; 'Jag informerar kunden' tells the owner they needn't", async () => {
    await promise("jag skickar offerten till Acme fredag");
    await tickAt("2026-11-27T09:00:00");
    await tickAt("2026-11-27T11:00:00");
    expect(posted(lofte, "U0LEAD")).toHaveLength(1);
    await click("U0LEAD", "lead_ping_owner");
    expect((await lofte.slack.waitForResponse("U0LEAD-lead_ping_owner")).text).toBe("Jag påminner <@U0ANNA> strax.");
    await tickAt("2026-11-27T11:01:00");
    const asked = posted(lofte, "U0ANNA").at(-1);
    expect(textOf(asked)).toMatch(/^\*Håller du tiden\?\* Du har lovat att skicka offerten till Acme/);
    expect(JSON.stringify(asked?.params.blocks)).toContain("<@U0LEAD> bad mig stämma av med dig. Lovat i <#C0SALES>.");

    // Once the owner has answered, a later reminder is Lofte's own again.
    await click("U0ANNA", "nudge_on_track");
    await lofte.slack.waitFor("chat.update", (c) => c.params.channel === "D0ANNA");

    await click("U0LEAD", "lead_tell_customer");
    const told = await lofte.slack.waitFor(
      "chat.postMessage",
      (c) => c.params.channel === "U0ANNA" && String(c.params.text).includes("kunden"),
    );
    expect(String(told.params.text)).toBe(
      ":speech_balloon: <@U0LEAD> informerar kunden om ditt löfte att skicka offerten till Acme (senast fredag 27 november kl 17:00), så det behöver du inte göra.",
    );
    await tickAt("2026-11-27T18:30:00");
    await tickAt("2026-11-30T08:00:00");
    const overdue = posted(lofte, "U0ANNA").find((c) => textOf(c).startsWith("*Tiden har gått ut:*"));
    expect(JSON.stringify(overdue?.params.blocks)).toContain("Lovat i <#C0SALES>.");
    expect(JSON.stringify(overdue?.params.blocks)).not.toContain("bad mig");
  });

  it("the lead moves the deadline: the owner hears it with the lead's note, and the alert keeps the customer draft", async () => {
    await promise("jag skickar offerten till Acme fredag");
    await tickAt("2026-11-27T09:00:00");
    await tickAt("2026-11-27T11:00:00");
    await click("U0LEAD", "lead_move_deadline");
    const view = (await lofte.slack.waitFor("views.open")).params.view as { callback_id: string; private_metadata: string };
    const submitted = await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        userId: "U0LEAD",
        teamId,
        values: {
          date: { date: { type: "datepicker", selected_date: "2026-12-01" } },
          time: { time: { type: "timepicker", selected_time: "12:00" } },
          note: { note: { type: "plain_text_input", value: "Jag har pratat med dem" } },
        },
      }),
    );
    expect(submitted.status).toBe(200);
    const told = await lofte.slack.waitFor(
      "chat.postMessage",
      (c) => c.params.channel === "U0ANNA" && String(c.params.text).includes("flyttat"),
    );
    expect(String(told.params.text)).toBe(
      ":arrows_counterclockwise: <@U0LEAD> har flyttat tiden: skicka offerten till Acme ska vara klart tisdag 1 december kl 12:00 i stället för fredag 27 november kl 17:00. Anteckning: Jag har pratat med dem",
    );
    const alert = await lofte.slack.waitFor("chat.update", (c) => c.params.channel === "D0LEAD");
    expect(String(alert.params.text)).toContain("Ny deadline: skicka offerten till Acme — senast tisdag 1 december kl 12:00.");
    expect(JSON.stringify(alert.params.blocks)).toContain("Det blir klart tisdag 1 december kl 12:00 i stället.");
  });

  it("On track stops the escalation and leaves the other choices on the reminder", async () => {
    await promise("jag ringer Volvo fredag kl 14");
    await tickAt("2026-11-27T12:00:00");
    expect(textOf(posted(lofte, "U0ANNA").at(-1))).toContain("Håller du tiden?");
    await click("U0ANNA", "nudge_on_track");
    const update = await lofte.slack.waitFor("chat.update");
    expect(update.params.channel).toBe("D0ANNA");
    expect(String(update.params.text)).toBe(":thumbsup: Du håller tiden: ringa Volvo — senast fredag 27 november kl 14:00.");
    expect(actionIds(update)).toEqual(["nudge_done", "nudge_snooze", "nudge_more_time", "nudge_cant_make_it"]);
    await tickAt("2026-11-27T14:00:00");
    expect(posted(lofte, "U0LEAD")).toHaveLength(0);
  });

  it("On track pressed on an old reminder after the deadline says the time has passed and changes nothing", async () => {
    const id = await promise("jag ringer Volvo fredag kl 14");
    await tickAt("2026-11-27T12:00:00");
    expect(textOf(posted(lofte, "U0ANNA").at(-1))).toContain("Håller du tiden?");
    lofte.clock.set(at("2026-11-27T15:30:00"));
    await click("U0ANNA", "nudge_on_track");
    expect(String((await lofte.slack.waitForResponse("U0ANNA-nudge_on_track")).text)).toContain(
      "Tiden för det här löftet har redan gått ut",
    );
    expect(lofte.slack.callsTo("chat.update").filter((c) => c.params.channel === "D0ANNA")).toHaveLength(0);
    expect((await db.prisma.commitment.findUniqueOrThrow({ where: { id } })).lastAnswer).toBeNull();
  });

  it("Done ends the reminders, reminds to tell the customer, and books a follow-up", async () => {
    const id = await promise("jag skickar offerten till Acme fredag");
    await tickAt("2026-11-27T09:00:00");
    await click("U0ANNA", "nudge_done");
    const update = await lofte.slack.waitFor("chat.update");
    expect(String(update.params.text)).toBe(":white_check_mark: *Klart:* skicka offerten till Acme. Bra jobbat — löfte hållet!");
    expect(JSON.stringify(update.params.blocks)).toContain("Glöm inte att berätta för Acme att det är klart.");
    expect((await db.prisma.commitment.findUniqueOrThrow({ where: { id } })).status).toBe("done");

    await click("U0ANNA", "nudge_follow_up", { value: `${id}:1w` });
    await lofte.slack.waitFor("chat.update", (c) => String(c.params.text).includes("Uppföljning bokad"));
    const followUp = await db.prisma.commitment.findFirstOrThrow({ where: { workspaceId: teamId, parentId: id } });
    expect(followUp).toMatchObject({ task: "följa upp med Acme", customer: "Acme", ownerId: "U0ANNA", status: "open" });
    expect(followUp.dueAt.toISOString()).toBe("2026-12-04T16:00:00.000Z");

    // The kept promise never reminds again; the follow-up has its own plan.
    await tickAt("2026-11-30T09:00:00");
    expect(
      posted(lofte, "U0ANNA")
        .map(textOf)
        .filter((t) => t.includes("skicka offerten")),
    ).toHaveLength(1);
    expect(await db.prisma.nudge.count({ where: { commitmentId: followUp.id, state: "pending" } })).toBeGreaterThan(0);
  });

  it("Done after the deadline says so, without praise for keeping time", async () => {
    const id = await promise("jag ringer Volvo fredag kl 14");
    await tickAt("2026-11-27T09:00:00");
    // Clicked on Monday, three days late.
    lofte.clock.set(at("2026-11-30T10:00:00"));
    await click("U0ANNA", "nudge_done");
    const update = await lofte.slack.waitFor("chat.update");
    expect(String(update.params.text)).toBe(
      ":white_check_mark: *Klart:* ringa Volvo. Det blev senare än utlovat (fredag 27 november kl 14:00), men nu är det gjort.",
    );
    expect((await db.prisma.commitment.findUniqueOrThrow({ where: { id } })).status).toBe("done");
  });

  it("Snooze asks again when the snooze ends", async () => {
    await promise("jag ringer Volvo fredag kl 14");
    await tickAt("2026-11-27T12:00:00");
    await click("U0ANNA", "nudge_snooze", { selectedOption: "1h" });
    expect(String((await lofte.slack.waitFor("chat.update")).params.text)).toBe(
      ":alarm_clock: Jag påminner dig igen fredag 27 november kl 13:00: ringa Volvo — senast fredag 27 november kl 14:00.",
    );
    await tickAt("2026-11-27T12:59:00");
    expect(posted(lofte, "U0ANNA")).toHaveLength(1);
    await tickAt("2026-11-27T13:00:00");
    expect(textOf(posted(lofte, "U0ANNA")[1])).toContain("Håller du tiden?");
  });

  it("a snooze the day before is an answer: the question asked again that afternoon does not alarm the lead that evening", async () => {
    await promise("jag skickar offerten till Acme fredag kl 15");
    await tickAt("2026-11-26T09:00:00");
    expect(textOf(posted(lofte, "U0ANNA")[0])).toMatch(/^\*Påminnelse:\*/);
    await click("U0ANNA", "nudge_snooze", { selectedOption: "3h" });
    await lofte.slack.waitFor("chat.update");
    await tickAt("2026-11-26T12:00:00");
    expect(textOf(posted(lofte, "U0ANNA")[1])).toContain("Håller du tiden?");
    // Unanswered: two hours later, and at the end of the day, the lead has heard nothing.
    await tickAt("2026-11-26T14:00:00");
    await tickAt("2026-11-26T17:30:00");
    expect(posted(lofte, "U0LEAD")).toHaveLength(0);
    // Asked again on the day, still unanswered: the lead hears once, at the deadline.
    await tickAt("2026-11-27T13:00:00");
    expect(posted(lofte, "U0LEAD")).toHaveLength(0);
    await tickAt("2026-11-27T15:00:00");
    expect(posted(lofte, "U0LEAD")).toHaveLength(1);
    expect(textOf(posted(lofte, "U0LEAD")[0])).toContain("Ägaren har inte svarat på om tiden håller.");
  });

  it("Need more time on an overdue promise offers the next working day, at the promised time, not the date gone by", async () => {
    await promise("jag skickar offerten till Acme fredag");
    await tickAt("2026-11-27T18:30:00");
    expect(textOf(posted(lofte, "U0ANNA").at(-1))).toContain("Tiden har gått ut");
    await click("U0ANNA", "nudge_more_time");
    const view = (await lofte.slack.waitFor("views.open")).params.view as { blocks: { element?: Record<string, unknown> }[] };
    const initial = view.blocks.map((b) => b.element?.initial_date ?? b.element?.initial_time).filter(Boolean);
    expect(initial).toEqual(["2026-11-30", "17:00"]);
  });

  it("Need more time saves the new deadline, tells the lead, and drafts the message to the customer", async () => {
    const id = await promise("jag skickar offerten till Acme fredag");
    await tickAt("2026-11-27T09:00:00");
    await click("U0ANNA", "nudge_more_time");
    const opened = await lofte.slack.waitFor("views.open");
    const view = opened.params.view as { callback_id: string; private_metadata: string };
    // Saved as it opened, on the same deadline: asked for a new one, and nothing changes.
    const same = await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        teamId,
        values: {
          date: { date: { type: "datepicker", selected_date: "2026-11-27" } },
          time: { time: { type: "timepicker", selected_time: "17:00" } },
        },
      }),
    );
    expect(same.json).toEqual({
      response_action: "errors",
      errors: { date: "Det är samma tid som nu, fredag 27 november kl 17:00. Välj en ny." },
    });
    // A slip of the year ("2062" for "2026") is further ahead than Lofte follows up.
    const slip = await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        teamId,
        values: {
          date: { date: { type: "datepicker", selected_date: "2062-11-30" } },
          time: { time: { type: "timepicker", selected_time: "12:00" } },
        },
      }),
    );
    expect(slip.json).toEqual({ response_action: "errors", errors: { date: "Välj en dag inom de närmaste fem åren." } });
    const submitted = await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        teamId,
        values: {
          date: { date: { type: "datepicker", selected_date: "2026-11-30" } },
          time: { time: { type: "timepicker", selected_time: "12:00" } },
          note: { note: { type: "plain_text_input", value: "Väntar på priser från leverantören" } },
        },
      }),
    );
    expect(submitted.text).toBe("");
    const update = await lofte.slack.waitFor("chat.update");
    expect(String(update.params.text)).toBe(
      ":arrows_counterclockwise: Ny deadline: skicka offerten till Acme — senast måndag 30 november kl 12:00.",
    );
    expect(JSON.stringify(update.params.blocks)).toContain(
      "Hej! Jag vill ge er besked direkt: vi lovade att skicka offerten till er senast fredag 27 november kl 17:00, men det hinner vi tyvärr inte. Det blir klart måndag 30 november kl 12:00 i stället. Säg gärna till om det påverkar er planering.",
    );
    const fyi = await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0LEAD");
    expect(String(fyi.params.text)).toContain("<@U0ANNA> behöver mer tid");
    expect(String(fyi.params.text)).toContain("Anteckning: Väntar på priser från leverantören");
    const events = await commitmentEvents(db.prisma, teamId, id);
    expect(events.at(-1)).toMatchObject({
      kind: "more_time",
      before: { dueAt: "2026-11-27T16:00:00.000Z" },
      after: { dueAt: "2026-11-30T11:00:00.000Z" },
    });
    // The old plan is gone: no overdue reminder for Friday.
    await tickAt("2026-11-27T18:30:00");
    await tickAt("2026-11-30T08:00:00");
    expect(
      posted(lofte, "U0ANNA")
        .map(textOf)
        .filter((t) => t.includes("Tiden har gått ut")),
    ).toHaveLength(0);
  });

  it("asks no more whether the time holds once the owner has said they can't make it", async () => {
    await promise("jag skickar offerten till Acme fredag");
    await tickAt("2026-11-26T09:00:00");
    expect(posted(lofte, "U0ANNA")).toHaveLength(1);
    await click("U0ANNA", "nudge_cant_make_it");
    await lofte.slack.waitFor("chat.update");
    await tickAt("2026-11-27T09:00:00");
    expect(posted(lofte, "U0ANNA")).toHaveLength(1);
    // Past the deadline the overdue reminder still comes (the next working morning): it offers Done and Need more time.
    await tickAt("2026-11-30T09:30:00");
    expect(textOf(posted(lofte, "U0ANNA").at(-1))).toContain("Tiden har gått ut");
  });

  it("the lead's alert says the promise is settled once the owner keeps it, instead of asking for action", async () => {
    await promise("jag skickar offerten till Acme fredag");
    await tickAt("2026-11-27T09:00:00");
    await click("U0ANNA", "nudge_cant_make_it");
    await lofte.slack.waitFor("chat.update");
    await lofte.tick();
    const alert = posted(lofte, "U0LEAD")[0];
    expect(textOf(alert)).toContain("Ägaren säger att hen inte hinner.");
    // Anna makes it after all, from her reminder.
    await click("U0ANNA", "nudge_done");
    const settled = await lofte.slack.waitFor("chat.update", (c) =>
      String(c.params.text).startsWith(":white_check_mark: Klart: <@U0ANNA>"),
    );
    expect(settled.params.channel).toBe("D0LEAD");
    expect(String(settled.params.text)).toBe(":white_check_mark: Klart: <@U0ANNA> har hållit löftet att skicka offerten till Acme.");
    expect(JSON.stringify(settled.params.blocks)).not.toContain("lead_ping_owner");
  });

  it("Can't make it tells the lead at once, who can take over the customer and reassign", async () => {
    const id = await promise("jag skickar offerten till Acme fredag");
    await tickAt("2026-11-27T09:00:00");
    await click("U0ANNA", "nudge_cant_make_it");
    const update = await lofte.slack.waitFor("chat.update");
    expect(String(update.params.text)).toContain(
      "Uppfattat: du hinner inte skicka offerten till Acme i tid (senast fredag 27 november kl 17:00). Jag har sagt till <@U0LEAD>.",
    );
    await lofte.tick();
    const alert = posted(lofte, "U0LEAD")[0];
    expect(textOf(alert)).toContain("Ägaren säger att hen inte hinner.");
    // The team's lists flag it too, until the deadline moves.
    const list = await lofte.driver.command({ text: "lista", team_id: teamId });
    expect(JSON.stringify(list.json?.blocks)).toContain(":warning: *skicka offerten till Acme* · <@U0ANNA> · *hinner inte i tid* · fredag");

    await click("U0LEAD", "lead_tell_customer");
    const informed = await lofte.slack.waitFor("chat.update", (c) => String(c.params.text).includes("<@U0LEAD> informerar kunden"));
    // It still says which promise it is about.
    expect(String(informed.params.text)).toBe(
      ":speech_balloon: <@U0LEAD> informerar kunden: <@U0ANNA> har lovat att skicka offerten till Acme — senast fredag 27 november kl 17:00.",
    );
    // The draft stays, for the lead to copy.
    expect(JSON.stringify(informed.params.blocks)).toContain("vi lovade att skicka offerten till er senast fredag 27 november kl 17:00");
    expect((await db.prisma.commitment.findUniqueOrThrow({ where: { id } })).customerInformed).toBe(true);

    // A fresh alert to reassign from (the first was replaced by the FYI above).
    lofte.slack.reset();
    await lofte.driver.interaction(
      blockAction({
        actionId: "lead_reassign",
        blockId: `lead:${id}`,
        selectedUser: "U0BOB",
        userId: "U0LEAD",
        teamId,
        channelId: "D0LEAD",
        messageTs: "1764000000.000200",
        responseUrl: lofte.slack.responseUrl("reassign"),
      }),
    );
    const told = await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0BOB");
    expect(String(told.params.text)).toContain(
      "<@U0LEAD> gave you a promise: “skicka offerten till Acme” — by Friday 27 November at 17:00",
    );
    // The new owner can answer at once, as on any reminder.
    expect(actionIds(told)).toEqual(["nudge_done", "nudge_on_track", "nudge_snooze", "nudge_more_time", "nudge_cant_make_it"]);
    // The one who had it hears that it is not theirs any more.
    const former = await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0ANNA");
    expect(String(former.params.text)).toBe(
      "<@U0LEAD> har gett <@U0BOB> ditt löfte att skicka offerten till Acme (senast fredag 27 november kl 17:00). Du får inga fler påminnelser om det.",
    );
    // The lead's alert says who has which promise now.
    const redrawn = await lofte.slack.waitFor("chat.update", (c) => String(c.params.text).includes("som äger löftet"));
    expect(String(redrawn.params.text)).toBe(
      ":busts_in_silhouette: Nu är det <@U0BOB> som äger löftet att skicka offerten till Acme (senast fredag 27 november kl 17:00).",
    );
    // Anna's "can't make it" was hers: Bob's promise is not flagged at risk until he says so.
    expect(await db.prisma.commitment.findUniqueOrThrow({ where: { id } })).toMatchObject({ ownerId: "U0BOB", lastAnswer: null });
    const bobs = await lofte.driver.command({ text: "lista", user_id: "U0BOB", team_id: teamId });
    expect(JSON.stringify(bobs.json?.blocks)).not.toContain("won't make it");
  });

  it("after Can't make it, the lead hears once, and no later reminder offers On track, even after a snooze", async () => {
    const id = await promise("jag skickar offerten till Acme fredag");
    await tickAt("2026-11-27T09:00:00");
    await click("U0ANNA", "nudge_cant_make_it");
    await lofte.slack.waitFor("chat.update");
    await lofte.tick();
    expect(posted(lofte, "U0LEAD")).toHaveLength(1);
    // The day goes on: the no-answer check, then the deadline, then the overdue reminder.
    for (const time of ["2026-11-27T09:00:30", "2026-11-27T12:00:00", "2026-11-27T17:00:00", "2026-11-27T18:30:00"]) await tickAt(time);
    await tickAt("2026-11-30T09:30:00");
    expect(posted(lofte, "U0LEAD"), "one alarm for one risk").toHaveLength(1);
    const overdue = posted(lofte, "U0ANNA").at(-1);
    expect(textOf(overdue)).toMatch(/^\*Tiden har gått ut:\*/);
    expect(actionIds(overdue)).not.toContain("nudge_on_track");
    expect(actionIds(overdue)).toContain("nudge_more_time");
    // After the deadline "Håller tiden" is no choice.
    expect(actionIds(overdue)).not.toContain("nudge_on_track");
    // Snoozed, it is still at risk (for the lists and the lead), and the answer offers no On track.
    const ts = String((lofte.slack.calls.find((c) => c === overdue) as RecordedCall | undefined)?.params.ts ?? "");
    await lofte.driver.interaction(
      blockAction({
        actionId: "nudge_snooze",
        blockId: `owner:${id}`,
        selectedOption: "1h",
        userId: "U0ANNA",
        teamId,
        channelId: "D0ANNA",
        messageTs: ts || lastTs("U0ANNA"),
        responseUrl: lofte.slack.responseUrl("snooze-at-risk"),
      }),
    );
    const snoozed = await lofte.slack.waitFor("chat.update", (c) => String(c.params.text).includes("Jag påminner dig igen"));
    expect(actionIds(snoozed)).not.toContain("nudge_on_track");
    expect((await db.prisma.commitment.findUniqueOrThrow({ where: { id } })).lastAnswer).toBe("cant_make_it");
  });

  it("drafts the customer message in the language the promise was made in", async () => {
    await promise("I'll send the report to Acme on Friday", /^Got it/);
    await tickAt("2026-11-27T09:00:00");
    await click("U0ANNA", "nudge_cant_make_it");
    const update = await lofte.slack.waitFor("chat.update", (c) => String(c.params.text).includes("du hinner inte"));
    // Anna reads Swedish; the customer was promised in English.
    // Never one sentence in two languages: the English promise is quoted as written.
    expect(String(update.params.text)).toContain("du hinner inte ”send the report to Acme” i tid");
    expect(JSON.stringify(update.params.blocks)).toContain(
      "Hi! A heads-up straight away: we promised to send the report to you by Friday 27 November at 17:00, but we won't make it in time.",
    );
  });

  it("writes the customer's message on the clock the promise was made on, whoever reads it", async () => {
    lofte.slack.users.set("U0LONDON", { tz: "Europe/London", locale: "en-GB" });
    await promise("jag skickar offerten till Acme fredag");
    await db.prisma.workspace.update({ where: { id: teamId }, data: { defaultLeadId: "U0LONDON" } });
    await tickAt("2026-11-27T09:00:00");
    await click("U0ANNA", "nudge_cant_make_it");
    await lofte.slack.waitFor("chat.update");
    await lofte.tick();
    const alert = JSON.stringify((await lofte.slack.waitFor("chat.postMessage", (c) => c.params.channel === "U0LONDON")).params.blocks);
    // Anna promised 17:00 Stockholm time, so the customer heard 17:00; the lead in London reads 16:00.
    expect(alert).toContain("by Friday 27 November at 16:00");
    expect(alert).toContain("vi lovade att skicka offerten till er senast fredag 27 november kl 17:00");
  });

  it("answers emoji on the reminder like the buttons, once even when Slack retries the event", async () => {
    const id = await promise("jag skickar offerten till Acme fredag");
    await tickAt("2026-11-27T09:00:00");
    const dm = posted(lofte, "U0ANNA")[0];
    const nudge = await db.prisma.nudge.findFirstOrThrow({ where: { commitmentId: id, state: "sent" } });
    expect(nudge.slackChannel).toBe("D0ANNA");
    const reaction = eventEnvelope(
      {
        type: "reaction_added",
        user: "U0ANNA",
        reaction: "white_check_mark",
        item: { type: "message", channel: nudge.slackChannel, ts: nudge.slackTs },
        item_user: "U0LOFTEBOT",
        event_ts: "1764230000.000100",
      },
      teamId,
    );
    expect((await lofte.driver.event(reaction)).status).toBe(200);
    const update = await lofte.slack.waitFor("chat.update");
    expect(update.params.ts).toBe(nudge.slackTs);
    expect(String(update.params.text)).toContain("*Klart:* skicka offerten till Acme");
    await lofte.driver.event(reaction, 1);
    await new Promise((r) => setTimeout(r, 200));
    const events = await commitmentEvents(db.prisma, teamId, id);
    expect(events.filter((e) => e.kind === "done")).toHaveLength(1);
    expect(dm).toBeDefined();
  });

  it.each([
    ["+1", "on_track", "Du håller tiden"],
    ["thumbsup", "on_track", "Du håller tiden"],
    ["alarm_clock", "snoozed", "Jag påminner dig igen fredag 27 november kl 10:00"],
    ["x", "cant_make_it", "du hinner inte"],
    ["heavy_check_mark", "done", "*Klart:*"],
  ])("treats :%s: on a reminder as %s", async (reaction, answer, shown) => {
    const id = await promise("jag skickar offerten till Acme fredag");
    await tickAt("2026-11-27T09:00:00");
    const nudge = await db.prisma.nudge.findFirstOrThrow({ where: { commitmentId: id, state: "sent" } });
    const event = {
      type: "reaction_added",
      user: "U0ANNA",
      reaction,
      item: { type: "message", channel: nudge.slackChannel, ts: nudge.slackTs },
      event_ts: "1764230000.000200",
    };
    await lofte.driver.event(eventEnvelope(event, teamId));
    expect(String((await lofte.slack.waitFor("chat.update")).params.text)).toContain(shown);
    const stored = await db.prisma.commitment.findUniqueOrThrow({ where: { id } });
    expect(stored.lastAnswer).toBe(answer === "snoozed" ? "snooze" : answer);
  });

  it("acts once on an event Slack delivers again (same event_id, X-Slack-Retry-Num)", async () => {
    const id = await promise("jag skickar offerten till Acme fredag");
    await tickAt("2026-11-27T09:00:00");
    const nudge = await db.prisma.nudge.findFirstOrThrow({ where: { commitmentId: id, state: "sent" } });
    const snooze = eventEnvelope(
      {
        type: "reaction_added",
        user: "U0ANNA",
        reaction: "alarm_clock",
        item: { type: "message", channel: nudge.slackChannel, ts: nudge.slackTs },
        event_ts: "1764230000.000300",
      },
      teamId,
    );
    await lofte.driver.event(snooze);
    await lofte.slack.waitFor("chat.update");
    // An hour later the same delivery comes again: snoozing twice would push the reminder further.
    lofte.clock.set(at("2026-11-27T10:00:00"));
    expect((await lofte.driver.event(snooze, 1)).status).toBe(200);
    await lofte.slack.settle();
    expect(lofte.slack.callsTo("chat.update")).toHaveLength(1);
    const events = await commitmentEvents(db.prisma, teamId, id);
    expect(events.filter((e) => e.kind === "snooze")).toHaveLength(1);
    const stored = await db.prisma.commitment.findUniqueOrThrow({ where: { id } });
    expect(stored.snoozedUntil?.toISOString()).toBe(at("2026-11-27T10:00:00").toISOString());
  });

  it("ignores emoji on messages that are not reminders, and other emoji", async () => {
    const id = await promise("jag skickar offerten till Acme fredag");
    await tickAt("2026-11-27T09:00:00");
    const nudge = await db.prisma.nudge.findFirstOrThrow({ where: { commitmentId: id, state: "sent" } });
    await lofte.driver.event(
      eventEnvelope(
        {
          type: "reaction_added",
          user: "U0ANNA",
          reaction: "tada",
          item: { type: "message", channel: nudge.slackChannel, ts: nudge.slackTs },
          event_ts: "1",
        },
        teamId,
      ),
    );
    await lofte.driver.event(
      eventEnvelope(
        {
          type: "reaction_added",
          user: "U0ANNA",
          reaction: "white_check_mark",
          item: { type: "message", channel: "C0SALES", ts: "1764000000.999999" },
          event_ts: "2",
        },
        teamId,
      ),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(lofte.slack.callsTo("chat.update")).toHaveLength(0);
    expect((await db.prisma.commitment.findUniqueOrThrow({ where: { id } })).status).toBe("open");
  });

  it("after three days down, sends one message per promise showing where it stands now", async () => {
    await promise("jag skickar offerten till Acme fredag");
    await promise("jag ringer Volvo torsdag kl 10");
    // Down from Wednesday to Monday 10:00: heads-ups, due-soons and overdues all fell due meanwhile.
    await tickAt("2026-11-30T10:00:00");
    const toAnna = posted(lofte, "U0ANNA");
    expect(toAnna).toHaveLength(2);
    expect(toAnna.every((c) => textOf(c).startsWith("*Tiden har gått ut:*"))).toBe(true);
    await tickAt("2026-11-30T10:01:00");
    expect(posted(lofte, "U0ANNA")).toHaveLength(2);
  });

  it("drops a reminder a tick has claimed when the owner moves the deadline meanwhile", async () => {
    const id = await promise("jag skickar offerten till Acme fredag");
    lofte.clock.set(at("2026-11-27T09:00:00"));
    const [claimed] = await claimDue(db.prisma, lofte.clock.now(), 60_000, 10);
    expect(claimed.commitmentId).toBe(id);
    await changeCommitment(
      db.prisma,
      { workspaceId: teamId, id, expectedVersion: 1 },
      { dueAt: new Date("2026-12-04T16:00:00Z") },
      { actorId: "U0ANNA", kind: "more_time", at: lofte.clock.now() },
      (c) => planNudges(c, lofte.deps.nudges, lofte.clock.now()),
    );
    expect(await deliverReminder(lofte.sender, claimed)).toBe("skipped");
    expect(posted(lofte, "U0ANNA")).toHaveLength(0);
    await tickAt("2026-11-27T11:00:00");
    expect(posted(lofte, "U0LEAD")).toHaveLength(0);
  });

  it("keeps the lead's no-answer alert when the promise is edited after the question", async () => {
    const id = await promise("jag skickar offerten till Acme fredag");
    await tickAt("2026-11-27T09:00:00");
    await changeCommitment(
      db.prisma,
      { workspaceId: teamId, id, expectedVersion: 1 },
      { customer: "Acme AB" },
      { actorId: "U0ANNA", kind: "edited", at: lofte.clock.now() },
      (c) => planNudges(c, lofte.deps.nudges, lofte.clock.now()),
    );
    await tickAt("2026-11-27T11:00:00");
    expect(textOf(posted(lofte, "U0LEAD")[0])).toContain("Ägaren har inte svarat");
  });

  it("never sends a stale reminder for a promise that was undone", async () => {
    const answer = await lofte.driver.command({ text: "jag bokar demo med Scania torsdag", team_id: teamId });
    const id = ((answer.json?.blocks ?? []) as { elements?: { action_id: string; value: string }[] }[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === "commitment_undo")?.value;
    await lofte.driver.interaction(
      blockAction({ actionId: "commitment_undo", value: id, teamId, responseUrl: lofte.slack.responseUrl("undo") }),
    );
    await lofte.slack.waitForResponse("undo");
    await tickAt("2026-11-26T09:00:00");
    await tickAt("2026-11-27T09:00:00");
    expect(posted(lofte, "U0ANNA")).toHaveLength(0);
    expect(await db.prisma.nudge.count({ where: { commitmentId: id, state: "pending" } })).toBe(0);
  });

  it("honours Slack's 429 Retry-After: tries again after 2 s, and delivers once", async () => {
    await promise("jag skickar offerten till Acme fredag");
    lofte.slack.failures.set("chat.postMessage", { status: 429, headers: { "retry-after": "2" }, times: 1 });
    expect(await tickAt("2026-11-26T09:00:00")).toMatchObject({ sent: 0, failed: 1 });
    expect(await tickAt("2026-11-26T09:00:01")).toMatchObject({ sent: 0, claimed: 0 });
    expect(await tickAt("2026-11-26T09:00:02")).toMatchObject({ sent: 1 });
    expect(lofte.slack.callsTo("chat.postMessage")).toHaveLength(2);
    expect(await db.prisma.nudge.count({ where: { workspaceId: teamId, state: "sent" } })).toBe(1);
  });

  it("retries a Slack outage with a growing wait, and gives the lock back while waiting", async () => {
    await promise("jag skickar offerten till Acme fredag");
    lofte.slack.failures.set("chat.postMessage", { status: 500, times: 2 });
    expect(await tickAt("2026-11-26T09:00:00")).toMatchObject({ failed: 1 });
    expect(await tickAt("2026-11-26T09:00:59")).toMatchObject({ claimed: 0 });
    expect(await tickAt("2026-11-26T09:01:00")).toMatchObject({ failed: 1 });
    expect(await tickAt("2026-11-26T09:02:59")).toMatchObject({ claimed: 0 });
    expect(await tickAt("2026-11-26T09:03:00")).toMatchObject({ sent: 1 });
    expect(posted(lofte, "U0ANNA")).toHaveLength(3);
  });
});
