import type { types } from "@slack/bolt";
import type { SettingsView } from "../../app/settings.js";
import { COUNTRIES, evesOf, type RedDays } from "../../domain/holidays.js";
import { formatClock } from "../../domain/zoned-time.js";
import { LANGUAGES, type Language, speak } from "../../language/index.js";
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
  redDays: "red_days",
  eves: "eves_off",
  defaultLead: "default_lead",
  channelLead: "channel_lead",
  digest: "digest",
  digestDay: "digest_day",
  digestTime: "digest_time",
  suggestions: "suggestions",
} as const;

/**
 * The settings modal: the workspace's language, time zone, default deadline time, working days
 * and hours and default lead (for admins and the workspace's lead); the channel's lead, weekly
 * digest and suggestions (for them and the channel's lead). What a person may not change they
 * see as text; with nothing to change there is no Save button.
 */
export function settingsModal(settings: SettingsView, language: Language, now: Date): types.ModalView {
  const { workspaceEditable, channelEditable } = settings;
  const all = speak(language).messages;
  const t = all.settings;
  const blocks: KnownBlock[] = [
    ...(workspaceEditable && channelEditable ? [] : [section(workspaceEditable || channelEditable ? t.partlyReadOnly : t.readOnly)]),
    ...(workspaceEditable ? workspaceInputs(settings, language) : [section(workspaceText(settings, language, now))]),
    { type: "divider" },
    ...(channelEditable ? channelInputs(settings, language) : [section(channelText(settings, language))]),
  ];
  return {
    type: "modal",
    callback_id: VIEW.settings,
    private_metadata: JSON.stringify({ channelId: settings.channelId, language }),
    title: plain(t.title),
    // With nothing to save, leaving is closing, not cancelling.
    close: plain(workspaceEditable || channelEditable ? all.cancel : all.close),
    ...(workspaceEditable || channelEditable ? { submit: plain(all.save) } : {}),
    blocks,
  };
}

/** After Save: the settings as they are now, as text, to close. */
export function savedSettingsModal(settings: SettingsView, language: Language, now: Date): types.ModalView {
  const all = speak(language).messages;
  return {
    type: "modal",
    callback_id: VIEW.settings,
    private_metadata: JSON.stringify({ channelId: settings.channelId, language }),
    title: plain(all.settings.title),
    close: plain(all.close),
    blocks: [
      section(all.settings.saved),
      section(workspaceText(settings, language, now)),
      { type: "divider" },
      section(channelText(settings, language)),
    ],
  };
}

function input(blockId: string, label: string, element: Record<string, unknown>, optional = false): KnownBlock {
  return { type: "input", block_id: blockId, optional, label: plain(label), element: { action_id: blockId, ...element } } as KnownBlock;
}

function option(text: string, value: string) {
  return { text: plain(text), value };
}

/** The value of the "no red days" choice among the countries. */
export const NO_COUNTRY = "none";

/** The countries whose public holidays may be red days, named in `language` ("Sverige"), and "none". */
function countryOptions(language: Language) {
  const countries = COUNTRIES.map((code) => option(countryName(code, language), code));
  return [...countries, option(speak(language).messages.settings.noRedDays, NO_COUNTRY)];
}

/**
 * "Sverige (lediga aftnar: midsommarafton, julafton och nyårsafton)", as the read-only settings
 * show it: the country's own eves, off or worked; nothing for a country that has none.
 */
function redDaysText(redDays: RedDays, language: Language, now: Date): string {
  const t = speak(language).messages.settings;
  if (redDays.country === null) return t.noRedDays;
  const country = countryName(redDays.country, language);
  const eves = evesOf(redDays.country, now.getUTCFullYear(), language);
  if (eves.length === 0) return country;
  const named = new Intl.ListFormat(language, { type: "conjunction" }).format(eves);
  return `${country} (${redDays.evesOff ? t.evesAreOff(named) : t.evesAreWorked(named)})`;
}

/** "SE" → "Sverige" / "Sweden". */
function countryName(code: string, language: Language): string {
  return new Intl.DisplayNames([language], { type: "region" }).of(code) ?? code;
}

function checkbox(id: string, label: string, text: string, on: boolean): KnownBlock {
  return input(
    id,
    label,
    { type: "checkboxes", options: [option(text, "on")], ...(on ? { initial_options: [option(text, "on")] } : {}) },
    true,
  );
}

function weekdayOptions(language: Language) {
  return speak(language).messages.digest.weekdays.map((name, i) => option(name, String(i + 1)));
}

const lead = (id: string | null) => (id ? `<@${id}>` : "—");

function workspaceText({ workspace }: SettingsView, language: Language, now: Date): string {
  const { settings: t, digest } = speak(language).messages;
  const hours = workspace.workingHours;
  return [
    t.workspace,
    `${t.language}: ${speak(workspace.language).name}`,
    `${t.timeZone.replace(/ \(.*\)/, "")}: ${workspace.timeZone}`,
    `${t.deadlineTime}: ${workspace.defaultDeadlineTime}`,
    `${t.workingDays}: ${hours.days.map((d) => digest.weekdays[d - 1]).join(", ")} ${formatClock(hours.start)}–${formatClock(hours.end)}`,
    `${t.redDays}: ${redDaysText(hours.redDays, language, now)}`,
    `${t.defaultLead}: ${lead(workspace.defaultLeadId)}`,
  ].join("\n");
}

function channelText({ channelId, channel }: SettingsView, language: Language): string {
  const { settings: t, digest } = speak(language).messages;
  return [
    t.channel(channelId),
    `${t.channelLead}: ${lead(channel.leadId)}`,
    `${t.digest}: ${channel.digestEnabled ? `${digest.weekdays[channel.digestWeekday - 1]} ${channel.digestTime}` : t.off}`,
    `${t.suggestions}: ${channel.suggestionsEnabled ? t.on : t.off}`,
  ].join("\n");
}

function workspaceInputs({ workspace }: SettingsView, language: Language): KnownBlock[] {
  const t = speak(language).messages.settings;
  const days = weekdayOptions(language);
  const hours = workspace.workingHours;
  const languages = Object.values(LANGUAGES).map((l) => option(l.name, l.code));
  const countries = countryOptions(language);
  const country = hours.redDays.country ?? NO_COUNTRY;
  return [
    section(t.workspace),
    input(SETTING.language, t.language, {
      type: "static_select",
      options: languages,
      initial_option: languages.find((l) => l.value === workspace.language),
    }),
    input(SETTING.timeZone, t.timeZone, { type: "plain_text_input", initial_value: workspace.timeZone, max_length: 64 }),
    input(SETTING.deadlineTime, t.deadlineTime, { type: "timepicker", initial_time: workspace.defaultDeadlineTime }),
    input(SETTING.workingDays, t.workingDays, { type: "checkboxes", options: days, initial_options: hours.days.map((d) => days[d - 1]) }),
    input(SETTING.workStart, t.workStart, { type: "timepicker", initial_time: formatClock(hours.start) }),
    input(SETTING.workEnd, t.workEnd, { type: "timepicker", initial_time: hours.end.hour === 24 ? "23:59" : formatClock(hours.end) }),
    input(SETTING.redDays, t.redDays, {
      type: "static_select",
      options: countries,
      initial_option: countries.find((c) => c.value === country),
    }),
    checkbox(SETTING.eves, t.eves, t.evesOff, hours.redDays.evesOff),
    input(
      SETTING.defaultLead,
      t.defaultLead,
      { type: "users_select", ...(workspace.defaultLeadId ? { initial_user: workspace.defaultLeadId } : {}) },
      true,
    ),
  ];
}

function channelInputs({ channelId, channel }: SettingsView, language: Language): KnownBlock[] {
  const t = speak(language).messages.settings;
  const days = weekdayOptions(language);
  return [
    section(t.channel(channelId)),
    input(SETTING.channelLead, t.channelLead, { type: "users_select", ...(channel.leadId ? { initial_user: channel.leadId } : {}) }, true),
    checkbox(SETTING.digest, t.digest, t.digestOn, channel.digestEnabled),
    input(SETTING.digestDay, t.digestDay, { type: "static_select", options: days, initial_option: days[channel.digestWeekday - 1] }),
    input(SETTING.digestTime, t.digestTime, { type: "timepicker", initial_time: channel.digestTime }),
    checkbox(SETTING.suggestions, t.suggestions, t.suggestionsOn, channel.suggestionsEnabled),
  ];
}
