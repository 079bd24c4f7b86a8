import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Commitment } from "../../src/store/commitments.js";
import { databaseKinds, openTestDatabase, type TestDatabase } from "../support/databases.js";
import { type Lofte, startLofte } from "../support/harness.js";
import {
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
  NOT_FOUND,
  newCase,
  nextTag,
  promiseOf,
  type Snapshot,
  SURFACES,
  snapshot,
} from "../support/security.js";
import { eventEnvelope, viewSubmission } from "../support/slack-driver.js";

/**
 * No workspace sees or touches another's data, through any command, button, modal or event.
 * Two workspaces with the same people and the same channel ids (as in an Enterprise Grid org,
 * or by chance): whatever a request from the second carries, it reaches only the second's data.
 */

// Wednesday 25 November 2026, 10:00 in Stockholm.
const WEDNESDAY = "2026-11-25T09:00:00Z";

/** The first workspace's promise: its words must never reach the second. */
const SECRET = "skicka hemliga offerten";
const THEIRS = "ringa om priset";

describe.each(databaseKinds())("workspace isolation on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;
  /** Two workspaces, the same people (the owner, the admin, the leads) and the same channel ids in both. */
  let first: Cast;
  let second: Cast;
  let secret: Commitment;
  let theirs: Commitment;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    lofte = await startLofte(db, WEDNESDAY, { LOG_LEVEL: "info" });
    const tag = nextTag("ISO");
    first = await castFor(lofte, tag, `T0${tag}A`);
    second = await castFor(lofte, tag, `T0${tag}B`);
    expect(second.people).toEqual(first.people);
    secret = await promiseOf(lofte, first, SECRET, "Acme");
    theirs = await promiseOf(lofte, second, THEIRS, "Acme");
    // At risk in the first workspace: its lead sees it on their Home tab there.
    await db.prisma.commitment.update({ where: { id: secret.id }, data: { lastAnswer: "cant_make_it" } });
    await lofte.slack.settle();
  });
  afterAll(async () => {
    await lofte?.slack.settle();
    await lofte?.stop();
    await db?.close();
  });

  describe("a request from the second workspace carrying the first's promise id", () => {
    for (const surface of SURFACES) {
      describe(surface.name, () => {
        let target: Case;
        let before: Snapshot;
        beforeAll(async () => {
          // The first workspace's promise, as that surface finds it there.
          target = newCase(lofte, first, await promiseOf(lofte, first, SECRET, "Acme"), first.people.owner);
          await surface.prepare?.(target);
          before = await snapshot(lofte, target.promise.id);
        });

        // The owner's own user id, an admin, someone reading English: what counts is the workspace the request comes from.
        it.each(["owner", "admin", "bystander (en)"] as const)("from its %s, finds nothing and changes nothing", async (role) => {
          const c: Case = { ...newCase(lofte, second, target.promise, second.people[role]), dm: target.dm, ts: target.ts };
          const answer = await surface.send(c);
          expect(answer.status).toBe(200);
          await handled(lofte, c.since, c.actor);
          await expectRefusal(c, surface, answer, NOT_FOUND[languageOf(role)]);
          await expectUnchanged(lofte, c.promise.id, before);
          // Nothing was written in the second workspace either.
          expect(await db.prisma.commitmentEvent.count({ where: { workspaceId: second.teamId, kind: { not: "created" } } })).toBe(0);
        });
      });
    }
  });

  describe("what the second workspace reads", () => {
    const say = (cast: Cast, text: string, user = cast.people.owner) =>
      lofte.driver.command({ text, team_id: cast.teamId, channel_id: cast.channelId, user_id: user });

    it.each([
      ["lista", "*Dina öppna löften*"],
      ["team", `*Öppna löften i <#${"CHANNEL"}>*`],
      ["kund acme", "*Löften till acme* (öppna, och klara senaste 30 dagarna)"],
    ])("/lofte %s lists only its own promises (same user, same channel id, same customer)", async (text, title) => {
      const lines = (cast: Cast) => say(cast, text).then((answer) => blockTexts(answer.json?.blocks));
      const inSecond = await lines(second);
      expect(inSecond[0]).toBe(title.replace("CHANNEL", second.channelId));
      expect(inSecond.slice(1).map((line) => line.replace(/ · .*/, ""))).toEqual([`:large_blue_circle: *${THEIRS} (Acme)*`]);
      // The same request in the first workspace finds the first's promises (a test that can fail).
      expect((await lines(first)).join("\n")).toContain(SECRET);
      expect((await lines(first)).join("\n")).not.toContain(THEIRS);
    });

    it("draws the Home tab with only its own promises, for the same owner and the same lead", async () => {
      const home = async (cast: Cast, user: string) => {
        const since = mark(lofte);
        await lofte.driver.event(
          eventEnvelope({ type: "app_home_opened", user, channel: "D0HOME", tab: "home", event_ts: "1764060000.000100" }, cast.teamId),
        );
        await handled(lofte, since, user);
        const published = actionsSince(lofte, since).find((c) => c.method === "views.publish" && c.params.user_id === user);
        return JSON.stringify(published?.params.view);
      };
      const ownerHome = await home(second, second.people.owner);
      expect(ownerHome).toContain(THEIRS);
      expect(ownerHome).not.toContain(SECRET);
      // The promise's lead has the first's promise at risk there, and not here.
      expect(await home(first, first.people["promise lead"])).toContain(SECRET);
      expect(await home(second, second.people["promise lead"])).not.toContain(SECRET);
    });

    it("posts a channel's digest with only its own promises", async () => {
      const since = mark(lofte);
      const answer = await say(second, "digest nu", second.people.admin);
      expect(String(answer.json?.text)).toBe("Sammanfattningen är publicerad i kanalen.");
      const digest = actionsSince(lofte, since).find((c) => c.method === "chat.postMessage" && c.params.channel === second.channelId);
      expect(JSON.stringify(digest?.params)).toContain(THEIRS);
      expect(JSON.stringify(digest?.params)).not.toContain(SECRET);
    });

    it("exports only its own promises and their history", async () => {
      const since = mark(lofte);
      await say(second, "export", second.people.admin);
      await handled(lofte, since, second.people.admin);
      await lofte.slack.waitFor("files.completeUploadExternal", (c) => lofte.slack.calls.indexOf(c) >= since.calls);
      const files = [...lofte.slack.uploads.values()].filter((f) => f.filename.includes(second.teamId));
      expect(files.map((f) => f.filename.replace(/-\d{4}-\d{2}-\d{2}\.csv$/, ""))).toEqual([
        `lofte-promises-${second.teamId}`,
        `lofte-history-${second.teamId}`,
      ]);
      const content = files.map((f) => f.content).join("\n");
      expect(content).toContain(theirs.id);
      expect(content).not.toContain(secret.id);
      expect(content).not.toContain(SECRET);
    });
  });

  describe("what the second workspace writes", () => {
    it("records a new promise in its own workspace only", async () => {
      const since = mark(lofte);
      const answer = await lofte.driver.command({
        text: "jag bokar demo med Acme på måndag",
        team_id: second.teamId,
        channel_id: second.channelId,
        user_id: second.people.owner,
      });
      expect(String(answer.json?.text)).toMatch(/^Noterat: du lovar att boka demo/);
      await handled(lofte, since, second.people.owner);
      const stored = await db.prisma.commitment.findMany({ where: { task: "boka demo med Acme" }, select: { workspaceId: true } });
      expect(stored).toEqual([{ workspaceId: second.teamId }]);
    });

    it("refuses a Track submission that names two workspaces: nothing is stored in either", async () => {
      const since = mark(lofte);
      const payload = viewSubmission({
        callbackId: "commitment_track_view",
        privateMetadata: JSON.stringify({ channelId: null, messageTs: null, text: "", language: "sv", timeZone: "Europe/Stockholm" }),
        values: {
          owner: { owner: { type: "users_select", selected_user: second.people.owner } },
          task: { task: { type: "plain_text_input", value: "smuggla in ett löfte" } },
          date: { date: { type: "datepicker", selected_date: "2026-11-27" } },
          time: { time: { type: "timepicker", selected_time: "14:00" } },
        },
        userId: second.people.owner,
        teamId: second.teamId,
      });
      // The view was opened in the first workspace (Bolt authorizes that one); the payload's team says the second.
      (payload.view as Record<string, unknown>).app_installed_team_id = first.teamId;
      (payload.view as Record<string, unknown>).team_id = first.teamId;
      const answer = await lofte.driver.interaction(payload);
      expect(answer.status).toBe(200);
      await handled(lofte, since, second.people.owner);
      expect(await db.prisma.commitment.count({ where: { task: "smuggla in ett löfte" } })).toBe(0);
    });

    it("refuses an uninstall event that names another workspace than the one it is for", async () => {
      const event = eventEnvelope({ type: "app_uninstalled", event_ts: "1764061200.000100" }, first.teamId);
      // Authorized for the first workspace; its team_id says the second.
      event.team_id = second.teamId;
      const answer = await lofte.driver.event(event);
      expect(answer.status).toBe(200);
      await lofte.slack.settle();
      for (const cast of [first, second]) {
        expect((await db.prisma.workspace.findUniqueOrThrow({ where: { id: cast.teamId } })).uninstalledAt).toBeNull();
      }
    });

    const firstSettings = async () => ({
      workspace: await db.prisma.workspace.findUniqueOrThrow({ where: { id: first.teamId } }),
      channels: await db.prisma.channelSettings.findMany({ where: { workspaceId: first.teamId }, orderBy: { channelId: "asc" } }),
    });

    it("changes only its own settings, for the same channel id", async () => {
      const before = await firstSettings();
      const option = (value: string) => ({ value, text: { type: "plain_text", text: value } });
      const fields: Record<string, Record<string, unknown>> = {
        language: { type: "static_select", selected_option: option("en") },
        time_zone: { type: "plain_text_input", value: "America/New_York" },
        deadline_time: { type: "timepicker", selected_time: "16:00" },
        working_days: { type: "checkboxes", selected_options: [option("1")] },
        work_start: { type: "timepicker", selected_time: "09:00" },
        work_end: { type: "timepicker", selected_time: "17:00" },
        default_lead: { type: "users_select", selected_user: second.people.admin },
        channel_lead: { type: "users_select", selected_user: second.people.admin },
        digest: { type: "checkboxes", selected_options: [option("on")] },
        digest_day: { type: "static_select", selected_option: option("5") },
        digest_time: { type: "timepicker", selected_time: "15:00" },
        suggestions: { type: "checkboxes", selected_options: [option("on")] },
      };
      const saved = await lofte.driver.interaction(
        viewSubmission({
          callbackId: "settings_view",
          privateMetadata: JSON.stringify({ channelId: second.channelId, language: "sv" }),
          values: Object.fromEntries(Object.entries(fields).map(([id, v]) => [id, { [id]: v }])),
          userId: second.people.admin,
          teamId: second.teamId,
        }),
      );
      expect(saved.json?.response_action, "saved, and the modal says so").toBe("update");
      expect(await db.prisma.workspace.findUniqueOrThrow({ where: { id: second.teamId } })).toMatchObject({
        timeZone: "America/New_York",
        defaultLeadId: second.people.admin,
      });
      await lofte.driver.command({
        text: "förslag av",
        team_id: second.teamId,
        channel_id: second.channelId,
        user_id: second.people.admin,
      });
      await lofte.driver.command({ text: "digest av", team_id: second.teamId, channel_id: second.channelId, user_id: second.people.admin });
      expect(await firstSettings()).toEqual(before);
    });
  });
});
