import { nextOccurrence, type Occurrence, ruleOccurs } from "../domain/series.js";
import type { WorkingHours } from "../domain/working-hours.js";
import { type Clock, formatIsoDate, fromLocal, type LocalDate, localDate, parseIsoDate, toLocal } from "../domain/zoned-time.js";
import { phrasesIn } from "../language/find-deadline.js";
import { detectLanguage } from "../language/index.js";
import { type Commitment, createCommitmentOnce } from "../store/commitments.js";
import { inTransaction } from "../store/database.js";
import { changeSeriesRule, occurrenceKey, type Series, seriesToContinue, endSeries as storeEnd, whileRunning } from "../store/series.js";
import { ensureWorkspace, type WorkspaceSettings } from "../store/workspaces.js";
import type { AppDeps } from "./deps.js";
import { loadForChange } from "./load-for-change.js";
import { plannerFor } from "./people.js";
import type { Person } from "./slack-port.js";

/**
 * Repeating promises: the first occurrence when one is recorded, the next when the latest is
 * done, struck or past its deadline (each scheduler tick), and ending a series. Each
 * occurrence is a promise of its own, with its own reminders and record.
 */

/** Where a new series' first occurrence falls: the date the rule gives, or the working day before. */
export interface FirstOccurrence {
  occurrence: Occurrence;
  dueAt: Date;
}

/**
 * The first occurrence of `rule` from the parsed deadline that is still ahead of `now` (moved
 * off a day off, it may fall earlier: "varje fredag" said on the Wednesday before Christmas
 * starts the Friday after), or null when the rule never occurs.
 */
export function firstOccurrence(
  rule: string,
  dueAt: Date,
  timeZone: string,
  workspace: WorkspaceSettings,
  now: Date,
): FirstOccurrence | null {
  const local = toLocal(dueAt, timeZone);
  const firstOn = { year: local.year, month: local.month, day: local.day };
  if (!ruleOccurs(rule, firstOn)) return null;
  return aheadOf(now, { rule, firstOn, after: null, hours: workspace.workingHours, clock: local, timeZone });
}

/**
 * The first occurrence after `after` (the rule's first when null) due later than `now`, at
 * `clock` on the owner's wall clock. A year of daily occurrences at most: further back than
 * that, the series is done with.
 */
function aheadOf(
  now: Date,
  s: { rule: string; firstOn: LocalDate; after: Occurrence | null; hours: WorkingHours; clock: Clock; timeZone: string },
): FirstOccurrence | null {
  let occurrence: Occurrence | null = s.after;
  for (let step = 0; step < 400; step++) {
    occurrence = nextOccurrence(s.rule, s.firstOn, occurrence, s.hours);
    if (!occurrence) return null;
    const dueAt = fromLocal({ ...occurrence.dueOn, hour: s.clock.hour, minute: s.clock.minute }, s.timeZone);
    if (dueAt.getTime() > now.getTime()) return { occurrence, dueAt };
  }
  return null;
}

/**
 * Makes the next occurrence of every running series whose latest one is done, struck or past
 * due: the first date of the rule after it that is still ahead (occurrences missed while Lofte
 * was down are not made after the fact). The owner, task, customer and time of day are the
 * latest occurrence's, so a reassignment or an edit carries on. A rule with no dates left ends.
 */
export async function continueSeries(deps: AppDeps): Promise<{ made: number; ended: number }> {
  const now = deps.clock();
  const result = { made: 0, ended: 0 };
  for (const { series, latest } of await seriesToContinue(deps.db.prisma, now)) {
    const workspace = await ensureWorkspace(deps.db, series.workspaceId, deps.defaults);
    const next = upcoming(series, latest, workspace, now);
    if (!next) {
      await storeEnd(deps.db.prisma, series.workspaceId, series.id, "lofte", now);
      result.ended++;
      continue;
    }
    const made = await whileRunning(deps.db.prisma, series.workspaceId, series.id, (tx) =>
      createCommitmentOnce(
        inTransaction(tx),
        {
          workspaceId: latest.workspaceId,
          ownerId: latest.ownerId,
          creatorId: latest.creatorId,
          leadId: latest.leadId,
          task: latest.task,
          customer: latest.customer,
          originalText: latest.originalText,
          language: latest.language === "en" ? "en" : "sv",
          sourceChannelId: latest.sourceChannelId,
          private: latest.private,
          idempotencyKey: occurrenceKey(series.id, formatIsoDate(next.occurrence.occursOn)),
          seriesId: series.id,
          occursOn: formatIsoDate(next.occurrence.occursOn),
          repeatText: series.repeatText,
          dueAt: next.dueAt,
          hasTime: latest.hasTime,
          timeZone: latest.timeZone,
        },
        now,
        plannerFor(deps, workspace),
      ),
    );
    if (made !== "ended" && made.created) result.made++;
  }
  return result;
}

function upcoming(series: Series, latest: Commitment, workspace: WorkspaceSettings, now: Date): FirstOccurrence | null {
  const clock = toLocal(latest.dueAt, latest.timeZone);
  const after = { occursOn: parseIsoDate(latest.occursOn ?? series.firstOn), dueOn: clock };
  const firstOn = parseIsoDate(series.firstOn);
  return aheadOf(now, { rule: series.rule, firstOn, after, hours: workspace.workingHours, clock, timeZone: latest.timeZone });
}

export type SeriesEnded = { ok: true } | { ok: false; problem: "notFound" | "notAllowed" | "already" };

/** "Avsluta serien": the series of this occurrence makes no more; every occurrence so far stays. */
export async function endSeries(deps: AppDeps, person: Person, commitmentId: string): Promise<SeriesEnded> {
  const loaded = await loadForChange(deps, person, commitmentId);
  if (!loaded.ok) return { ok: false, problem: loaded.problem };
  const seriesId = loaded.commitment.seriesId;
  if (!seriesId) return { ok: false, problem: "notFound" };
  const ended = await storeEnd(deps.db.prisma, person.workspace.id, seriesId, person.id, deps.clock());
  return ended === "ended" ? { ok: true } : { ok: false, problem: "already" };
}

export type RuleChanged = { ok: true; ended: boolean } | { ok: false; problem: "notFound" | "notAllowed" | "already" | "unreadable" };

/**
 * The rule in words, as typed in the edit modal ("varannan måndag", "every Friday"): its RRULE
 * and the words, or "unreadable". Nothing typed is no rule.
 */
export function readRepeat(text: string, person: Person, now: Date): { rule: string; repeatText: string } | "unreadable" | null {
  const words = text.trim();
  if (!words) return null;
  const phrases = phrasesIn(words, {
    now,
    timeZone: person.timeZone,
    language: detectLanguage(words, person.language),
    defaultTime: { hour: 17, minute: 0 },
    workWeek: person.workspace.workingHours,
  });
  const repeat = phrases.find((p) => p.meaning.repeat);
  if (!repeat?.meaning.repeat || !ruleOccurs(repeat.meaning.repeat.rule, localDate(now, person.timeZone))) return "unreadable";
  return { rule: repeat.meaning.repeat.rule, repeatText: words.slice(repeat.index, repeat.index + repeat.length).trim() };
}

/**
 * The edit modal's "Upprepas": a new rule for the series of this occurrence (the next one
 * follows it), or none, which ends the series. Only who may change the promise may.
 */
export async function changeRule(deps: AppDeps, person: Person, commitmentId: string, text: string): Promise<RuleChanged> {
  const read = readRepeat(text, person, deps.clock());
  if (read === "unreadable") return { ok: false, problem: "unreadable" };
  if (read === null) {
    const ended = await endSeries(deps, person, commitmentId);
    return ended.ok ? { ok: true, ended: true } : ended;
  }
  const loaded = await loadForChange(deps, person, commitmentId);
  if (!loaded.ok) return { ok: false, problem: loaded.problem };
  const seriesId = loaded.commitment.seriesId;
  if (!seriesId) return { ok: false, problem: "notFound" };
  const from = loaded.commitment.occursOn;
  const changed = await changeSeriesRule(deps.db.prisma, person.workspace.id, seriesId, { ...read, ...(from ? { firstOn: from } : {}) });
  return changed === "changed" ? { ok: true, ended: false } : { ok: false, problem: "already" };
}
