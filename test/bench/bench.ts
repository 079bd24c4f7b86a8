import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../../src/store/database.js";
import { startLofte } from "../support/harness.js";

/**
 * `npm run -s bench -- --json`: Lofte's figures as one JSON object. Later work adds keys.
 *  - capture_ack_p50_ms / capture_ack_p99_ms: time until Slack gets its answer to a signed
 *    /lofte (the confirmation is in the answer), 1,000 commands through the real HTTP receiver
 *    and the fake Web API, PGlite on disk; capture_per_s: the same commands one after another.
 *  - parse_per_s / parse_vs_chrono: the parser over the test corpus (when present).
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

async function measureParsingIfPresent(): Promise<Record<string, number>> {
  try {
    const path = "../language/parse-bench.js"; // written with the parser corpus (issue 3)
    const module = (await import(path)) as { measureParsing(): Promise<Record<string, number>> };
    return await module.measureParsing();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND") return {};
    throw error;
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

const figures = { ...(await measureParsingIfPresent()), ...(await measureCapture()) };
if (process.argv.includes("--json")) console.log(JSON.stringify(figures));
else for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(22)} ${value}`);
