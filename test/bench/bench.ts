import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../../src/store/database.js";
import { postgresReachable } from "../support/databases.js";
import { startLofte } from "../support/harness.js";
import { measureDelivery } from "./deliver-bench.js";
import { measureLists } from "./lists-bench.js";
import { type LoadResult, runLoad } from "./load.js";
import { measureParsingApart } from "./parse-bench.js";
import { measurePlayground } from "./playground-bench.js";
import { measureStart } from "./start-bench.js";
import { measureTick } from "./tick-bench.js";

/**
 * `npm run -s bench -- --json`: Lofte's figures as one JSON object. Later work adds keys.
 *  - capture_ack_p50_ms / capture_ack_p99_ms: time until Slack gets its answer to a signed
 *    /lofte (the confirmation is in the answer), 1,000 commands through the real HTTP receiver
 *    and the fake Web API, PGlite on disk; capture_per_s: the same commands one after another.
 *  - parse_per_s / parse_vs_chrono: the parser over the test corpus, against plain chrono.
 *  - digest_ms_10k / home_ms_500: a channel digest over 10,000 open promises; the Home tab
 *    of someone with 500 open (see lists-bench.ts).
 *  - tick_ms_10k / tick_ms_1m: one scheduler tick sending 1,000 due reminders out of 10,000
 *    and 1,000,000 stored outbox rows, PGlite; tick_ms_10k_pg / tick_ms_1m_pg on PostgreSQL
 *    (a throwaway database on the server the tests use, when one answers).
 *  - deliver_per_s_150ms / _2x / _pglite: reminders delivered a second against a Slack that
 *    takes 150 ms per call, 2,000 over 20 workspaces, by one and two processes on PostgreSQL and
 *    one on PGlite, with deliver_duplicates*, deliver_lost* and deliver_max_per_channel_s* (the
 *    most posts to one channel within a second) of the same runs (see deliver-bench.ts).
 *  - ready_ms / rss_idle_mb / capture_cpu_ms (PGlite) and _pg: the compiled build's start to
 *    /readyz, its memory at rest and its CPU per recorded promise (see start-bench.ts).
 *  - load_rps / load_p50_ms / load_p99_ms / load_errors, load_rss_idle_mb / load_rss_after_mb:
 *    the real process (a first start, on a new database) under 200 signed slash commands a
 *    second for 30 s, open loop, on PostgreSQL (when a server answers); the same keys ending in
 *    _pglite on PGlite (see load.ts). load_p99_ms_warm: the p99 of the commands sent from the
 *    10th second on, once the queue of the first seconds after a start has drained. An error
 *    is an answer that is not 200, or later than Slack's 3 s. `--load-rate=` and
 *    `--load-seconds=` change the load for a quick look.
 *  - playground_load_ms, playground_render_p50_ms / _p95_ms, playground_answer_p50_ms: the
 *    playground page in Chromium (see playground-bench.ts).
 */

const COMMANDS = 1000;
const WARM_UP = 50;

async function measureCapture(): Promise<Record<string, number>> {
  const dataDir = await mkdtemp(join(tmpdir(), "lofte-bench-"));
  const db = await openDatabase({ dataDir });
  const lofte = await startLofte(db, "2026-11-25T09:00:00Z");
  lofte.slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
  const texts = ["jag skickar offerten till Acme fredag", "jag ringer Volvo i morgon kl 14", "vi levererar till Scania nästa vecka"];
  try {
    for (let i = 0; i < WARM_UP; i++) await lofte.driver.command({ text: texts[i % texts.length] });
    const times: number[] = [];
    const started = performance.now();
    for (let i = 0; i < COMMANDS; i++) {
      const answer = await lofte.driver.command({ text: texts[i % texts.length] });
      if (answer.status !== 200 || !String(answer.json?.text).startsWith("Noterat")) throw new Error(`unexpected answer: ${answer.text}`);
      times.push(answer.ms);
    }
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
    return {
      capture_ack_p50_ms: round(at(0.5)),
      capture_ack_p99_ms: round(at(0.99)),
      capture_per_s: round(COMMANDS / seconds),
    };
  } finally {
    await lofte.stop();
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

async function measureTicks(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {
    tick_ms_10k: await measureTick(10_000),
    tick_ms_1m: await measureTick(1_000_000),
  };
  figures.tick_1m_vs_10k = round(figures.tick_ms_1m / figures.tick_ms_10k);
  if (await postgresReachable()) {
    const { openTestDatabase } = await import("../support/databases.js");
    for (const [key, total] of [
      ["tick_ms_10k_pg", 10_000],
      ["tick_ms_1m_pg", 1_000_000],
    ] as const) {
      const db = await openTestDatabase("postgresql");
      await db.prisma.$disconnect();
      try {
        figures[key] = await measureTick(total, db.url);
      } finally {
        await db.close();
      }
    }
    figures.tick_1m_vs_10k_pg = round(figures.tick_ms_1m_pg / figures.tick_ms_10k_pg);
  }
  return figures;
}

function numberArg(name: string): number | undefined {
  const value = process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  return value === undefined ? undefined : Number(value);
}

async function measureLoad(): Promise<Record<string, number>> {
  const options = { rate: numberArg("load-rate"), seconds: numberArg("load-seconds"), compiled: true };
  const keys = (r: LoadResult, suffix: string) => ({
    [`load_rps${suffix}`]: r.rps,
    [`load_p50_ms${suffix}`]: r.p50Ms,
    [`load_p99_ms${suffix}`]: r.p99Ms,
    // A run of 10 s or less has no warm part: null in the JSON, not a perfect 0.
    [`load_p99_ms_warm${suffix}`]: r.warm.count > 0 ? r.warm.p99Ms : Number.NaN,
    [`load_errors${suffix}`]: r.errors,
    // Not rss_idle_mb: that is the start section's (a restart; this is a first start on a new database).
    [`load_rss_idle_mb${suffix}`]: r.rssIdleMb,
    [`load_rss_after_mb${suffix}`]: r.rssAfterLoadMb,
  });
  const postgres = (await postgresReachable()) ? keys(await runLoad({ ...options, database: "postgresql" }), "") : {};
  return { ...postgres, ...keys(await runLoad({ ...options, database: "pglite" }), "_pglite") };
}

/** `--only=parse,tick`: just those groups. */
const only = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const wanted = (group: string) => !only || only.includes(group);
const figures = {
  ...(wanted("parse") ? measureParsingApart() : {}),
  ...(wanted("capture") ? await measureCapture() : {}),
  ...(wanted("lists") ? await measureLists() : {}),
  ...(wanted("tick") ? await measureTicks() : {}),
  ...(wanted("deliver") ? await measureDelivery() : {}),
  ...(wanted("start") ? await measureStart() : {}),
  ...(wanted("playground") ? await measurePlayground() : {}),
  ...(wanted("load") ? await measureLoad() : {}),
};
if (process.argv.includes("--json")) console.log(JSON.stringify(figures));
else for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(22)} ${value}`);
