import { beforeAll, describe, expect, it } from "vitest";
import { MAX_TASK_LENGTH } from "../../src/domain/commitment.js";
import { speak } from "../../src/language/index.js";
import type { TestDatabase } from "../support/databases.js";
import { Fuzz, fuzzSeed } from "../support/fuzz-inputs.js";
import { type Lofte, useLofte } from "../support/harness.js";
import { commandBody } from "../support/slack-driver.js";
import {
  asStored,
  BROADCAST,
  blockKitProblem,
  checkAnswer,
  checkSlackOutput,
  helpText,
  IN_FLIGHT,
  Problems,
  rowCounts,
  runBounded,
  slackAnswers,
  uglyText,
  visibleTexts,
} from "./fuzz-checks.js";

// Wednesday 25 November 2026, 10:00 in Stockholm.
const WEDNESDAY = "2026-11-25T09:00:00Z";
const INPUTS = 5000;
const SEED = fuzzSeed(20_261_125);
const USERS = ["U0ANNA", "U0BOB", "U0NOLOC"];
const FAILED = new Set([speak("sv").messages.failed, speak("en").messages.failed]);

// PGlite in memory only: the PostgreSQL path runs the same listener and store code and is
// covered by the other suites; here the time goes to the inputs, not to a second database.
describe("fuzz: slash command text (/lofte, /promise)", () => {
  let db: TestDatabase;
  let lofte: Lofte;

  useLofte("pglite", WEDNESDAY, (started) => ({ db, lofte } = started));
  beforeAll(async () => {
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
    lofte.slack.users.set("U0BOB", { tz: "America/New_York", locale: "en-US" });
    lofte.slack.users.set("U0NOLOC", {});
    // A warm start (the parser's tables, the JIT): a cold first request is not the fuzz's doing.
    for (const text of ["hjälp", "jag skickar offerten till Acme på fredag", "lista"]) await lofte.driver.command({ text });
  });

  it(`answers ${INPUTS} generated command texts in time, kindly, and stores only confirmed promises`, async () => {
    const fuzz = new Fuzz(SEED);
    const problems = new Problems(SEED);
    const inputs = Array.from({ length: INPUTS }, (_, i) => ({
      text: fuzz.text(),
      command: i % 2 === 0 ? "/lofte" : "/promise",
      user: fuzz.pick(USERS),
    }));
    const before = await rowCounts(lofte);
    const confirmed: { id: string; index: number }[] = [];
    const waiting: number[] = [];
    let sent = 0;

    await runBounded(INPUTS, IN_FLIGHT, async (i) => {
      const input = inputs[i];
      const body = commandBody({
        text: input.text,
        command: input.command,
        user_id: input.user,
        response_url: lofte.slack.responseUrl(`cmd-${i}`),
        trigger_id: `fuzz.${i}`,
      });
      const answer = await lofte.driver.raw(body, "application/x-www-form-urlencoded");
      sent++;
      checkAnswer(problems, i, input, answer);
      if (answer.status !== 200) return;
      if (!answer.json) {
        // Acknowledged empty-handed: the settings modal opens, or the reply comes by response_url.
        waiting.push(i);
        return;
      }
      checkReply(problems, i, input, answer.json, confirmed);
    });

    await lofte.slack.settle(200, 10_000);
    const { responses, modals } = slackAnswers(lofte);
    for (const i of waiting) {
      const late = responses.get(`cmd-${i}`);
      const modal = modals.has(`fuzz.${i}`);
      if (late) checkReply(problems, i, inputs[i], late, confirmed);
      else if (!modal) problems.add("no reply while the person waits", i, inputs[i]);
    }
    checkSlackOutput(problems, lofte);
    for (const { id, index } of confirmed) {
      const row = await db.prisma.commitment.findUnique({ where: { id } });
      const typed = asStored(inputs[index].text);
      if (!row) problems.add("confirmed, but no row", index, inputs[index]);
      else if (row.originalText.trim() !== typed)
        problems.add("stored another text than the one confirmed", index, inputs[index], row.originalText);
      else if (!row.task.trim() || row.task.length > MAX_TASK_LENGTH)
        problems.add("stored an empty or oversized task", index, inputs[index], row.task);
      else if (row.dueAt <= lofte.clock.now()) problems.add("stored a deadline in the past", index, inputs[index], row.dueAt.toISOString());
    }
    const after = await rowCounts(
      lofte,
      confirmed.map((c) => c.id),
    );
    if (JSON.stringify(after) !== JSON.stringify(before)) problems.add("rows written without a confirmation", -1, { before, after });

    expect(problems.report()).toBe("");
    expect(await helpText(lofte), "the server still answers afterwards").toContain("Lofte håller koll");
    expect(sent).toBeGreaterThanOrEqual(5000);
    expect(confirmed.length, "some generated texts are real promises, and were checked as stored").toBeGreaterThan(0);
  }, 180_000);
});

/** The reply to one command: ephemeral, a real message (not the generic failure), nothing ugly, within Slack's limits. */
function checkReply(
  problems: Problems,
  index: number,
  input: unknown,
  reply: Record<string, unknown>,
  confirmed: { id: string; index: number }[],
): void {
  const text = typeof reply.text === "string" ? reply.text : "";
  if (reply.response_type !== "ephemeral") problems.add("reply not ephemeral", index, input, String(reply.response_type));
  if (!text.trim()) problems.add("empty reply", index, input);
  if (FAILED.has(text.split("\n")[0])) problems.add("the generic failure reply (something threw)", index, input);
  const ugly = uglyText(visibleTexts(reply));
  if (ugly) problems.add("ugly text in the reply", index, input, ugly);
  const limit = blockKitProblem(reply, "message");
  if (limit) problems.add("Slack would refuse the reply", index, input, limit);
  const edit = editButtonValue(reply.blocks);
  if (edit) {
    confirmed.push({ id: edit, index });
    if (BROADCAST.test(text)) problems.add("a live @channel/@here mention in a confirmation", index, input, text.slice(0, 200));
  }
}

/** The commitment id on the Edit button of a confirmation, if the reply is one. */
function editButtonValue(blocks: unknown): string | null {
  for (const block of Array.isArray(blocks) ? (blocks as { elements?: { action_id?: string; value?: string }[] }[]) : []) {
    const edit = block.elements?.find((e) => e.action_id === "commitment_edit");
    if (edit?.value) return edit.value;
  }
  return null;
}
