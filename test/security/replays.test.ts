import { beforeEach, describe, expect, it } from "vitest";
import { databaseKinds, type TestDatabase } from "../support/databases.js";
import { type Lofte, useLofte } from "../support/harness.js";
import { blockAction, commandBody, interactionBody, viewSubmission } from "../support/slack-driver.js";

/**
 * The same signed request sent again within Slack's five minutes changes nothing: answered 200,
 * acted on once. And the clicks people repeat on purpose (Spara twice, the follow-up button
 * twice, Hinner inte again) never make a second promise or a second message.
 */

// Wednesday 25 November 2026, 10:00 in Stockholm.
const WEDNESDAY = "2026-11-25T09:00:00Z";

describe.each(databaseKinds())("replays and repeated clicks on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;

  useLofte(kind, WEDNESDAY, (started) => ({ db, lofte } = started));
  beforeEach(async () => {
    await lofte.slack.settle();
    lofte.slack.reset();
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
    lofte.slack.users.set("U0EMMA", { tz: "Europe/London", locale: "en-GB" });
    lofte.slack.users.set("U0LEAD", { tz: "Europe/Stockholm", locale: "sv-SE" });
  });

  /** Sends the very same bytes, with the very same signature, three times. */
  async function thrice(body: string, contentType = "application/x-www-form-urlencoded") {
    const headers = { ...lofte.driver.sign(body), "content-type": contentType };
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await lofte.driver.post(body, headers));
    await lofte.slack.settle();
    return answers;
  }

  /** A promise of Anna's with a reminder she is answering, led by U0LEAD. */
  async function promise(task: string) {
    const answer = await lofte.driver.command({ text: `jag ${task} till Acme på fredag` });
    expect(String(answer.json?.text)).toMatch(/^Noterat/);
    const stored = await db.prisma.commitment.findFirstOrThrow({ where: { originalText: `jag ${task} till Acme på fredag` } });
    await db.prisma.commitment.update({ where: { id: stored.id }, data: { leadId: "U0LEAD" } });
    await lofte.slack.settle();
    lofte.slack.reset();
    return stored;
  }

  const click = (actionId: string, value: string, extra: Partial<Parameters<typeof blockAction>[0]> = {}) =>
    interactionBody(
      blockAction({
        actionId,
        value,
        messageTs: "1764061200.000100",
        channelId: "D0ANNA",
        responseUrl: lofte.slack.responseUrl(`r-${actionId}`),
        ...extra,
      }),
    );

  it("a slash command sent three times makes one promise, and the repeats get the first answer", async () => {
    const body = commandBody({ command: "/promise", text: "I'll send the report to Globex on Friday at 14:00", user_id: "U0EMMA" });
    const [first, second, third] = await thrice(body);
    expect(String(first.json?.text)).toMatch(/^Got it: you promise to send the report/);
    expect(second.json).toEqual(first.json);
    expect(third.json).toEqual(first.json);
    expect(await db.prisma.commitment.count({ where: { creatorId: "U0EMMA", customer: "Globex" } })).toBe(1);
  });

  it("Hinner inte sent three times, and pressed again, tells the lead once", async () => {
    const c = await promise("skickar kalkylen");
    await thrice(click("nudge_cant_make_it", c.id));
    await lofte.driver.interaction(
      blockAction({ actionId: "nudge_cant_make_it", value: c.id, responseUrl: lofte.slack.responseUrl("again") }),
    );
    await lofte.slack.settle();
    expect(await db.prisma.nudge.count({ where: { commitmentId: c.id, kind: "escalation" } })).toBe(1);
    await lofte.tick();
    expect(lofte.slack.callsTo("chat.postMessage").filter((m) => m.params.channel === "U0LEAD")).toHaveLength(1);
    expect(await db.prisma.commitmentEvent.count({ where: { commitmentId: c.id, kind: "cant_make_it" } })).toBe(1);
  });

  it("the follow-up button sent three times, and pressed again, books one follow-up", async () => {
    const c = await promise("skickar avtalet");
    await db.prisma.commitment.update({ where: { id: c.id }, data: { status: "done", completedAt: new Date(WEDNESDAY) } });
    await thrice(click("nudge_follow_up", `${c.id}:1w`));
    await lofte.driver.interaction(
      blockAction({ actionId: "nudge_follow_up", value: `${c.id}:2w`, responseUrl: lofte.slack.responseUrl("again") }),
    );
    await lofte.slack.settle();
    expect(await db.prisma.commitment.count({ where: { parentId: c.id } })).toBe(1);
  });

  it("a reassignment sent three times tells the new owner once, and snoozing three times is one snooze", async () => {
    const c = await promise("ringer Acme");
    await thrice(click("lead_reassign", "", { blockId: `lead:${c.id}`, selectedUser: "U0EMMA", userId: "U0LEAD" }));
    expect(lofte.slack.callsTo("chat.postMessage").filter((m) => m.params.channel === "U0EMMA")).toHaveLength(1);
    await thrice(click("nudge_snooze", "", { blockId: `owner:${c.id}`, selectedOption: "1h", userId: "U0EMMA" }));
    expect(await db.prisma.commitmentEvent.count({ where: { commitmentId: c.id, kind: "snooze" } })).toBe(1);
  });

  it("Spara under the when? question, sent three times and pressed again, stores one promise", async () => {
    const stateValues = {
      when: {
        deadline_date: { type: "datepicker", selected_date: "2026-11-27" },
        deadline_time: { type: "timepicker", selected_time: "15:00" },
      },
    };
    const spara = () =>
      blockAction({
        actionId: "deadline_save",
        value: "jag skickar prislistan till Scania",
        messageTs: "1764061200.000900",
        responseUrl: lofte.slack.responseUrl("spara"),
        stateValues,
      });
    await thrice(interactionBody(spara()));
    await lofte.driver.interaction(spara());
    await lofte.slack.settle();
    expect(await db.prisma.commitment.count({ where: { task: "skicka prislistan till Scania" } })).toBe(1);
  });

  it("a Track submission sent three times, and submitted again from the same modal, stores one promise", async () => {
    const submission = () =>
      viewSubmission({
        callbackId: "commitment_track_view",
        viewId: "V0TRACKONCE",
        privateMetadata: JSON.stringify({
          channelId: "C0SALES",
          messageTs: "1764061200.000300",
          text: "x",
          language: "sv",
          timeZone: "Europe/Stockholm",
        }),
        values: {
          owner: { owner: { type: "users_select", selected_user: "U0ANNA" } },
          task: { task: { type: "plain_text_input", value: "boka demo" } },
          customer: { customer: { type: "plain_text_input", value: "Ericsson" } },
          date: { date: { type: "datepicker", selected_date: "2026-11-27" } },
          time: { time: { type: "timepicker", selected_time: "14:00" } },
        },
      });
    await thrice(interactionBody(submission()));
    await lofte.driver.interaction(submission());
    await lofte.slack.settle();
    expect(await db.prisma.commitment.count({ where: { customer: "Ericsson" } })).toBe(1);
  });

  it("a new deadline sent three times moves it once, and tells the lead once", async () => {
    const c = await promise("skickar offerten");
    const body = interactionBody(
      viewSubmission({
        callbackId: "commitment_new_deadline_view",
        privateMetadata: JSON.stringify({
          commitmentId: c.id,
          language: "sv",
          timeZone: "Europe/Stockholm",
          channel: null,
          ts: null,
          by: "owner",
        }),
        values: {
          date: { date: { type: "datepicker", selected_date: "2026-12-01" } },
          time: { time: { type: "timepicker", selected_time: "12:00" } },
          note: { note: { type: "plain_text_input", value: null } },
        },
      }),
    );
    await thrice(body);
    expect(await db.prisma.commitmentEvent.count({ where: { commitmentId: c.id, kind: "more_time" } })).toBe(1);
    expect(lofte.slack.callsTo("chat.postMessage").filter((m) => m.params.channel === "U0LEAD")).toHaveLength(1);
  });

  it("/lofte digest nu sent three times posts once, and asking again within a minute gets a note", async () => {
    const [first] = await thrice(commandBody({ text: "digest nu", channel_id: "C0DIGEST" }));
    expect(String(first.json?.text)).toBe("Sammanfattningen är publicerad i kanalen.");
    expect(lofte.slack.callsTo("chat.postMessage").filter((m) => m.params.channel === "C0DIGEST")).toHaveLength(1);
    const again = await lofte.driver.command({ text: "digest nu", channel_id: "C0DIGEST" });
    expect(String(again.json?.text)).toBe("Sammanfattningen publicerades alldeles nyss. Be om den igen om en minut.");
    lofte.clock.set(new Date(new Date(WEDNESDAY).getTime() + 61_000));
    const later = await lofte.driver.command({ text: "digest nu", channel_id: "C0DIGEST" });
    expect(String(later.json?.text)).toBe("Sammanfattningen är publicerad i kanalen.");
    lofte.clock.set(WEDNESDAY);
  });
});
