import { describe, expect, it } from "vitest";
import type { Person } from "../../src/app/slack-port.js";
import type { DigestCommitment } from "../../src/domain/digest.js";
import { summarizeDigest } from "../../src/domain/digest.js";
import { SWEDISH_RED_DAYS } from "../../src/domain/holidays.js";
import type { Language } from "../../src/language/index.js";
import { answeredReminder } from "../../src/slack/ui/answered-reminder.js";
import {
  askDeadlineReply,
  capturedReply,
  confirmationReply,
  noticeReply,
  ownerToldMessage,
  undoneReply,
  updatedReply,
} from "../../src/slack/ui/capture-replies.js";
import { listReply } from "../../src/slack/ui/commitment-list.js";
import { promiseWords } from "../../src/slack/ui/commitment-words.js";
import { digestMessage } from "../../src/slack/ui/digest.js";
import { homeView } from "../../src/slack/ui/home.js";
import { noticeMessage } from "../../src/slack/ui/notices.js";
import { followUpOffer } from "../../src/slack/ui/reminders.js";
import { awayOfferMessage, awayReply, handoverMessage } from "../../src/slack/ui/time-away.js";
import type { Commitment } from "../../src/store/commitments.js";
import { visibleTexts } from "../fuzz/fuzz-checks.js";

/**
 * Every text a person wrote goes out escaped, on every surface: a task, customer or note that
 * holds Slack markup is shown as written, never sent as a mention or a disguised link — in the
 * owner's and the lead's DMs above all, where a colleague's words reach someone else.
 */

const HOSTILE = "<!channel> <!here|here> <https://evil.example/login|Acme> <@U0EVIL> <#C0EVIL> <!subteam^S1|@all> &";
/** What must never reach Slack as markup from someone's text. */
const MARKUP = ["<!channel>", "<!here", "<https://evil", "<@U0EVIL>", "<#C0EVIL>", "<!subteam"];
/** What a person typed is quoted back to them only: their own links and mentions stay, but nothing that pings a channel. */
const PINGS = ["<!channel>", "<!here", "<!subteam"];
const QUOTES_TYPED = new Set(["notice with what was typed", "the when? question", "a date that passed", "another promise in the message"]);

const NOW = new Date("2026-11-25T09:00:00Z");

function commitment(overrides: Partial<Commitment> = {}): Commitment {
  return {
    id: "0193a000-0000-7000-8000-000000000001",
    workspaceId: "T0LOFTE",
    ownerId: "U0ANNA",
    creatorId: "U0BOB",
    leadId: "U0LEAD",
    task: `skicka ${HOSTILE}`,
    customer: `Acme ${HOSTILE}`,
    customerKey: null,
    originalText: HOSTILE,
    language: "sv",
    sourceChannelId: "C0SALES",
    private: false,
    sourceMessageTs: null,
    permalink: null,
    dueAt: new Date("2026-11-27T16:00:00Z"),
    hasTime: false,
    timeZone: "Europe/Stockholm",
    status: "open",
    customerInformed: false,
    parentId: null,
    seriesId: null,
    occursOn: null,
    repeatText: null,
    snoozedUntil: null,
    lastAnswer: null,
    lastAnswerAt: null,
    version: 1,
    idempotencyKey: null,
    completedAt: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

function person(language: Language): Person {
  return {
    id: "U0ANNA",
    workspace: {
      id: "T0LOFTE",
      language,
      timeZone: "Europe/Stockholm",
      defaultDeadlineTime: "17:00",
      workingHours: { days: [1, 2, 3, 4, 5], start: { hour: 8, minute: 0 }, end: { hour: 18, minute: 0 }, redDays: SWEDISH_RED_DAYS },
      defaultLeadId: null,
      uninstalled: false,
    },
    profile: { timeZone: "Europe/Stockholm", language, isAdmin: false },
    timeZone: "Europe/Stockholm",
    language,
  };
}

/** Every message Lofte draws from a promise, for a reader. */
function everything(language: Language): [string, unknown][] {
  const reader = person(language);
  const c = commitment({ language });
  const words = promiseWords(c, reader, NOW);
  const answered = { ok: true as const, before: c, after: c, person: reader, lead: "U0LEAD" };
  const digestItem: DigestCommitment = { ...c, status: "open", lastAnswer: "cant_make_it" };
  return [
    ["confirmation", confirmationReply(c.id, words, language, { owner: "U0ANNA" })],
    ["another promise in the message", confirmationReply(c.id, words, language, { others: [HOSTILE] })],
    ["owner told", ownerToldMessage(c.id, c.creatorId, words, language)],
    ["updated", updatedReply(c.id, words, language)],
    ["undone", undoneReply(words, language)],
    ["notice with what was typed", noticeReply("x", HOSTILE, language)],
    ["the when? question", askDeadlineReply(HOSTILE, language, "17:00")],
    ["a date that passed", capturedReply({ ok: false, problem: "past", datePhrase: HOSTILE }, reader, HOSTILE, NOW)],
    ...(["done", "on_track", "cant_make_it"] as const).map((kind): [string, unknown] => [
      `answered ${kind}`,
      answeredReminder(answered, { kind }, NOW),
    ]),
    ["answered more time", answeredReminder(answered, { kind: "more_time", dueAt: new Date("2026-11-30T16:00:00Z"), note: HOSTILE }, NOW)],
    ["answered snooze", answeredReminder(answered, { kind: "snooze", until: new Date("2026-11-25T10:00:00Z") }, NOW)],
    ["follow-up offer", followUpOffer(c.id, c.customer ?? "", language)],
    ...(["heads_up", "due_soon", "overdue"] as const).map((reminder): [string, unknown] => [
      `reminder ${reminder}`,
      noticeMessage({ kind: "reminder", reminder, commitment: c }, reader, NOW),
    ]),
    ["lead alert", noticeMessage({ kind: "leadAlert", commitment: c, risk: "cant_make_it" }, reader, NOW)],
    ["lead told of more time", noticeMessage({ kind: "leadMoved", before: c, after: c, note: HOSTILE }, reader, NOW)],
    ["owner told of a move", noticeMessage({ kind: "movedByOther", before: c, after: c, by: "U0LEAD", note: HOSTILE }, reader, NOW)],
    ["reassigned to you", noticeMessage({ kind: "reassignedToYou", commitment: c, by: "U0LEAD" }, reader, NOW)],
    ["former owner told", noticeMessage({ kind: "reassignedAway", commitment: c, by: "U0LEAD" }, reader, NOW)],
    ["owner told the lead tells the customer", noticeMessage({ kind: "customerInformed", commitment: c, by: "U0LEAD" }, reader, NOW)],
    ["owner told (DM)", noticeMessage({ kind: "ownerTold", commitment: c }, reader, NOW)],
    ["list", listReply({ key: { kind: "customer", customer: HOSTILE }, items: [c], offset: 0, total: 1 }, reader, NOW)],
    [
      "home",
      homeView(
        {
          mine: { items: [c], offset: 0, total: 1 },
          atRisk: [c],
          kept: [{ ...c, status: "done", completedAt: NOW }],
          away: { from: { year: 2026, month: 12, day: 22 }, to: { year: 2027, month: 1, day: 6 }, now: true },
        },
        reader,
        NOW,
      ),
    ],
    [
      "time away",
      awayReply({ from: { year: 2026, month: 12, day: 22 }, to: { year: 2027, month: 1, day: 6 }, sick: false, due: [c] }, reader, NOW),
    ],
    ["away offer", awayOfferMessage({ year: 2026, month: 12, day: 22 }, { year: 2027, month: 1, day: 6 }, HOSTILE, reader)],
    ["handover", handoverMessage("U0GONE", [{ ...c, repeatText: HOSTILE, seriesId: "s1" }], reader, NOW)],
    ["digest", digestMessage(summarizeDigest([digestItem], NOW, "Europe/Stockholm"), "C0SALES", reader, NOW)],
  ];
}

describe("someone's text in Lofte's messages", () => {
  for (const language of ["sv", "en"] as const) {
    it(`is escaped in every message builder (${language}): no mention, no link, no user group from a task, customer or note`, () => {
      for (const [name, message] of everything(language)) {
        const texts = visibleTexts(message).join("\n");
        for (const markup of QUOTES_TYPED.has(name) ? PINGS : MARKUP) expect(texts, `${name}: ${markup}`).not.toContain(markup);
      }
    });

    it(`is still shown, as written (${language})`, () => {
      const c = commitment({ language });
      const reminder = noticeMessage({ kind: "reminder", reminder: "due_soon", commitment: c }, person(language), NOW);
      expect(reminder.text).toContain("&lt;!channel&gt;");
      expect(reminder.text).toContain("&lt;https://evil.example/login|Acme&gt;");
      expect(reminder.text).toContain("&amp;");
    });
  }
});
