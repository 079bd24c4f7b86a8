import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import type * as ParseCommitment from "../../src/language/parse-commitment.js";
import { CORPUS } from "../language/corpus.js";
import { buildOnce, bundled } from "./build.js";

/**
 * How fast Lofte reads promises, on one core over the corpus: sentences per second, and the
 * time per sentence divided by plain chrono-node (`chrono.sv.parse` + `chrono.en.parse`) on
 * the same sentences. The parser timed is the compiled one `npm start` runs (tsx's
 * development transform adds its own cost to every function). Called by the bench runner;
 * `npx tsx test/bench/parse-bench.ts` prints it.
 */

const sentences = CORPUS.map((c) => ({ text: c.text, now: new Date(c.now), timeZone: c.tz }));

/** Seconds per sentence for `read` over one pass of at least `minimumMs` of work. */
function secondsPerSentence(read: (s: (typeof sentences)[number]) => void, minimumMs: number): number {
  let rounds = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const s of sentences) read(s);
    rounds++;
    elapsed = performance.now() - start;
  } while (elapsed < minimumMs);
  return elapsed / 1000 / (rounds * sentences.length);
}

/**
 * The two are timed in turns, after a warm-up, and each keeps its best turn: on a shared
 * machine other work only ever slows a turn down, so the best is the least disturbed.
 */
export async function measureParsing(turns = 15): Promise<{ parse_per_s: number; parse_vs_chrono: number }> {
  await buildOnce();
  const { parseCommitment } = (await import(bundled("language/parse-commitment.js"))) as typeof ParseCommitment;
  const readOurs = (s: (typeof sentences)[number]) => parseCommitment(s.text, { now: s.now, timeZone: s.timeZone });
  const readPlain = (s: (typeof sentences)[number]) => {
    chrono.sv.parse(s.text, s.now);
    chrono.en.parse(s.text, s.now);
  };
  secondsPerSentence(readOurs, 500);
  secondsPerSentence(readPlain, 500);
  let ours = Number.POSITIVE_INFINITY;
  let plain = Number.POSITIVE_INFINITY;
  for (let turn = 0; turn < turns; turn++) {
    ours = Math.min(ours, secondsPerSentence(readOurs, 200));
    plain = Math.min(plain, secondsPerSentence(readPlain, 200));
  }
  return { parse_per_s: Math.round(1 / ours), parse_vs_chrono: Number((ours / plain).toFixed(2)) };
}

/**
 * measureParsing in a process of its own: what the bench runner has loaded by then (the app,
 * PGlite, Prisma) makes its heap larger and every collection slower, which is no cost of parsing.
 */
export function measureParsingApart(): { parse_per_s: number; parse_vs_chrono: number } {
  const run = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url)], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`the parse bench failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measureParsing()));
}
