import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_TASK_LENGTH, MAX_TEXT_LENGTH } from "../../src/domain/commitment.js";
import { speak } from "../../src/language/index.js";
import { ACTION } from "../../src/slack/ids.js";
import { createCommitment } from "../../src/store/commitments.js";
import { ensureWorkspace } from "../../src/store/workspaces.js";
import type { TestDatabase } from "../support/databases.js";
import { Fuzz, fuzzSeed } from "../support/fuzz-inputs.js";
import { type Lofte, useLofte } from "../support/harness.js";
import { interactionBody } from "../support/slack-driver.js";
import { actionOf, type Click, generateClick, type Targets } from "./click-inputs.js";
import {
  asStored,
  checkAnswer,
  checkSlackOutput,
  envelopeShape,
  helpText,
  IN_FLIGHT,
  Problems,
  rowCounts,
  runBounded,
  slackAnswers,
} from "./fuzz-checks.js";

// Wednesday 25 November 2026, 10:00 in Stockholm.
const WEDNESDAY = "2026-11-25T09:00:00Z";
const INPUTS = 5000;
const SEED = fuzzSeed(20_261_126);
const ACTIONS = Object.values(ACTION);
/** What a person may be told when a click cannot be carried out, in either language. */
const REFUSALS = new Set(
  (["sv", "en"] as const).flatMap((l) => [
    speak(l).messages.notFound,
    speak(l).messages.notAllowed,
    speak(l).messages.conflict,
    speak(l).messages.notOpen,
  ]),
);
/** Clicks that answer a refused click with words; the others open a modal, or change nothing until Save. */
const EXPLAINED = new Set<string>([
  ACTION.edit,
  ACTION.undo,
  ACTION.done,
  ACTION.onTrack,
  ACTION.snooze,
  ACTION.cantMakeIt,
  ACTION.moreTime,
  ACTION.moveDeadline,
  ACTION.pingOwner,
  ACTION.tellCustomer,
  ACTION.reassign,
  ACTION.listItem,
  ACTION.followUp,
]);

// PGlite in memory only: the PostgreSQL path runs the same listener and store code and is
// covered by the other suites; here the time goes to the inputs, not to a second database.
describe("fuzz: block_actions for every action id", () => {
  let db: TestDatabase;
  let lofte: Lofte;
  const targets: Targets = { refused: [] };

  useLofte("pglite", WEDNESDAY, (started) => ({ db, lofte } = started));
  beforeAll(async () => {
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
    lofte.slack.users.set("U0BOB", { tz: "America/New_York", locale: "en-US" });
    const now = lofte.clock.now();
    for (const team of ["T0LOFTE", "T0ELSE"]) await ensureWorkspace(db, team, lofte.deps.defaults);
    const promise = (workspaceId: string, ownerId: string, customer: string | null) =>
      createCommitment(
        db,
        {
          workspaceId,
          ownerId,
          creatorId: ownerId,
          task: "skicka offerten",
          customer,
          originalText: "jag skickar offerten",
          language: "sv",
          sourceChannelId: "C0SALES",
          dueAt: new Date("2026-11-27T16:00:00Z"),
          hasTime: false,
          timeZone: "Europe/Stockholm",
        },
        now,
      );
    // Someone else's in this workspace; Anna's own, but in another workspace; and ids that never existed.
    const others = await Promise.all([promise("T0LOFTE", "U0OTHER", "Acme"), promise("T0LOFTE", "U0OTHER", null)]);
    const elsewhere = await promise("T0ELSE", "U0ANNA", "Acme");
    targets.refused.push(...others.map((c) => c.id), elsewhere.id, randomUUID(), randomUUID());
    await warmUp(lofte);
  });

  it(`acknowledges ${INPUTS} generated clicks in time, explains refusals, and changes no promise`, async () => {
    const fuzz = new Fuzz(SEED);
    const problems = new Problems(SEED);
    const clicks = Array.from({ length: INPUTS }, (_, i) => generateClick(fuzz, ACTIONS[i % ACTIONS.length], i, lofte, targets));
    const before = await rowCounts(lofte);
    let sent = 0;

    await runBounded(INPUTS, IN_FLIGHT, async (i) => {
      const answer = await lofte.driver.raw(interactionBody(clicks[i].payload), "application/x-www-form-urlencoded");
      sent++;
      checkAnswer(problems, i, compact(clicks[i].payload), answer, envelopeShape(clicks[i].payload));
    });

    await lofte.slack.settle(200, 10_000);
    const confirmed: string[] = [];
    const { responses, modals } = slackAnswers(lofte);
    for (const [i, click] of clicks.entries()) {
      const response = responses.get(`act-${i}`);
      const modal = modals.has(`fuzz.${i}`);
      // Save under "when?" and "Spara även detta" record what their button holds, as /lofte would.
      const saved = click.actionId === ACTION.saveDeadline || click.actionId === ACTION.saveOther ? savedPromise(response) : null;
      if (saved) confirmed.push(saved);
      if (!click.wellFormed) continue;
      if (EXPLAINED.has(click.actionId)) {
        const text = String(response?.text ?? "");
        if (!REFUSALS.has(text))
          problems.add(`${click.actionId}: no explanation of a refused click`, i, compact(click.payload), text || "nothing");
      } else if ([ACTION.newPromise, ACTION.suggestTrack].includes(click.actionId as never) && !modal) {
        problems.add(`${click.actionId}: no modal`, i, compact(click.payload));
      } else if (click.actionId === ACTION.saveDeadline && !response?.text) {
        problems.add("deadline_save: no answer to Save", i, compact(click.payload));
      }
    }
    checkSlackOutput(problems, lofte);
    for (const id of confirmed) await checkSaved(problems, lofte, id, clicks);
    const after = await rowCounts(lofte, confirmed);
    if (JSON.stringify(after) !== JSON.stringify(before)) problems.add("rows written or changed by refused clicks", -1, { before, after });

    expect(problems.report()).toBe("");
    expect(await helpText(lofte), "the server still answers afterwards").toContain("Lofte håller koll");
    expect(sent).toBeGreaterThanOrEqual(5000);
    expect(confirmed.length, "some Save clicks were valid, and were checked as stored").toBeGreaterThan(0);
    expect(new Set(clicks.map((c) => c.actionId))).toEqual(new Set(ACTIONS));
  }, 180_000);
});

/** The parts of a click that vary, for reading a problem report. */
function compact(payload: Record<string, unknown>): unknown {
  const { team, user, actions, state, trigger_id, response_url, container, channel, api_app_id } = payload;
  const url = typeof response_url === "string" ? "(set)" : response_url;
  return { team, user, actions, state, trigger_id, response_url: url, container, channel, api_app_id };
}

/** A few ordinary requests first, so a cold start (JIT, the parser's tables) is not taken for the fuzz's doing. */
async function warmUp(lofte: Lofte): Promise<void> {
  for (const text of ["hjälp", "jag skickar offerten till Acme på fredag", "lista"]) await lofte.driver.command({ text });
}

/** The promise a Save click stored, from its confirmation (the Edit button's value). */
function savedPromise(response: Record<string, unknown> | undefined): string | null {
  const blocks = Array.isArray(response?.blocks) ? (response.blocks as { elements?: { action_id?: string; value?: string }[] }[]) : [];
  for (const block of blocks) {
    const edit = block.elements?.find((e) => e.action_id === ACTION.edit);
    if (edit?.value) return edit.value;
  }
  return null;
}

/**
 * A promise stored by Save must be the typed text, a real task, and a real day and time ahead
 * (for Save under "when?", the one picked; for "Spara även detta", the one its text names).
 */
async function checkSaved(problems: Problems, lofte: Lofte, id: string, clicks: Click[]): Promise<void> {
  const row = await lofte.db.prisma.commitment.findUnique({ where: { id } });
  const typed = (c: Click) => asStored(String(actionOf(c.payload)?.value ?? ""));
  const saves = [ACTION.saveDeadline, ACTION.saveOther] as string[];
  const index = clicks.findIndex((c) => saves.includes(c.actionId) && typed(c) === row?.originalText.trim());
  const click = clicks[index]?.payload;
  if (!row) return problems.add("Save confirmed, but no row", -1, id);
  const picked = clicks[index]?.actionId === ACTION.saveOther || pickedDeadline(click);
  if (!click || !picked)
    problems.add("deadline_save stored a promise without a real day and time picked", index, click ?? row.originalText);
  if (!row.originalText.trim() || row.originalText.length > MAX_TEXT_LENGTH)
    problems.add("deadline_save stored an empty or oversized text", index, click, `${row.originalText.length} characters`);
  if (!row.task.trim() || row.task.length > MAX_TASK_LENGTH)
    problems.add("deadline_save stored an empty or oversized task", index, click, `${row.task.length} characters`);
  if (row.dueAt <= lofte.clock.now()) problems.add("deadline_save stored a deadline in the past", index, click, row.dueAt.toISOString());
}

/** The day and time picked in a Save click's state, if both are real: an existing date, a clock time. */
function pickedDeadline(payload: Record<string, unknown> | undefined): string | null {
  const state = JSON.stringify(payload?.state ?? {});
  const date = /"deadline_date":\{"type":"datepicker","selected_date":"(\d{4})-(\d{2})-(\d{2})"/.exec(state);
  const time = /"deadline_time":\{"type":"timepicker","selected_time":"(\d{2}):(\d{2})"/.exec(state);
  if (!date || !time) return null;
  const [year, month, day] = date.slice(1).map(Number);
  const real = new Date(Date.UTC(year, month - 1, day));
  const dateOk = real.getUTCFullYear() === year && real.getUTCMonth() === month - 1 && real.getUTCDate() === day;
  const timeOk = Number(time[1]) < 24 && Number(time[2]) < 60;
  return dateOk && timeOk ? `${date[0]} ${time[0]}` : null;
}
