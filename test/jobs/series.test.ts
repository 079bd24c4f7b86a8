import { beforeEach, describe, expect, it } from "vitest";
import { continueSeries } from "../../src/app/series.js";
import { assembleLofte } from "../../src/assemble.js";
import { loadConfig } from "../../src/config.js";
import { formatIsoWithOffset } from "../../src/domain/zoned-time.js";
import { changeCommitment } from "../../src/store/commitments.js";
import { openDatabase } from "../../src/store/database.js";
import { databaseKinds, type TestDatabase } from "../support/databases.js";
import { type Lofte, useLofte } from "../support/harness.js";
import { blockAction, viewSubmission } from "../support/slack-driver.js";

/**
 * Repeating promises: "varje fredag" records a series whose occurrences are promises of their
 * own; the next is made once when the latest is done or past, keeps its wall-clock time across
 * DST, moves off red days, and "Avsluta serien" stops it.
 */

// Monday 7 December 2026, 10:00 in Stockholm.
const MONDAY = "2026-12-07T09:00:00Z";

describe.each(databaseKinds())("repeating promises on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;
  let team = 0;
  let teamId = "";

  useLofte(kind, MONDAY, (started) => ({ db, lofte } = started));
  beforeEach(async () => {
    teamId = `T0SERIES${++team}`;
    lofte.clock.set(MONDAY);
    lofte.slack.reset();
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
    lofte.slack.users.set("U0BYSTANDER", { tz: "Europe/Stockholm", locale: "sv-SE" });
  });

  async function record(text: string) {
    const answer = await lofte.driver.command({ text, team_id: teamId });
    const first = await db.prisma.commitment.findFirstOrThrow({ where: { workspaceId: teamId, originalText: text } });
    return { answer, first, blocks: JSON.stringify(answer.json?.blocks ?? []) };
  }

  const occurrences = async (seriesId: string | null) =>
    (await db.prisma.commitment.findMany({ where: { workspaceId: teamId, seriesId }, orderBy: { dueAt: "asc" } })).map(
      (c) => `${formatIsoWithOffset(c.dueAt, "Europe/Stockholm")} ${c.status}`,
    );

  async function markDone(id: string) {
    const c = await db.prisma.commitment.findFirstOrThrow({ where: { id } });
    const at = lofte.clock.now();
    await changeCommitment(
      db.prisma,
      { workspaceId: teamId, id, expectedVersion: c.version },
      { status: "done", completedAt: at },
      { actorId: "U0ANNA", kind: "done", at },
    );
  }

  it("records a series, says how it repeats, and makes the next occurrence once when this one is done", async () => {
    const { answer, first, blocks } = await record("jag skickar veckorapporten till Acme varje fredag");
    expect(String(answer.json?.text)).toContain(
      "Noterat: du lovar att skicka veckorapporten till Acme — senast fredag 11 december kl 17:00.",
    );
    expect(blocks).toContain("Upprepas varje fredag");
    expect(blocks).toContain("series_end");
    expect(first.task).toBe("skicka veckorapporten till Acme");
    const series = await db.prisma.series.findFirstOrThrow({ where: { id: first.seriesId ?? "" } });
    expect(series).toMatchObject({ rule: "FREQ=WEEKLY;BYDAY=FR", repeatText: "varje fredag", endedAt: null });

    // Nothing new while this week's is open and ahead.
    await continueSeries(lofte.deps);
    expect(await occurrences(first.seriesId)).toEqual(["2026-12-11T17:00:00+01:00 open"]);

    await markDone(first.id);
    // Continued twice, as a retried tick or a second process would: one next occurrence.
    await Promise.all([continueSeries(lofte.deps), continueSeries(lofte.deps)]);
    await lofte.tick();
    expect(await occurrences(first.seriesId)).toEqual(["2026-12-11T17:00:00+01:00 done", "2026-12-18T17:00:00+01:00 open"]);
    // Lists show the repeat beside it.
    const list = await lofte.driver.command({ text: "lista", team_id: teamId });
    expect(JSON.stringify(list.json?.blocks)).toContain(":repeat: varje fredag");
    // The new one has reminders of its own.
    const next = await db.prisma.commitment.findFirstOrThrow({ where: { seriesId: first.seriesId, status: "open" } });
    expect(await db.prisma.nudge.count({ where: { commitmentId: next.id, state: "pending" } })).toBeGreaterThan(0);
  });

  it("makes the next one when a deadline passes unanswered, and the missed one stays on record", async () => {
    const { first } = await record("jag ringer Volvo varje onsdag kl 10");
    expect(await occurrences(first.seriesId)).toEqual(["2026-12-09T10:00:00+01:00 open"]);
    lofte.clock.set("2026-12-09T10:30:00+01:00");
    await lofte.tick();
    expect(await occurrences(first.seriesId)).toEqual(["2026-12-09T10:00:00+01:00 open", "2026-12-16T10:00:00+01:00 open"]);
  });

  it("keeps 09:00 across the spring DST switch", async () => {
    lofte.clock.set("2027-03-15T10:00:00+01:00");
    const { first } = await record("jag skickar lägesrapporten varje fredag kl 9");
    for (let week = 0; week < 3; week++) {
      const open = await db.prisma.commitment.findFirstOrThrow({ where: { seriesId: first.seriesId, status: "open" } });
      lofte.clock.set(new Date(open.dueAt.getTime() - 3_600_000));
      await markDone(open.id);
      await lofte.tick();
    }
    // Friday 26 March 2027 is långfredag (so Thursday 25th, still +01:00); the clocks go forward
    // on Sunday 28th; 2 and 9 April are at 09:00 in summer time (+02:00).
    expect(await occurrences(first.seriesId)).toEqual([
      "2027-03-19T09:00:00+01:00 done",
      "2027-03-25T09:00:00+01:00 done",
      "2027-04-02T09:00:00+02:00 done",
      "2027-04-09T09:00:00+02:00 open",
    ]);
  });

  it("moves a time that falls on a red day to the working day before, and says so", async () => {
    lofte.clock.set("2026-12-21T10:00:00+01:00");
    const { answer, first, blocks } = await record("jag skickar fakturaunderlaget varje fredag");
    expect(String(answer.json?.text)).toContain("senast onsdag 23 december kl 17:00");
    expect(blocks).toContain("25 december är en ledig dag, så den här gången gäller arbetsdagen före.");
    expect(first.occursOn).toBe("2026-12-25");
  });

  it("Avsluta serien stops it, keeps what is there, and a second click or a bystander changes nothing", async () => {
    const { first } = await record("I'll send the status report to Acme every Friday");
    const end = (userId: string, id: string) =>
      lofte.driver.interaction(
        blockAction({ actionId: "series_end", value: first.id, userId, teamId, responseUrl: lofte.slack.responseUrl(id) }),
      );
    expect((await end("U0BYSTANDER", "bystander")).status).toBe(200);
    expect(JSON.stringify(await lofte.slack.waitForResponse("bystander"))).not.toContain("avslutad");
    expect((await db.prisma.series.findFirstOrThrow({ where: { id: first.seriesId ?? "" } })).endedAt).toBeNull();

    await end("U0ANNA", "end");
    // Anna's Slack is in Swedish: she is answered in Swedish, whatever the promise was written in.
    expect(JSON.stringify(await lofte.slack.waitForResponse("end"))).toContain("Serien är avslutad");
    await end("U0ANNA", "again");
    expect(JSON.stringify(await lofte.slack.waitForResponse("again"))).toContain("Den serien är redan avslutad.");

    await markDone(first.id);
    await lofte.tick();
    expect(await occurrences(first.seriesId)).toEqual(["2026-12-11T17:00:00+01:00 done"]);
  });

  it("ends a series from the list's menu too, and the list says so above itself", async () => {
    const { first } = await record("jag skickar fakturaunderlaget till Volvo varje fredag");
    const list = await lofte.driver.command({ text: "lista", team_id: teamId });
    type Item = { block_id?: string; accessory?: { options: { value: string }[] } };
    const item = ((list.json?.blocks ?? []) as Item[]).find((b) => b.block_id === `item:${first.id}`);
    const end = item?.accessory?.options.find((o) => o.value.startsWith("endSeries|"))?.value;
    expect(end).toBeDefined();
    await lofte.driver.interaction(
      blockAction({
        actionId: "list_item_menu",
        blockId: item?.block_id,
        selectedOption: end,
        teamId,
        responseUrl: lofte.slack.responseUrl("list-end"),
      }),
    );
    const redrawn = JSON.stringify(await lofte.slack.waitForResponse("list-end"));
    expect(redrawn).toContain("Serien är avslutad");
    expect(redrawn).toContain("skicka fakturaunderlaget till Volvo");
    expect((await db.prisma.series.findFirstOrThrow({ where: { id: first.seriesId ?? "" } })).endedAt).not.toBeNull();
  });

  it("changes the rule in the edit modal from the next time on, refuses a rule it cannot read, and ends the series when cleared", async () => {
    const { first } = await record("jag skickar veckorapporten till Acme varje fredag");
    type Modal = { callback_id: string; private_metadata: string; blocks: unknown[] };
    const openEdit = async (id: string) => {
      lofte.slack.reset();
      await lofte.driver.interaction(
        blockAction({ actionId: "commitment_edit", value: id, teamId, responseUrl: lofte.slack.responseUrl(`edit-${id}`) }),
      );
      return (await lofte.slack.waitFor("views.open")).params.view as Modal;
    };
    const save = (view: Modal, day: string, repeat: string) =>
      lofte.driver.interaction(
        viewSubmission({
          callbackId: view.callback_id,
          privateMetadata: view.private_metadata,
          teamId,
          values: {
            owner: { owner: { type: "users_select", selected_user: "U0ANNA" } },
            task: { task: { type: "plain_text_input", value: "skicka veckorapporten till Acme" } },
            date: { date: { type: "datepicker", selected_date: day } },
            time: { time: { type: "timepicker", selected_time: "17:00" } },
            repeat: { repeat: { type: "plain_text_input", value: repeat } },
          },
        }),
      );
    const view = await openEdit(first.id);
    expect(JSON.stringify(view.blocks)).toContain('"initial_value":"varje fredag"');
    const unreadable = await save(view, "2026-12-11", "när andan faller på");
    expect(unreadable.json).toMatchObject({
      response_action: "errors",
      errors: { repeat: expect.stringContaining("Jag förstår inte hur det ska upprepas") },
    });
    expect((await db.prisma.series.findFirstOrThrow({ where: { id: first.seriesId ?? "" } })).rule).toBe("FREQ=WEEKLY;BYDAY=FR");

    await save(view, "2026-12-11", "varje måndag");
    expect(await db.prisma.series.findFirstOrThrow({ where: { id: first.seriesId ?? "" } })).toMatchObject({
      rule: "FREQ=WEEKLY;BYDAY=MO",
      repeatText: "varje måndag",
    });
    await markDone(first.id);
    await lofte.tick();
    expect(await occurrences(first.seriesId)).toEqual(["2026-12-11T17:00:00+01:00 done", "2026-12-14T17:00:00+01:00 open"]);

    // Cleared: the series ends; the open time stays.
    const next = await db.prisma.commitment.findFirstOrThrow({ where: { seriesId: first.seriesId, status: "open" } });
    await save(await openEdit(next.id), "2026-12-14", "");
    expect((await db.prisma.series.findFirstOrThrow({ where: { id: first.seriesId ?? "" } })).endedAt).not.toBeNull();
    expect(await occurrences(first.seriesId)).toEqual(["2026-12-11T17:00:00+01:00 done", "2026-12-14T17:00:00+01:00 open"]);
  });

  it("Ångra on the confirmation takes the whole series back: no next time is made", async () => {
    const { first, answer } = await record("jag skickar veckorapporten till Volvo varje fredag");
    const undo = JSON.stringify(answer.json?.blocks).includes("commitment_undo");
    expect(undo).toBe(true);
    await lofte.driver.interaction(
      blockAction({ actionId: "commitment_undo", value: first.id, userId: "U0ANNA", teamId, responseUrl: lofte.slack.responseUrl("undo") }),
    );
    await lofte.slack.waitForResponse("undo");
    await lofte.tick();
    expect(await occurrences(first.seriesId)).toEqual(["2026-12-11T17:00:00+01:00 cancelled"]);
    expect((await db.prisma.series.findFirstOrThrow({ where: { id: first.seriesId ?? "" } })).endedAt).not.toBeNull();
  });

  it.runIf(kind === "postgresql")("two processes continuing the same series at once make one next occurrence", async () => {
    const { first } = await record("jag skickar veckorapporten till Scania varje torsdag");
    await markDone(first.id);
    const second = await openDatabase({ url: db.url });
    try {
      const config = loadConfig({ SLACK_BOT_TOKEN: "xoxb-series", SLACK_SIGNING_SECRET: "x", SLACK_API_URL: lofte.slack.apiUrl });
      const other = assembleLofte(config, second, { clock: lofte.clock.now, sendGapMs: 0 }).deps;
      await Promise.all([continueSeries(lofte.deps), continueSeries(other)]);
    } finally {
      await second.close();
    }
    expect(await occurrences(first.seriesId)).toEqual(["2026-12-10T17:00:00+01:00 done", "2026-12-17T17:00:00+01:00 open"]);
  });
});
