import { UGLY } from "../support/fuzz-inputs.js";
import type { Lofte } from "../support/harness.js";
import { commandBody, type SlackAnswer } from "../support/slack-driver.js";

/**
 * What every fuzz test checks, the same way on every surface: an answer within Slack's 3 s,
 * no 5xx, nothing ugly in what a person sees, Block Kit Slack would accept, and no rows
 * written. Problems are collected (not thrown one by one) and reported together with the seed.
 */

export const ACK_BUDGET_MS = 3000;
/** Requests in flight at once: enough to exercise concurrency, few enough for two shared cores. */
export const IN_FLIGHT = 16;

/** Runs `work(i)` for i in [0, count), at most `limit` at a time. */
export async function runBounded(count: number, limit: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      await work(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}

export class Problems {
  private readonly found = new Map<string, { count: number; examples: string[] }>();

  constructor(private readonly seed: number) {}

  add(kind: string, index: number, input: unknown, detail = ""): void {
    const entry = this.found.get(kind) ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < 3) entry.examples.push(`#${index}${detail ? ` (${detail})` : ""}: ${preview(input)}`);
    this.found.set(kind, entry);
  }

  get size(): number {
    return this.found.size;
  }

  /** Every kind of problem with its count and first examples; "" when there were none. */
  report(): string {
    if (this.found.size === 0) return "";
    const lines = [`Fuzz problems (replay with FUZZ_SEED=${this.seed}):`];
    for (const [kind, { count, examples }] of this.found) {
      lines.push(`- ${kind}: ${count} input(s)`, ...examples.map((e) => `    ${e}`));
    }
    return lines.join("\n");
  }
}

/** An input as JSON, cut at FUZZ_PREVIEW characters (300 unless set). */
function preview(input: unknown): string {
  const max = Number(process.env.FUZZ_PREVIEW) || 300;
  const text = JSON.stringify(input) ?? String(input);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

/**
 * The HTTP answer itself: in time, a real answer, no server error. `shape` names what is odd about
 * the request (for example "no user object"), so problems Bolt has before any listener runs stand apart.
 */
export function checkAnswer(
  problems: Problems,
  index: number,
  input: unknown,
  answer: SlackAnswer & { error?: string | null },
  shape = "",
): void {
  const kind = (what: string) => (shape ? `${what} [${shape}]` : what);
  if (answer.error) problems.add(kind("no HTTP answer (connection error, or none in time)"), index, input, answer.error);
  else if (answer.status >= 500) problems.add(kind(`HTTP ${answer.status}`), index, input);
  else if (answer.ms > ACK_BUDGET_MS)
    problems.add(kind("answer after 3 s"), index, input, `${Math.round(answer.ms)} ms, HTTP ${answer.status}`);
}

/** What is odd about an interaction's envelope: Bolt itself reads `user`, `channel` and `actions` before any listener. */
export function envelopeShape(payload: Record<string, unknown>): string {
  if (!payload.user || typeof payload.user !== "object") return "no user object";
  if (payload.channel === null) return "channel null";
  if (
    Array.isArray(payload.actions) &&
    !(payload.actions[0] && typeof (payload.actions[0] as { action_id?: unknown }).action_id === "string")
  )
    return "no action with an action_id";
  return "";
}

/** Every text a person would read in a message, modal or ack: `text` fields, prefilled inputs, view errors. */
export function visibleTexts(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) visibleTexts(item, into);
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === "string" && (key === "text" || key === "initial_value")) into.push(inner);
      else if (key === "errors" && inner && typeof inner === "object") into.push(...Object.values(inner).map(String));
      else visibleTexts(inner, into);
    }
  }
  return into;
}

/** Text a person would read that shows a leaked value or an error's insides. */
export function uglyText(texts: readonly string[]): string | null {
  for (const text of texts) {
    const pattern = UGLY.find((p) => p.test(text));
    if (pattern) return `${pattern} in ${JSON.stringify(text.slice(0, 200))}`;
  }
  return null;
}

/** What Slack would refuse (so the person sees nothing, or an error): Slack's documented limits. */
export function blockKitProblem(payload: unknown, surface: "message" | "modal"): string | null {
  if (!payload || typeof payload !== "object") return null;
  const p = payload as { text?: unknown; blocks?: unknown; private_metadata?: unknown };
  if (typeof p.text === "string" && p.text.length > 40_000) return `message text of ${p.text.length} characters`;
  if (typeof p.private_metadata === "string" && p.private_metadata.length > 3000)
    return `private_metadata of ${p.private_metadata.length} characters`;
  const blocks = Array.isArray(p.blocks) ? p.blocks : [];
  const maxBlocks = surface === "modal" ? 100 : 50;
  if (blocks.length > maxBlocks) return `${blocks.length} blocks`;
  return elementProblem(blocks);
}

function elementProblem(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = elementProblem(item);
      if (problem) return problem;
    }
    return null;
  }
  if (!value || typeof value !== "object") return null;
  const e = value as Record<string, unknown>;
  if (e.type === "mrkdwn" || e.type === "plain_text") {
    const text = String(e.text ?? "");
    if (text.length > 3000) return `a ${e.type} text of ${text.length} characters`;
    if (text.length === 0) return `an empty ${e.type} text`;
  }
  if (e.type === "button" && typeof e.value === "string" && e.value.length > 2000) return `a button value of ${e.value.length} characters`;
  if (typeof e.initial_value === "string" && typeof e.max_length === "number" && e.initial_value.length > e.max_length)
    return `an initial_value of ${e.initial_value.length} characters where ${e.max_length} fit`;
  if (typeof e.initial_user === "string" && !/^[UW][A-Z0-9]+$/.test(e.initial_user))
    return `initial_user ${JSON.stringify(e.initial_user)}`;
  if (typeof e.initial_date === "string" && !/^\d{4}-\d{2}-\d{2}$/.test(e.initial_date)) return `initial_date ${e.initial_date}`;
  for (const inner of Object.values(e)) {
    const problem = elementProblem(inner);
    if (problem) return problem;
  }
  return null;
}

/** A mention that notifies a whole channel: Lofte never sends one, whatever people wrote. */
export const BROADCAST = /<!(channel|here|everyone)\b/;

/**
 * What typed text looks like once stored: Slack sends UTF-8 (a lone surrogate arrives as U+FFFD),
 * PostgreSQL refuses NUL in text, and the ends are trimmed.
 */
export function asStored(text: string): string {
  return text
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
    .replaceAll("\u0000", "")
    .trim();
}

/** What a person saw from Slack calls and response_url posts: checked for ugly text and Block Kit limits. */
export function checkSlackOutput(problems: Problems, lofte: Lofte): void {
  for (const call of lofte.slack.calls) {
    if (!["chat.postEphemeral", "chat.postMessage", "chat.update", "views.open", "views.update", "views.publish"].includes(call.method))
      continue;
    const payload = call.method.startsWith("views.") ? call.params.view : call.params;
    const ugly = uglyText(visibleTexts(payload));
    if (ugly) problems.add(`ugly text in ${call.method}`, -1, call.params, ugly);
    const limit = blockKitProblem(payload, call.method.startsWith("views.") ? "modal" : "message");
    if (limit) problems.add(`Slack would refuse ${call.method}`, -1, call.params, limit);
    const broadcast = ["chat.postMessage", "chat.update"].includes(call.method) && visibleTexts(payload).find((t) => BROADCAST.test(t));
    if (broadcast) problems.add(`a live @channel/@here mention in ${call.method}`, -1, call.params, broadcast.slice(0, 200));
  }
  for (const response of lofte.slack.responses) {
    const ugly = uglyText(visibleTexts(response.body));
    if (ugly) problems.add("ugly text posted to response_url", -1, response.body, ugly);
    const limit = blockKitProblem(response.body, "message");
    if (limit) problems.add("Slack would refuse a response_url post", -1, response.body, limit);
  }
}

/** What was posted to each response URL (by the id in the URL), and the triggers a modal was opened with. */
export function slackAnswers(lofte: Lofte): { responses: Map<string, Record<string, unknown>>; modals: Set<unknown> } {
  return {
    responses: new Map(lofte.slack.responses.map((r) => [r.id, r.body])),
    modals: new Set(lofte.slack.callsTo("views.open").map((c) => c.params.trigger_id)),
  };
}

/** Rows in the tables invalid input must never touch, leaving out the promises a test saw confirmed. */
export async function rowCounts(lofte: Lofte, confirmed: readonly string[] = []): Promise<Record<string, number>> {
  const prisma = lofte.db.prisma;
  const notConfirmed = { notIn: [...confirmed] };
  const [commitments, events, nudges, changed] = await Promise.all([
    prisma.commitment.count({ where: { id: notConfirmed } }),
    prisma.commitmentEvent.count({ where: { commitmentId: notConfirmed } }),
    prisma.nudge.count({ where: { commitmentId: notConfirmed } }),
    prisma.commitment.count({ where: { id: notConfirmed, version: { gt: 1 } } }),
  ]);
  return { commitments, events, nudges, changed };
}

/** A plain `/lofte hjälp` after the storm: the help text, in time. */
export async function helpText(lofte: Lofte): Promise<string> {
  const answer = await lofte.driver.raw(commandBody({ text: "hjälp" }), "application/x-www-form-urlencoded");
  return answer.error ?? String(answer.json?.text ?? `HTTP ${answer.status}`);
}
