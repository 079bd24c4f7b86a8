import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { databaseKinds, openTestDatabase, type TestDatabase } from "../support/databases.js";
import { type Lofte, startLofte } from "../support/harness.js";
import { castFor, handled, mark, nextTag, promiseOf, snapshot } from "../support/security.js";
import { blockAction, commandBody, eventEnvelope, interactionBody, SlackDriver } from "../support/slack-driver.js";

/**
 * Every request is verified (Slack's v0 signature over the body, a timestamp within 5 minutes).
 * A forged, tampered, stale or replayed request gets 401 and touches nothing: no row written,
 * no Slack call made, nothing changed.
 */

// Wednesday 25 November 2026, 10:00 in Stockholm (the app's clock; signatures use the real one).
const WEDNESDAY = "2026-11-25T09:00:00Z";
const SIX_MINUTES = 6 * 60;

const nowSeconds = () => Math.floor(Date.now() / 1000);

interface Forgery {
  body: string;
  headers: Record<string, string>;
}

describe.each(databaseKinds())("request signatures on %s", (kind) => {
  let db: TestDatabase;
  let lofte: Lofte;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    lofte = await startLofte(db, WEDNESDAY, { LOG_LEVEL: "info" });
    // Bolt checks its token once at start (auth.test): let that pass before counting calls.
    await lofte.slack.settle();
  });
  afterAll(async () => {
    await lofte?.slack.settle();
    await lofte?.stop();
    await db?.close();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A slash command that, if Lofte acted on it, would store a promise in `teamId` (and ask Slack who the user is). */
  const promiseCommand = (teamId: string, user = "U0ANNA") =>
    commandBody({ text: "jag skickar fakturan till Acme fredag", team_id: teamId, user_id: user });

  /** Nothing happened in `teamId`: no workspace row, no promise, and Slack was not called at all. */
  async function expectUntouched(teamId: string, since: ReturnType<typeof mark>) {
    await lofte.slack.settle(100);
    expect(await db.prisma.workspace.count({ where: { id: teamId } })).toBe(0);
    expect(await db.prisma.commitment.count({ where: { workspaceId: teamId } })).toBe(0);
    expect(lofte.slack.calls.slice(since.calls).map((c) => c.method)).toEqual([]);
  }

  const FORGERIES: [string, (teamId: string) => Forgery][] = [
    [
      "signed with the wrong secret",
      (teamId) => {
        const body = promiseCommand(teamId);
        return { body, headers: new SlackDriver(lofte.driver.url, "not-the-signing-secret").sign(body) };
      },
    ],
    [
      "a body changed after signing (another user put in)",
      (teamId) => {
        const signed = promiseCommand(teamId, "U0ANNA");
        return { body: promiseCommand(teamId, "U0ADMIN"), headers: lofte.driver.sign(signed) };
      },
    ],
    [
      "a valid request's signature on another body",
      (teamId) => {
        const harmless = commandBody({ text: "hjälp", team_id: teamId });
        return { body: promiseCommand(teamId), headers: lofte.driver.sign(harmless) };
      },
    ],
    [
      "no signature header",
      (teamId) => {
        const body = promiseCommand(teamId);
        return { body, headers: { "x-slack-request-timestamp": lofte.driver.sign(body)["x-slack-request-timestamp"] } };
      },
    ],
    [
      "no timestamp header",
      (teamId) => {
        const body = promiseCommand(teamId);
        return { body, headers: { "x-slack-signature": lofte.driver.sign(body)["x-slack-signature"] } };
      },
    ],
    ["no headers at all", (teamId) => ({ body: promiseCommand(teamId), headers: {} })],
    [
      "a signature of an unknown version (v1=)",
      (teamId) => {
        const body = promiseCommand(teamId);
        const headers = lofte.driver.sign(body);
        return { body, headers: { ...headers, "x-slack-signature": headers["x-slack-signature"].replace(/^v0=/, "v1=") } };
      },
    ],
    [
      "a timestamp 6 minutes old, correctly signed",
      (teamId) => {
        const body = promiseCommand(teamId);
        return { body, headers: lofte.driver.sign(body, nowSeconds() - SIX_MINUTES) };
      },
    ],
    [
      "a timestamp that is not a number",
      (teamId) => {
        const body = promiseCommand(teamId);
        return { body, headers: { ...lofte.driver.sign(body), "x-slack-request-timestamp": "yesterday" } };
      },
    ],
  ];

  it.each(FORGERIES)("refuses a command %s with 401, and touches nothing", async (_name, forge) => {
    const teamId = `T0${nextTag("SIG")}`;
    const since = mark(lofte);
    const { body, headers } = forge(teamId);
    const answer = await lofte.driver.post(body, headers);
    expect(answer.status).toBe(401);
    expect(answer.text).toBe("");
    await expectUntouched(teamId, since);
  });

  it("answers Slack's unsigned SSL check with 200, and acts on nothing smuggled into it", async () => {
    const teamId = `T0${nextTag("SIG")}`;
    const since = mark(lofte);
    expect((await lofte.driver.post("ssl_check=1&token=abc", {})).status).toBe(200);
    const smuggled = await lofte.driver.post(`ssl_check=1&${promiseCommand(teamId)}`, {});
    expect(smuggled.status).toBe(200);
    expect(smuggled.text).toBe("");
    await expectUntouched(teamId, since);
  });

  // Bolt's own check (@slack/bolt 5.1.0, verifySlackRequest) refuses only timestamps more than
  // 5 minutes in the past; src/slack/http-receiver.ts refuses those ahead too.
  it("refuses a command with a timestamp 6 minutes in the future, correctly signed", async () => {
    const teamId = `T0${nextTag("SIG")}`;
    const since = mark(lofte);
    const body = promiseCommand(teamId);
    const answer = await lofte.driver.post(body, lofte.driver.sign(body, nowSeconds() + SIX_MINUTES));
    // Let what got in finish, so it does not spill into the next test.
    if (answer.status !== 401) await handled(lofte, since, "U0ANNA");
    expect(answer.status).toBe(401);
    await expectUntouched(teamId, since);
  });

  it("accepts the same command correctly signed 4 minutes ago (the window is 5 minutes)", async () => {
    const teamId = `T0${nextTag("SIG")}`;
    const since = mark(lofte);
    const body = promiseCommand(teamId);
    const answer = await lofte.driver.post(body, lofte.driver.sign(body, nowSeconds() - 4 * 60));
    expect(answer.status).toBe(200);
    expect(String(answer.json?.text)).toMatch(/^Noterat: du lovar att skicka fakturan till Acme/);
    await handled(lofte, since, "U0ANNA");
    expect(await db.prisma.commitment.count({ where: { workspaceId: teamId } })).toBe(1);
  });

  it("refuses a captured valid request replayed 6 minutes later, and stores the promise once", async () => {
    const teamId = `T0${nextTag("SIG")}`;
    const body = promiseCommand(teamId);
    const captured = lofte.driver.sign(body);
    const first = mark(lofte);
    expect((await lofte.driver.post(body, captured)).status).toBe(200);
    await handled(lofte, first, "U0ANNA");
    expect(await db.prisma.commitment.count({ where: { workspaceId: teamId } })).toBe(1);

    // Six minutes later (the real clock, which Bolt checks signatures against).
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + SIX_MINUTES * 1000);
    const since = mark(lofte);
    const replay = await lofte.driver.post(body, captured);
    vi.useRealTimers();
    expect(replay.status).toBe(401);
    await lofte.slack.settle(100);
    expect(await db.prisma.commitment.count({ where: { workspaceId: teamId } })).toBe(1);
    expect(lofte.slack.calls.slice(since.calls).map((c) => c.method)).toEqual([]);
  });

  it("refuses a forged button press (Undo) and a forged ✅ reaction on a promise, which stays as it was", async () => {
    const cast = await castFor(lofte, nextTag("SIG"));
    const promise = await promiseOf(lofte, cast);
    await db.prisma.nudge.create({
      data: {
        workspaceId: cast.teamId,
        commitmentId: promise.id,
        kind: "due_soon",
        dueAt: new Date("2026-11-25T08:00:00Z"),
        state: "sent",
        slackChannel: "D0OWNER",
        slackTs: "1764050000.000100",
      },
    });
    const before = await snapshot(lofte, promise.id);
    const since = mark(lofte);
    const forger = new SlackDriver(lofte.driver.url, "guessed-secret");

    const undo = blockAction({
      actionId: "commitment_undo",
      value: promise.id,
      userId: cast.people.owner,
      teamId: cast.teamId,
      responseUrl: lofte.slack.responseUrl("forged-undo"),
    });
    const undoBody = interactionBody(undo);
    expect((await lofte.driver.post(undoBody, forger.sign(undoBody))).status).toBe(401);

    const reaction = eventEnvelope(
      {
        type: "reaction_added",
        user: cast.people.owner,
        reaction: "white_check_mark",
        item: { type: "message", channel: "D0OWNER", ts: "1764050000.000100" },
        event_ts: "1764050001.000100",
      },
      cast.teamId,
    );
    const reactionBody = JSON.stringify(reaction);
    const forged = await lofte.driver.post(reactionBody, { ...forger.sign(reactionBody), "content-type": "application/json" });
    expect(forged.status).toBe(401);
    // A valid signature of the reaction, sent 6 minutes late, is no better.
    const late = await lofte.driver.post(reactionBody, {
      ...lofte.driver.sign(reactionBody, nowSeconds() - SIX_MINUTES),
      "content-type": "application/json",
    });
    expect(late.status).toBe(401);

    await lofte.slack.settle(100);
    expect(await snapshot(lofte, promise.id)).toEqual(before);
    expect(await db.prisma.processedEvent.count({ where: { eventId: String(reaction.event_id) } })).toBe(0);
    expect(lofte.slack.calls.slice(since.calls).map((c) => c.method)).toEqual([]);
    expect(lofte.slack.responses.filter((r) => r.id === "forged-undo")).toEqual([]);
  });
});
