/**
 * What the Slack stand-in knows: people, channels and their messages, the modals each person
 * has open, each person's Home tab, uploaded files, and the response URLs and triggers it has
 * handed out. Plain data that can be saved and loaded (the playground keeps it beside its
 * database). Every change bumps `version`, so the page can redraw.
 */

export interface Member {
  name?: string;
  /** The time zone Slack gives (IANA). */
  tz?: string;
  /** "sv-SE", "en-GB", …: the language Slack shows to this person. */
  locale?: string;
  isAdmin?: boolean;
  /** What the person does, shown on the page ("Säljare, Stockholm"). */
  title?: string;
}

export interface Channel {
  id: string;
  name: string;
  /** A direct message between Lofte and one person. */
  dmWith?: string;
  /** Whether Lofte is in the channel (it can post, and gets its messages as events). */
  lofteIsMember: boolean;
}

export interface StoredFile {
  id: string;
  filename: string;
  content: string;
}

export interface Message {
  channel: string;
  ts: string;
  /** Who wrote it: a member's id, or LOFTE_USER for the app. */
  user: string;
  text: string;
  blocks?: unknown[];
  /** Shown only to this person ("Bara synlig för dig"). */
  ephemeralTo?: string;
  files?: { id: string; name: string }[];
  /** Emoji name → who reacted. */
  reactions: Record<string, string[]>;
  /** When it was posted, on the playground's clock (ms). */
  postedAt: number;
  /** Slack's message metadata, as the app posted it. */
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  edited?: boolean;
}

export interface OpenView {
  id: string;
  user: string;
  /** The view as the app sent it (Block Kit JSON). */
  view: Record<string, unknown>;
  hash: string;
  /** Validation errors from `response_action: "errors"`, by block id. */
  errors?: Record<string, string>;
}

/** Where a response URL leads: the conversation, and the message it may replace. */
export interface ResponseTarget {
  channel: string;
  user: string;
  messageTs?: string;
  createdAt: number;
  uses: number;
}

/** The app's own user in the workspace. */
export const LOFTE_USER = "U0LOFTE";
export const LOFTE_BOT = "B0LOFTE";

export interface StateData {
  channels: Channel[];
  messages: Message[];
  /** Each person's stack of open modals, bottom first. */
  modals: Record<string, OpenView[]>;
  homes: Record<string, OpenView>;
  files: StoredFile[];
  responses: Record<string, ResponseTarget>;
  counter: number;
}

export class SlackState {
  readonly members = new Map<string, Member>();
  readonly channels = new Map<string, Channel>();
  readonly messages: Message[] = [];
  readonly modals = new Map<string, OpenView[]>();
  readonly homes = new Map<string, OpenView>();
  readonly files = new Map<string, StoredFile>();
  readonly responses = new Map<string, ResponseTarget>();
  readonly triggers = new Map<string, { user: string; at: number }>();
  private counter = 1_764_000_000;
  private changeVersion = 0;
  private readonly watchers = new Set<(version: number) => void>();

  /** Whose clock messages are stamped with (the playground's; real time in tests). */
  constructor(readonly now: () => number = Date.now) {}

  get version(): number {
    return this.changeVersion;
  }

  /** Called after every change, with the new version. */
  watch(watcher: (version: number) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  changed(): void {
    this.changeVersion++;
    for (const watcher of this.watchers) watcher(this.changeVersion);
  }

  /** A new unique number: message timestamps, ids. */
  next(): number {
    return this.counter++;
  }

  /**
   * A message timestamp as Slack makes them: seconds on the playground's clock, then a unique
   * part ("1796623200.000042"). Lofte reads "i morgon" in a message from when it was written.
   */
  newTs(): string {
    return `${Math.floor(this.now() / 1000)}.${String(this.next() % 1_000_000).padStart(6, "0")}`;
  }

  newId(prefix: string): string {
    return `${prefix}${this.next().toString(36).toUpperCase()}`;
  }

  /** The DM channel between Lofte and `user` ("D" + the user id without its "U"). */
  dmOf(user: string): Channel {
    const id = `D${user.replace(/^[UW]/, "")}`;
    let channel = this.channels.get(id);
    if (!channel) {
      channel = { id, name: user, dmWith: user, lofteIsMember: true };
      this.channels.set(id, channel);
    }
    return channel;
  }

  /**
   * The conversation a Web API call names: a channel, a DM by its id, or a person (their DM with
   * Lofte). A channel the stand-in has never heard of is taken as one Lofte is in.
   */
  conversation(id: string): Channel {
    if (/^[UW]/.test(id)) return this.dmOf(id);
    let channel = this.channels.get(id);
    if (!channel) {
      channel = { id, name: id.toLowerCase(), lofteIsMember: true };
      this.channels.set(id, channel);
    }
    return channel;
  }

  post(message: Omit<Message, "ts" | "reactions" | "postedAt"> & { ts?: string }): Message {
    const stored: Message = { ...message, ts: message.ts ?? this.newTs(), reactions: {}, postedAt: this.now() };
    this.messages.push(stored);
    // A long-running playground keeps the most recent messages.
    if (this.messages.length > 5_000) this.messages.splice(0, this.messages.length - 5_000);
    this.changed();
    return stored;
  }

  find(channel: string, ts: string): Message | undefined {
    return this.messages.find((m) => m.channel === channel && m.ts === ts);
  }

  remove(channel: string, ts: string): boolean {
    const index = this.messages.findIndex((m) => m.channel === channel && m.ts === ts);
    if (index < 0) return false;
    this.messages.splice(index, 1);
    this.changed();
    return true;
  }

  /** A trigger id for a person's click, as Slack hands one out (valid for 3 s). */
  newTrigger(user: string): string {
    const id = `${this.next()}.${this.next()}.playground`;
    forgetOld(this.triggers, 60_000);
    this.triggers.set(id, { user, at: Date.now() });
    return id;
  }

  /** A response URL id for a message or command in a conversation. */
  newResponse(target: Omit<ResponseTarget, "createdAt" | "uses">): string {
    const id = this.newId("R");
    // Slack's response URLs last 30 minutes.
    forgetOld(this.responses, 30 * 60_000);
    this.responses.set(id, { ...target, createdAt: Date.now(), uses: 0 });
    return id;
  }

  save(): StateData {
    return {
      channels: [...this.channels.values()],
      messages: this.messages,
      modals: Object.fromEntries(this.modals),
      homes: Object.fromEntries(this.homes),
      files: [...this.files.values()],
      responses: Object.fromEntries(this.responses),
      counter: this.counter,
    };
  }

  load(data: StateData): void {
    this.channels.clear();
    for (const channel of data.channels) this.channels.set(channel.id, channel);
    this.messages.splice(0, this.messages.length, ...data.messages);
    this.modals.clear();
    this.homes.clear();
    for (const [user, home] of Object.entries(data.homes)) this.homes.set(user, home);
    this.files.clear();
    for (const file of data.files) this.files.set(file.id, file);
    this.responses.clear();
    for (const [id, target] of Object.entries(data.responses)) this.responses.set(id, target);
    this.counter = Math.max(this.counter, data.counter);
    this.changed();
  }

  clear(): void {
    this.channels.clear();
    this.messages.splice(0);
    this.modals.clear();
    this.homes.clear();
    this.files.clear();
    this.responses.clear();
    this.triggers.clear();
    this.changed();
  }
}

/** Drops entries older than `ms` (real time) once a map has grown. */
function forgetOld<T extends { createdAt?: number; at?: number }>(map: Map<string, T>, ms: number): void {
  if (map.size < 200) return;
  const cutoff = Date.now() - ms;
  for (const [key, value] of map) if ((value.createdAt ?? value.at ?? 0) < cutoff) map.delete(key);
}
