import { LOFTE_USER, type SlackState } from "./state.js";

/**
 * What a POST to a response URL does in Slack: replaces the message the click was on
 * (`replace_original`), deletes it (`delete_original`), or adds a message to the conversation,
 * seen only by the person who clicked or typed unless `response_type` is "in_channel". Slack
 * takes five uses of one URL within 30 minutes.
 */
export function applyResponse(state: SlackState, id: string, body: Record<string, unknown>): void {
  const target = state.responses.get(id);
  if (!target || target.uses >= 5) return;
  target.uses++;
  const original = target.messageTs ? state.find(target.channel, target.messageTs) : undefined;
  if (body.delete_original === true) {
    if (original) state.remove(original.channel, original.ts);
    return;
  }
  const text = typeof body.text === "string" ? body.text : "";
  const blocks = Array.isArray(body.blocks) ? body.blocks : undefined;
  if (body.replace_original === true && original) {
    original.text = text;
    original.blocks = blocks;
    original.edited = true;
    state.changed();
    return;
  }
  state.post({
    channel: target.channel,
    user: LOFTE_USER,
    text,
    ...(blocks ? { blocks } : {}),
    ...(body.response_type === "in_channel" ? {} : { ephemeralTo: target.user }),
  });
}
