import { beforeEach, describe, expect, it } from "vitest";
import { databaseKinds, type TestDatabase } from "../support/databases.js";
import { type Lofte, useLofte } from "../support/harness.js";
import { viewSubmission } from "../support/slack-driver.js";

type View = {
  callback_id: string;
  private_metadata: string;
  submit?: unknown;
  close?: { text: string };
  blocks: { block_id?: string; text?: { text: string } }[];
};

const option = (value: string) => ({ value, text: { type: "plain_text", text: value } });

function values(overrides: Record<string, Record<string, unknown>> = {}) {
  const base: Record<string, Record<string, unknown>> = {
    language: { type: "static_select", selected_option: option("en") },
    // As typed, in lower case: stored as the IANA database spells it.
    time_zone: { type: "plain_text_input", value: "america/new_york" },
    deadline_time: { type: "timepicker", selected_time: "16:00" },
    working_days: { type: "checkboxes", selected_options: ["1", "2", "3", "4"].map(option) },
    work_start: { type: "timepicker", selected_time: "09:00" },
    work_end: { type: "timepicker", selected_time: "17:00" },
    default_lead: { type: "users_select", selected_user: "U0LEAD" },
    channel_lead: { type: "users_select", selected_user: "U0BOB" },
    digest: { type: "checkboxes", selected_options: [option("on")] },
    digest_day: { type: "static_select", selected_option: option("2") },
    digest_time: { type: "timepicker", selected_time: "10:00" },
    suggestions: { type: "checkboxes", selected_options: [option("on")] },
    ...overrides,
  };
  return Object.fromEntries(Object.entries(base).map(([id, v]) => [id, { [id]: v }]));
}

describe.each(databaseKinds())("settings on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;
  let team = 0;
  let teamId = "";

  useLofte(kind, "2026-11-25T09:00:00Z", (started) => ({ db, lofte } = started));
  beforeEach(async () => {
    teamId = `T0SET${++team}`;
    await lofte.slack.settle();
    lofte.slack.reset();
    lofte.slack.users.set("U0ADMIN", { tz: "Europe/Stockholm", locale: "sv-SE", isAdmin: true });
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
  });

  async function open(user: string): Promise<View> {
    const answer = await lofte.driver.command({ text: "inställningar", user_id: user, team_id: teamId });
    expect(answer.status).toBe(200);
    return (await lofte.slack.waitFor("views.open")).params.view as View;
  }

  it("lets an admin change the workspace's and the channel's settings", async () => {
    const view = await open("U0ADMIN");
    expect(view.submit).toBeDefined();
    const saved = await lofte.driver.interaction(
      viewSubmission({ callbackId: view.callback_id, privateMetadata: view.private_metadata, values: values(), userId: "U0ADMIN", teamId }),
    );
    // The modal says it is saved, and shows the settings as they are now.
    expect(saved.json?.response_action).toBe("update");
    const after = saved.json?.view as { blocks: { text?: { text: string } }[]; submit?: unknown };
    const shown = after.blocks.map((b) => b.text?.text ?? "");
    expect(shown[0]).toBe(":white_check_mark: Sparat. Så här är det inställt nu:");
    expect(shown[1]).toContain("Tidszon: America/New_York\nKlockslag när bara en dag anges: 16:00");
    expect(shown[3]).toBe("*Kanalen <#C0SALES>*\nAnsvarig för kanalen: <@U0BOB>\nVeckosammanfattning: tisdag 10:00\nFörslag: på");
    expect(after.submit).toBeUndefined();
    expect(await db.prisma.workspace.findUniqueOrThrow({ where: { id: teamId } })).toMatchObject({
      language: "en",
      timeZone: "America/New_York",
      defaultDeadlineTime: "16:00",
      workingDays: [1, 2, 3, 4],
      workdayStart: "09:00",
      workdayEnd: "17:00",
      defaultLeadId: "U0LEAD",
    });
    expect(
      await db.prisma.channelSettings.findUniqueOrThrow({
        where: { workspaceId_channelId: { workspaceId: teamId, channelId: "C0SALES" } },
      }),
    ).toMatchObject({
      leadId: "U0BOB",
      digestEnabled: true,
      digestWeekday: 2,
      digestTime: "10:00",
      suggestionsEnabled: true,
    });
  });

  it("counts working days by the red days the workspace chose: Norway's, with the eves worked", async () => {
    const view = await open("U0ADMIN");
    const swedish = view.blocks.find((b) => b.block_id === "red_days") as unknown as { element: { initial_option: { value: string } } };
    expect(swedish.element.initial_option.value).toBe("SE");
    await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        userId: "U0ADMIN",
        teamId,
        values: values({
          language: { type: "static_select", selected_option: option("sv") },
          time_zone: { type: "plain_text_input", value: "Europe/Stockholm" },
          working_days: { type: "checkboxes", selected_options: ["1", "2", "3", "4", "5"].map(option) },
          red_days: { type: "static_select", selected_option: option("NO") },
          eves_off: { type: "checkboxes", selected_options: [] },
        }),
      }),
    );
    expect(await db.prisma.workspace.findUniqueOrThrow({ where: { id: teamId } })).toMatchObject({ holidayCountry: "NO", evesOff: false });
    // Wednesday 23 December: with julafton worked, the next working day is Thursday the 24th (in Sweden's default, Monday the 28th).
    lofte.clock.set("2026-12-23T09:00:00Z");
    const answer = await lofte.driver.command({
      text: "jag skickar offerten till Acme nästa arbetsdag",
      user_id: "U0ADMIN",
      team_id: teamId,
    });
    expect(String(answer.json?.text)).not.toContain("julafton");
    const saved = await db.prisma.commitment.findFirstOrThrow({ where: { workspaceId: teamId } });
    expect(saved.dueAt?.toISOString()).toBe("2026-12-24T15:00:00.000Z");
    lofte.slack.reset();
    const reopened = await open("U0ADMIN");
    const norway = reopened.blocks.find((b) => b.block_id === "red_days") as unknown as {
      element: { initial_option: { value: string; text: { text: string } } };
    };
    expect(norway.element.initial_option.text.text).toBe("Norge");
    // Those who may only look are told the eves are worked, not left to guess.
    lofte.slack.reset();
    const readOnly = await open("U0ANNA");
    expect(readOnly.blocks.map((b) => b.text?.text ?? "").join("\n")).toContain(
      "Röda dagar: Norge (aftnar som är arbetsdagar: julafton och nyårsafton)",
    );
  });

  it("refuses a country it has no calendar for, field by field", async () => {
    const view = await open("U0ADMIN");
    const refused = await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        userId: "U0ADMIN",
        teamId,
        values: values({ red_days: { type: "static_select", selected_option: option("XX") } }),
      }),
    );
    expect(refused.json).toEqual({ response_action: "errors", errors: { red_days: "Välj ett land i listan." } });
    expect((await db.prisma.workspace.findUniqueOrThrow({ where: { id: teamId } })).holidayCountry).toBe("SE");
  });

  it("shows the settings read-only to others, and refuses a crafted save", async () => {
    const view = await open("U0ANNA");
    expect(view.submit).toBeUndefined();
    expect(view.close?.text).toBe("Stäng");
    expect(view.blocks[0].text?.text).toContain("Bara administratörer och ansvariga");
    expect(view.blocks.map((b) => b.text?.text ?? "").join("\n")).toContain(
      "Röda dagar: Sverige (lediga aftnar: midsommarafton, julafton och nyårsafton)",
    );
    const adminView = await open("U0ADMIN");
    const refused = await lofte.driver.interaction(
      viewSubmission({
        callbackId: adminView.callback_id,
        privateMetadata: adminView.private_metadata,
        values: values(),
        userId: "U0ANNA",
        teamId,
      }),
    );
    expect(refused.json?.response_action).toBe("errors");
    expect((await db.prisma.workspace.findUniqueOrThrow({ where: { id: teamId } })).timeZone).toBe("Europe/Stockholm");
  });

  it("turns a channel's digest and suggestions on only for admins and leads", async () => {
    // Nobody leads this channel or workspace yet: only admins may.
    expect(String((await lofte.driver.command({ text: "digest på", user_id: "U0ANNA", team_id: teamId })).json?.text)).toBe(
      "Bara administratörer kan ändra det här.",
    );
    expect(String((await lofte.driver.command({ text: "förslag på", user_id: "U0ANNA", team_id: teamId })).json?.text)).toBe(
      "Bara administratörer kan ändra det här.",
    );
    // A word Lofte does not know after "digest" gets the usage line, not a refusal.
    expect(String((await lofte.driver.command({ text: "digest på blabla", user_id: "U0ANNA", team_id: teamId })).json?.text)).toMatch(
      /^`\/lofte digest/,
    );
    expect(await db.prisma.channelSettings.count({ where: { workspaceId: teamId } })).toBe(0);
    expect(String((await lofte.driver.command({ text: "digest på", user_id: "U0ADMIN", team_id: teamId })).json?.text)).toContain(
      "måndagar kl 09:00",
    );
  });

  it("takes a city for the time zone ('Stockholm', 'new york')", async () => {
    const view = await open("U0ADMIN");
    const saved = await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: values({ time_zone: { type: "plain_text_input", value: "new york" } }),
        userId: "U0ADMIN",
        teamId,
      }),
    );
    expect(saved.json?.response_action).toBe("update");
    expect((await db.prisma.workspace.findUniqueOrThrow({ where: { id: teamId } })).timeZone).toBe("America/New_York");
  });

  it("lets the channel's lead change settings, and explains bad values field by field", async () => {
    await db.prisma.workspace.upsert({ where: { id: teamId }, update: {}, create: { id: teamId, updatedAt: new Date() } });
    await db.prisma.channelSettings.create({ data: { workspaceId: teamId, channelId: "C0SALES", leadId: "U0ANNA" } });
    const view = await open("U0ANNA");
    expect(view.submit).toBeDefined();
    const bad = await lofte.driver.interaction(
      viewSubmission({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        userId: "U0ANNA",
        teamId,
        values: values({
          time_zone: { type: "plain_text_input", value: "Mars/Olympus" },
          work_end: { type: "timepicker", selected_time: "08:00" },
          working_days: { type: "checkboxes", selected_options: [] },
          default_lead: { type: "users_select", selected_user: null },
        }),
      }),
    );
    expect(bad.json).toEqual({
      response_action: "errors",
      errors: {
        time_zone: "Skriv en stad som Stockholm, eller en tidszon som Europe/Stockholm.",
        work_end: "Arbetsdagen måste sluta efter att den börjar.",
        working_days: "Välj minst en arbetsdag.",
      },
    });
  });
});
