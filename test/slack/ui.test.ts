import { describe, expect, it } from "vitest";
import { MAX_TEXT_LENGTH } from "../../src/domain/commitment.js";
import { speak } from "../../src/language/index.js";
import { askDeadlineReply, confirmationReply, noticeReply } from "../../src/slack/ui/capture-replies.js";
import { editModal } from "../../src/slack/ui/edit-modal.js";

/** Slack's limits (shared/slack/README.md): 50 blocks, 3000 characters a section, 2000 a button value. */
function withinLimits(blocks: unknown[]): void {
  expect(blocks.length).toBeLessThanOrEqual(50);
  const json = JSON.stringify(blocks);
  for (const match of json.matchAll(/"text":"((?:[^"\\]|\\.)*)"/g)) expect(JSON.parse(`"${match[1]}"`).length).toBeLessThanOrEqual(3000);
  for (const match of json.matchAll(/"value":"((?:[^"\\]|\\.)*)"/g)) expect(JSON.parse(`"${match[1]}"`).length).toBeLessThanOrEqual(2000);
}

describe("Block Kit builders", () => {
  const longest = "jag skickar offerten ".repeat(Math.ceil(MAX_TEXT_LENGTH / 21)).slice(0, MAX_TEXT_LENGTH);

  it("keep the longest accepted text within Slack's limits, in both languages", () => {
    for (const language of ["sv", "en"] as const) {
      withinLimits(askDeadlineReply(longest, language, "17:00").blocks);
      withinLimits(noticeReply(speak(language).messages.failed, longest, language).blocks);
      withinLimits(
        confirmationReply(
          "0190b3a0-0000-7000-8000-000000000000",
          { said: longest.slice(0, 500), foreign: false, customer: "Acme", deadline: "fredag 27 november kl 17:00" },
          language,
        ).blocks,
      );
    }
  });

  it("keep every word a person typed when nothing was saved", () => {
    const typed = "jag återkommer\nmed priset > 10 000 kr";
    expect(noticeReply("x", typed, "sv").text).toContain(">jag återkommer\n>med priset > 10 000 kr");
    const button = JSON.stringify(askDeadlineReply(typed, "en", "17:00").blocks);
    expect(button).toContain(JSON.stringify(typed).slice(1, -1));
  });

  it("prefill the edit modal in the viewer's time zone", () => {
    const view = editModal(
      { ownerId: "U1", leadId: null, task: "ringa kunden", customer: null, dueAt: new Date("2026-11-26T23:30:00Z") },
      { commitmentId: "c1", version: 3, timeZone: "Europe/Stockholm", language: "en" },
    );
    const element = (id: string) => (view.blocks.find((b) => b.block_id === id) as unknown as { element: Record<string, unknown> }).element;
    expect(element("date").initial_date).toBe("2026-11-27");
    expect(element("time").initial_time).toBe("00:30");
    expect(view.title.text).toBe("Edit promise");
    expect(JSON.parse(view.private_metadata ?? "{}")).toMatchObject({ commitmentId: "c1", version: 3 });
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it("have every message in both Swedish and English", () => {
    const sv = speak("sv").messages;
    const en = speak("en").messages;
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    expect(Object.keys(en.notACommitment).sort()).toEqual(Object.keys(sv.notACommitment).sort());
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      if (typeof sv[key] === "string") expect(sv[key], key).not.toBe(en[key]);
    }
  });
});
