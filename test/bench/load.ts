import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { ACTION } from "../../src/slack/ids.js";
import { freePort, startAppProcess } from "../support/app-process.js";
import { openTestDatabase } from "../support/databases.js";
import { FakeSlack } from "../support/fake-slack.js";
import { commandBody, type SlackAnswer, SlackDriver } from "../support/slack-driver.js";

/**
 * A load test against the real process: Lofte started as `npm start` starts it (HTTP receiver
 * on 127.0.0.1, a fake Slack Web API in this process), then signed slash commands from many
 * people at a fixed rate, sent on a schedule whatever the answers (open loop), so a slow
 * Lofte shows up as latency and errors rather than as a slower sender. Afterwards the stored
 * promises are counted against the confirmations people saw, and the process gets SIGTERM.
 * Everything is bounded: each request, the run as a whole, and the shutdown.
 */

export type LoadDatabase = "postgresql" | "pglite";

export interface LoadOptions {
  database: LoadDatabase;
  /** Commands per second. */
  rate?: number;
  seconds?: number;
  /** Distinct people in the one workspace. */
  users?: number;
  /** Extra environment for the process (e.g. NODE_OPTIONS="--import ./profiler.mjs"). */
  env?: Record<string, string>;
  /** The compiled build as `npm start` runs it (the bench), instead of the source through tsx (the tests). */
  compiled?: boolean;
  /** Progress lines; silent by default. */
  log?: (line: string) => void;
}

/** Time to the HTTP answer; a command not answered within 15 s counts as 15 s. */
export interface Percentiles {
  count: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface LoadResult extends Percentiles {
  database: LoadDatabase;
  sent: number;
  /** Commands answered with 200 within Slack's 3 s, per second of the run (first send to last answer). */
  rps: number;
  /** Not 200, no connection, or no answer within 3 s. */
  errors: number;
  /** Late: answered after 3 s; unanswered: not even within 15 s. */
  errorKinds: Record<ErrorKind, number>;
  /** Latency per kind of command. */
  byKind: Record<Kind, Percentiles>;
  /**
   * The commands sent from the 10th second on: whatever queue the first seconds after a start
   * built (code not yet optimised by V8, each person's first Slack lookup) has drained by then.
   */
  warm: Percentiles;
  /** Each second of the run, by when its commands were sent: the median and the slowest answer (ms). */
  bySecond: { p50: number[]; max: number[] };
  promisesSent: number;
  /** Promise commands answered with a confirmation (in the acknowledgement, or later on the response URL). */
  confirmed: number;
  /** Of those, the ones whose confirmation came on the response URL (the work took over 2 s). */
  confirmedLater: number;
  /** Confirmed promises (by the id on their Undo button) that are not in the database afterwards. */
  lost: number;
  /** What the promise commands without a confirmation were told instead (a few, for the report). */
  unconfirmedReplies: string[];
  /** What went wrong with a few of the commands that failed (connection errors, other statuses). */
  errorSamples: string[];
  /** The warnings and errors Lofte logged, each message once with how often (the commonest five). */
  logged: { message: string; count: number }[];
  /** Commitment rows in the database afterwards. */
  rows: number;
  rssIdleMb: number;
  rssAfterLoadMb: number;
  /** Exit code after SIGTERM (null: killed by a signal). */
  exitCode: number | null;
  /**
   * Lofte's CPU time (user + system) from the first command until the last answer, per command
   * sent: what a command costs, while Lofte keeps up (overloaded, it is still busy afterwards).
   */
  cpuMsPerCommand: number;
  /** The same for this process (the sender and the fake Slack), which shares the machine. */
  senderCpuMsPerCommand: number;
  /** How far behind its schedule the sender ever was: above a few ms, the figures understate the load. */
  maxSendLagMs: number;
}

type Kind = "promise" | "list" | "help";
type ErrorKind = "status" | "connection" | "late" | "unanswered";

/** When a run counts as warm (LoadResult.warm). */
const WARM_AFTER_S = 10;
/** Slack shows "operation_timeout" if the answer takes longer. */
const ACK_LIMIT_MS = 3000;
/** How long to keep listening to an answer past the 3 s, to count what it held (a late one is still an error). */
const ANSWER_CAP_MS = 15_000;
const SIGNING_SECRET = "load-test-signing-secret";
const TEAM = "T0LOAD";
const CHANNELS = ["C0SALJ", "C0KUND", "C0LEVERANS", "C0SUPPORT"];

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const rate = options.rate ?? 200;
  const seconds = options.seconds ?? 30;
  // Start-up (migrations included), the run, answers draining and shutdown: generous but finite.
  const hardLimitMs = 120_000 + seconds * 1000 + ANSWER_CAP_MS;
  let timer: NodeJS.Timeout | undefined;
  const abort = new AbortController();
  const overtime = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(new Error(`load test on ${options.database} did not finish within ${hardLimitMs} ms`));
    }, hardLimitMs);
  });
  try {
    return await Promise.race([run(options, rate, seconds, abort.signal), overtime]);
  } finally {
    clearTimeout(timer);
  }
}

async function run(options: LoadOptions, rate: number, seconds: number, aborted: AbortSignal): Promise<LoadResult> {
  const log = options.log ?? (() => {});
  const slack = await new FakeSlack().start();
  const users = people(options.users ?? 200);
  for (const user of users) slack.users.set(user.id, { tz: user.tz, locale: user.locale });
  const store = await openStore(options.database);
  const port = await freePort();
  const app = startAppProcess(
    {
      PORT: String(port),
      HOST: "127.0.0.1",
      SLACK_BOT_TOKEN: "xoxb-load-test",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      LOG_LEVEL: "warn",
      ...store.env,
      ...options.env,
    },
    { compiled: options.compiled },
  );
  // Whatever happens (including the overall time limit), the process does not outlive the run.
  const killOnAbort = () => app.kill("SIGKILL");
  aborted.addEventListener("abort", killOnAbort);
  try {
    await app.waitFor("Lofte is running", 90_000);
    await sleep(2000);
    const rssIdleMb = app.rssMb();
    log(`${options.database}: running, ${rssIdleMb.toFixed(0)} MB idle; ${rate}/s for ${seconds} s`);

    const driver = new SlackDriver(`http://127.0.0.1:${port}/slack/events`, SIGNING_SECRET);
    const random = seeded(42);
    const total = Math.round(rate * seconds);
    const pending: Promise<Outcome>[] = [];
    let maxSendLagMs = 0;
    const cpuBefore = cpuMs(app.child.pid);
    const senderBefore = process.cpuUsage();
    const started = performance.now();
    for (let i = 0; i < total && !aborted.aborted; i++) {
      const due = started + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      maxSendLagMs = Math.max(maxSendLagMs, performance.now() - due);
      pending.push(send(driver, slack, i, pickCommand(users, random)));
    }
    const outcomes = await Promise.all(pending);
    const elapsedS = (performance.now() - started) / 1000;
    const cpuMsPerCommand = (cpuMs(app.child.pid) - cpuBefore) / total;
    const sender = process.cpuUsage(senderBefore);
    const senderCpuMsPerCommand = (sender.user + sender.system) / 1000 / total;
    // Lofte acknowledges empty-handed when the work takes over 2 s, and sends the reply to
    // the response URL when done: wait for those replies too.
    const awaited = outcomes.filter((o) => o.emptyAck).map((o) => o.id);
    const replied = () => new Set(slack.responses.map((r) => r.id));
    const deadline = Date.now() + ANSWER_CAP_MS;
    while (Date.now() < deadline && !awaited.every((id) => replied().has(id))) await sleep(100);
    const rssAfterLoadMb = app.rssMb();

    app.kill("SIGTERM");
    // Lofte gives itself 9 s to stop; past 15 s it hangs, and the report says null.
    const exit = await within(15_000, app.exited);
    if (exit === "none") app.kill("SIGKILL");
    const later = new Map(slack.responses.map((r) => [r.id, r.body]));
    const promises = outcomes.filter((o) => o.kind === "promise");
    const laterIds = promises.map((o) => confirmedId(later.get(o.id))).filter((id) => id !== null);
    const confirmedIds = [...promises.map((o) => o.confirmedId).filter((id) => id !== null), ...laterIds];
    const unconfirmed = promises.filter((o) => o.confirmedId === null && confirmedId(later.get(o.id)) === null);
    const { rows, found } = await store.count(confirmedIds);
    const ok = outcomes.filter((o) => o.error === null);
    const result: LoadResult = {
      database: options.database,
      sent: outcomes.length,
      rps: round(ok.length / elapsedS),
      errors: outcomes.length - ok.length,
      errorKinds: {
        status: outcomes.filter((o) => o.error === "status").length,
        connection: outcomes.filter((o) => o.error === "connection").length,
        late: outcomes.filter((o) => o.error === "late").length,
        unanswered: outcomes.filter((o) => o.error === "unanswered").length,
      },
      ...percentiles(outcomes),
      warm: percentiles(outcomes.slice(WARM_AFTER_S * rate)),
      bySecond: perSecond(outcomes, rate),
      byKind: {
        promise: percentiles(promises),
        list: percentiles(outcomes.filter((o) => o.kind === "list")),
        help: percentiles(outcomes.filter((o) => o.kind === "help")),
      },
      promisesSent: promises.length,
      confirmed: confirmedIds.length,
      confirmedLater: laterIds.length,
      lost: confirmedIds.length - found,
      unconfirmedReplies: unconfirmed.slice(0, 5).map((o) => `${o.id}: ${o.reply || String(later.get(o.id)?.text ?? "no reply")}`),
      errorSamples: outcomes
        .filter((o) => o.error === "connection" || o.error === "status")
        .slice(0, 5)
        .map((o) => `${o.id}: ${o.reply}`),
      logged: troubles(app.output()),
      rows,
      rssIdleMb: round(rssIdleMb),
      rssAfterLoadMb: round(rssAfterLoadMb),
      exitCode: exit === "none" ? null : exit,
      cpuMsPerCommand: round(cpuMsPerCommand),
      senderCpuMsPerCommand: round(senderCpuMsPerCommand),
      maxSendLagMs: round(maxSendLagMs),
    };
    log(`${options.database}: ${JSON.stringify(result)}`);
    return result;
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nLofte's output (end):\n${app.output().slice(-2000)}`);
  } finally {
    aborted.removeEventListener("abort", killOnAbort);
    if (app.child.exitCode === null && app.child.signalCode === null) {
      app.kill("SIGKILL");
      await app.exited;
    }
    await slack.stop();
    await store.remove();
  }
}

interface Person {
  id: string;
  language: "sv" | "en";
  tz: string;
  locale: string;
}

/** Mostly Swedish speakers in Stockholm, with colleagues writing English in London, New York and Helsinki. */
function people(count: number): Person[] {
  const english = [
    { tz: "Europe/London", locale: "en-GB" },
    { tz: "America/New_York", locale: "en-US" },
    { tz: "Europe/Helsinki", locale: "en-US" },
  ];
  return Array.from({ length: count }, (_, i) => {
    const id = `U0LOAD${String(i).padStart(4, "0")}`;
    if (i % 3 !== 2) return { id, language: "sv", tz: "Europe/Stockholm", locale: "sv-SE" };
    return { id, language: "en", ...english[i % english.length] };
  });
}

interface Command {
  kind: Kind;
  user: Person;
  command: string;
  text: string;
  channel: string;
}

const CUSTOMERS = ["Acme", "Volvo", "Scania", "Ericsson", "IKEA", "Saab", "Northvolt", "Husqvarna", "Globex", "Sandvik"];
/** Each reads as a promise with a deadline in the future, on any day at any hour, in the zones of people() below. */
const PROMISES: Record<"sv" | "en", string[]> = {
  sv: [
    "jag skickar offerten till {c} fredag",
    "jag ringer {c} i morgon kl 14",
    "vi levererar ritningarna till {c} nästa vecka",
    "jag återkommer till {c} om priset senast på måndag",
    "jag mejlar avtalet till {c} i morgon",
    "jag bokar ett möte med {c} inom två dagar",
    "jag skickar fakturan till {c} senast torsdag kl 10",
    "vi uppdaterar prislistan åt {c} till nästa fredag",
  ],
  en: [
    "I'll send the report to {c} by Friday 3pm",
    "I will call {c} tomorrow at 10am",
    "we'll deliver the samples to {c} next week",
    "I'll get back to {c} about pricing by Monday",
    "I'll email the contract to {c} tomorrow",
    "I'll send {c} the updated quote by Thursday at noon",
    "we will ship the spare parts to {c} within 3 days",
  ],
};

/** 85 % new promises, 10 % lists, 5 % help, from people picked at random. */
function pickCommand(users: Person[], random: () => number): Command {
  const user = users[Math.floor(random() * users.length)];
  const command = user.language === "sv" ? "/lofte" : "/promise";
  const channel = CHANNELS[Math.floor(random() * CHANNELS.length)];
  const roll = random();
  if (roll < 0.05) return { kind: "help", user, command, channel, text: user.language === "sv" ? "hjälp" : "help" };
  if (roll < 0.15) return { kind: "list", user, command, channel, text: user.language === "sv" ? "lista" : "list" };
  const templates = PROMISES[user.language];
  const template = templates[Math.floor(random() * templates.length)];
  const customer = CUSTOMERS[Math.floor(random() * CUSTOMERS.length)];
  return { kind: "promise", user, command, channel, text: template.replace("{c}", customer) };
}

interface Outcome {
  id: string;
  kind: Kind;
  ms: number;
  error: ErrorKind | null;
  /** The id of the stored promise, when the acknowledgement itself held its confirmation. */
  confirmedId: string | null;
  /** Acknowledged without a reply: the reply comes to the response URL. */
  emptyAck: boolean;
  /** The text of the reply in the acknowledgement. */
  reply: string;
}

async function send(driver: SlackDriver, slack: FakeSlack, index: number, command: Command): Promise<Outcome> {
  const id = `r${index}`;
  const body = commandBody({
    text: command.text,
    command: command.command,
    user_id: command.user.id,
    team_id: TEAM,
    channel_id: command.channel,
    response_url: slack.responseUrl(id),
  });
  // A connection per command, as Slack's own requests arrive; the socket outlives the cap by a
  // second so that a missing answer counts as unanswered rather than as a connection error.
  const answer = await within(ANSWER_CAP_MS, driver.raw(body, "application/x-www-form-urlencoded", ANSWER_CAP_MS + 1000));
  const outcome = { id, kind: command.kind, confirmedId: null, emptyAck: false, reply: "" };
  if (answer === "none") return { ...outcome, ms: ANSWER_CAP_MS, error: "unanswered" };
  if (answer.error) return { ...outcome, ms: answer.ms, error: "connection", reply: answer.error };
  const ok = answer.status === 200;
  return {
    ...outcome,
    ms: answer.ms,
    error: !ok ? "status" : answer.ms > ACK_LIMIT_MS ? "late" : null,
    confirmedId: ok ? confirmedId(answer.json) : null,
    emptyAck: ok && answer.text === "",
    reply: `${ok ? "" : `HTTP ${answer.status}: `}${String(answer.json?.text ?? answer.text).slice(0, 200)}`,
  };
}

/** A confirmation carries the Undo button of the stored promise, with its id as the value. */
function confirmedId(body: SlackAnswer["json"] | undefined): string | null {
  const blocks = (body?.blocks ?? []) as { elements?: { action_id?: string; value?: string }[] }[];
  for (const block of blocks)
    for (const element of block.elements ?? []) if (element.action_id === ACTION.undo && element.value) return element.value;
  return null;
}

interface Store {
  env: Record<string, string>;
  /** All Commitment rows, and how many of `ids` are among them. */
  count(ids: string[]): Promise<{ rows: number; found: number }>;
  remove(): Promise<void>;
}

type Query = (sql: string, params: unknown[]) => Promise<{ rows: { rows: number; found: number }[] }>;

async function countIn(query: Query, ids: string[]): Promise<{ rows: number; found: number }> {
  const sql = `SELECT count(*)::int AS rows, count(*) FILTER (WHERE id = ANY($1::text[]))::int AS found FROM "Commitment"`;
  return (await query(sql, [ids])).rows[0];
}

/** A throwaway PostgreSQL database, or a temporary PGlite directory; counted after Lofte has stopped. */
async function openStore(kind: LoadDatabase): Promise<Store> {
  if (kind === "postgresql") {
    const db = await openTestDatabase("postgresql");
    // Only its URL and its drop are needed here; Lofte migrates it itself.
    await db.prisma.$disconnect();
    const url = db.url as string;
    return {
      env: { DATABASE_URL: url },
      async count(ids) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          return await countIn((sql, params) => client.query(sql, params), ids);
        } finally {
          await client.end();
        }
      },
      remove: () => db.close(),
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), "lofte-load-"));
  return {
    env: { LOFTE_DATA_DIR: dataDir },
    async count(ids) {
      const pglite = await PGlite.create(dataDir);
      try {
        return await countIn((sql, params) => pglite.query(sql, params), ids);
      } finally {
        await pglite.close();
      }
    },
    remove: () => rm(dataDir, { recursive: true, force: true }),
  };
}

/** Warnings and errors in Lofte's output (JSON lines, or Bolt's "[ERROR] …" lines), counted by message. */
function troubles(output: string): { message: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const line of output.split("\n")) {
    let message: string | null = null;
    try {
      const entry = JSON.parse(line) as { level?: string; msg?: string };
      if (entry.level === "warn" || entry.level === "error") message = `${entry.level}: ${entry.msg}`;
    } catch {
      if (/\[(WARN|ERROR)\]/.test(line)) message = line;
    }
    if (message) counts.set(message.slice(0, 600), (counts.get(message.slice(0, 600)) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([message, count]) => ({ message, count }));
}

/** CPU time a process has used so far (Linux: utime + stime, in clock ticks of 10 ms). */
function cpuMs(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function percentiles(outcomes: Outcome[]): Percentiles {
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const at = (q: number) => (times.length ? times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] : 0);
  return { count: times.length, p50Ms: round(at(0.5)), p99Ms: round(at(0.99)), maxMs: round(at(1)) };
}

function perSecond(outcomes: Outcome[], rate: number): { p50: number[]; max: number[] } {
  const seconds = Array.from({ length: Math.ceil(outcomes.length / rate) }, (_, i) =>
    percentiles(outcomes.slice(i * rate, (i + 1) * rate)),
  );
  return { p50: seconds.map((s) => Math.round(s.p50Ms)), max: seconds.map((s) => Math.round(s.maxMs)) };
}

/** The same sequence of commands every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `work`'s value, or "none" after `ms` (the timer does not outlive the answer). */
async function within<T>(ms: number, work: Promise<T>): Promise<T | "none"> {
  let timer: NodeJS.Timeout | undefined;
  const none = new Promise<"none">((resolve) => {
    timer = setTimeout(() => resolve("none"), ms);
  });
  try {
    return await Promise.race([work, none]);
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
