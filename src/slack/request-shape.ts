import { z } from "zod";

/**
 * What kind of signed body came to /slack/events, decided before Bolt sees it:
 * - "slack": shaped like something Slack sends, for a listener of Lofte's: Bolt handles it;
 * - "ignore": a real kind of request Lofte has no listener for (an old button, another event):
 *   acknowledged at once with nothing done, instead of Bolt waiting 3 s and answering 404;
 * - "bad": not something Slack sends (not an object, fields of the wrong type, unparseable):
 *   400 at once, instead of Bolt throwing (500) or crashing on it.
 */
export type Shape = "slack" | "ignore" | "bad";

export interface Listened {
  commands: readonly string[];
  actions: readonly string[];
  views: readonly string[];
  shortcuts: readonly string[];
  events: readonly string[];
}

const id = z.string().min(1);
const interaction = z
  .object({
    type: z.string(),
    user: z.object({ id }).loose(),
    team: z.object({ id }).loose().nullish(),
    channel: z.object({ id }).loose().optional(),
  })
  .loose();
const blockActions = z.object({ actions: z.array(z.object({ action_id: id }).loose()).min(1) }).loose();
const viewPayload = z.object({ view: z.object({ callback_id: z.string() }).loose() }).loose();
const shortcutPayload = z.object({ callback_id: z.string() }).loose();
const command = z.object({ command: z.string(), team_id: id, user_id: id, channel_id: id, text: z.string() }).loose();
const eventEnvelope = z
  .object({
    type: z.literal("event_callback"),
    team_id: id.optional(),
    event: z
      .object({
        type: z.string(),
        // A user id, or a whole user in user_change and user_status_changed.
        user: z.union([z.string(), z.object({ id: z.string() }).loose()]).optional(),
        channel: z.string().optional(),
        item: z.object({}).loose().optional(),
      })
      .loose(),
  })
  .loose();

export function requestShape(rawBody: string, contentType: string | undefined, listened: Listened): Shape {
  // Bolt reads a body as a form only with exactly this content type; anything else as JSON.
  if (contentType === "application/x-www-form-urlencoded") {
    const form = new URLSearchParams(rawBody);
    if (form.get("ssl_check") === "1") return "slack";
    const payload = form.get("payload");
    if (payload !== null) return interactionShape(parse(payload), listened);
    if (form.has("command")) {
      const parsed = command.safeParse(Object.fromEntries(form));
      if (!parsed.success) return "bad";
      return listened.commands.includes(parsed.data.command) ? "slack" : "ignore";
    }
    return "bad";
  }
  const body = parse(rawBody);
  if (isObject(body) && body.type === "url_verification") return typeof body.challenge === "string" ? "slack" : "bad";
  if (isObject(body) && body.type === "event_callback") {
    const event = isObject(body.event) ? body.event : null;
    if (typeof event?.type !== "string") return "bad";
    // Events Lofte does not listen to may have other shapes.
    if (!listened.events.includes(event.type === "message" ? "message.channels" : event.type)) return "ignore";
    return eventEnvelope.safeParse(body).success ? "slack" : "bad";
  }
  if (isObject(body) && typeof body.type === "string") return "ignore";
  return "bad";
}

function interactionShape(payload: unknown, listened: Listened): Shape {
  const parsed = interaction.safeParse(payload);
  if (!parsed.success) return "bad";
  const { type } = parsed.data;
  if (type === "block_actions") {
    const actions = blockActions.safeParse(payload);
    if (!actions.success) return "bad";
    return listened.actions.includes(actions.data.actions[0].action_id) ? "slack" : "ignore";
  }
  if (type === "view_submission") {
    const view = viewPayload.safeParse(payload);
    if (!view.success) return "bad";
    return listened.views.includes(view.data.view.callback_id) ? "slack" : "ignore";
  }
  if (type === "shortcut" || type === "message_action") {
    const shortcut = shortcutPayload.safeParse(payload);
    if (!shortcut.success) return "bad";
    return listened.shortcuts.includes(shortcut.data.callback_id) ? "slack" : "ignore";
  }
  return "ignore";
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
