import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { plannerFor } from "../../src/app/people.js";
import { customerKey } from "../../src/domain/commitment.js";
import type { Commitment } from "../../src/store/commitments.js";
import { ensureWorkspace } from "../../src/store/workspaces.js";
import type { RecordedCall } from "./fake-slack.js";
import type { Lofte } from "./harness.js";
import { blockAction, eventEnvelope, type SlackAnswer, viewSubmission } from "./slack-driver.js";

/**
 * Helpers for the security tests: a cast of people around one promise (owner, creator, the
 * promise's lead, the channel's lead, the workspace's default lead, an admin, and outsiders)
 * in a workspace of its own, a snapshot of everything a change would touch, and a way to wait
 * until Lofte has finished with a request.
 */

/** Who may change a promise. */
export const ALLOWED = ["owner", "creator", "promise lead", "channel lead", "default lead", "admin"] as const;
/**
 * Who may not: someone with no part in the promise who reads English, and one who reads Swedish
 * and leads another channel (a lead, but not of this promise).
 */
export const REFUSED = ["lead of another channel", "bystander (en)"] as const;
export type Role = (typeof ALLOWED)[number] | (typeof REFUSED)[number] | "bystander (sv)";

/** The refusal each language gets. */
export const NOT_ALLOWED = {
  sv: "Bara den som lovat, den som skrev in löftet, ansvarig eller en admin kan ändra det.",
  en: "Only the person who promised, whoever recorded it, the lead or an admin can change this promise.",
} as const;

/** What a request gets for a promise that is not in its workspace (as if it did not exist). */
export const NOT_FOUND = {
  sv: "Jag hittar inte det löftet längre.",
  en: "I can't find that promise any more.",
} as const;

export interface Cast {
  /** In every id of this cast (people, channels, team), so casts never share anything by accident. */
  tag: string;
  teamId: string;
  channelId: string;
  otherChannelId: string;
  people: Record<Role, string>;
  /** Someone to hand the promise to. */
  newOwner: string;
}

let casts = 0;

/** A unique tag per cast, across the files of one run (the app remembers some things per process). */
export function nextTag(prefix: string): string {
  return `${prefix}${++casts}`;
}

/**
 * Sets up a workspace with a default lead, a channel with a lead, another channel with
 * another lead, and tells the fake Slack who is who (an admin; Swedish and English readers).
 * Two casts with the same tag and other team ids have the same people and channel ids.
 */
export async function castFor(lofte: Lofte, tag: string, teamId = `T0${tag}`): Promise<Cast> {
  const id = (name: string) => `U0${name}${tag}`;
  const cast: Cast = {
    tag,
    teamId,
    channelId: `C0SALES${tag}`,
    otherChannelId: `C0OTHER${tag}`,
    people: {
      owner: id("OWNER"),
      creator: id("CREATOR"),
      "promise lead": id("PLEAD"),
      "channel lead": id("CHLEAD"),
      "default lead": id("DEFLEAD"),
      admin: id("ADMIN"),
      "bystander (sv)": id("EVE"),
      "bystander (en)": id("EDGAR"),
      "lead of another channel": id("OTHERLEAD"),
    },
    newOwner: id("NEWOWNER"),
  };
  const swede = { tz: "Europe/Stockholm", locale: "sv-SE" };
  for (const person of Object.values(cast.people)) lofte.slack.users.set(person, swede);
  lofte.slack.users.set(cast.people.admin, { ...swede, isAdmin: true });
  lofte.slack.users.set(cast.people["bystander (en)"], { tz: "Europe/London", locale: "en-GB" });
  lofte.slack.users.set(cast.newOwner, { tz: "Europe/Stockholm", locale: "en-GB" });

  const prisma = lofte.db.prisma;
  await ensureWorkspace(lofte.db, cast.teamId, lofte.deps.defaults);
  await prisma.workspace.update({ where: { id: cast.teamId }, data: { defaultLeadId: cast.people["default lead"] } });
  await prisma.channelSettings.createMany({
    data: [
      { workspaceId: cast.teamId, channelId: cast.channelId, leadId: cast.people["channel lead"] },
      { workspaceId: cast.teamId, channelId: cast.otherChannelId, leadId: cast.people["lead of another channel"] },
    ],
  });
  return cast;
}

/** The language a role reads (only one of the bystanders reads English). */
export function languageOf(role: Role): "sv" | "en" {
  return role === "bystander (en)" ? "en" : "sv";
}

/**
 * `count` open promises in the cast's channel, each made by the owner, recorded by the creator,
 * with the promise's own lead, due Friday 27 November 2026 17:00 Stockholm time (a date without
 * a time), with the reminder plan Lofte would give them and a "created" event. Written in three
 * statements whatever the count (a fixture: the app's own way takes seven per promise).
 */
export async function promisesOf(
  lofte: Lofte,
  cast: Cast,
  count: number,
  task = "skicka offerten till Acme",
  customer: string | null = "Acme",
): Promise<Commitment[]> {
  const prisma = lofte.db.prisma;
  const workspace = await ensureWorkspace(lofte.db, cast.teamId, lofte.deps.defaults);
  const now = lofte.clock.now();
  const planner = plannerFor(lofte.deps, workspace);
  const rows: Commitment[] = Array.from({ length: count }, () => ({
    id: randomUUID(),
    workspaceId: cast.teamId,
    ownerId: cast.people.owner,
    creatorId: cast.people.creator,
    leadId: cast.people["promise lead"],
    task,
    customer,
    customerKey: customer ? customerKey(customer) : null,
    originalText: `jag ${task} fredag`,
    language: "sv",
    sourceChannelId: cast.channelId,
    private: false,
    idempotencyKey: null,
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
    completedAt: null,
    createdAt: now,
    updatedAt: now,
  }));
  await prisma.commitment.createMany({ data: rows });
  await prisma.nudge.createMany({
    data: rows.flatMap((c) => planner(c).map((n) => ({ workspaceId: c.workspaceId, commitmentId: c.id, kind: n.kind, dueAt: n.at }))),
  });
  await prisma.commitmentEvent.createMany({
    data: rows.map((c) => ({
      workspaceId: c.workspaceId,
      commitmentId: c.id,
      actorId: c.creatorId,
      kind: "created",
      after: { task },
      at: now,
    })),
  });
  return rows;
}

/** One such promise. */
export async function promiseOf(
  lofte: Lofte,
  cast: Cast,
  task = "skicka offerten till Acme",
  customer: string | null = "Acme",
): Promise<Commitment> {
  const [promise] = await promisesOf(lofte, cast, 1, task, customer);
  return promise;
}

export interface Snapshot {
  commitment: {
    status: string;
    dueAt: string;
    hasTime: boolean;
    ownerId: string;
    leadId: string | null;
    task: string;
    customer: string | null;
    customerInformed: boolean;
    snoozedUntil: string | null;
    lastAnswer: string | null;
    completedAt: string | null;
    version: number;
  };
  /** The audit trail: "<kind> by <actor>", oldest first. */
  events: string[];
  /** The reminder plan and outbox: "<kind> at <ISO time>: <state>", by time. */
  nudges: string[];
  followUps: number;
}

/**
 * Everything a change to a promise touches: its fields, its audit trail, its reminders, its
 * follow-ups. One query (each query costs a few milliseconds of CPU, and there are hundreds).
 */
export async function snapshot(lofte: Lofte, id: string): Promise<Snapshot> {
  const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  const [row] = await lofte.db.prisma.$queryRawUnsafe<{ snapshot: string }[]>(
    `SELECT json_build_object(
       'commitment', json_build_object(
         'status', c.status::text, 'dueAt', ${iso('c."dueAt"')}, 'hasTime', c."hasTime", 'ownerId', c."ownerId",
         'leadId', c."leadId", 'task', c.task, 'customer', c.customer, 'customerInformed', c."customerInformed",
         'snoozedUntil', ${iso('c."snoozedUntil"')}, 'lastAnswer', c."lastAnswer", 'completedAt', ${iso('c."completedAt"')},
         'version', c.version),
       'events', (SELECT coalesce(json_agg(e.kind || ' by ' || e."actorId" ORDER BY e.at, e.id), '[]')
                    FROM "CommitmentEvent" e WHERE e."commitmentId" = c.id),
       'nudges', (SELECT coalesce(json_agg(n.kind::text || ' at ' || ${iso('n."dueAt"')} || ': ' || n.state::text ORDER BY n."dueAt", n.kind), '[]')
                    FROM "Nudge" n WHERE n."commitmentId" = c.id),
       'followUps', (SELECT count(*) FROM "Commitment" f WHERE f."parentId" = c.id)
     )::text AS snapshot
     FROM "Commitment" c WHERE c.id = $1`,
    id,
  );
  if (!row) throw new Error(`no promise ${id}`);
  return JSON.parse(row.snapshot) as Snapshot;
}

/** Where a test starts reading what Lofte did: the Slack calls and log lines so far. */
export interface Mark {
  calls: number;
  logs: number;
}

export function mark(lofte: Lofte): Mark {
  return { calls: lofte.slack.calls.length, logs: lofte.logs.length };
}

/**
 * Waits until Lofte has finished handling a request from `user` made after `since` (its
 * "request" log line, written when every listener is done; needs LOG_LEVEL=info).
 */
export async function handled(lofte: Lofte, since: Mark, user: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const done = lofte.logs.slice(since.logs).some((line) => {
      const entry = JSON.parse(line) as { msg?: string; user?: string };
      return entry.msg === "request" && entry.user === user;
    });
    if (done) return;
    if (Date.now() > deadline) throw new Error(`no request from ${user} handled within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The Slack calls since `since` that did something (anything but looking people up). */
export function actionsSince(lofte: Lofte, since: Mark): RecordedCall[] {
  return lofte.slack.calls.slice(since.calls).filter((c) => c.method !== "users.info");
}

/** The text of the blocks of a message or view, one string per block. */
export function blockTexts(blocks: unknown): string[] {
  type Block = { text?: { text?: string }; elements?: { text?: string }[] };
  return ((blocks ?? []) as Block[]).map((b) => b.text?.text ?? b.elements?.map((e) => e.text ?? "").join(" ") ?? "");
}

/** Asserts that nothing about the promise changed. */
export async function expectUnchanged(lofte: Lofte, id: string, before: Snapshot): Promise<void> {
  expect(await snapshot(lofte, id)).toEqual(before);
}

/** One try at changing a promise: who, which promise, from which message. */
export interface Case {
  lofte: Lofte;
  /** The workspace the request comes from, and its people. */
  cast: Cast;
  promise: Commitment;
  actor: string;
  /** The reminder DM (or alert) the click comes from, and its ts. */
  dm: string;
  ts: string;
  responseId: string;
  triggerId: string;
  /** What Lofte had done before the case began. */
  since: Mark;
}

let cases = 0;

/** A try by `actor`, from `cast`'s workspace, at `promise`, from a message (and trigger, and response URL) of its own. */
export function newCase(lofte: Lofte, cast: Cast, promise: Commitment, actor: string): Case {
  const n = ++cases;
  return {
    lofte,
    cast,
    promise,
    actor,
    dm: `D0DM${cast.tag}X${n}`,
    ts: `${1_764_100_000 + n}.000100`,
    responseId: `response-${cast.tag}-${n}`,
    triggerId: `trigger-${cast.tag}-${n}`,
    since: mark(lofte),
  };
}

/**
 * How someone who may not is told: on the response URL, in the modal, in Lofte's DM (the Home
 * tab has no response URL), or not at all (an emoji has nowhere to be answered).
 */
export type Refusal = { kind: "ephemeral" } | { kind: "view"; field: string } | { kind: "dm" } | { kind: "silent" };

/** Every way the app offers to change a promise (src/slack/app.ts), as Slack would deliver it. */
export interface Surface {
  id: SurfaceId;
  name: string;
  /** Puts the promise in the state the surface is offered in (open unless said). */
  prepare?: (c: Case) => Promise<void>;
  send: (c: Case) => Promise<SlackAnswer>;
  refusal: Refusal;
}

export type SurfaceId =
  | "done"
  | "onTrack"
  | "snooze"
  | "cantMakeIt"
  | "moreTime"
  | "edit"
  | "undo"
  | "listDone"
  | "listSnooze"
  | "homeDone"
  | "followUp"
  | "pingOwner"
  | "tellCustomer"
  | "reassign"
  | "moveDeadline"
  | "editView"
  | "newDeadlineView"
  | "reaction";

/** A click on a message Lofte sent, as `c.actor` of `c.cast`'s workspace, with the case's own trigger. */
function press(c: Case, actionId: string, extra: { value?: string; blockId?: string; selectedOption?: string; selectedUser?: string }) {
  return c.lofte.driver.interaction({
    ...blockAction({
      actionId,
      ...extra,
      userId: c.actor,
      teamId: c.cast.teamId,
      channelId: c.dm,
      messageTs: c.ts,
      responseUrl: c.lofte.slack.responseUrl(c.responseId),
    }),
    trigger_id: c.triggerId,
  });
}

const markDone = (c: Case) =>
  c.lofte.db.prisma.commitment
    .update({ where: { id: c.promise.id }, data: { status: "done", completedAt: c.lofte.clock.now() } })
    .then(() => undefined);

export const SURFACES: Surface[] = [
  {
    id: "done",
    name: "Done on a reminder",
    send: (c) => press(c, "nudge_done", { value: c.promise.id, blockId: `owner:${c.promise.id}` }),
    refusal: { kind: "ephemeral" },
  },
  {
    id: "onTrack",
    name: "On track on a reminder",
    send: (c) => press(c, "nudge_on_track", { value: c.promise.id, blockId: `owner:${c.promise.id}` }),
    refusal: { kind: "ephemeral" },
  },
  {
    id: "snooze",
    name: "Snooze (1 hour) on a reminder",
    send: (c) => press(c, "nudge_snooze", { blockId: `owner:${c.promise.id}`, selectedOption: "1h" }),
    refusal: { kind: "ephemeral" },
  },
  {
    id: "cantMakeIt",
    name: "Can't make it on a reminder",
    send: (c) => press(c, "nudge_cant_make_it", { value: c.promise.id, blockId: `owner:${c.promise.id}` }),
    refusal: { kind: "ephemeral" },
  },
  {
    id: "moreTime",
    name: "Need more time on a reminder (opens the new-deadline modal)",
    send: (c) => press(c, "nudge_more_time", { value: c.promise.id, blockId: `owner:${c.promise.id}` }),
    refusal: { kind: "ephemeral" },
  },
  {
    id: "edit",
    name: "Edit on the confirmation (opens the edit modal)",
    send: (c) => press(c, "commitment_edit", { value: c.promise.id }),
    refusal: { kind: "ephemeral" },
  },
  {
    id: "undo",
    name: "Undo on the confirmation (cancels)",
    send: (c) => press(c, "commitment_undo", { value: c.promise.id }),
    refusal: { kind: "ephemeral" },
  },
  {
    id: "listDone",
    name: "Done from a list (/lofte lista)",
    send: (c) => press(c, "list_item_menu", { blockId: `item:${c.promise.id}`, selectedOption: "done|m" }),
    refusal: { kind: "ephemeral" },
  },
  {
    id: "listSnooze",
    name: "Snooze from a channel's list (/lofte team)",
    send: (c) => press(c, "list_item_menu", { blockId: `item:${c.promise.id}`, selectedOption: `1h|t:${c.cast.channelId}` }),
    refusal: { kind: "ephemeral" },
  },
  {
    id: "homeDone",
    name: "Done from the Home tab",
    send: (c) => press(c, "list_item_menu", { blockId: `item:${c.promise.id}`, selectedOption: "done|h" }),
    refusal: { kind: "dm" },
  },
  {
    id: "followUp",
    name: "Book a follow-up on a kept promise",
    prepare: markDone,
    send: (c) => press(c, "nudge_follow_up", { value: `${c.promise.id}:1w` }),
    refusal: { kind: "ephemeral" },
  },
  {
    id: "pingOwner",
    name: "Ping the owner (lead's alert)",
    send: (c) => press(c, "lead_ping_owner", { value: c.promise.id, blockId: `lead:${c.promise.id}` }),
    refusal: { kind: "ephemeral" },
  },
  {
    id: "tellCustomer",
    name: "I'll tell the customer (lead's alert)",
    send: (c) => press(c, "lead_tell_customer", { value: c.promise.id, blockId: `lead:${c.promise.id}` }),
    refusal: { kind: "ephemeral" },
  },
  {
    id: "reassign",
    name: "Reassign (lead's alert)",
    send: (c) => press(c, "lead_reassign", { blockId: `lead:${c.promise.id}`, selectedUser: c.cast.newOwner }),
    refusal: { kind: "ephemeral" },
  },
  {
    id: "moveDeadline",
    name: "Move deadline (lead's alert; opens the new-deadline modal)",
    send: (c) => press(c, "lead_move_deadline", { value: c.promise.id, blockId: `lead:${c.promise.id}` }),
    refusal: { kind: "ephemeral" },
  },
  {
    id: "editView",
    name: "Saving the edit modal",
    send: (c) =>
      c.lofte.driver.interaction(
        viewSubmission({
          callbackId: "commitment_edit_view",
          // As Lofte wrote it when the modal was opened (by a Swedish reader).
          privateMetadata: JSON.stringify({ commitmentId: c.promise.id, version: 1, timeZone: "Europe/Stockholm", language: "sv" }),
          userId: c.actor,
          teamId: c.cast.teamId,
          values: {
            owner: { owner: { type: "users_select", selected_user: c.cast.people.owner } },
            task: { task: { type: "plain_text_input", value: "skicka den nya offerten" } },
            customer: { customer: { type: "plain_text_input", value: "Acme" } },
            date: { date: { type: "datepicker", selected_date: "2026-11-27" } },
            time: { time: { type: "timepicker", selected_time: "17:00" } },
            lead: { lead: { type: "users_select", selected_user: c.cast.people["promise lead"] } },
          },
        }),
      ),
    refusal: { kind: "view", field: "task" },
  },
  {
    id: "newDeadlineView",
    name: "Saving the new-deadline modal",
    send: (c) =>
      c.lofte.driver.interaction(
        viewSubmission({
          callbackId: "commitment_new_deadline_view",
          privateMetadata: JSON.stringify({
            commitmentId: c.promise.id,
            language: "sv",
            timeZone: "Europe/Stockholm",
            channel: c.dm,
            ts: c.ts,
            by: "owner",
          }),
          userId: c.actor,
          teamId: c.cast.teamId,
          values: {
            date: { date: { type: "datepicker", selected_date: "2026-11-30" } },
            time: { time: { type: "timepicker", selected_time: "12:00" } },
            note: { note: { type: "plain_text_input", value: null } },
          },
        }),
      ),
    refusal: { kind: "view", field: "date" },
  },
  {
    id: "reaction",
    name: "A ✅ reaction on the reminder DM",
    async prepare(c) {
      await c.lofte.db.prisma.nudge.create({
        data: {
          workspaceId: c.cast.teamId,
          commitmentId: c.promise.id,
          kind: "due_soon",
          dueAt: new Date("2026-11-25T08:00:00Z"),
          state: "sent",
          slackChannel: c.dm,
          slackTs: c.ts,
          sentAt: new Date("2026-11-25T08:00:00Z"),
        },
      });
    },
    send: (c) =>
      c.lofte.driver.event(
        eventEnvelope(
          {
            type: "reaction_added",
            user: c.actor,
            reaction: "white_check_mark",
            item: { type: "message", channel: c.dm, ts: c.ts },
            item_user: "U0LOFTEBOT",
            event_ts: c.ts,
          },
          c.cast.teamId,
        ),
      ),
    refusal: { kind: "silent" },
  },
];

/** Checks that `c.actor` was told `text` the way `surface` tells, and that Lofte did nothing else in Slack. */
export async function expectRefusal(c: Case, surface: Surface, answer: SlackAnswer, text: string): Promise<void> {
  if (surface.refusal.kind === "ephemeral") {
    expect(await c.lofte.slack.waitForResponse(c.responseId)).toMatchObject({ response_type: "ephemeral", replace_original: false, text });
  }
  if (surface.refusal.kind === "view") {
    expect(answer.json).toEqual({ response_action: "errors", errors: { [surface.refusal.field]: text } });
  }
  // No message updated, no modal opened, nobody else told anything.
  const told = surface.refusal.kind === "dm" ? [["chat.postMessage", c.actor, text]] : [];
  expect(actionsSince(c.lofte, c.since).map((call) => [call.method, call.params.channel, call.params.text].filter(Boolean))).toEqual(told);
}
