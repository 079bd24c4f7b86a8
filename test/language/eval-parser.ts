import { CORPUS } from "./corpus.js";
import { differences, readCorpus, type Scores, scoresByLanguage } from "./evaluate.js";
import { READER_CORPUS, scoreReader } from "./evaluate-reader.js";

/**
 * `npm run eval:parser`: the parser's accuracy on the corpus, per language. `--json` prints
 * the figures as JSON; `--misses` lists every sentence read differently from its expectation.
 */

const args = process.argv.slice(2);
const readings = readCorpus(CORPUS);
const figures = scoresByLanguage(readings);
const reader = { sv: scoreReader(READER_CORPUS.sv, "sv"), en: scoreReader(READER_CORPUS.en, "en") };
const percent = (ok: number, of: number) => `${((ok / Math.max(1, of)) * 100).toFixed(1)}%`;

if (args.includes("--json")) {
  const second = Object.fromEntries(
    Object.entries(reader).map(([language, r]) => [
      language,
      {
        rightDay: r.rightDay.ok / Math.max(1, r.rightDay.of),
        falsePositives: r.falsePositives.bad / Math.max(1, r.falsePositives.of),
        sentences: r.rightDay.of + r.falsePositives.of,
      },
    ]),
  );
  console.log(JSON.stringify({ ...figures, secondReader: second }, null, 2));
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
  console.log("\nThe second reader's corpus (written from issue 12's categories, not tuned to):");
  for (const [language, r] of Object.entries(reader)) {
    console.log(
      `${language}: right day ${percent(r.rightDay.ok, r.rightDay.of)} (${r.rightDay.ok}/${r.rightDay.of}), non-promises given a deadline ${percent(r.falsePositives.bad, r.falsePositives.of)}`,
    );
    const weakest = Object.entries(r.categories).sort(([, a], [, b]) => a.ok / a.of - b.ok / b.of);
    console.log(`  ${weakest.map(([name, c]) => `${name} ${c.ok}/${c.of}`).join(" · ")}`);
  }
}

if (args.includes("--misses")) {
  for (const r of Object.values(reader)) for (const miss of r.misses) console.log(miss);
  for (const reading of readings) {
    const diff = differences(reading);
    if (diff.length > 0)
      console.log(`${reading.case.language} ${reading.case.now} ${JSON.stringify(reading.case.text)}\n    ${diff.join("; ")}`);
  }
}
