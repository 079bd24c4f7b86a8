import { messages } from "../../../language/messages.js";
import { setSuggestions } from "../../../store/workspaces.js";
import type { Deps, Person } from "../../deps.js";
import { noticeReply, type Reply } from "../../ui/capture-replies.js";

/** `/lofte förslag på|av` (`/promise suggest on|off`): offer to track promises written in this channel. */
export async function suggestionsCommand(
  deps: Deps,
  input: { teamId: string; channelId: string; words: string[] },
  person: Person,
): Promise<Reply> {
  const t = messages(person.language).suggestions;
  const what = (input.words[0] ?? "").toLowerCase();
  if (input.words.length !== 1 || !["på", "pa", "on", "av", "off"].includes(what)) return noticeReply(t.usage);
  const enabled = ["på", "pa", "on"].includes(what);
  await setSuggestions(deps.db.prisma, input.teamId, input.channelId, enabled);
  return noticeReply(enabled ? t.on(input.channelId) : t.off(input.channelId));
}
