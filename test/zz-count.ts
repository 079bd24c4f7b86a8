import { parseCommitment } from "../src/language/parse-commitment.js";
import { CORPUS } from "./language/corpus.js";

for (const c of CORPUS) parseCommitment(c.text, { now: new Date(c.now), timeZone: c.tz });
const g = globalThis as any;
for (const [k, v] of Object.entries(g.FS as Record<string, number>)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 15))
  console.log((v / CORPUS.length).toFixed(2), k.replace(/\(.*\/src\//, "("));
