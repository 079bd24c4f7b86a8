import { createInterface } from "node:readline";
import { z } from "zod";
import { isValidTimeZone } from "./domain/zoned-time.js";
import { commitmentJson } from "./language/commitment-json.js";
import { parseCommitment } from "./language/parse-commitment.js";

/**
 * `npm run -s parse -- --jsonl`: one JSON line in, {"text","now","tz"}, one JSON line out:
 * {"isCommitment","dueAt","hasTime","owner","task","customer","language"}. A stable interface
 * for checking the parser's accuracy on other corpora. `npm run -s parse -- "text"` reads one
 * sentence, now, in Europe/Stockholm.
 */

const line = z.object({
  text: z.string(),
  now: z.string().refine((v) => !Number.isNaN(Date.parse(v)), { error: "now must be an ISO instant" }),
  tz: z.string().refine(isValidTimeZone, { error: "tz must be an IANA time zone" }).default("Europe/Stockholm"),
});

function answer(text: string, now: Date, timeZone: string): string {
  return JSON.stringify(commitmentJson(parseCommitment(text, { now, timeZone }), timeZone));
}

const args = process.argv.slice(2);
if (args.includes("--jsonl")) {
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (raw.trim() === "") continue;
    let input: unknown;
    try {
      input = JSON.parse(raw);
    } catch {
      process.stdout.write(`${JSON.stringify({ error: "not JSON" })}\n`);
      continue;
    }
    const parsed = line.safeParse(input);
    process.stdout.write(
      `${parsed.success ? answer(parsed.data.text, new Date(parsed.data.now), parsed.data.tz) : JSON.stringify({ error: parsed.error.issues[0].message })}\n`,
    );
  }
} else if (args.length > 0) {
  console.log(answer(args.join(" "), new Date(), "Europe/Stockholm"));
} else {
  console.error('Usage: npm run -s parse -- --jsonl < lines.jsonl   or   npm run -s parse -- "jag skickar offerten fredag"');
  process.exit(2);
}
