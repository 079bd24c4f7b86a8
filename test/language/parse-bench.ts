import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import { parseCommitment } from "../../src/language/parse-commitment.js";
import { CORPUS } from "./corpus.js";

/**
 * How fast Lofte reads promises, on one core over the corpus: sentences per second, and the
 * time per sentence divided by plain chrono-node (`chrono.sv.parse` + `chrono.en.parse`) on
 * the same sentences. Called by the bench runner; `npx tsx test/language/parse-bench.ts`
 * prints it.
 */

const sentences = CORPUS.map((c) => ({ text: c.text, now: new Date(c.now), timeZone: c.tz }));

/** Seconds per sentence for `read`, after a warm-up, over at least `minimumMs` of work. */
function secondsPerSentence(read: (s: (typeof sentences)[number]) => void, minimumMs = 1500): number {
  for (let i = 0; i < 2; i++) for (const s of sentences) read(s);
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

export async function measureParsing(): Promise<{ parse_per_s: number; parse_vs_chrono: number }> {
  const ours = secondsPerSentence((s) => parseCommitment(s.text, { now: s.now, timeZone: s.timeZone }));
  const plain = secondsPerSentence((s) => {
    chrono.sv.parse(s.text, s.now);
    chrono.en.parse(s.text, s.now);
  });
  return { parse_per_s: Math.round(1 / ours), parse_vs_chrono: Number((ours / plain).toFixed(2)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measureParsing()));
}
