import { CORPUS } from "./corpus.js";
import { differences, readCorpus, type Scores, scoresByLanguage } from "./evaluate.js";

/**
 * `npm run eval:parser`: the parser's accuracy on the corpus, per language. `--json` prints
 * the figures as JSON; `--misses` lists every sentence read differently from its expectation.
 */

const args = process.argv.slice(2);
const readings = readCorpus(CORPUS);
const figures = scoresByLanguage(readings);

if (args.includes("--json")) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  const rows: [string, keyof Scores][] = [
    ["sentences", "sentences"],
    ["right day", "rightDay"],
    ["right instant", "rightInstant"],
    ["precision", "precision"],
    ["recall", "recall"],
    ["false positives", "falsePositiveRate"],
    ["hasTime", "hasTime"],
    ["owner", "owner"],
    ["customer", "customer"],
    ["task", "task"],
    ["language", "language"],
  ];
  const cell = (key: keyof Scores, value: number) => (key === "sentences" ? String(value) : `${(value * 100).toFixed(1)}%`);
  console.log(`${"".padEnd(16)}${"sv".padStart(9)}${"en".padStart(9)}${"all".padStart(9)}`);
  for (const [label, key] of rows) {
    console.log(`${label.padEnd(16)}${[figures.sv, figures.en, figures.all].map((s) => cell(key, s[key]).padStart(9)).join("")}`);
  }
  console.log("\ntargets: right day ≥ 97%, right instant ≥ 95% per language; false positives ≤ 5%");
}

if (args.includes("--misses")) {
  for (const reading of readings) {
    const diff = differences(reading);
    if (diff.length > 0)
      console.log(`${reading.case.language} ${reading.case.now} ${JSON.stringify(reading.case.text)}\n    ${diff.join("; ")}`);
  }
}
