import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { speak } from "../../src/language/index.js";
import { FIELD, VIEW } from "../../src/slack/ids.js";
import { SETTING } from "../../src/slack/ui/settings-modal.js";
import { createCommitment } from "../../src/store/commitments.js";
import { ensureWorkspace } from "../../src/store/workspaces.js";
import type { TestDatabase } from "../support/databases.js";
import { FORTY_THOUSAND, Fuzz, fuzzSeed } from "../support/fuzz-inputs.js";
import { type Lofte, useLofte } from "../support/harness.js";
import { interactionBody, viewSubmission } from "../support/slack-driver.js";
import {
  checkAnswer,
  checkSlackOutput,
  envelopeShape,
  helpText,
  IN_FLIGHT,
  Problems,
  rowCounts,
  runBounded,
  uglyText,
} from "./fuzz-checks.js";
import { deadlineForm, promiseForm, promiseFormValid, SLACK_USER, settingsForm } from "./view-forms.js";

// Wednesday 25 November 2026, 10:00 in Stockholm.
const WEDNESDAY = "2026-11-25T09:00:00Z";
const INPUTS = 5000;
const SEED = fuzzSeed(20_261_127);
const VIEWS = Object.values(VIEW);
/** The blocks of each modal: view errors may only name these (Slack refuses others). */
const BLOCKS: Record<string, string[]> = {
  [VIEW.edit]: Object.values(FIELD).filter((f) => f !== FIELD.note),
  [VIEW.track]: Object.values(FIELD).filter((f) => f !== FIELD.note),
  [VIEW.newDeadline]: [FIELD.date, FIELD.time, FIELD.note],
  [VIEW.settings]: Object.values(SETTING),
};
const REFUSALS = new Set(
  (["sv", "en"] as const).flatMap((l) => [
    speak(l).messages.notFound,
    speak(l).messages.notAllowed,
    speak(l).messages.conflict,
    speak(l).messages.notOpen,
    speak(l).messages.settings.notAllowed,
  ]),
);

interface Submission {
  callbackId: string;
  payload: Record<string, unknown>;
  /** What Slack could send: the modal's own metadata and a form a person could fill in. */
  wellFormed: boolean;
  /** For Track: the form is valid, so a promise must be stored and confirmed. */
  shouldSave: boolean;
}

// PGlite in memory only: the PostgreSQL path runs the same listener and store code and is
// covered by the other suites; here the time goes to the inputs, not to a second database.
describe("fuzz: view_submission for every modal", () => {
  let db: TestDatabase;
  let lofte: Lofte;
  const refused: string[] = [];

  useLofte("pglite", WEDNESDAY, (started) => ({ db, lofte } = started));
  beforeAll(async () => {
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
    for (const team of ["T0LOFTE", "T0ELSE"]) await ensureWorkspace(db, team, lofte.deps.defaults);
    const promise = (workspaceId: string, ownerId: string) =>
      createCommitment(
        db,
        {
          workspaceId,
          ownerId,
          creatorId: ownerId,
          task: "skicka offerten",
          customer: "Acme",
          originalText: "jag skickar offerten",
          language: "sv",
          sourceChannelId: "C0SALES",
          dueAt: new Date("2026-11-27T16:00:00Z"),
          hasTime: false,
          timeZone: "Europe/Stockholm",
        },
        lofte.clock.now(),
      );
    // Someone else's here; one in another workspace; one that never existed.
    refused.push((await promise("T0LOFTE", "U0OTHER")).id, (await promise("T0ELSE", "U0ANNA")).id, randomUUID());
    await lofte.driver.command({ text: "jag skickar offerten till Acme på fredag" }); // warm up
  });

  it(`acknowledges ${INPUTS} generated submissions with a valid answer, and stores only valid promises`, async () => {
    const fuzz = new Fuzz(SEED);
    const problems = new Problems(SEED);
    const submissions = Array.from({ length: INPUTS }, (_, i) => generateSubmission(fuzz, VIEWS[i % VIEWS.length], i, refused));
    const before = await rowCounts(lofte);
    let sent = 0;

    await runBounded(INPUTS, IN_FLIGHT, async (i) => {
      const s = submissions[i];
      const answer = await lofte.driver.raw(interactionBody(s.payload), "application/x-www-form-urlencoded");
      sent++;
      checkAnswer(problems, i, compact(s.payload), answer, envelopeShape(s.payload));
      if (answer.status === 200) checkAck(problems, i, s, answer.json);
    });

    await lofte.slack.settle(200, 10_000);
    checkSlackOutput(problems, lofte);
    const saved = await db.prisma.commitment.findMany({ where: { creatorId: { startsWith: "U0F" } } });
    const byCreator = new Map(saved.map((c) => [c.creatorId, c]));
    const told = new Set(
      lofte.slack.calls
        .filter((c) => ["chat.postEphemeral", "chat.postMessage"].includes(c.method))
        .map((c) => c.params.user ?? c.params.channel),
    );
    for (const [i, s] of submissions.entries()) {
      const row = byCreator.get(submitter(i));
      if (s.shouldSave && !row) problems.add("a valid Track form was not stored", i, compact(s.payload));
      if (!s.shouldSave && row) problems.add("stored a promise from an invalid Track form", i, compact(s.payload), row.id);
      if (row && !told.has(submitter(i))) problems.add("stored without a confirmation", i, compact(s.payload));
      if (row && !SLACK_USER.test(row.ownerId))
        problems.add("stored an owner that is not a Slack user", i, compact(s.payload), row.ownerId);
      if (row?.leadId && !SLACK_USER.test(row.leadId))
        problems.add("stored a lead that is not a Slack user", i, compact(s.payload), row.leadId);
    }
    const after = await rowCounts(
      lofte,
      saved.map((c) => c.id),
    );
    if (JSON.stringify(after) !== JSON.stringify(before))
      problems.add("rows written or changed by refused submissions", -1, { before, after });

    expect(problems.report()).toBe("");
    expect(await helpText(lofte), "the server still answers afterwards").toContain("Lofte håller koll");
    expect(sent).toBeGreaterThanOrEqual(5000);
    expect(submissions.filter((s) => s.shouldSave).length, "some generated Track forms are valid").toBeGreaterThan(20);
  }, 180_000);
});

/** Each submission has its own user, so what Lofte stores and sends can be traced back to it. */
function submitter(i: number): string {
  return `U0F${i.toString(36).toUpperCase()}`;
}

function compact(payload: Record<string, unknown>): unknown {
  const view = (payload.view ?? {}) as Record<string, unknown>;
  return {
    team: payload.team,
    user: payload.user,
    callback_id: view.callback_id,
    private_metadata: view.private_metadata,
    state: view.state,
  };
}

/**
 * A view submission is answered with an empty ack (the modal closes) or with errors on the
 * modal's own blocks, in words; a well-formed form about a promise out of reach is refused in words.
 */
function checkAck(problems: Problems, i: number, s: Submission, json: Record<string, unknown> | null): void {
  if (json === null) {
    if (s.wellFormed && s.callbackId !== VIEW.track)
      problems.add(`${s.callbackId}: closed without telling why nothing was saved`, i, compact(s.payload));
    return;
  }
  const errors = json.errors as Record<string, unknown> | undefined;
  if (json.response_action !== "errors" || !errors || typeof errors !== "object") {
    problems.add(`${s.callbackId}: an ack Slack does not understand`, i, compact(s.payload), JSON.stringify(json).slice(0, 200));
    return;
  }
  const texts = Object.values(errors).map(String);
  for (const block of Object.keys(errors))
    if (!BLOCKS[s.callbackId].includes(block))
      problems.add(`${s.callbackId}: an error on a block the modal does not have`, i, compact(s.payload), block);
  if (texts.some((t) => !t.trim())) problems.add(`${s.callbackId}: an empty error`, i, compact(s.payload));
  const ugly = uglyText(texts);
  if (ugly) problems.add(`${s.callbackId}: ugly text in a view error`, i, compact(s.payload), ugly);
  if (s.wellFormed && s.callbackId !== VIEW.track && !texts.some((t) => REFUSALS.has(t)))
    problems.add(`${s.callbackId}: a refused form not told why`, i, compact(s.payload), texts.join(" | "));
}

function generateSubmission(fuzz: Fuzz, callbackId: string, i: number, refused: string[]): Submission {
  const id = fuzz.pick(refused);
  const wellFormed = fuzz.chance(0.35);
  const form =
    callbackId === VIEW.settings
      ? settingsForm(fuzz, wellFormed)
      : callbackId === VIEW.newDeadline
        ? deadlineForm(fuzz, wellFormed)
        : promiseForm(fuzz, wellFormed);
  const meta = wellFormed || fuzz.chance(0.5) ? goodMetadata(fuzz, callbackId, id) : hostileMetadata(fuzz, callbackId, id);
  const payload = viewSubmission({ callbackId, privateMetadata: meta, values: form, userId: submitter(i) });
  if (fuzz.chance(0.3)) payload.team = null; // an org-wide install: the team comes from user.team_id
  if (!wellFormed && fuzz.chance(0.15)) mutateEnvelope(fuzz, payload);
  const shouldSave = callbackId === VIEW.track && trackValid(payload) && envelopeIntact(payload, i);
  return { callbackId, payload, wellFormed: wellFormed && envelopeIntact(payload, i), shouldSave };
}

/** Whether the Track modal, as finally submitted, holds metadata Lofte wrote and a form a person could send. */
function trackValid(payload: Record<string, unknown>): boolean {
  const view = payload.view as { private_metadata?: unknown; state?: { values?: unknown } };
  let meta: unknown = null;
  try {
    meta = typeof view.private_metadata === "string" ? JSON.parse(view.private_metadata) : null;
  } catch {
    return false;
  }
  const values = view.state?.values;
  return (
    meta !== null &&
    typeof meta === "object" &&
    trackMetadataValid(meta as Record<string, unknown>) &&
    values !== null &&
    typeof values === "object" &&
    promiseFormValid(values as Record<string, unknown>)
  );
}

function envelopeIntact(payload: Record<string, unknown>, i: number): boolean {
  const user = payload.user as { id?: unknown; team_id?: unknown } | undefined;
  const team = payload.team as { id?: unknown } | null | undefined;
  const view = payload.view as { state?: { values?: unknown } } | undefined;
  const teamId = team === null ? user?.team_id : team?.id;
  return user?.id === submitter(i) && teamId === "T0LOFTE" && typeof view?.state?.values === "object";
}

/** Missing or hostile parts of the envelope: the user, the team, the view's state. */
function mutateEnvelope(fuzz: Fuzz, payload: Record<string, unknown>): void {
  const view = payload.view as Record<string, unknown>;
  switch (fuzz.int(5)) {
    case 0:
      payload.user = fuzz.maybe(() => ({ id: fuzz.text().slice(0, 50) }), 0.4);
      break;
    case 1:
      payload.team = fuzz.maybe(() => ({ id: fuzz.idLike(["T0LOFTE"]) }), 0.4);
      break;
    case 2:
      view.state = fuzz.maybe(() => ({ values: fuzz.value(2) }), 0.5);
      break;
    case 3:
      view.private_metadata = fuzz.value(1);
      break;
    default:
      Object.assign(view, fuzz.object(1), { callback_id: view.callback_id });
  }
}

/** The metadata the modal was opened with, pointing at a promise out of reach (or, for Track, a message). */
function goodMetadata(fuzz: Fuzz, callbackId: string, id: string): string {
  const language = fuzz.pick(["sv", "en"]);
  const timeZone = "Europe/Stockholm";
  switch (callbackId) {
    case VIEW.edit:
      return JSON.stringify({
        commitmentId: id,
        version: 1,
        timeZone,
        language,
        responseUrl: "https://hooks.slack.com/actions/T0LOFTE/1/x",
      });
    case VIEW.newDeadline:
      return JSON.stringify({
        commitmentId: id,
        language,
        timeZone,
        channel: "D0ANNA",
        ts: "1764000000.000100",
        by: fuzz.pick(["owner", "lead"]),
      });
    case VIEW.settings:
      return JSON.stringify({ channelId: "C0SALES", language });
    default: {
      const fromHome = fuzz.chance(0.3);
      const text = fuzz.text().slice(0, 1500);
      return JSON.stringify({
        channelId: fromHome ? null : "C0SALES",
        messageTs: fromHome ? null : "1764061200.000300",
        text,
        language,
        timeZone,
      });
    }
  }
}

/** Metadata that is not JSON, of the wrong shape, or with hostile values. */
function hostileMetadata(fuzz: Fuzz, callbackId: string, id: string): string {
  const good = JSON.parse(goodMetadata(fuzz, callbackId, id)) as Record<string, unknown>;
  switch (fuzz.int(6)) {
    case 0:
      return fuzz.text();
    case 1:
      return JSON.stringify(fuzz.value(2));
    case 2:
      return FORTY_THOUSAND;
    default: {
      const key = fuzz.pick(Object.keys(good));
      const value = fuzz.pick<unknown>([fuzz.text(), fuzz.value(1), "Mars/Olympus", "de", -1, 1.5, "1", null, FORTY_THOUSAND, `${id}'--`]);
      return JSON.stringify({ ...good, [key]: value });
    }
  }
}

/** What Track's metadata must be (an independent reading of the modal's contract). */
function trackMetadataValid(meta: Record<string, unknown>): boolean {
  const nullableString = (v: unknown) => v === null || typeof v === "string";
  return (
    nullableString(meta.channelId) &&
    nullableString(meta.messageTs) &&
    typeof meta.text === "string" &&
    meta.text.length <= 1500 &&
    (meta.language === "sv" || meta.language === "en") &&
    meta.timeZone === "Europe/Stockholm"
  );
}
