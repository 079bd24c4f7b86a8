import type { Logger, webApi } from "@slack/bolt";
import { toCsv } from "../../../domain/csv.js";
import { formatIsoDate, toLocal } from "../../../domain/zoned-time.js";
import { messages } from "../../../language/messages.js";
import { COMMITMENT_COLUMNS, commitmentRows, EVENT_COLUMNS, eventRows } from "../../../store/export.js";
import type { Deps, Person } from "../../deps.js";
import { noticeReply, type Reply } from "../../ui/capture-replies.js";

export const EXPORT_WORDS = new Set(["export", "exportera"]);

/**
 * `/lofte export`: a workspace admin gets every promise of the workspace and its whole history
 * as two CSV files in a DM. The command answers at once; the files follow when they are made.
 */
export function exportCommand(deps: Deps, client: webApi.WebClient, person: Person, userId: string, logger: Logger): Reply {
  const t = messages(person.language).export;
  if (!person.profile.isAdmin) return noticeReply(t.notAllowed);
  void sendExport(deps, client, person, userId).catch(async (error: unknown) => {
    logger.error("export failed", error instanceof Error ? error.message : String(error));
    await client.chat.postMessage({ channel: userId, text: t.failed }).catch(() => {});
  });
  return noticeReply(t.started);
}

async function sendExport(deps: Deps, client: webApi.WebClient, person: Person, userId: string): Promise<void> {
  const teamId = person.workspace.id;
  const [commitments, events] = await Promise.all([commitmentRows(deps.db.prisma, teamId), eventRows(deps.db.prisma, teamId)]);
  const day = formatIsoDate(toLocal(deps.clock(), person.timeZone));
  const dm = await client.conversations.open({ users: userId });
  const channel = dm.channel?.id;
  if (!channel) throw new Error("no DM channel");
  await client.filesUploadV2({
    channel_id: channel,
    initial_comment: messages(person.language).export.comment(commitments.length, events.length),
    file_uploads: [
      { file: Buffer.from(toCsv(COMMITMENT_COLUMNS, commitments)), filename: `lofte-promises-${teamId}-${day}.csv` },
      { file: Buffer.from(toCsv(EVENT_COLUMNS, events)), filename: `lofte-history-${teamId}-${day}.csv` },
    ],
  });
}
