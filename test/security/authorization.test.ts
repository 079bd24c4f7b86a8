import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, openTestDatabase, type TestDatabase } from "../support/databases.js";
import { type Lofte, startLofte } from "../support/harness.js";
import {
  ALLOWED,
  actionsSince,
  blockTexts,
  type Case,
  type Cast,
  castFor,
  expectRefusal,
  expectUnchanged,
  handled,
  languageOf,
  mark,
  NOT_ALLOWED,
  newCase,
  nextTag,
  promiseOf,
  promisesOf,
  REFUSED,
  type Role,
  type Snapshot,
  SURFACES,
  type SurfaceId,
  snapshot,
} from "../support/security.js";
import { blockAction, viewSubmission } from "../support/slack-driver.js";

/**
 * Who may change a promise, action by action: the owner, the creator, the promise's lead, the
 * channel's lead, the workspace's default lead and a workspace admin may; anyone else gets a
 * polite refusal in their own language, and nothing changes (the promise, its audit trail, its
 * reminders, Slack). Every surface has a workspace of its own; each allowed case has a promise
 * of its own, and the refused share one, which must stay as it was.
 */

// Wednesday 25 November 2026, 10:00 in Stockholm.
const WEDNESDAY = "2026-11-25T09:00:00Z";

/**
 * Waits for what the app does last after the change (`done`: a message updated, a reply, a
 * Home tab), then checks that the promise changed once, by the actor, recorded as `kind`.
 */
async function recorded(c: Case, before: Snapshot, kind: string, done: Promise<unknown>): Promise<Snapshot> {
  await done;
  const after = await snapshot(c.lofte, c.promise.id);
  expect(after.events.slice(before.events.length)).toEqual([`${kind} by ${c.actor}`]);
  expect(after.commitment.version).toBe(before.commitment.version + 1);
  return after;
}

/** The reminder (or alert) the click came from, as the app redrew it. */
async function redrawn(c: Case): Promise<string> {
  const update = await c.lofte.slack.waitFor("chat.update", (u) => u.params.ts === c.ts && u.params.channel === c.dm);
  return String(update.params.text);
}

const replied = (c: Case) => c.lofte.slack.waitForResponse(c.responseId);

/** Waits for the modal opened with the case's trigger; checks it is about this promise. */
async function modalOpened(c: Case, callbackId: string): Promise<Record<string, unknown>> {
  const opened = await c.lofte.slack.waitFor("views.open", (call) => call.params.trigger_id === c.triggerId);
  const view = opened.params.view as { callback_id: string; private_metadata: string };
  expect(view.callback_id).toBe(callbackId);
  const metadata = JSON.parse(view.private_metadata) as Record<string, unknown>;
  expect(metadata.commitmentId).toBe(c.promise.id);
  return metadata;
}

const pending = (s: Snapshot) => s.nudges.filter((n) => n.endsWith(": pending"));

/** What each surface does for those who may use it: waits for it, and checks it. */
const EFFECTS: Record<SurfaceId, (c: Case, before: Snapshot) => Promise<void>> = {
  async done(c, before) {
    const reminder = redrawn(c);
    const after = await recorded(c, before, "done", reminder);
    expect(after.commitment).toMatchObject({ status: "done", completedAt: "2026-11-25T09:00:00.000Z" });
    expect(pending(after)).toEqual([]);
    expect(await reminder).toContain("*Klart:* skicka offerten till Acme");
  },
  async onTrack(c, before) {
    const after = await recorded(c, before, "on_track", redrawn(c));
    expect(after.commitment).toMatchObject({ status: "open", lastAnswer: "on_track", dueAt: before.commitment.dueAt });
  },
  async snooze(c, before) {
    const after = await recorded(c, before, "snooze", redrawn(c));
    expect(after.commitment.snoozedUntil).toBe("2026-11-25T10:00:00.000Z");
  },
  async cantMakeIt(c, before) {
    const after = await recorded(c, before, "cant_make_it", redrawn(c));
    expect(after.commitment.lastAnswer).toBe("cant_make_it");
    // The lead hears at once.
    expect(pending(after)).toContain("escalation at 2026-11-25T09:00:00.000Z: pending");
  },
  async moreTime(c, before) {
    expect(await modalOpened(c, "commitment_new_deadline_view")).toMatchObject({ by: "owner" });
    await expectUnchanged(c.lofte, c.promise.id, before);
  },
  async edit(c, before) {
    expect(await modalOpened(c, "commitment_edit_view")).toMatchObject({ version: before.commitment.version });
    await expectUnchanged(c.lofte, c.promise.id, before);
  },
  async undo(c, before) {
    const reply = replied(c);
    const after = await recorded(c, before, "cancelled", reply);
    expect(after.commitment.status).toBe("cancelled");
    expect(pending(after)).toEqual([]);
    expect(String((await reply).text)).toBe("Ångrat: löftet att skicka offerten till Acme är struket.");
  },
  async listDone(c, before) {
    const list = replied(c);
    expect((await recorded(c, before, "done", list)).commitment.status).toBe("done");
    // The list is drawn again without the kept promise.
    expect(await list).toMatchObject({ replace_original: true });
    expect(JSON.stringify(await list)).not.toContain(`item:${c.promise.id}`);
  },
  async listSnooze(c, before) {
    expect((await recorded(c, before, "snooze", replied(c))).commitment.snoozedUntil).toBe("2026-11-25T10:00:00.000Z");
  },
  async homeDone(c, before) {
    const home = c.lofte.slack.waitFor("views.publish", (p) => p.params.user_id === c.actor);
    expect((await recorded(c, before, "done", home)).commitment.status).toBe("done");
  },
  async followUp(c) {
    expect(await redrawn(c)).toContain("Uppföljning bokad");
    const followUp = await c.lofte.db.prisma.commitment.findFirstOrThrow({ where: { parentId: c.promise.id } });
    expect(followUp).toMatchObject({
      workspaceId: c.cast.teamId,
      task: "följa upp med Acme",
      ownerId: c.cast.people.owner,
      creatorId: c.actor,
      status: "open",
    });
  },
  async pingOwner(c, before) {
    const reply = await c.lofte.slack.waitForResponse(c.responseId);
    expect(reply).toMatchObject({ response_type: "ephemeral", text: `Jag påminner <@${c.cast.people.owner}> strax.` });
    const after = await snapshot(c.lofte, c.promise.id);
    // One reminder more, due now; the promise itself is as it was.
    expect([...after.nudges].sort()).toEqual([...before.nudges, "due_soon at 2026-11-25T09:00:00.000Z: pending"].sort());
    expect(after.commitment).toEqual(before.commitment);
  },
  async tellCustomer(c, before) {
    expect((await recorded(c, before, "customer_informed", redrawn(c))).commitment.customerInformed).toBe(true);
  },
  async reassign(c, before) {
    expect((await recorded(c, before, "reassign", redrawn(c))).commitment.ownerId).toBe(c.cast.newOwner);
    const told = actionsSince(c.lofte, c.since).filter((m) => m.method === "chat.postMessage" && m.params.channel === c.cast.newOwner);
    expect(told.map((m) => String(m.params.text))).toEqual([expect.stringContaining(`<@${c.actor}> gave you a promise`)]);
  },
  async moveDeadline(c, before) {
    expect(await modalOpened(c, "commitment_new_deadline_view")).toMatchObject({ by: "lead" });
    await expectUnchanged(c.lofte, c.promise.id, before);
  },
  async editView(c, before) {
    const after = await recorded(c, before, "edited", Promise.resolve());
    expect(after.commitment).toMatchObject({ task: "skicka den nya offerten", dueAt: before.commitment.dueAt, hasTime: false });
  },
  async newDeadlineView(c, before) {
    const after = await recorded(c, before, "more_time", redrawn(c));
    expect(after.commitment).toMatchObject({ dueAt: "2026-11-30T11:00:00.000Z", hasTime: true });
    // The reminders follow the new deadline: no "is it done?" on Friday, no "overdue" on Monday morning.
    expect(before.nudges).toContain("due_soon at 2026-11-27T08:00:00.000Z: pending");
    expect(pending(after)).not.toContain("due_soon at 2026-11-27T08:00:00.000Z: pending");
    expect(pending(after)).not.toContain("overdue at 2026-11-30T07:00:00.000Z: pending");
  },
  async reaction(c, before) {
    expect((await recorded(c, before, "done", redrawn(c))).commitment.status).toBe("done");
  },
};

/** The settings form filled in: the workspace moves to New York; the leads are `leads`. `channelOnly`: the channel's part, as a channel's lead sees the form. */
function settingsValues(leads: { defaultLead: string; channelLead: string }, channelOnly = false) {
  const option = (value: string) => ({ value, text: { type: "plain_text", text: value } });
  const fields: Record<string, Record<string, unknown>> = {
    language: { type: "static_select", selected_option: option("sv") },
    time_zone: { type: "plain_text_input", value: "America/New_York" },
    deadline_time: { type: "timepicker", selected_time: "16:00" },
    working_days: { type: "checkboxes", selected_options: ["1", "2", "3", "4", "5"].map(option) },
    work_start: { type: "timepicker", selected_time: "08:00" },
    work_end: { type: "timepicker", selected_time: "18:00" },
    default_lead: { type: "users_select", selected_user: leads.defaultLead },
    channel_lead: { type: "users_select", selected_user: leads.channelLead },
    digest: { type: "checkboxes", selected_options: [option("on")] },
    digest_day: { type: "static_select", selected_option: option("1") },
    digest_time: { type: "timepicker", selected_time: "09:00" },
    suggestions: { type: "checkboxes", selected_options: [] },
  };
  const workspace = ["language", "time_zone", "deadline_time", "working_days", "work_start", "work_end", "default_lead"];
  const kept = Object.entries(fields).filter(([id]) => !channelOnly || !workspace.includes(id));
  return Object.fromEntries(kept.map(([id, v]) => [id, { [id]: v }]));
}

/** Those who may change the workspace's settings (and every channel's). */
const SETTINGS_ALLOWED = ["admin", "default lead"] as const;
const SETTINGS_REFUSED = ["bystander (sv)", "bystander (en)", "lead of another channel"] as const;
const SETTINGS_REFUSAL = {
  sv: "Bara administratörer och ansvariga kan ändra inställningarna.",
  en: "Only admins and leads can change settings.",
} as const;

describe.each(databaseKinds())("who may change a promise or the settings, on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    // At info level Lofte logs each request when it is done with it: the tests wait for that.
    lofte = await startLofte(db, WEDNESDAY, { LOG_LEVEL: "info" });
  });
  afterAll(async () => {
    await lofte?.slack.settle();
    await lofte?.stop();
    await db?.close();
  });

  for (const surface of SURFACES) {
    describe(surface.name, () => {
      let cast: Cast;
      /** The promise the refused try to change (they never do, so they share it), and how it was. */
      let untouchable: Case;
      let untouched: Snapshot;

      /** The cases of those allowed, each with a promise of its own, made ahead in one go. */
      const allowedCases = new Map<Role, Case>();

      beforeAll(async () => {
        cast = await castFor(lofte, nextTag("AUTH"));
        const [shared, ...own] = await promisesOf(lofte, cast, 1 + ALLOWED.length);
        untouchable = newCase(lofte, cast, shared, cast.people.owner);
        await surface.prepare?.(untouchable);
        untouched = await snapshot(lofte, shared.id);
        for (const [i, role] of ALLOWED.entries()) {
          const c = newCase(lofte, cast, own[i], cast.people[role]);
          await surface.prepare?.(c);
          allowedCases.set(role, c);
        }
      });

      it.each(ALLOWED)("is allowed for the %s", async (role) => {
        const c: Case = { ...(allowedCases.get(role) as Case), since: mark(lofte) };
        const before = await snapshot(lofte, c.promise.id);
        expect((await surface.send(c)).status).toBe(200);
        await handled(lofte, c.since, c.actor);
        await EFFECTS[surface.id](c, before);
      });

      it.each(REFUSED)("is politely refused to the %s, and nothing changes", async (role) => {
        const c: Case = { ...newCase(lofte, cast, untouchable.promise, cast.people[role]), dm: untouchable.dm, ts: untouchable.ts };
        const answer = await surface.send(c);
        expect(answer.status).toBe(200);
        await handled(lofte, c.since, c.actor);
        await expectRefusal(c, surface, answer, NOT_ALLOWED[languageOf(role)]);
        await expectUnchanged(lofte, c.promise.id, untouched);
      });
    });
  }

  describe("the settings", () => {
    async function settingsRows(cast: Cast) {
      return {
        workspace: await db.prisma.workspace.findUniqueOrThrow({
          where: { id: cast.teamId },
          select: { timeZone: true, defaultLeadId: true, language: true, defaultDeadlineTime: true },
        }),
        channels: await db.prisma.channelSettings.findMany({
          where: { workspaceId: cast.teamId },
          orderBy: { channelId: "asc" },
          select: { channelId: true, leadId: true, digestEnabled: true, suggestionsEnabled: true },
        }),
      };
    }

    /** A command as the person would type it: English readers use /promise. */
    const command = (cast: Cast, user: string, text: string, language: "sv" | "en" = "sv") =>
      lofte.driver.command({
        command: language === "en" ? "/promise" : "/lofte",
        text,
        user_id: user,
        team_id: cast.teamId,
        channel_id: cast.channelId,
        trigger_id: `trigger-${cast.tag}`,
      });

    const submit = (
      cast: Cast,
      user: string,
      leads = { defaultLead: cast.people["default lead"], channelLead: cast.people["channel lead"] },
      channelOnly = false,
    ) =>
      lofte.driver.interaction(
        viewSubmission({
          callbackId: "settings_view",
          privateMetadata: JSON.stringify({ channelId: cast.channelId, language: "sv" }),
          values: settingsValues(leads, channelOnly),
          userId: user,
          teamId: cast.teamId,
        }),
      );

    it.each(SETTINGS_ALLOWED)("the %s gets an editable form, and saving it changes the settings", async (role) => {
      const cast = await castFor(lofte, nextTag("SET"));
      const actor = cast.people[role];
      expect((await command(cast, actor, "inställningar")).status).toBe(200);
      const opened = await lofte.slack.waitFor("views.open", (c) => c.params.trigger_id === `trigger-${cast.tag}`);
      expect((opened.params.view as { submit?: unknown }).submit).toBeDefined();

      const saved = await submit(cast, actor);
      expect(saved.status).toBe(200);
      expect(saved.json?.response_action, "saved, and the modal says so").toBe("update");
      expect((await settingsRows(cast)).workspace.timeZone).toBe("America/New_York");
      expect(String((await command(cast, actor, "förslag på")).json?.text)).toContain(`<#${cast.channelId}>`);
      expect((await settingsRows(cast)).channels.find((ch) => ch.channelId === cast.channelId)?.suggestionsEnabled).toBe(true);
    });

    it.each(SETTINGS_REFUSED)("the %s sees the settings read-only, and a crafted save or command is refused", async (role) => {
      const cast = await castFor(lofte, nextTag("SET"));
      const actor = cast.people[role];
      const language = languageOf(role);
      const before = await settingsRows(cast);

      await command(cast, actor, language === "en" ? "settings" : "inställningar", language);
      const opened = await lofte.slack.waitFor("views.open", (c) => c.params.trigger_id === `trigger-${cast.tag}`);
      const view = opened.params.view as { submit?: unknown; blocks: unknown };
      expect(view.submit).toBeUndefined();
      expect(blockTexts(view.blocks)[0]).toBe(
        language === "en"
          ? "Only admins and leads can change settings. This is how they are now:"
          : "Bara administratörer och ansvariga kan ändra inställningarna. Så här ser de ut nu:",
      );

      expect((await submit(cast, actor)).json).toEqual({ response_action: "errors", errors: { time_zone: SETTINGS_REFUSAL[language] } });
      const changes =
        language === "en"
          ? ["digest on", "digest off", "suggestions on", "suggestions off"]
          : ["digest på", "digest av", "förslag på", "förslag av"];
      // A command names who may make the change instead.
      const { "channel lead": channelLead, "default lead": defaultLead } = cast.people;
      const onlyThese =
        language === "en"
          ? `Only <@${channelLead}> (the channel's lead), <@${defaultLead}> (the workspace lead) and admins can change this.`
          : `Bara <@${channelLead}> (ansvarig för kanalen), <@${defaultLead}> (ansvarig för arbetsplatsen) och administratörer kan ändra det här.`;
      for (const text of changes) {
        expect(String((await command(cast, actor, text, language)).json?.text), text).toBe(onlyThese);
      }
      expect(await settingsRows(cast)).toEqual(before);
    });

    it("lets only an admin export every promise of the workspace", async () => {
      const cast = await castFor(lofte, nextTag("SET"));
      await promiseOf(lofte, cast);
      for (const role of ["default lead", "channel lead", "owner", "bystander (en)"] as const) {
        const since = mark(lofte);
        const refused = await command(cast, cast.people[role], "export", languageOf(role));
        expect(String(refused.json?.text), role).toBe(
          role === "bystander (en)"
            ? "Only workspace admins can export every promise."
            : "Bara arbetsplatsens administratörer kan exportera alla löften.",
        );
        await handled(lofte, since, cast.people[role]);
        expect(actionsSince(lofte, since).map((c) => c.method)).toEqual([]);
      }
      const since = mark(lofte);
      const started = await command(cast, cast.people.admin, "export");
      expect(String(started.json?.text)).toBe("Jag tar fram exporten och skickar den som CSV-filer i ett DM om en liten stund.");
      const shared = await lofte.slack.waitFor("files.completeUploadExternal", (c) => lofte.slack.calls.indexOf(c) >= since.calls);
      expect(JSON.stringify(shared.params)).toContain("Här är exporten: 1 löften");
    });

    it("lets a channel's lead change that channel's settings, and only the workspace's lead or an admin the workspace's", async () => {
      const cast = await castFor(lofte, nextTag("SET"));
      const channelLead = cast.people["channel lead"];
      await command(cast, channelLead, "inställningar");
      const opened = await lofte.slack.waitFor("views.open", (c) => c.params.trigger_id === `trigger-${cast.tag}`);
      const view = opened.params.view as { submit?: unknown; blocks: { block_id?: string }[] };
      expect(view.submit).toBeDefined();
      expect(blockTexts(view.blocks)[0]).toBe(
        "Du kan ändra kanalens inställningar. Arbetsplatsens inställningar ändras av administratörer och arbetsplatsens ansvarig:",
      );
      // The workspace's part is shown as text: no time zone or working hours to change.
      expect(view.blocks.map((b) => b.block_id)).not.toContain("time_zone");
      expect(view.blocks.map((b) => b.block_id)).toContain("digest");

      const saved = await submit(cast, channelLead, { defaultLead: cast.people["default lead"], channelLead }, true);
      expect(saved.json?.response_action, "saved, and the modal says so").toBe("update");
      const rows = await settingsRows(cast);
      expect(rows.channels.find((ch) => ch.channelId === cast.channelId)?.digestEnabled).toBe(true);
      expect(rows.workspace.timeZone).toBe("Europe/Stockholm");
    });

    it("does not let a channel's lead change the workspace's settings or make themselves the lead of the whole workspace", async () => {
      const cast = await castFor(lofte, nextTag("SET"));
      const channelLead = cast.people["channel lead"];
      const before = await settingsRows(cast);
      const refused = await submit(cast, channelLead, { defaultLead: channelLead, channelLead });
      expect(refused.json).toEqual({
        response_action: "errors",
        errors: { default_lead: "Bara administratörer och arbetsplatsens ansvarig kan ändra arbetsplatsens inställningar." },
      });
      expect((await settingsRows(cast)).workspace).toEqual(before.workspace);
      expect((await settingsRows(cast)).workspace.defaultLeadId).toBe(cast.people["default lead"]);
      // Which is what would have let them change every promise in the workspace.
      const elsewhere = await promiseOf(lofte, { ...cast, channelId: cast.otherChannelId });
      await lofte.driver.interaction(
        blockAction({
          actionId: "commitment_undo",
          value: elsewhere.id,
          userId: channelLead,
          teamId: cast.teamId,
          responseUrl: lofte.slack.responseUrl(`undo-${cast.tag}`),
        }),
      );
      expect(String((await lofte.slack.waitForResponse(`undo-${cast.tag}`)).text)).toBe(NOT_ALLOWED.sv);
      expect((await db.prisma.commitment.findUniqueOrThrow({ where: { id: elsewhere.id } })).status).toBe("open");

      // An admin may choose the workspace's lead.
      const byAdmin = await submit(cast, cast.people.admin, { defaultLead: channelLead, channelLead });
      expect(byAdmin.json?.response_action, "saved, and the modal says so").toBe("update");
      expect((await settingsRows(cast)).workspace.defaultLeadId).toBe(channelLead);
    });
  });
});
