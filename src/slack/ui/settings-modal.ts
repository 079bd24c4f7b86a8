import type { types } from "@slack/bolt";
import type { SettingsView } from "../../app/settings.js";
import { formatClock } from "../../domain/zoned-time.js";
import { type Language, speak } from "../../language/index.js";
import { type KnownBlock, plain, section } from "../blocks.js";
import { VIEW } from "../ids.js";

/** Input blocks of the settings modal: block id = action id. */
export const SETTING = {
  language: "language",
  timeZone: "time_zone",
  deadlineTime: "deadline_time",
  workingDays: "working_days",
  workStart: "work_start",
  workEnd: "work_end",
  defaultLead: "default_lead",
  channelLead: "channel_lead",
  digest: "digest",
  digestDay: "digest_day",
  digestTime: "digest_time",
  suggestions: "suggestions",
} as const;

/**
 * The settings modal: the workspace's language, time zone, default deadline time, working days
 * and hours and default lead; the channel's lead, weekly digest and suggestions. People who may
 * not change them see the same values as text, without a Save button.
 */
export function settingsModal(settings: SettingsView, language: Language): types.ModalView {
  const { workspace, channelId, channel, editable } = settings;
  const all = speak(language).messages;
  const t = all.settings;
  const option = (text: string, value: string) => ({ text: plain(text), value });
  const weekdays = all.digest.weekdays;
  const days = weekdays.map((name, i) => option(name, String(i + 1)));
  const dayOption = (d: number) => days[d - 1];
  const input = (blockId: string, label: string, element: Record<string, unknown>, optional = false): KnownBlock =>
    ({ type: "input", block_id: blockId, optional, label: plain(label), element: { action_id: blockId, ...element } }) as KnownBlock;
  const view = (blocks: KnownBlock[]): types.ModalView => ({
    type: "modal",
    callback_id: VIEW.settings,
    private_metadata: JSON.stringify({ channelId, language }),
    title: plain(t.title),
    close: plain(all.cancel),
    ...(editable ? { submit: plain(all.save) } : {}),
    blocks,
  });
  const hours = workspace.workingHours;
  if (!editable) {
    const lead = (id: string | null) => (id ? `<@${id}>` : "—");
    return view([
      section(t.readOnly),
      section(
        [
          t.workspace,
          `${t.language}: ${workspace.language === "sv" ? "Svenska" : "English"}`,
          `${t.timeZone.replace(/ \(.*\)/, "")}: ${workspace.timeZone}`,
          `${t.deadlineTime}: ${workspace.defaultDeadlineTime}`,
          `${t.workingDays}: ${hours.days.map((d) => weekdays[d - 1]).join(", ")} ${formatClock(hours.start)}–${formatClock(hours.end)}`,
          `${t.defaultLead}: ${lead(workspace.defaultLeadId)}`,
        ].join("\n"),
      ),
      section(
        [
          t.channel(channelId),
          `${t.channelLead}: ${lead(channel.leadId)}`,
          `${t.digest}: ${channel.digestEnabled ? `${weekdays[channel.digestWeekday - 1]} ${channel.digestTime}` : "—"}`,
          `${t.suggestions}: ${channel.suggestionsEnabled ? "✓" : "—"}`,
        ].join("\n"),
      ),
    ]);
  }
  const languages = [option("Svenska", "sv"), option("English", "en")];
  return view([
    section(t.workspace),
    input(SETTING.language, t.language, {
      type: "static_select",
      options: languages,
      initial_option: languages[workspace.language === "sv" ? 0 : 1],
    }),
    input(SETTING.timeZone, t.timeZone, { type: "plain_text_input", initial_value: workspace.timeZone, max_length: 64 }),
    input(SETTING.deadlineTime, t.deadlineTime, { type: "timepicker", initial_time: workspace.defaultDeadlineTime }),
    input(SETTING.workingDays, t.workingDays, { type: "checkboxes", options: days, initial_options: hours.days.map(dayOption) }),
    input(SETTING.workStart, t.workStart, { type: "timepicker", initial_time: formatClock(hours.start) }),
    input(SETTING.workEnd, t.workEnd, { type: "timepicker", initial_time: hours.end.hour === 24 ? "23:59" : formatClock(hours.end) }),
    input(
      SETTING.defaultLead,
      t.defaultLead,
      { type: "users_select", ...(workspace.defaultLeadId ? { initial_user: workspace.defaultLeadId } : {}) },
      true,
    ),
    { type: "divider" },
    section(t.channel(channelId)),
    input(SETTING.channelLead, t.channelLead, { type: "users_select", ...(channel.leadId ? { initial_user: channel.leadId } : {}) }, true),
    input(
      SETTING.digest,
      t.digest,
      {
        type: "checkboxes",
        options: [option(t.digestOn, "on")],
        ...(channel.digestEnabled ? { initial_options: [option(t.digestOn, "on")] } : {}),
      },
      true,
    ),
    input(SETTING.digestDay, t.digestDay, { type: "static_select", options: days, initial_option: dayOption(channel.digestWeekday) }),
    input(SETTING.digestTime, t.digestTime, { type: "timepicker", initial_time: channel.digestTime }),
    input(
      SETTING.suggestions,
      t.suggestions,
      {
        type: "checkboxes",
        options: [option(t.suggestionsOn, "on")],
        ...(channel.suggestionsEnabled ? { initial_options: [option(t.suggestionsOn, "on")] } : {}),
      },
      true,
    ),
  ]);
}
