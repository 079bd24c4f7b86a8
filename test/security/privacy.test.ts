import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { databaseKinds, type TestDatabase } from "../support/databases.js";
import { type Lofte, useLofte } from "../support/harness.js";
import { blockAction, viewSubmission } from "../support/slack-driver.js";

/**
 * What a person may find: a promise made in a DM or a private channel is seen in searches only
 * by its owner, its creator, its lead and admins; a customer is found by its whole name. And a
 * response URL that came back through a modal is followed only to Slack.
 */

// Wednesday 25 November 2026, 10:00 in Stockholm.
const WEDNESDAY = "2026-11-25T09:00:00Z";

describe.each(databaseKinds())("private promises and customer searches on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;

  useLofte(kind, WEDNESDAY, (started) => ({ db, lofte } = started));
  beforeAll(async () => {
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
    lofte.slack.users.set("U0BOB", { tz: "Europe/Stockholm", locale: "sv-SE" });
    lofte.slack.users.set("U0ADMIN", { tz: "Europe/Stockholm", locale: "sv-SE", isAdmin: true });
    // Public, in #sälj.
    await lofte.driver.command({ text: "jag skickar offerten till H&amp;M på fredag", channel_id: "C0SALES" });
    await lofte.driver.command({ text: "jag skickar prislistan till Acme Home på torsdag", channel_id: "C0SALES" });
    // In Anna's DM with Lofte, and in a private channel: hers alone outside them.
    await lofte.driver.command({ text: "jag sänker priset för H&amp;M i morgon", channel_id: "D0ANNA" });
    await lofte.driver.command({ text: "jag bokar om mötet med H&amp;M på måndag", channel_id: "C0SECRET", channel_name: "privategroup" });
  });
  beforeEach(async () => {
    await lofte.slack.settle();
    lofte.slack.reset();
  });

  const search = async (text: string, user: string) => {
    const answer = await lofte.driver.command({ text, user_id: user, channel_id: "C0SALES" });
    return String(JSON.stringify(answer.json?.blocks));
  };

  it("finds a customer by the whole name as typed, H&M included, and no name that merely contains it", async () => {
    const found = await search("kund H&amp;M", "U0BOB");
    expect(found).toContain("skicka offerten");
    expect(await search("kund h&amp;m", "U0BOB")).toContain("skicka offerten");
    const acme = await search("kund Acme", "U0BOB");
    expect(acme).not.toContain("prislistan");
    expect(await search("kund acme home", "U0BOB")).toContain("skicka prislistan");
  });

  it("keeps a promise made in a DM or a private channel out of a colleague's search, and shows it to its owner and an admin", async () => {
    const colleague = await search("kund H&amp;M", "U0BOB");
    expect(colleague).not.toContain("sänka priset");
    expect(colleague).not.toContain("boka om mötet");
    for (const user of ["U0ANNA", "U0ADMIN"]) {
      const seen = await search("kund H&amp;M", user);
      expect(seen, user).toContain("sänka priset");
      expect(seen, user).toContain("boka om mötet");
    }
    const stored = await db.prisma.commitment.findMany({ where: { customerKey: "h&m" }, select: { task: true, private: true } });
    expect(stored.map((c) => [c.task, c.private]).sort()).toEqual([
      ["boka om mötet med H&M", true],
      ["skicka offerten till H&M", false],
      ["sänka priset för H&M", true],
    ]);
  });

  it("follows the edit modal's response URL only to Slack, never to an address it is handed", async () => {
    const hits: string[] = [];
    const elsewhere = createServer((req, res) => {
      hits.push(req.url ?? "");
      res.end("ok");
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, "127.0.0.1", resolve));
    try {
      const c = await db.prisma.commitment.findFirstOrThrow({ where: { task: "skicka offerten till H&M" } });
      const save = (responseUrl: string, version: number) =>
        lofte.driver.interaction(
          viewSubmission({
            callbackId: "commitment_edit_view",
            privateMetadata: JSON.stringify({ commitmentId: c.id, version, timeZone: "Europe/Stockholm", language: "sv", responseUrl }),
            values: {
              owner: { owner: { type: "users_select", selected_user: "U0ANNA" } },
              task: { task: { type: "plain_text_input", value: "skicka offerten till H&M" } },
              customer: { customer: { type: "plain_text_input", value: "H&M" } },
              date: { date: { type: "datepicker", selected_date: "2026-11-27" } },
              time: { time: { type: "timepicker", selected_time: "16:00" } },
            },
          }),
        );
      await save(`http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/steal`, c.version);
      await lofte.slack.settle();
      expect(hits).toEqual([]);
      // Slack's own (here the stand-in's) is followed.
      const again = await db.prisma.commitment.findFirstOrThrow({ where: { id: c.id } });
      await save(lofte.slack.responseUrl("edit-ok"), again.version);
      expect(String((await lofte.slack.waitForResponse("edit-ok")).text)).toMatch(/^Uppdaterat/);
    } finally {
      elsewhere.close();
    }
  });

  it("refuses a reassignment to something that is not a Slack user id, and pings no one", async () => {
    const c = await db.prisma.commitment.findFirstOrThrow({ where: { task: "skicka offerten till H&M" } });
    await lofte.driver.interaction(
      blockAction({
        actionId: "lead_reassign",
        blockId: `lead:${c.id}`,
        selectedUser: "U0EMMA><!channel>",
        responseUrl: lofte.slack.responseUrl("evil"),
      }),
    );
    await lofte.slack.settle();
    expect((await db.prisma.commitment.findFirstOrThrow({ where: { id: c.id } })).ownerId).toBe("U0ANNA");
    expect(JSON.stringify(lofte.slack.calls)).not.toContain("<!channel>");
  });
});
