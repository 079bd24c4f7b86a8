import { parseCommitment } from "../dist/language/parse-commitment.js";
import { CORPUS } from "./language/corpus.js";

for (const c of CORPUS) parseCommitment(c.text, { now: new Date(c.now), timeZone: c.tz });
const counts = new Map<string, number>();
const origExec = RegExp.prototype.exec;
let total = 0;
RegExp.prototype.exec = function (this: RegExp, s: string) {
  total++;
  const k = this.source.slice(0, 70);
  counts.set(k, (counts.get(k) ?? 0) + 1);
  return origExec.call(this, s);
};
for (const c of CORPUS) parseCommitment(c.text, { now: new Date(c.now), timeZone: c.tz });
RegExp.prototype.exec = origExec;
console.log("regex execs per parse", (total / CORPUS.length).toFixed(1));
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / CORPUS.length).toFixed(2), k);
