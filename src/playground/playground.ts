import type { AppDeps } from "../app/deps.js";
import { nextDue } from "../app/next-due.js";
import { wipeEverything } from "../store/wipe.js";
import type { PlaygroundClock } from "./clock.js";
import { seedLofte, seedStandIn } from "./seed.js";
import { LOFTE_USER, type Message, type OpenView, type SlackState } from "./stand-in/state.js";
import type { LofteAnswer, StateValues, ToLofte } from "./stand-in/to-lofte.js";
import { react } from "./stand-in/web-api.js";
import { SLASH_COMMANDS, TRACK_SHORTCUT } from "./team.js";

/**
 * What a person does on the playground page, done the way Slack does it: a typed message is
 * posted (and sent to Lofte as a `message` event where Lofte is in the channel), a slash
 * command, a click, a form, a shortcut or a reaction goes to Lofte as Slack's own signed
 * request, and Lofte's answer lands in the stand-in like Slack would show it. The clock moves
 * forward only, and the scheduler ticks when it does.
 */

export type Problem = "notFound" | "lofteDown" | "readOnly";
export type Done = { ok: true; note?: string } | { ok: false; problem: Problem };

export interface Action {
  actionId: string;
  blockId: string;
  type: string;
  value?: string;
  /** The chosen option of a select or overflow menu, or the picked user, date or time. */
  selected?: string;
  /** The chosen option's text, as the menu showed it. */
  selectedText?: string;
  /** Checked boxes. */
  selectedOptions?: { value: string; text: string }[];
}

export interface PlaygroundParts {
  state: SlackState;
  clock: PlaygroundClock;
  lofte: ToLofte;
  deps: AppDeps;
  /** Runs a scheduler tick now. */
  tick(): Promise<void>;
  /** Where the clock starts on a fresh playground. */
  startAt(): Date;
}

export class Playground {
  constructor(private readonly parts: PlaygroundParts) {}

  /** A message or a slash command typed by `user` in `channel`. */
  /** What `user` typed in a channel, or in their Lofte DM (`at` "dm"). */
  async send(user: string, at: string, typed: string): Promise<Done> {
    const { state, lofte } = this.parts;
    const channel = at === "dm" ? state.dmOf(user).id : at;
    const trimmed = typed.trim();
    if (!trimmed) return { ok: true };
    const command = /^(\/\S+)\s*([\s\S]*)$/.exec(trimmed);
    if (command) {
      const known = SLASH_COMMANDS.find((c) => c.command === command[1].toLowerCase());
      if (!known) return { ok: true, note: `unknownCommand:${command[1]}` };
      // The manifest's commands escape mentions: Slack sends "<@U0EMMA|emma>".
      const answer = await lofte.command(user, channel, known.command, linkMentions(command[2], state, true));
      if (answer.status !== 200) return { ok: false, problem: "lofteDown" };
      this.showReply(answer, channel, user);
      return { ok: true };
    }
    const conversation = state.conversation(channel);
    // The manifest makes Lofte's messages tab read-only: only slash commands there.
    if (conversation.dmWith) return { ok: false, problem: "readOnly" };
    const text = linkMentions(trimmed, state, false);
    const message = state.post({ channel, user, text });
    if (conversation.lofteIsMember) {
      await lofte.event({ type: "message", channel, user, text, ts: message.ts, channel_type: "channel" });
    }
    return { ok: true };
  }

  /** A click or a choice on a message, in a modal or on the Home tab. */
  async act(user: string, where: { channel: string; ts: string } | { viewId: string }, action: Action, values: StateValues): Promise<Done> {
    const { lofte } = this.parts;
    const target = this.locate(user, where);
    if (!target) return { ok: false, problem: "notFound" };
    const answer = await lofte.blockActions(user, target, slackAction(action), values);
    return answer.status === 200 ? { ok: true } : { ok: false, problem: "lofteDown" };
  }

  /** Save on a modal: Lofte closes it, shows errors under fields, or puts up another view. */
  async submit(user: string, viewId: string, values: StateValues): Promise<Done> {
    const { state, lofte } = this.parts;
    const stack = state.modals.get(user) ?? [];
    const view = stack.at(-1);
    if (!view || view.id !== viewId) return { ok: false, problem: "notFound" };
    const answer = await lofte.viewSubmission(user, view, values);
    if (answer.status !== 200) return { ok: false, problem: "lofteDown" };
    const action = answer.json?.response_action;
    const current = state.modals.get(user) ?? [];
    if (action === "errors") {
      view.errors = (answer.json?.errors ?? {}) as Record<string, string>;
    } else if (action === "update" && isView(answer.json?.view)) {
      Object.assign(view, { view: answer.json.view, hash: state.newTs(), errors: undefined });
    } else if (action === "push" && isView(answer.json?.view)) {
      state.modals.set(user, [...current, { id: state.newId("V"), user, view: answer.json.view, hash: state.newTs() }]);
    } else if (action === "clear") {
      state.modals.delete(user);
    } else {
      state.modals.set(
        user,
        current.filter((v) => v.id !== viewId),
      );
    }
    state.changed();
    return { ok: true };
  }

  /** Cancel (or ×) on a modal: it closes, and Lofte hears of it when the view asked to. */
  async close(user: string, viewId: string): Promise<Done> {
    const { state, lofte } = this.parts;
    const stack = state.modals.get(user) ?? [];
    const view = stack.find((v) => v.id === viewId);
    if (!view) return { ok: false, problem: "notFound" };
    state.modals.set(
      user,
      stack.filter((v) => v.id !== viewId),
    );
    state.changed();
    if (view.view.notify_on_close === true) await lofte.viewClosed(user, view);
    return { ok: true };
  }

  /** "Spara som löfte" on a message. */
  async shortcut(user: string, channel: string, ts: string): Promise<Done> {
    const message = this.visible(user, channel, ts);
    if (!message) return { ok: false, problem: "notFound" };
    const answer = await this.parts.lofte.messageShortcut(user, message, TRACK_SHORTCUT.callbackId);
    return answer.status === 200 ? { ok: true } : { ok: false, problem: "lofteDown" };
  }

  /** An emoji on a message; Lofte hears of it where it is in the conversation. */
  async react(user: string, channel: string, ts: string, emoji: string): Promise<Done> {
    const { state, lofte } = this.parts;
    const message = this.visible(user, channel, ts);
    if (!message || message.ephemeralTo) return { ok: false, problem: "notFound" };
    const added = react(message, emoji, user, { state });
    if (added && state.conversation(channel).lofteIsMember) {
      await lofte.event({ type: "reaction_added", user, reaction: emoji, item: { type: "message", channel, ts }, item_user: message.user });
    }
    return { ok: true };
  }

  /** The person opens Lofte's Home tab. */
  async openHome(user: string): Promise<Done> {
    const answer = await this.parts.lofte.event({ type: "app_home_opened", user, channel: this.parts.state.dmOf(user).id, tab: "home" });
    return answer.status === 200 ? { ok: true } : { ok: false, problem: "lofteDown" };
  }

  /**
   * +1 hour or +1 day: time is played through, each reminder, alert and digest sent at its own
   * moment, as the scheduler would have sent them had the hours passed.
   */
  async advance(ms: number): Promise<Done> {
    const { clock, deps } = this.parts;
    const target = clock.nowMs() + ms;
    for (let step = 0; step < 500; step++) {
      const next = await nextDue(deps, clock.now());
      if (!next || next.at.getTime() > target) break;
      clock.jumpTo(new Date(next.at.getTime() + 1000));
      await this.parts.tick();
    }
    clock.jumpTo(new Date(target));
    await this.parts.tick();
    return { ok: true };
  }

  /** To the next reminder, alert or digest, whichever comes first; nothing moves when nothing is planned. */
  async nextEvent(): Promise<{ ok: true; kind: "reminder" | "digest" | null }> {
    const next = await nextDue(this.parts.deps, this.parts.clock.now());
    if (!next) return { ok: true, kind: null };
    this.parts.clock.jumpTo(new Date(next.at.getTime() + 1000));
    await this.parts.tick();
    return { ok: true, kind: next.kind };
  }

  /** "Börja om": everything the visitor did goes; the people, channels, promises and clock start again. */
  async startOver(): Promise<void> {
    const { state, deps, clock } = this.parts;
    await wipeEverything(deps.db);
    const start = this.parts.startAt();
    clock.restart(start);
    seedStandIn(state, start);
    await seedLofte(deps, start);
    await this.parts.tick();
  }

  /** A command's reply in the acknowledgement: shown like Slack shows it, to the person only unless "in_channel". */
  private showReply(answer: LofteAnswer, channel: string, user: string): void {
    const body = answer.json;
    if (!body || (typeof body.text !== "string" && !Array.isArray(body.blocks))) return;
    this.parts.state.post({
      channel,
      user: LOFTE_USER,
      text: typeof body.text === "string" ? body.text : "",
      ...(Array.isArray(body.blocks) ? { blocks: body.blocks } : {}),
      ...(body.response_type === "in_channel" ? {} : { ephemeralTo: user }),
    });
  }

  private visible(user: string, channel: string, ts: string): Message | undefined {
    const message = this.parts.state.find(channel, ts);
    return message && (!message.ephemeralTo || message.ephemeralTo === user) ? message : undefined;
  }

  private locate(
    user: string,
    where: { channel: string; ts: string } | { viewId: string },
  ): { message: Message } | { view: OpenView; home: boolean } | null {
    const { state } = this.parts;
    if ("channel" in where) {
      const message = this.visible(user, where.channel, where.ts);
      return message ? { message } : null;
    }
    const home = state.homes.get(user);
    if (home?.id === where.viewId) return { view: home, home: true };
    const view = (state.modals.get(user) ?? []).find((v) => v.id === where.viewId);
    return view ? { view, home: false } : null;
  }
}

/**
 * "@Emma" or "@Emma Clarke" typed in the composer becomes a mention, as Slack's composer makes
 * it: `<@U0EMMA>` in a message, `<@U0EMMA|emma>` in a command that escapes mentions.
 */
function linkMentions(text: string, state: SlackState, escaped: boolean): string {
  const people = [...state.members.entries()].flatMap(([id, member]) => {
    const name = member.name ?? "";
    return [name, name.split(" ")[0]].filter(Boolean).map((written) => ({ id, written }));
  });
  // Full names first, so "@Emma Clarke" is one mention.
  people.sort((a, b) => b.written.length - a.written.length);
  let out = text;
  for (const { id, written } of people) {
    const pattern = new RegExp(`(^|[\\s(])@${written.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "giu");
    out = out.replace(pattern, (_, before: string) => `${before}<@${id}${escaped ? `|${written.split(" ")[0].toLowerCase()}` : ""}>`);
  }
  return out;
}

function isView(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The `actions[0]` of a block_actions payload, as Slack writes it for each kind of element. */
function slackAction(action: Action): Record<string, unknown> {
  const base = { action_id: action.actionId, block_id: action.blockId, type: action.type };
  switch (action.type) {
    case "button":
      return {
        ...base,
        text: { type: "plain_text", text: action.selectedText ?? "" },
        ...(action.value !== undefined ? { value: action.value } : {}),
      };
    case "static_select":
    case "external_select":
    case "overflow":
      return { ...base, selected_option: { text: { type: "plain_text", text: action.selectedText ?? "" }, value: action.selected ?? "" } };
    case "users_select":
      return { ...base, selected_user: action.selected ?? null };
    case "datepicker":
      return { ...base, selected_date: action.selected ?? null };
    case "timepicker":
      return { ...base, selected_time: action.selected ?? null };
    case "radio_buttons":
      return { ...base, selected_option: { text: { type: "plain_text", text: action.selectedText ?? "" }, value: action.selected ?? "" } };
    case "checkboxes":
      return {
        ...base,
        selected_options: (action.selectedOptions ?? []).map((o) => ({ text: { type: "plain_text", text: o.text }, value: o.value })),
      };
    default:
      return { ...base, value: action.value ?? null };
  }
}
