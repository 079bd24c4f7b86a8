import { beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../support/databases.js";
import { FORTY_THOUSAND, Fuzz, fuzzSeed } from "../support/fuzz-inputs.js";
import { type Lofte, useLofte } from "../support/harness.js";
import { commandBody, eventEnvelope, interactionBody } from "../support/slack-driver.js";
import { checkAnswer, checkSlackOutput, helpText, Problems, rowCounts, runBounded, slackAnswers } from "./fuzz-checks.js";

// Wednesday 25 November 2026, 10:00 in Stockholm.
const WEDNESDAY = "2026-11-25T09:00:00Z";
const INPUTS = 5000;
const SEED = fuzzSeed(20_261_128);
/**
 * Most of these bodies cost the server little, and Bolt holds the ones it cannot route for 3 s
 * (see the report): more in flight keeps the run short without slowing the answers measured.
 */
const RAW_IN_FLIGHT = 48;
/** Past 3 s an answer is late anyway; waiting longer for one that never comes only slows the run. */
const GIVE_UP_MS = 3500;
const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";
const MB = 1024 * 1024;

interface RawRequest {
  kind: string;
  /** What is odd about it, where Bolt reads it before any listener: problems are grouped by it. */
  shape?: string;
  body: string | Uint8Array;
  contentType: string | null;
  /** A message shortcut a person clicked: the Track modal must open for it. */
  opensModal?: string;
}

// PGlite in memory only: the PostgreSQL path runs the same listener and store code and is
// covered by the other suites; here the time goes to the inputs, not to a second database.
describe("fuzz: raw request bodies to /slack/events, all correctly signed", () => {
  let db: TestDatabase;
  let lofte: Lofte;

  useLofte("pglite", WEDNESDAY, (started) => ({ db, lofte } = started));
  beforeAll(async () => {
    lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE", isAdmin: true });
    // Suggestions on in #salj, so message events there reach the suggestion code; and a warm start.
    await lofte.driver.command({ text: "förslag på" });
    await lofte.driver.command({ text: "jag skickar offerten till Acme på fredag" });
  });

  it(`answers ${INPUTS} generated raw bodies in time, without a server error, and writes nothing`, async () => {
    const fuzz = new Fuzz(SEED);
    const problems = new Problems(SEED);
    const requests = Array.from({ length: INPUTS }, (_, i) => generateRequest(fuzz, i));
    const before = await rowCounts(lofte);
    const statuses = new Map<string, number>();
    let sent = 0;

    await runBounded(INPUTS, RAW_IN_FLIGHT, async (i) => {
      const r = requests[i];
      const answer = await lofte.driver.raw(r.body, r.contentType, GIVE_UP_MS);
      sent++;
      const summary = { kind: r.kind, contentType: r.contentType, body: preview(r.body) };
      checkAnswer(problems, i, summary, answer, r.shape ? `${r.kind}: ${r.shape}` : r.kind);
      const key = `${r.kind} → ${answer.status || "no answer"}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    });

    await lofte.slack.settle(200, 10_000);
    checkSlackOutput(problems, lofte);
    const { modals } = slackAnswers(lofte);
    for (const [i, r] of requests.entries()) {
      if (r.opensModal && !modals.has(r.opensModal))
        problems.add("a shortcut click without the Track modal", i, { kind: r.kind, body: preview(r.body) });
    }
    const after = await rowCounts(lofte);
    if (JSON.stringify(after) !== JSON.stringify(before)) problems.add("rows written from raw bodies", -1, { before, after });

    // What was answered to each kind of body (4xx for garbage is fine when it comes at once).
    const answered = [...statuses].sort().map(([k, n]) => `${k}: ${n}`);
    expect(problems.report(), `answers by kind:\n${answered.join("\n")}`).toBe("");
    expect(await helpText(lofte), "the server still answers afterwards").toContain("Lofte håller koll");
    expect(sent).toBeGreaterThanOrEqual(5000);
  }, 180_000);
});

function preview(body: string | Uint8Array): string {
  const text = typeof body === "string" ? body : Buffer.from(body).toString("utf8");
  return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} chars)` : text;
}

function generateRequest(fuzz: Fuzz, i: number): RawRequest {
  if (i % 500 === 7) return oversized(fuzz);
  const roll = fuzz.int(100);
  if (roll < 15) return malformedJson(fuzz);
  if (roll < 30) return malformedForm(fuzz);
  if (roll < 38) return wrongContentType(fuzz);
  if (roll < 41) return { kind: "empty body", body: "", contentType: fuzz.pick([JSON_TYPE, FORM, null]) };
  if (roll < 70) return hostileEvent(fuzz);
  if (roll < 90) return shortcut(fuzz, i);
  return parsedButUnknown(fuzz);
}

/** JSON that does not parse: cut short, garbage, or text. */
function malformedJson(fuzz: Fuzz): RawRequest {
  const envelope = JSON.stringify(eventEnvelope({ type: "message", text: fuzz.text(), user: "U0ANNA", channel: "C0SALES", ts: "1.2" }));
  const body = fuzz.pick([
    () => envelope.slice(0, fuzz.int(envelope.length)),
    () => `${envelope}}`,
    () => fuzz.text() || "{",
    () => `{"type":"event_callback","event":${fuzz.text()}}`,
    () => "[".repeat(10_000),
    () => "\u0000\u0001\u0002",
    () => "{'single':'quotes'}",
  ])();
  return { kind: parses(body) ? "parsed but unknown" : "malformed JSON", body, contentType: JSON_TYPE };
}

/** Text drawn at random is sometimes valid JSON after all ("0", "true"). */
function parses(body: string): boolean {
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

/** Form bodies that are not what Slack sends: bad percent-encoding, payload that is not JSON, fields missing. */
function malformedForm(fuzz: Fuzz): RawRequest {
  const body = fuzz.pick([
    () => new URLSearchParams({ payload: fuzz.text() }).toString(),
    () => `payload=${encodeURIComponent(JSON.stringify({ type: "block_actions" })).slice(0, 20)}`,
    () => "payload=%E0%A4%A&x=%",
    () => `payload=${encodeURIComponent("{}")}&payload=${encodeURIComponent("{}")}`,
    () => fuzz.text(),
    () => "=&&==&",
    () => commandBody({ text: fuzz.text() }).replace(/command=[^&]*/, fuzz.pick(["command=", "command=%2Fnope", ""])),
    () => commandBody({ text: fuzz.text() }).replace(/(user_id|team_id|channel_id)=[^&]*/, ""),
  ])();
  return { kind: "malformed form", body, contentType: FORM };
}

/** Slack's bodies under the wrong content type, or none. */
function wrongContentType(fuzz: Fuzz): RawRequest {
  const body = fuzz.chance(0.5)
    ? commandBody({ text: fuzz.text() })
    : JSON.stringify(eventEnvelope({ type: "app_home_opened", user: "U0ANNA", tab: "home" }));
  const contentType = fuzz.pick([
    "text/plain",
    "application/xml",
    "multipart/form-data; boundary=x",
    "application/x-www-form-urlencoded; charset=utf-8",
    "application/json; charset=utf-8",
    "APPLICATION/JSON",
    "",
    null,
  ]);
  return { kind: "wrong content type", body, contentType };
}

/** Several megabytes: over Bolt's 4 MB limit, or just under it with a huge message text. */
function oversized(fuzz: Fuzz): RawRequest {
  const size = fuzz.pick([3, 4.5, 6]) * MB;
  if (size < 4 * MB) {
    const event = { type: "message", text: "x".repeat(size), user: "U0ANNA", channel: "C0SALES", ts: "1764000000.000900" };
    return { kind: "oversized", body: JSON.stringify(eventEnvelope(event)), contentType: JSON_TYPE };
  }
  return { kind: "oversized", body: new Uint8Array(size).fill(0x61), contentType: fuzz.pick([JSON_TYPE, FORM]) };
}

/** Event envelopes, correctly wrapped, around events of hostile shape. */
function hostileEvent(fuzz: Fuzz): RawRequest {
  const type = fuzz.pick([
    "message",
    "reaction_added",
    "app_home_opened",
    "app_mention",
    "member_joined_channel",
    fuzz.text().slice(0, 30),
  ]);
  const event: Record<string, unknown> = {
    type,
    user: fuzz.maybe(() => fuzz.idLike(["U0ANNA", "U0BOB"])),
    channel: fuzz.maybe(() => fuzz.idLike(["C0SALES"])),
    ts: fuzz.maybe(() => `${fuzz.int(2e9)}.${fuzz.int(1e6)}`),
    text: fuzz.maybe(() => fuzz.pick([fuzz.text(), FORTY_THOUSAND])),
    tab: fuzz.maybe(() => fuzz.pick(["home", "messages", fuzz.text()]), 0.5),
    reaction: fuzz.maybe(() => fuzz.pick(["white_check_mark", "+1", "alarm_clock", "x", fuzz.text()]), 0.5),
    item: fuzz.maybe(() => ({ type: "message", channel: fuzz.idLike(["D0ANNA"]), ts: fuzz.text().slice(0, 20) }), 0.5),
    subtype: fuzz.maybe(() => fuzz.pick(["bot_message", "message_changed", fuzz.text()]), 0.2),
  };
  const envelope = eventEnvelope(event, fuzz.chance(0.9) ? "T0LOFTE" : fuzz.idLike(["T0LOFTE"]));
  if (fuzz.chance(0.2)) envelope.event = fuzz.value(1);
  const replaced = fuzz.chance(0.1) ? fuzz.pick(["team_id", "authorizations", "event_id", "api_app_id"]) : null;
  if (replaced) envelope[replaced] = fuzz.value(1);
  const shape = eventShape(envelope.event, replaced);
  return { kind: "event_callback", shape, body: JSON.stringify(envelope), contentType: JSON_TYPE };
}

/** Bolt reads `channel`, `user` and `item` of every event to route it: the first odd one names the problem. */
function eventShape(event: unknown, replaced: string | null): string {
  if (!event || typeof event !== "object" || Array.isArray(event)) return "event not an object";
  const e = event as Record<string, unknown>;
  const expected = (k: string) => (k === "item" ? e[k] !== null && typeof e[k] === "object" : typeof e[k] === "string");
  const odd = ["channel", "user", "item"].find((k) => e[k] !== undefined && !expected(k));
  if (odd) return `event.${odd} of another type`;
  return replaced ? `${replaced} of another type` : "";
}

/** "Track as promise" on a message with hostile text, author or channel (or with parts missing). */
function shortcut(fuzz: Fuzz, i: number): RawRequest {
  const trigger = `fuzz.${i}`;
  const payload: Record<string, unknown> = {
    type: "message_action",
    callback_id: "track_as_promise",
    trigger_id: trigger,
    message_ts: "1764061200.000300",
    response_url: "https://hooks.slack.com/app/T0LOFTE/1/abc",
    team: { id: "T0LOFTE", domain: "lofte-test" },
    channel: { id: "C0SALES", name: "salj" },
    user: { id: "U0ANNA", name: "anna", team_id: "T0LOFTE" },
    message: { type: "message", user: fuzz.pick(["U0BOB", "U0ANNA"]), text: fuzz.text(), ts: "1764061200.000300" },
    token: "deprecated-verification-token",
  };
  const wellFormed = fuzz.chance(0.5);
  const part = wellFormed
    ? ""
    : fuzz.pick(["message", "channel", "team", "user", "trigger_id", "message.user", "message.ts", "callback_id"]);
  if (part.startsWith("message.")) (payload.message as Record<string, unknown>)[part.slice(8)] = fuzz.value(1);
  else if (part) payload[part] = fuzz.maybe(() => fuzz.object(1), 0.3);
  const shape = part ? `${part} of another type` : "";
  return {
    kind: "message shortcut",
    shape,
    body: interactionBody(payload),
    contentType: FORM,
    ...(wellFormed ? { opensModal: trigger } : {}),
  };
}

/** Bodies that parse but that no listener would recognise: other JSON values, unknown types and ids. */
function parsedButUnknown(fuzz: Fuzz): RawRequest {
  const value = fuzz.pick<unknown>([
    null,
    [],
    5,
    "text",
    {},
    { type: "shortcut", callback_id: "nope", trigger_id: "t", user: { id: "U0ANNA" }, team: { id: "T0LOFTE" } },
    { type: "block_actions", user: { id: "U0ANNA" }, team: { id: "T0LOFTE" }, actions: [{ action_id: "nope", block_id: "b" }] },
    { type: "view_closed", view: { callback_id: "nope" }, user: { id: "U0ANNA" }, team: { id: "T0LOFTE" } },
    { type: "url_verification", challenge: fuzz.text() },
    fuzz.object(2),
  ]);
  return fuzz.chance(0.5)
    ? { kind: "parsed but unknown", body: JSON.stringify(value), contentType: JSON_TYPE }
    : { kind: "parsed but unknown", body: interactionBody(value), contentType: FORM };
}
