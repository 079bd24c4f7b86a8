import { suggestsPromise } from "../language/suggest.js";
import { suggestionsEnabled } from "../store/workspaces.js";
import type { AppDeps } from "./deps.js";
import { whoIs } from "./people.js";
import type { Person, SlackPort } from "./slack-port.js";

/**
 * A person's own new message in a channel that said `/lofte förslag på`: when it reads like a
 * promise by its author with a deadline, its author (only) is offered to track it. Returns the
 * author to offer to, or null. Each message is offered once by this process (Slack retries).
 */
export async function suggestionFor(
  deps: AppDeps,
  slack: SlackPort,
  message: { teamId: string; channel: string; ts: string; user: string; text: string },
): Promise<Person | null> {
  const key = `${message.teamId}:${message.channel}:${message.ts}`;
  if (deps.memory.offered.has(key) || !(await suggestionsEnabled(deps.db.prisma, message.teamId, message.channel))) return null;
  const author = await whoIs(deps, slack, message.teamId, message.user);
  const reads = suggestsPromise(message.text, {
    now: deps.clock(),
    timeZone: author.timeZone,
    language: author.language,
    workWeek: author.workspace.workingHours,
  });
  if (!reads) return null;
  deps.memory.offered.add(key);
  return author;
}
