import { parseCommitment } from "../dist/language/parse-commitment.js";
import { CORPUS } from "./language/corpus.js";

const s = CORPUS.map((c) => ({ text: c.text, now: new Date(c.now), timeZone: c.tz }));
for (let i = 0; i < 3; i++) for (const x of s) parseCommitment(x.text, { now: x.now, timeZone: x.timeZone });
const t = performance.now();
for (let i = 0; i < 120; i++) for (const x of s) parseCommitment(x.text, { now: x.now, timeZone: x.timeZone });
console.log(((performance.now() - t) / (120 * s.length)) * 1000, "us/sentence");
