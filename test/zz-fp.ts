import { findPhrases } from "../dist/language/find-phrases.js";
import { detectLanguage } from "../dist/language/index.js";
import { DEFAULT_WORK_WEEK, parseCommitment } from "../dist/language/parse-commitment.js";
import { CORPUS } from "./language/corpus.js";

const items = CORPUS.map((c) => ({ text: c.text, lang: detectLanguage(c.text, "sv"), now: new Date(c.now), tz: c.tz }));
const ctx = { today: { year: 2026, month: 12, day: 7 }, nowTime: { hour: 10, minute: 0 }, workWeek: DEFAULT_WORK_WEEK };
const best = (f: () => void) => {
  for (let i = 0; i < 5; i++) f();
  let b = 1e9;
  for (let k = 0; k < 7; k++) {
    const t = performance.now();
    for (let i = 0; i < 10; i++) f();
    b = Math.min(b, ((performance.now() - t) / 10 / items.length) * 1000);
  }
  return b.toFixed(2);
};
console.log(
  "findPhrases",
  best(() => {
    for (const it of items) findPhrases(it.text, it.lang, ctx as any);
  }),
  "parse",
  best(() => {
    for (const it of items) parseCommitment(it.text, { now: it.now, timeZone: it.tz });
  }),
);

import * as chrono from "chrono-node";

console.log(
  "chrono",
  best(() => {
    for (const it of items) {
      chrono.sv.parse(it.text, it.now);
      chrono.en.parse(it.text, it.now);
    }
  }),
);
