import { describe, expect, it } from "vitest";
import { MAX_TEXT_LENGTH } from "../../src/domain/commitment.js";
import { speak } from "../../src/language/index.js";
import { confirmationReply, noticeReply } from "../../src/slack/ui/capture-replies.js";
import { Fuzz, UGLY } from "../support/fuzz-inputs.js";
import { asStored, blockKitProblem, checkAnswer, Problems, uglyText, visibleTexts } from "./fuzz-checks.js";

/** The fuzz tests are only as good as their generator and their checks: both are checked here. */
describe("the fuzz generator", () => {
  it("gives the same inputs for the same seed, and others for another", () => {
    const draw = (seed: number) => {
      const fuzz = new Fuzz(seed);
      return Array.from({ length: 200 }, () => fuzz.text());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("draws every kind of hostile text, and never a word the checks look for", () => {
    const fuzz = new Fuzz(1);
    const texts = Array.from({ length: 5000 }, () => fuzz.text());
    const some = (test: (t: string) => boolean) => texts.some(test);
    expect(some((t) => t === "")).toBe(true);
    expect(some((t) => t.length === 40_000)).toBe(true);
    expect(some((t) => /^\p{Extended_Pictographic}+$/u.test(t))).toBe(true);
    expect(some((t) => t.includes("\u202e") || /[\u0590-\u06ff]/.test(t))).toBe(true);
    expect(some((t) => t.includes("\u200b") || t.includes("\ufeff"))).toBe(true);
    expect(some((t) => t.includes("\u0000"))).toBe(true);
    expect(some((t) => /[\ud800-\udbff](?![\udc00-\udfff])/.test(t))).toBe(true);
    expect(some((t) => t.includes("DROP TABLE"))).toBe(true);
    expect(some((t) => t.includes("<#C1|"))).toBe(true);
    expect(some((t) => t.includes("skicka offerten") || t.includes("send the report"))).toBe(true);
    expect(texts.filter((t) => UGLY.some((p) => p.test(t)))).toEqual([]);
  });
});

describe("the fuzz checks", () => {
  it("find leaked values and stack traces in what a person reads", () => {
    expect(uglyText(visibleTexts({ text: "Noterat: du lovar att ringa — senast undefined." }))).toMatch(/undefined/);
    expect(
      uglyText(visibleTexts({ blocks: [{ type: "section", text: { type: "mrkdwn", text: "till [object Object]" } }] })),
    ).not.toBeNull();
    expect(uglyText(visibleTexts({ errors: { task: "TypeError: x is not a function\n    at run (/app/src/a.ts:3:9)" } }))).not.toBeNull();
    expect(uglyText(visibleTexts({ view: { private_metadata: '{"channelId":null}', blocks: [] } }))).toBeNull();
    expect(uglyText(visibleTexts(noticeReply(speak("sv").messages.notFound)))).toBeNull();
  });

  it("find what Slack would refuse, and pass Lofte's own longest replies", () => {
    const section = (text: string) => ({ blocks: [{ type: "section", text: { type: "mrkdwn", text } }] });
    expect(blockKitProblem(section("x".repeat(3001)), "message")).toMatch(/3001/);
    expect(blockKitProblem({ blocks: Array.from({ length: 51 }, () => section("x").blocks[0]) }, "message")).toMatch(/51 blocks/);
    expect(blockKitProblem({ blocks: [{ type: "input", element: { initial_user: "<!channel>" } }] }, "modal")).toMatch(/initial_user/);
    expect(blockKitProblem({ private_metadata: "x".repeat(3001), blocks: [] }, "modal")).toMatch(/private_metadata/);
    expect(blockKitProblem(noticeReply(speak("sv").messages.tooLong(MAX_TEXT_LENGTH), "x".repeat(40_000)), "message")).toBeNull();
    const words = { said: "ringa kunden Acme", foreign: false, customer: "Acme", deadline: "fredag 27 november kl 17:00" };
    expect(blockKitProblem(confirmationReply("c1", words, "sv"), "message")).toBeNull();
  });

  it("count an answer that is late, missing or a server error", () => {
    const problems = new Problems(42);
    checkAnswer(problems, 0, "a", { status: 200, text: "", json: null, ms: 3200 });
    checkAnswer(problems, 1, "b", { status: 500, text: "", json: null, ms: 5 });
    checkAnswer(problems, 2, "c", { status: 0, text: "", json: null, ms: 3500, error: "no answer" }, "no user object");
    checkAnswer(problems, 3, "d", { status: 400, text: "", json: null, ms: 5 });
    expect(problems.size).toBe(3);
    expect(problems.report()).toContain("FUZZ_SEED=42");
    expect(problems.report()).toContain("[no user object]");
  });

  it("compare typed text with what the database keeps", () => {
    expect(asStored("  a\u0000b\ud800 ")).toBe("ab\ufffd");
  });
});
