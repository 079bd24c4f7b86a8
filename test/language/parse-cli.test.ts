import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("npm run -s parse -- --jsonl", () => {
  it("answers one JSON line per line, in the stable shape", () => {
    const input = [
      { text: "jag skickar offerten till Acme fredag", now: "2026-11-25T10:00:00+01:00", tz: "Europe/Stockholm" },
      { text: "<@U0BOB> ringer kunden i morgon kl 14", now: "2026-11-25T10:00:00+01:00", tz: "Europe/Stockholm" },
      { text: "Can you send the quote by Friday?", now: "2026-11-25T10:00:00-05:00", tz: "America/New_York" },
    ]
      .map((line) => JSON.stringify(line))
      .join("\n");
    const output = execFileSync(process.execPath, ["--import", "tsx", "src/parse-cli.ts", "--jsonl"], {
      cwd: root,
      input,
      encoding: "utf8",
    });
    expect(
      output
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line)),
    ).toEqual([
      {
        isCommitment: true,
        dueAt: "2026-11-27T17:00:00+01:00",
        hasTime: false,
        owner: null,
        task: "skicka offerten",
        customer: "Acme",
        language: "sv",
        repeats: null,
      },
      {
        isCommitment: true,
        dueAt: "2026-11-26T14:00:00+01:00",
        hasTime: true,
        owner: "U0BOB",
        task: "ringa kunden",
        customer: null,
        language: "sv",
        repeats: null,
      },
      { isCommitment: false, dueAt: null, hasTime: false, owner: null, task: null, customer: null, language: "en", repeats: null },
    ]);
  }, 30_000);

  it("reports a bad line without stopping", () => {
    const input = ["not json", JSON.stringify({ text: "x", now: "2026-11-25T10:00:00Z", tz: "Mars/Olympus" })].join("\n");
    const output = execFileSync(process.execPath, ["--import", "tsx", "src/parse-cli.ts", "--jsonl"], {
      cwd: root,
      input,
      encoding: "utf8",
    });
    const [first, second] = output
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(first).toEqual({ error: "not JSON" });
    expect(second.error).toMatch(/IANA/);
  }, 30_000);
});
