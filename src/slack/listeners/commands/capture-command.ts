import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { MAX_TEXT_LENGTH } from "../../../domain/commitment.js";
import type { Language } from "../../../language/language.js";
import { messages } from "../../../language/messages.js";
import { channelConfig } from "../../../store/workspaces.js";
import { type Deps, whoIs } from "../../deps.js";
import { replyInTime } from "../../reply-in-time.js";
import { askDeadlineReply, noticeReply, type Reply } from "../../ui/capture-replies.js";
import { listReply, listRequest } from "../shared/lists.js";
import { parseAs, recordCommitment } from "../shared/record-commitment.js";
import { mayChangeSettings } from "../shared/settings-access.js";
import { digestCommand } from "./digest-command.js";
import { EXPORT_WORDS, exportCommand } from "./export-command.js";
import { openSettings, SETTINGS_WORDS } from "./settings-command.js";
import { suggestionsCommand } from "./suggestions-command.js";

/** The two commands, their language, and the words that ask for help. */
export const COMMANDS: Record<string, Language> = { "/lofte": "sv", "/promise": "en" };
const HELP_WORDS = new Set(["", "help", "hjälp", "hjalp", "?", "-h", "--help"]);

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** The fields of a slash command Lofte reads. */
const commandFields = z.object({
  command: z.string(),
  text: z.string(),
  team_id: z.string().min(1),
  user_id: z.string().min(1),
  channel_id: z.string().min(1),
});

/** `/lofte …` and `/promise …`: capture a promise, or ask for what is missing. */
export function captureCommand(deps: Deps) {
  return async ({ command: raw, ack, respond, client, logger }: Args) => {
    const language = COMMANDS[raw.command] ?? "sv";
    const parsed = commandFields.safeParse(raw);
    if (!parsed.success) {
      await ack({ response_type: "ephemeral", ...noticeReply(messages(language).failed) });
      return;
    }
    const command = parsed.data;
    const text = command.text.trim();
    // Settings open a modal: acknowledge at once, then open it with the trigger.
    if (SETTINGS_WORDS.has(text.toLowerCase()) && raw.trigger_id) {
      await ack();
      await openSettings(deps, client, {
        teamId: command.team_id,
        userId: command.user_id,
        channelId: command.channel_id,
        triggerId: raw.trigger_id,
        language,
      });
      return;
    }
    const work = capture(deps, client, command, text, logger).catch((error: unknown) => {
      logger.error("capture failed", error instanceof Error ? error.message : error);
      return noticeReply(messages(language).failed, text, language);
    });
    await replyInTime(ack, respond, work);
  };
}

async function capture(
  deps: Deps,
  client: Args["client"],
  command: z.infer<typeof commandFields>,
  text: string,
  logger: Args["logger"],
): Promise<Reply> {
  const person = await whoIs(deps, client, command.team_id, command.user_id, COMMANDS[command.command]);
  const t = messages(person.language);
  if (HELP_WORDS.has(text.toLowerCase())) return noticeReply(t.help);
  const [first = "", ...rest] = text.split(/\s+/);
  const where = { teamId: command.team_id, channelId: command.channel_id, words: rest };
  const digest = first.toLowerCase() === "digest";
  const suggestions = ["förslag", "forslag", "suggest", "suggestions"].includes(first.toLowerCase());
  // Turning a channel's digest or suggestions on or off is a team setting: admins and leads only.
  const posting = digest && ["nu", "now"].includes((rest[0] ?? "").toLowerCase());
  if ((digest || suggestions) && !posting && rest.length > 0) {
    const channel = await channelConfig(deps.db.prisma, command.team_id, command.channel_id);
    if (!mayChangeSettings(person, command.user_id, channel)) return noticeReply(t.settings.notAllowed);
  }
  if (digest) return digestCommand(deps, client, where, person);
  if (EXPORT_WORDS.has(text.toLowerCase())) return exportCommand(deps, client, person, command.user_id, logger);
  if (suggestions) return suggestionsCommand(deps, where, person);
  const list = listRequest(text, command.channel_id);
  if (list === "customerMissing") return noticeReply(t.lists.customerMissing);
  if (list) return listReply(deps, command.team_id, command.user_id, person, list);
  if (text.length > MAX_TEXT_LENGTH) return noticeReply(t.tooLong(MAX_TEXT_LENGTH), text, person.language);

  const parsed = parseAs(person, text, deps.clock());

  if (parsed.reason === "question" || parsed.reason === "request" || parsed.reason === "information") {
    return noticeReply(`${t.notACommitment[parsed.reason]} ${t.example}`, text, person.language);
  }
  if (parsed.reason === "past") {
    return noticeReply(t.pastDeadline(parsed.deadlineInPast ? parsed.datePhrase : null), text, person.language);
  }
  if (!parsed.task) return noticeReply(`${t.notACommitment.empty} ${t.example}`, text, person.language);
  if (!parsed.dueAt) return askDeadlineReply(text, person.language, person.workspace.defaultDeadlineTime);

  return recordCommitment(deps, client, person, {
    teamId: command.team_id,
    creatorId: command.user_id,
    channelId: command.channel_id,
    text,
    parsed: { ...parsed, task: parsed.task },
    dueAt: parsed.dueAt,
    hasTime: parsed.hasTime,
  });
}
