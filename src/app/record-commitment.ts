import { MAX_TASK_LENGTH, storable } from "../domain/commitment.js";
import { formatIsoDate, type LocalDate, parseClock } from "../domain/zoned-time.js";
import { type ParsedCommitment, parseCommitment } from "../language/parse-commitment.js";
import { type Commitment, createCommitmentOnce } from "../store/commitments.js";
import { createSeries, dropSeries } from "../store/series.js";
import type { AppDeps } from "./deps.js";
import { refreshHomes } from "./home.js";
import { plannerFor, whoIs } from "./people.js";
import { firstOccurrence } from "./series.js";
import type { Person, SlackPort } from "./slack-port.js";

/** A promise about to be stored: what was typed, how it was read, and where. */
export interface Capture {
  teamId: string;
  creatorId: string;
  channelId: string | null;
  text: string;
  parsed: ParsedCommitment & { task: string };
  dueAt: Date;
  hasTime: boolean;
  /** Made in a DM or a private channel. */
  private?: boolean;
  /** The request that made it, for one promise however often Slack sends it. */
  idempotencyKey?: string;
}

/** A repeating promise's series, as its confirmation shows it. */
export interface RecordedSeries {
  repeatText: string;
  /** The first time fell on a day off and is due the working day before: the date the rule gave. */
  movedFrom: LocalDate | null;
}

export type Recorded =
  /**
   * `movedFrom`: a counted deadline ("om två veckor") fell on this day off and is due the working day before.
   * `again`: the same request came before and stored this promise then; nothing new was stored.
   */
  | { ok: true; commitment: Commitment; byOther: boolean; again: boolean; series?: RecordedSeries; movedFrom?: LocalDate }
  | { ok: false; problem: "empty" }
  /** The message (`text`) or the promise read from it (`task`) is longer than Lofte keeps. */
  | { ok: false; problem: "tooLong"; max: number; what: "text" | "task" };

/**
 * Stores a promise with its reminder plan and tells the owner when someone else recorded it. A
 * task that is empty, or too long to show and edit, is not stored: the caller says why.
 */
export async function recordCommitment(deps: AppDeps, slack: SlackPort, creator: Person, capture: Capture): Promise<Recorded> {
  // The person's own words, customer included ("boka ett möte med Husqvarna"), when they fit.
  const said = storable(capture.parsed.said ?? "").trim();
  const task = said && said.length <= MAX_TASK_LENGTH ? said : storable(capture.parsed.task).trim();
  if (!task) return { ok: false, problem: "empty" };
  if (task.length > MAX_TASK_LENGTH) return { ok: false, problem: "tooLong", max: MAX_TASK_LENGTH, what: "task" };
  const now = deps.clock();
  const ownerId = capture.parsed.owner ?? capture.creatorId;
  const byOther = ownerId !== capture.creatorId;
  const owner = byOther ? await whoIs(deps, slack, capture.teamId, ownerId) : creator;
  // "varje fredag": a series, whose first time moves off a day off.
  const rule = capture.parsed.repeats;
  const first = rule ? firstOccurrence(rule, capture.dueAt, owner.timeZone, creator.workspace, now) : null;
  const series =
    rule && first
      ? await createSeries(
          deps.db.prisma,
          {
            workspaceId: capture.teamId,
            rule,
            firstOn: formatIsoDate(first.occurrence.occursOn),
            repeatText: storable(capture.parsed.datePhrase ?? "")
              .trim()
              .slice(0, 100),
          },
          now,
        )
      : null;
  const { commitment, created } = await createCommitmentOnce(
    deps.db,
    {
      workspaceId: capture.teamId,
      ownerId,
      creatorId: capture.creatorId,
      task,
      customer: capture.parsed.customer === null ? null : storable(capture.parsed.customer),
      originalText: storable(capture.text),
      language: capture.parsed.language,
      sourceChannelId: capture.channelId,
      private: capture.private ?? false,
      idempotencyKey: capture.idempotencyKey ?? null,
      seriesId: series?.id ?? null,
      occursOn: first ? formatIsoDate(first.occurrence.occursOn) : null,
      repeatText: series?.repeatText ?? null,
      dueAt: first?.dueAt ?? capture.dueAt,
      hasTime: capture.hasTime,
      timeZone: owner.timeZone,
    },
    now,
    plannerFor(deps, creator.workspace),
  );
  if (created) {
    await refreshHomes(deps, slack, capture.teamId, [capture.creatorId, ownerId]);
    // Stored either way; the DM is a courtesy.
    if (byOther) await slack.tell(owner, { kind: "ownerTold", commitment }, now).catch(() => {});
  }
  // The same request again: its promise (and series) existed already.
  if (series && !created) await dropSeries(deps.db.prisma, capture.teamId, series.id);
  const movedFrom =
    first && formatIsoDate(first.occurrence.occursOn) !== formatIsoDate(first.occurrence.dueOn) ? first.occurrence.occursOn : null;
  const counted = capture.parsed.movedFrom;
  return {
    ok: true,
    commitment,
    byOther,
    again: !created,
    ...(series && created ? { series: { repeatText: series.repeatText, movedFrom } } : {}),
    ...(counted ? { movedFrom: counted } : {}),
  };
}

/** Reads `text` as `person` meant it when recording a promise: their time zone, language and the workspace's defaults. */
export function readAs(person: Person, text: string, now: Date): ParsedCommitment {
  return parseCommitment(text, {
    now,
    timeZone: person.timeZone,
    language: person.language,
    defaultTime: parseClock(person.workspace.defaultDeadlineTime) ?? undefined,
    workWeek: person.workspace.workingHours,
    recording: true,
  });
}

/** The text as `person` means it, its times read on `owner`'s clock: a promise made for a colleague is due where they are. */
export function readOnClockOf(person: Person, owner: Person, text: string, now: Date): ParsedCommitment {
  return readAs(owner.timeZone === person.timeZone ? person : { ...person, timeZone: owner.timeZone }, text, now);
}
