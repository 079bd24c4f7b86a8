import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { databaseKinds, type TestDatabase } from "../support/databases.js";
import { type Lofte, useLofte } from "../support/harness.js";

/** `/lofte export`: a workspace admin gets every promise and its history as CSV files in a DM. */

// Wednesday 25 November 2026, 10:00 in Stockholm.
const WEDNESDAY = "2026-11-25T09:00:00Z";

/** Parses the CSV Lofte writes (quoted cells, CRLF rows) back into rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}

describe.each(databaseKinds())("exporting a workspace on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;

  useLofte(kind, WEDNESDAY, (started) => ({ db, lofte } = started));
  beforeAll(async () => {
    lofte.slack.users.set("U0ADMIN", { tz: "Europe/Stockholm", locale: "sv-SE", isAdmin: true });
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
    lofte.slack.users.set("U0BOB", { tz: "Europe/London", locale: "en-GB" });
    for (const text of [
      "jag skickar offerten till Acme på fredag",
      'jag skickar "=HYPERLINK(1)", priser och villkor till Volvo i morgon',
    ]) {
      await lofte.driver.command({ text, team_id: "T0EXP", user_id: "U0ANNA" });
    }
    // Another workspace's promise must never appear in this one's export.
    await lofte.driver.command({ text: "jag ringer Scania på fredag", team_id: "T0OTHER", user_id: "U0ANNA" });
  });
  beforeEach(async () => {
    await lofte.slack.settle();
    lofte.slack.reset();
    lofte.slack.uploads.clear();
  });

  it("sends an admin two CSV files in a DM: promises and their history, this workspace only", async () => {
    const answer = await lofte.driver.command({ text: "export", team_id: "T0EXP", user_id: "U0ADMIN" });
    expect(String(answer.json?.text)).toContain("CSV");
    const done = await lofte.slack.waitFor("files.completeUploadExternal");
    // The DM Slack opened with the admin (conversations.open).
    expect(done.params.channel_id).toBe("D0ADMIN");
    expect(String(done.params.initial_comment)).toBe("Här är exporten: 2 löften och 2 händelser i historiken.");

    const files = [...lofte.slack.uploads.values()];
    expect(files.map((f) => f.filename).sort()).toEqual(["lofte-history-T0EXP-2026-11-25.csv", "lofte-promises-T0EXP-2026-11-25.csv"]);
    const promises = parseCsv(files.find((f) => f.filename.includes("promises"))?.content ?? "");
    expect(promises[0]).toContain("original_text");
    expect(promises).toHaveLength(3);
    const tasks = promises.slice(1).map((r) => r[promises[0].indexOf("customer")]);
    expect(tasks.sort()).toEqual(["Acme", "Volvo"]);
    expect(JSON.stringify(promises)).not.toContain("Scania");
    // Text that looks like a spreadsheet formula is written so that it stays text.
    const original = promises.slice(1).map((r) => r[promises[0].indexOf("original_text")]);
    expect(original).toContain('jag skickar "=HYPERLINK(1)", priser och villkor till Volvo i morgon');
    const history = parseCsv(files.find((f) => f.filename.includes("history"))?.content ?? "");
    expect(history.slice(1).map((r) => r[history[0].indexOf("kind")])).toEqual(["created", "created"]);
  });

  it("refuses someone who is not an admin, politely and in their language, and sends nothing", async () => {
    const answer = await lofte.driver.command({ text: "export", command: "/promise", team_id: "T0EXP", user_id: "U0BOB" });
    expect(answer.json?.text).toBe("Only workspace admins can export every promise.");
    await lofte.slack.settle();
    expect(lofte.slack.callsTo("files.getUploadURLExternal")).toEqual([]);
  });

  it("keeps a cell that starts like a formula as text", async () => {
    await db.prisma.commitment.updateMany({ where: { workspaceId: "T0EXP", customer: "Acme" }, data: { customer: "=cmd|' /C calc'!A0" } });
    await lofte.driver.command({ text: "exportera", team_id: "T0EXP", user_id: "U0ADMIN" });
    await lofte.slack.waitFor("files.completeUploadExternal");
    const promises = [...lofte.slack.uploads.values()].find((f) => f.filename.includes("promises"))?.content ?? "";
    expect(promises).toContain("'=cmd|' /C calc'!A0");
    expect(promises).not.toMatch(/(^|,)=cmd/m);
  });
});
