import { toCsv } from "../domain/csv.js";
import { formatIsoDate, toLocal } from "../domain/zoned-time.js";
import { speak } from "../language/index.js";
import { COMMITMENT_COLUMNS, commitmentRows, EVENT_COLUMNS, eventRows } from "../store/export.js";
import type { AppDeps } from "./deps.js";
import type { Person, SlackPort } from "./slack-port.js";

/**
 * `/lofte export`: a workspace admin gets every promise of the workspace and its whole history
 * as two CSV files in a DM. Answered at once; the files follow when they are made (a failure
 * is told in a DM too). False when the person may not export.
 */
export function startExport(deps: AppDeps, slack: SlackPort, person: Person, onError: (error: unknown) => void): boolean {
  if (!person.profile.isAdmin) return false;
  void sendExport(deps, slack, person).catch(async (error: unknown) => {
    onError(error);
    await slack.tell(person, { kind: "exportFailed" }, deps.clock()).catch(() => {});
  });
  return true;
}

async function sendExport(deps: AppDeps, slack: SlackPort, person: Person): Promise<void> {
  const teamId = person.workspace.id;
  const [commitments, events] = await Promise.all([commitmentRows(deps.db.prisma, teamId), eventRows(deps.db.prisma, teamId)]);
  const day = formatIsoDate(toLocal(deps.clock(), person.timeZone));
  await slack.sendFiles(person.id, speak(person.language).messages.export.comment(commitments.length, events.length), [
    { name: `lofte-promises-${teamId}-${day}.csv`, content: toCsv(COMMITMENT_COLUMNS, commitments) },
    { name: `lofte-history-${teamId}-${day}.csv`, content: toCsv(EVENT_COLUMNS, events) },
  ]);
}
