import type { DigestSummary } from "../domain/digest.js";
import type { RiskReason } from "../domain/risk.js";
import type { LocalDate } from "../domain/zoned-time.js";
import type { Language } from "../language/index.js";
import type { Commitment } from "../store/commitments.js";
import type { WorkspaceSettings } from "../store/workspaces.js";

/**
 * What the use cases ask of Slack, by meaning. The Slack adapter (src/slack/slack-port.ts)
 * implements it with the Web API and draws every message with the Block Kit builders; the
 * use cases never see Block Kit. One port per workspace: requests use the token they came
 * with, the scheduler each workspace's own.
 */
export interface SlackPort {
  /** A person's time zone, language and role, from their Slack profile (cached). */
  profile(userId: string): Promise<UserProfile>;
  /** The people a typed name means ("Anna", "anna.berg"); empty when none. */
  findPeople(name: string): Promise<string[]>;
  /**
   * A direct message to `reader`, drawn in their language and zone. `key` marks it (in Slack's
   * message metadata) so that `findSent` can find it again.
   */
  tell(reader: Person, notice: Notice, now: Date, key?: string): Promise<Posted>;
  /** The message to `userId` marked with `key`, among the latest in their DM, if Slack has it (SlackRefused when Slack cannot say). */
  findSent(userId: string, key: string): Promise<Posted | null>;
  /** A channel's digest, drawn in the workspace's language and zone. */
  postDigest(channelId: string, digest: DigestSummary, workspace: WorkspaceSettings, now: Date): Promise<Posted>;
  /** Draws `reader`'s Home tab. */
  publishHome(reader: Person, home: HomeData, now: Date): Promise<void>;
  /** Deletes a message Lofte sent (a reminder that turned stale while it was on its way). */
  retract(posted: Posted): Promise<void>;
  /** Draws a message Lofte posted again, as `notice` for `reader` (its buttons with it). */
  redraw(posted: Posted, reader: Person, notice: Notice, now: Date): Promise<void>;
  /** The link to a message, or null when Slack does not give one. */
  permalink(channel: string, ts: string): Promise<string | null>;
  /** Files in a direct message to `userId`, with a comment. */
  sendFiles(userId: string, comment: string, files: { name: string; content: string }[]): Promise<void>;
}

/**
 * Slack said no: what it means to Lofte. Every port method that calls Slack throws this on
 * failure (with Slack's own error code), so the use cases never read Web API errors themselves.
 */
export class SlackRefused extends Error {
  constructor(
    readonly code: string,
    /** The channel is gone or Lofte is not in it; the workspace's token is gone; Slack asks to wait; anything else. */
    readonly meaning: "channelGone" | "tokenGone" | "rateLimited" | "failed",
    /** Slack's Retry-After, in seconds, when it rate-limited us. */
    readonly retryAfterS: number | null,
  ) {
    super(code);
  }
}

/** The Slack ports of every workspace, for the scheduler: null where Lofte is not installed (any more). */
export interface WorkspacePorts {
  forWorkspace(teamId: string): Promise<SlackPort | null>;
}

export interface Posted {
  channel: string;
  ts: string;
}

/** A person's time zone and language from Slack; null when Slack says nothing (the workspace's apply). */
export interface UserProfile {
  timeZone: string | null;
  language: Language | null;
  /** A workspace admin or owner. */
  isAdmin: boolean;
}

/** Someone Lofte talks to, with the zone and language to talk in. */
export interface Person {
  id: string;
  workspace: WorkspaceSettings;
  profile: UserProfile;
  timeZone: string;
  language: Language;
}

/** What Lofte tells a person in a direct message. */
export type Notice =
  /** A colleague recorded a promise in your name. */
  | { kind: "ownerTold"; commitment: Commitment }
  /** Someone else (a lead) moved your promise's deadline. */
  | { kind: "movedByOther"; before: Commitment; after: Commitment; by: string; note: string | null }
  /** To the lead: the owner needs more time. */
  | { kind: "leadMoved"; before: Commitment; after: Commitment; note: string | null }
  /** Someone else struck a promise you made or recorded. */
  | { kind: "struck"; commitment: Commitment; by: string }
  /** A promise was given to you. */
  | { kind: "reassignedToYou"; commitment: Commitment; by: string }
  /** To the owner: the lead is telling the customer that the promise slips. */
  | { kind: "customerInformed"; commitment: Commitment; by: string }
  /** To the one who had it: someone else gave your promise to a colleague. */
  | { kind: "reassignedAway"; commitment: Commitment; by: string }
  /** A reminder to the owner. */
  /** A reminder to the owner; `askedBy`: a lead pressed "Påminn ägaren" for it. */
  | { kind: "reminder"; reminder: "heads_up" | "due_soon" | "overdue"; commitment: Commitment; askedBy?: string | null }
  /** To the lead: a promise is at risk, with a draft for the customer. */
  | { kind: "leadAlert"; commitment: Commitment; risk: RiskReason }
  /** A lead's alert once the promise is settled: kept, moved, struck or given to someone else. */
  | { kind: "alertSettled"; commitment: Commitment; how: "done" | "moved" | "struck" | "reassigned" }
  /** The export could not be made. */
  | { kind: "exportFailed" }
  /** To a lead, two working days before an owner's time away: what of theirs is still open and due meanwhile. */
  | { kind: "awayAhead"; ownerId: string; from: LocalDate; to: LocalDate; commitments: Commitment[] };

/** What the Home tab shows. */
export interface HomeData {
  /** A page of my open promises: `items` from `offset` of `total`. */
  mine: { items: Commitment[]; offset: number; total: number };
  atRisk: Commitment[];
  kept: Commitment[];
  /** My time away that covers today (`now`), else the next; null when none is recorded. */
  away: { from: LocalDate; to: LocalDate; now: boolean } | null;
}
