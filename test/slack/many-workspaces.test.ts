import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { runHousekeeping } from "../../src/jobs/housekeeping.js";
import { databaseKinds, type TestDatabase } from "../support/databases.js";
import { type Lofte, useLofte } from "../support/harness.js";
import { eventEnvelope } from "../support/slack-driver.js";

/**
 * OAuth mode: Lofte installed into several workspaces through /slack/install, each with its own
 * bot token, stored encrypted; uninstalling or revoking stops everything for that workspace,
 * and its data is deleted after the retention period.
 */

// Wednesday 25 November 2026, 10:00 in Stockholm.
const WEDNESDAY = "2026-11-25T09:00:00Z";
const KEY = randomBytes(32).toString("base64");
const token = (team: string) => `xoxb-${team}-0000-secret`;

describe.each(databaseKinds())("many workspaces (OAuth) on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;

  useLofte(kind, WEDNESDAY, (started) => ({ db, lofte } = started), {
    SLACK_CLIENT_ID: "1111.2222",
    SLACK_CLIENT_SECRET: "client-secret-for-tests",
    SLACK_STATE_SECRET: "state-secret-for-tests-0123",
    LOFTE_ENCRYPTION_KEY: KEY,
    LOFTE_WORKING_HOURS: "always",
  });
  beforeAll(async () => {
    // Slack's answer to the code exchange: the code names the workspace.
    lofte.slack.overrides.set("oauth.v2.access", (params) => {
      const team = String(params.code).replace(/^code-/, "");
      return {
        ok: true,
        app_id: "A0LOFTE",
        authed_user: { id: "U0ADMIN" },
        scope: "commands,chat:write,users:read",
        token_type: "bot",
        access_token: token(team),
        bot_user_id: `B${team}`,
        team: { id: team, name: `Team ${team}` },
        enterprise: null,
        is_enterprise_install: false,
      };
    });
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
  });

  /** The install flow a workspace admin goes through: the install page, then Slack's redirect back. */
  async function install(team: string, state?: string): Promise<Response> {
    const page = await fetch(`${lofte.baseUrl}/slack/install`);
    const html = await page.text();
    const link = /href="([^"]*oauth\/v2\/authorize[^"]*)"/.exec(html)?.[1].replace(/&amp;/g, "&") ?? "";
    const issued = new URL(link).searchParams.get("state") ?? "";
    const cookie = (page.headers.get("set-cookie") ?? "").split(";")[0];
    return fetch(`${lofte.baseUrl}/slack/oauth_redirect?code=code-${team}&state=${encodeURIComponent(state ?? issued)}`, {
      headers: { cookie },
    });
  }

  async function promise(team: string, text: string): Promise<string> {
    const answer = await lofte.driver.command({ text, team_id: team, user_id: "U0ANNA" });
    expect(String(answer.json?.text)).toMatch(/^Noterat/);
    const c = await db.prisma.commitment.findFirstOrThrow({ where: { workspaceId: team, originalText: text } });
    return c.id;
  }

  it("offers the install page with Lofte's scopes, and installs two workspaces through Slack's redirect", async () => {
    const page = await fetch(`${lofte.baseUrl}/slack/install`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("client_id=1111.2222");
    expect(html).toContain("files%3Awrite");

    for (const team of ["T0ALFA", "T0BETA"]) {
      const done = await install(team);
      expect(done.status).toBe(200);
    }
    const rows = await db.prisma.installation.findMany({ orderBy: { key: "asc" } });
    expect(rows.map((r) => r.key)).toEqual(["T0ALFA", "T0BETA"]);
  });

  it("keeps bot tokens encrypted at rest, bound to their workspace", async () => {
    const rows = await db.prisma.installation.findMany();
    for (const row of rows) {
      expect(row.botToken).toMatch(/^v1\./);
      expect(JSON.stringify(row)).not.toContain("xoxb-");
    }
    // A token copied into another workspace's row does not decrypt there.
    const [alfa, beta] = rows.sort((a, b) => a.key.localeCompare(b.key));
    await db.prisma.installation.update({ where: { key: beta.key }, data: { botToken: alfa.botToken } });
    await expect(lofte.installations?.botToken("T0BETA")).rejects.toThrow();
    await db.prisma.installation.update({ where: { key: beta.key }, data: { botToken: beta.botToken } });
    expect(await lofte.installations?.botToken("T0BETA")).toBe(token("T0BETA"));
  });

  it("refuses an OAuth redirect whose state was not issued to this browser, and stores nothing", async () => {
    const answer = await install("T0EVIL", "forged-state");
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(await db.prisma.installation.count({ where: { key: "T0EVIL" } })).toBe(0);
  });

  it("answers each workspace with its own token, and sends each one's reminders with it", async () => {
    lofte.slack.reset();
    await promise("T0ALFA", "jag skickar offerten till Acme i morgon kl 11");
    await promise("T0BETA", "jag ringer Volvo i morgon kl 11");
    const infos = lofte.slack.callsTo("users.info").map((c) => c.token);
    expect(new Set(infos)).toEqual(new Set([token("T0ALFA"), token("T0BETA")]));

    lofte.slack.reset();
    lofte.clock.set("2026-11-26T08:05:00Z"); // 09:05 on the day: the due-soon question
    await lofte.tick();
    const sent = lofte.slack.callsTo("chat.postMessage");
    expect(sent.map((c) => c.token).sort()).toEqual([token("T0ALFA"), token("T0BETA")]);
  });

  it("on app_uninstalled deletes the token, cancels what was still to come and stops the digest", async () => {
    const id = await promise("T0BETA", "jag skickar avtalet till Scania på fredag");
    lofte.slack.users.set("U0ADMIN", { tz: "Europe/Stockholm", locale: "sv-SE", isAdmin: true });
    await lofte.driver.command({ text: "digest på måndag 09:00", team_id: "T0BETA", user_id: "U0ADMIN", channel_id: "C0BETA" });
    const channel = await db.prisma.channelSettings.findUniqueOrThrow({
      where: { workspaceId_channelId: { workspaceId: "T0BETA", channelId: "C0BETA" } },
    });
    expect(channel.digestEnabled).toBe(true);
    expect(await db.prisma.nudge.count({ where: { commitmentId: id, state: "pending" } })).toBeGreaterThan(0);

    const answer = await lofte.driver.event(eventEnvelope({ type: "app_uninstalled" }, "T0BETA"));
    expect(answer.status).toBe(200);
    await lofte.slack.settle();

    expect(await db.prisma.installation.count({ where: { key: "T0BETA" } })).toBe(0);
    expect(await db.prisma.nudge.count({ where: { workspaceId: "T0BETA", state: { in: ["pending", "sending"] } } })).toBe(0);
    const workspace = await db.prisma.workspace.findUniqueOrThrow({ where: { id: "T0BETA" } });
    expect(workspace.uninstalledAt).not.toBeNull();

    // Nothing goes to that workspace any more: not on Friday, not the Monday digest.
    lofte.slack.reset();
    lofte.clock.set("2026-11-30T08:05:00Z");
    await lofte.tick();
    expect(lofte.slack.callsTo("chat.postMessage").filter((c) => c.token === token("T0BETA"))).toEqual([]);
    // The other workspace is untouched.
    expect(await db.prisma.installation.count({ where: { key: "T0ALFA" } })).toBe(1);
  });

  it("on tokens_revoked for the bot does the same; a revoked user token alone changes nothing", async () => {
    await promise("T0ALFA", "jag skickar avtalet till Acme den 15 december");
    await lofte.driver.event(eventEnvelope({ type: "tokens_revoked", tokens: { oauth: ["U0ADMIN"] } }, "T0ALFA"));
    await lofte.slack.settle();
    expect(await db.prisma.installation.count({ where: { key: "T0ALFA" } })).toBe(1);

    await lofte.driver.event(eventEnvelope({ type: "tokens_revoked", tokens: { bot: ["BT0ALFA"] } }, "T0ALFA"));
    await lofte.slack.settle();
    expect(await db.prisma.installation.count({ where: { key: "T0ALFA" } })).toBe(0);
    expect(await db.prisma.nudge.count({ where: { workspaceId: "T0ALFA", state: "pending" } })).toBe(0);
  });

  it("installing again resumes the workspace: its open promises get their reminders back", async () => {
    expect((await install("T0ALFA")).status).toBe(200);
    const workspace = await db.prisma.workspace.findUniqueOrThrow({ where: { id: "T0ALFA" } });
    expect(workspace.uninstalledAt).toBeNull();
    expect(await lofte.installations?.botToken("T0ALFA")).toBe(token("T0ALFA"));
    const december = await db.prisma.commitment.findFirstOrThrow({
      where: { workspaceId: "T0ALFA", customer: "Acme", task: { contains: "avtalet" } },
    });
    expect(await db.prisma.nudge.count({ where: { commitmentId: december.id, state: "pending" } })).toBeGreaterThan(0);

    // Slack's late retry of the revocation, dated before the new install, changes nothing.
    const retry = eventEnvelope({ type: "tokens_revoked", tokens: { bot: ["BT0ALFA"] } }, "T0ALFA");
    await lofte.driver.event({ ...retry, event_time: Math.floor(Date.now() / 1000) - 120 }, 1);
    await lofte.slack.settle();
    expect(await lofte.installations?.botToken("T0ALFA")).toBe(token("T0ALFA"));
  });

  it("deletes an uninstalled workspace's promises and history after the retention period, not before", async () => {
    const uninstalled = await db.prisma.workspace.findUniqueOrThrow({ where: { id: "T0BETA" } });
    const since = uninstalled.uninstalledAt?.getTime() ?? 0;
    const retention = 30 * 86_400_000;
    const before = await db.prisma.commitment.count({ where: { workspaceId: "T0BETA" } });
    expect(before).toBeGreaterThan(0);

    await runHousekeeping(db.prisma, new Date(since + retention - 60_000), retention);
    expect(await db.prisma.commitment.count({ where: { workspaceId: "T0BETA" } })).toBe(before);

    await runHousekeeping(db.prisma, new Date(since + retention + 60_000), retention);
    expect(await db.prisma.workspace.count({ where: { id: "T0BETA" } })).toBe(0);
    expect(await db.prisma.commitment.count({ where: { workspaceId: "T0BETA" } })).toBe(0);
    expect(await db.prisma.commitmentEvent.count({ where: { workspaceId: "T0BETA" } })).toBe(0);
    expect(await db.prisma.nudge.count({ where: { workspaceId: "T0BETA" } })).toBe(0);
    expect(await db.prisma.channelSettings.count({ where: { workspaceId: "T0BETA" } })).toBe(0);
    // The installed workspace keeps everything.
    expect(await db.prisma.commitment.count({ where: { workspaceId: "T0ALFA" } })).toBeGreaterThan(0);
  });
});

describe("one workspace (SLACK_BOT_TOKEN): uninstalled, then installed again", () => {
  let db: TestDatabase;
  let lofte: Lofte;

  useLofte("pglite", WEDNESDAY, (started) => ({ db, lofte } = started));
  beforeAll(async () => {
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
  });

  it("stops on app_uninstalled, and resumes with the reminders when someone uses Lofte there again", async () => {
    await lofte.driver.command({ text: "jag skickar offerten till Acme den 15 december" });
    const id = (await db.prisma.commitment.findFirstOrThrow({ where: { customer: "Acme" } })).id;
    await lofte.driver.event(eventEnvelope({ type: "app_uninstalled" }));
    await lofte.slack.settle();
    expect(await db.prisma.nudge.count({ where: { commitmentId: id, state: "pending" } })).toBe(0);

    await lofte.driver.command({ text: "lista" });
    expect((await db.prisma.workspace.findUniqueOrThrow({ where: { id: "T0LOFTE" } })).uninstalledAt).toBeNull();
    expect(await db.prisma.nudge.count({ where: { commitmentId: id, state: "pending" } })).toBeGreaterThan(0);
  });

  it("stops by itself when Slack says the token was revoked (an uninstall it missed while down)", async () => {
    const id = (await db.prisma.commitment.findFirstOrThrow({ where: { customer: "Acme" } })).id;
    lofte.slack.overrides.set("chat.postMessage", () => ({ ok: false, error: "token_revoked" }));
    lofte.clock.set("2026-12-15T08:05:00Z"); // the morning of the deadline: reminders are due
    await lofte.tick();
    lofte.slack.overrides.delete("chat.postMessage");
    expect((await db.prisma.workspace.findUniqueOrThrow({ where: { id: "T0LOFTE" } })).uninstalledAt).not.toBeNull();
    expect(await db.prisma.nudge.count({ where: { commitmentId: id, state: { in: ["pending", "sending"] } } })).toBe(0);
  });
});
