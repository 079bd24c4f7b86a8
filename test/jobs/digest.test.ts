import { beforeEach, describe, expect, it } from "vitest";
import { postWeeklyDigests } from "../../src/app/digest.js";
import { openDatabase } from "../../src/store/database.js";
import { databaseKinds, type TestDatabase } from "../support/databases.js";
import { type Lofte, useLofte } from "../support/harness.js";

// Wednesday 25 November 2026, 10:00 in Stockholm.
const WEDNESDAY = "2026-11-25T09:00:00Z";

type Block = { type: string; text?: { text: string }; elements?: { text?: string }[] };

describe.each(databaseKinds())("weekly digests on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;
  let team = 0;
  let teamId = "";

  useLofte(kind, WEDNESDAY, (started) => ({ db, lofte } = started));
  beforeEach(async () => {
    teamId = `T0DIGEST${++team}`;
    await db.prisma.channelSettings.updateMany({ data: { digestEnabled: false } });
    await lofte.slack.settle();
    lofte.slack.reset();
    lofte.clock.set(WEDNESDAY);
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE", isAdmin: true });
  });

  const say = (text: string) => lofte.driver.command({ text, team_id: teamId });
  const sender = () => lofte.sender;
  const digests = () => lofte.slack.callsTo("chat.postMessage").filter((c) => c.params.channel === "C0SALES");

  it("turns on with a day and a time, posts once when the moment comes, and not again that week", async () => {
    expect(String((await say("digest på fredag 15:00")).json?.text)).toBe(
      "Veckosammanfattningen kommer på fredagar kl 15:00 i <#C0SALES>.",
    );
    await say("jag skickar offerten till Acme fredag");
    await say("jag ringer Volvo i morgon kl 14");
    await say("jag bokar demo med Scania 3 december");
    // Kept already: it is new this week, and ticked as done.
    await db.prisma.commitment.updateMany({
      where: { workspaceId: teamId, task: { startsWith: "boka demo" } },
      data: { status: "done", completedAt: new Date("2026-11-26T10:00:00Z") },
    });
    lofte.clock.set("2026-11-27T13:59:00Z");
    expect((await postWeeklyDigests(sender())).posted).toBe(0);
    lofte.clock.set("2026-11-27T14:00:00Z");
    expect((await postWeeklyDigests(sender())).posted).toBe(1);
    const digest = digests()[0];
    expect(String(digest.params.text)).toBe("Veckans löften i <#C0SALES> — 2 öppna · 1 denna vecka · 1 försenat");
    const lines = (digest.params.blocks as Block[]).map((b) => b.text?.text ?? b.elements?.map((e) => e.text).join(" ") ?? "");
    expect(lines[1]).toBe("Inga löften hade deadline förra veckan.");
    expect(lines.join("\n")).toContain("*:red_circle: Försenade*\n• <@U0ANNA>: ringa Volvo — torsdag 26 november kl 14:00");
    expect(lines.join("\n")).toContain("*:calendar: Denna vecka* · <@U0ANNA>\n• skicka offerten till Acme — fredag 27 november kl 17:00");
    expect(lines.join("\n")).toContain(
      "*:new: Nya denna vecka*\n:white_check_mark: <@U0ANNA>: boka demo med Scania — torsdag 3 december kl 17:00",
    );
    lofte.clock.set("2026-11-28T10:00:00Z");
    expect((await postWeeklyDigests(sender())).posted).toBe(0);
    expect(digests()).toHaveLength(1);
  });

  it("posts exactly once with two instances and a restart", async () => {
    await say("digest on");
    lofte.clock.set("2026-11-30T08:00:00Z"); // Monday 09:00
    const second = kind === "postgresql" && db.url ? await openDatabase({ url: db.url }) : null;
    try {
      const results = await Promise.all([postWeeklyDigests(sender()), postWeeklyDigests(second ? { ...sender(), db: second } : sender())]);
      expect(results.reduce((n, r) => n + r.posted, 0)).toBe(1);
      expect((await postWeeklyDigests(sender())).posted).toBe(0); // a restart finds the week's run
    } finally {
      await second?.close();
    }
    expect(digests()).toHaveLength(1);
    expect(await db.prisma.digestRun.count({ where: { workspaceId: teamId, week: "2026-W49", state: "posted" } })).toBe(1);
  });

  it("skips a channel Lofte was removed from and turns its digest off instead of retrying", async () => {
    await say("digest på");
    lofte.clock.set("2026-11-30T08:00:00Z");
    lofte.slack.failures.set("chat.postMessage", { status: 200, body: { ok: false, error: "not_in_channel" }, times: 1 });
    expect(await postWeeklyDigests(sender())).toEqual({ posted: 0, turnedOff: 1 });
    const settings = await db.prisma.channelSettings.findUniqueOrThrow({
      where: { workspaceId_channelId: { workspaceId: teamId, channelId: "C0SALES" } },
    });
    expect(settings.digestEnabled).toBe(false);
    expect(await postWeeklyDigests(sender())).toEqual({ posted: 0, turnedOff: 0 });
  });

  it("keeps a digest of 500 open promises within Slack's limits", async () => {
    await say("jag skickar offerten till Acme fredag");
    const first = await db.prisma.commitment.findFirstOrThrow({ where: { workspaceId: teamId } });
    const { id: _id, ...rest } = first;
    await db.prisma.commitment.createMany({
      data: Array.from({ length: 499 }, (_, i) => ({
        ...rest,
        ownerId: `U${i % 40}`,
        task: `uppgift nummer ${i}`,
        dueAt: new Date(first.dueAt.getTime() + (i - 200) * 3_600_000),
      })),
    });
    expect(String((await say("digest nu")).json?.text)).toBe("Sammanfattningen är publicerad i kanalen.");
    const blocks = digests()[0].params.blocks as Block[];
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const b of blocks) expect((b.text?.text ?? "").length).toBeLessThanOrEqual(3000);
    expect(JSON.stringify(blocks)).toMatch(/\+\d+ till — `\/lofte team` i <#C0SALES> visar alla/);
  });

  it("says how to use it, and turns off", async () => {
    expect(String((await say("digest")).json?.text)).toContain("/lofte digest på [måndag 09:00]");
    expect(String((await say("digest av")).json?.text)).toBe("Ingen veckosammanfattning i <#C0SALES> längre.");
  });
});
