import { parseCommitment } from "../src/language/parse-commitment.js";
import { CORPUS } from "./language/corpus.js";

const target = process.argv[2];
const counts = new Map<string, number>();
const origExec = RegExp.prototype.exec;
RegExp.prototype.exec = function (this: RegExp, s: string) {
  if (this.source === target) {
    const st = new Error()
      .stack!.split("\n")
      .slice(2, 6)
      .map((l) => l.trim().replace(/\(.*\/src\//, "("))
      .filter((l) => !l.includes("node:") && !l.includes("<anonymous>"))
      .slice(0, 2)
      .join(" < ");
    counts.set(st, (counts.get(st) ?? 0) + 1);
  }
  return origExec.call(this, s);
};
for (const c of CORPUS) parseCommitment(c.text, { now: new Date(c.now), timeZone: c.tz });
RegExp.prototype.exec = origExec;
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log((v / CORPUS.length).toFixed(2), k);
