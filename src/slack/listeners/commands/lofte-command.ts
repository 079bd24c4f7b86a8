import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { capturePromise } from "../../../app/capture.js";
import { changeDigest, type DigestChange } from "../../../app/digest.js";
import { startExport } from "../../../app/export.js";
import { customerListKey, listFor, whoIsNamed } from "../../../app/lists.js";
import { whoIs } from "../../../app/people.js";
import { changeSuggestions, settingsFor } from "../../../app/settings.js";
import type { Person, SlackPort } from "../../../app/slack-port.js";
import { type Command, readCommand } from "../../../language/commands.js";
import { type Language, languageOfCommand, languageOfText, speak } from "../../../language/index.js";
import { slackText } from "../../../language/slack-markup.js";
import type { Reply } from "../../blocks.js";
import { isPrivateConversation } from "../../payloads/input-values.js";
import { replyInTime } from "../../reply-in-time.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";
import { capturedReply, noticeReply } from "../../ui/capture-replies.js";
import { listReply } from "../../ui/commitment-list.js";
import { settingsModal } from "../../ui/settings-modal.js";

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** The fields of a slash command Lofte reads. */
const commandFields = z.object({
  command: z.string(),
  text: z.string(),
  team_id: z.string().min(1),
  user_id: z.string().min(1),
  channel_id: z.string().min(1),
  channel_name: z.string().optional(),
});
type CommandFields = z.infer<typeof commandFields>;

/**
 * `/lofte …` and `/promise …`: a subcommand (help, lists, digest, suggestions, settings,
 * export) or a promise to record. Answered within Slack's 3 seconds, in the acknowledgement
 * when the work is quick, else through the response URL.
 */
export function lofteCommand(deps: SlackDeps) {
  return async ({ command: raw, ack, respond, client, logger }: Args) => {
    // Answer in the language of what was typed when it tells, else in the command's ("/promise" English).
    const language = languageOfText(String(raw.text ?? "")) ?? languageOfCommand(raw.command) ?? "sv";
    const parsed = commandFields.safeParse(raw);
    if (!parsed.success) {
      await ack({ response_type: "ephemeral", ...noticeReply(speak(language).messages.failed) });
      return;
    }
    const fields = parsed.data;
    const command = readCommand(fields.text);
    const slack = slackPort(client, fields.team_id, deps);
    // Settings open a modal: acknowledge at once, then open it with the trigger.
    if (command.kind === "settings" && raw.trigger_id) {
      await ack();
      const person = await whoIs(deps, slack, fields.team_id, fields.user_id, language);
      const view = settingsModal(await settingsFor(deps, person, fields.channel_id), person.language, deps.clock());
      await client.views.open({ trigger_id: raw.trigger_id, view });
      return;
    }
    const onExportError = (error: unknown) => logger.error("export failed", error instanceof Error ? error.message : String(error));
    const work = answer(deps, slack, fields, command, language, onExportError).catch((error: unknown) => {
      logger.error("command failed", error instanceof Error ? error.message : error);
      return noticeReply(speak(language).messages.failed, fields.text.trim(), language);
    });
    await replyInTime(ack, respond, work);
  };
}

async function answer(
  deps: SlackDeps,
  slack: SlackPort,
  fields: CommandFields,
  command: Command,
  language: Language,
  onExportError: (error: unknown) => void,
): Promise<Reply> {
  // This conversation is in `language`, whatever the person's locale; their DMs keep the locale.
  const person = { ...(await whoIs(deps, slack, fields.team_id, fields.user_id, language)), language };
  const t = speak(person.language).messages;
  const channelId = fields.channel_id;
  const now = deps.clock();
  switch (command.kind) {
    case "help":
      return noticeReply(t.help);
    case "digest":
      return digestReply(await changeDigest(deps, slack, person, channelId, command), person, channelId);
    case "export":
      return noticeReply(startExport(deps, slack, person, onExportError) ? t.export.started : t.export.notAllowed);
    case "suggestions": {
      const changed = await changeSuggestions(deps, person, channelId, command);
      if (changed.kind === "notAllowed") return noticeReply(t.settings.onlyThese(changed.who.channelLead, changed.who.workspaceLead));
      if (changed.kind === "usage") return noticeReply(t.suggestions.usage);
      return noticeReply(changed.kind === "on" ? t.suggestions.on(channelId) : t.suggestions.off(channelId));
    }
    case "list":
      return listReply(await listFor(deps, person, command.list === "team" ? { kind: "team", channelId } : { kind: "mine" }), person, now);
    case "person": {
      const named = await whoIsNamed(slack, command);
      if (named.length === 1) return listReply(await listFor(deps, person, { kind: "person", userId: named[0] }), person, now);
      return noticeReply(
        named.length === 0 ? t.lists.nobodyNamed(slackText(command.name)) : t.lists.severalNamed(slackText(command.name), named),
      );
    }
    case "usage":
      return noticeReply(command.of === "export" ? t.export.usage : t.lists.usage);
    case "mistyped":
      return noticeReply(`${t.mistyped(slackText(command.typed))}\n${t.help}`);
    case "customer": {
      const key = customerListKey(command.customer);
      return key?.kind === "customer" ? listReply(await listFor(deps, person, key), person, now) : noticeReply(t.lists.customerMissing);
    }
    case "settings":
    case "promise": {
      // Settings without a trigger (Slack always sends one) are read like any other text.
      const text = fields.text.trim();
      const captured = await capturePromise(deps, slack, person, {
        teamId: fields.team_id,
        channelId,
        private: isPrivateConversation(channelId, fields.channel_name),
        text,
      });
      return capturedReply(captured, person, text, now);
    }
  }
}

function digestReply(change: DigestChange, person: Person, channelId: string): Reply {
  const t = speak(person.language).messages.digest;
  switch (change.kind) {
    case "off":
      return noticeReply(t.off(channelId));
    case "posted":
      return noticeReply(t.posted);
    case "notInChannel":
      return noticeReply(t.notInChannel);
    case "usage":
      return noticeReply(t.usage);
    case "notAllowed":
      return noticeReply(speak(person.language).messages.settings.onlyThese(change.who.channelLead, change.who.workspaceLead));
    case "justPosted":
      return noticeReply(t.justPosted);
    case "on":
      return noticeReply(t.on(t.weekdays[change.weekday - 1], change.time, channelId));
  }
}
