import { beforeEach, describe, expect, it } from "vitest";
import { databaseKinds, type TestDatabase } from "../support/databases.js";
import { type Lofte, useLofte } from "../support/harness.js";
import { blockAction, eventEnvelope } from "../support/slack-driver.js";

// Wednesday 25 November 2026, 10:00 in Stockholm.
const WEDNESDAY = "2026-11-25T09:00:00Z";

// Message timestamps unique across both database runs (the app remembers what it offered).
// Written a few minutes before the clock: a message is read from when it was written.
let ts = 1795596600;

describe.each(databaseKinds())("promise suggestions on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;

  useLofte(kind, WEDNESDAY, (started) => ({ db, lofte } = started));
  beforeEach(async () => {
    await lofte.slack.settle();
    lofte.slack.reset();
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE", isAdmin: true });
  });

  const message = (text: string, extra: Record<string, unknown> = {}) =>
    eventEnvelope({
      type: "message",
      channel: "C0SALES",
      user: "U0ANNA",
      text,
      ts: `${ts++}.000100`,
      channel_type: "channel",
      event_ts: "1",
      ...extra,
    });
  const quiet = async () => {
    await new Promise((r) => setTimeout(r, 300));
    await lofte.slack.settle();
    return lofte.slack.callsTo("chat.postEphemeral");
  };

  it("offers only the author to track a promise with a deadline, once, in a channel that opted in", async () => {
    expect(await quiet()).toHaveLength(0);
    const off = message("Jag skickar offerten till Acme på fredag");
    await lofte.driver.event(off);
    expect(await quiet()).toHaveLength(0); // not opted in yet

    expect(String((await lofte.driver.command({ text: "förslag på" })).json?.text)).toContain(
      "Nu föreslår jag att löften som skrivs i <#C0SALES> sparas",
    );
    const promise = message("Jag skickar offerten till Acme på fredag");
    await lofte.driver.event(promise);
    const offer = await lofte.slack.waitFor("chat.postEphemeral");
    expect(offer.params).toMatchObject({ channel: "C0SALES", user: "U0ANNA", text: "Vill du att jag håller koll på det här?" });
    await lofte.driver.event(promise, 1); // Slack's retry of the same event
    expect(await quiet()).toHaveLength(1);
  });

  it("stays quiet for questions, other people's promises, bots and edits", async () => {
    await lofte.driver.command({ text: "förslag på" });
    lofte.slack.reset();
    for (const event of [
      message("Kan du skicka offerten på fredag?"),
      message("<@U0BOB> ringer kunden i morgon"),
      message("Jag skickar offerten på fredag", { subtype: "bot_message", bot_id: "B0OTHER" }),
      message("Jag skickar offerten på fredag", { bot_id: "B0OTHER" }),
      message("Jag skickar offerten på fredag", { subtype: "message_changed" }),
      message("Tack för idag!"),
    ]) {
      expect((await lofte.driver.event(event)).status).toBe(200);
    }
    expect(await quiet()).toHaveLength(0);
  });

  it("opens the Track form from the suggestion, and 'Nej tack' removes it", async () => {
    await lofte.driver.command({ text: "förslag på" });
    await lofte.driver.event(message("Jag ringer Volvo i morgon kl 14"));
    const offer = await lofte.slack.waitFor("chat.postEphemeral");
    const buttons = (offer.params.blocks as { elements?: { action_id: string; value: string }[] }[]).flatMap((b) => b.elements ?? []);
    const track = buttons.find((b) => b.action_id === "suggestion_track");
    await lofte.driver.interaction(
      blockAction({ actionId: "suggestion_track", value: track?.value, responseUrl: lofte.slack.responseUrl("suggest-1") }),
    );
    const view = (await lofte.slack.waitFor("views.open")).params.view as {
      blocks: { block_id: string; element: Record<string, unknown> }[];
    };
    expect(view.blocks.find((b) => b.block_id === "task")?.element.initial_value).toBe("ringa Volvo");
    expect(view.blocks.find((b) => b.block_id === "time")?.element.initial_time).toBe("14:00");
    expect(await lofte.slack.waitForResponse("suggest-1")).toEqual({ delete_original: true });

    await lofte.driver.interaction(
      blockAction({ actionId: "suggestion_dismiss", value: "1", responseUrl: lofte.slack.responseUrl("suggest-2") }),
    );
    expect(await lofte.slack.waitForResponse("suggest-2")).toEqual({ delete_original: true });
    expect(String((await lofte.driver.command({ text: "förslag av" })).json?.text)).toBe("Inga fler förslag i <#C0SALES>.");
  });
});
