import { z } from "zod";
import type { SettingsChange } from "../../app/settings.js";
import { COUNTRIES } from "../../domain/holidays.js";
import { canonicalTimeZone, isValidTimeZone, parseClock, timeZoneOfPlace } from "../../domain/zoned-time.js";
import { asLanguage, type Language, speak } from "../../language/index.js";
import { NO_COUNTRY, SETTING } from "../ui/settings-modal.js";
import { slackUserId } from "./input-values.js";

const element = z
  .object({
    value: z.string().nullish(),
    selected_time: z.string().nullish(),
    selected_user: z.string().nullish(),
    selected_option: z.object({ value: z.string() }).nullish(),
    selected_options: z.array(z.object({ value: z.string() })).nullish(),
  })
  .loose();
const state = z.record(z.string(), z.record(z.string(), element));

export type SettingsForm = { ok: true; change: SettingsChange } | { ok: false; errors: Record<string, string> };

/**
 * What an admin or lead entered in the settings modal, every field checked; errors per input
 * block, in `language`. The workspace's part is read only when the form had it (a channel's
 * lead sees just the channel's). Null when the state is not shaped like Slack's at all.
 */
export function readSettingsForm(values: unknown, language: Language): SettingsForm | null {
  const t = speak(language).messages.settings;
  const parsed = state.safeParse(values);
  if (!parsed.success) return null;
  const field = (id: string) => parsed.data[id]?.[id];
  const errors: Record<string, string> = {};
  const checked = (id: string) => (field(id)?.selected_options ?? []).some((o) => o.value === "on");

  const digestTime = field(SETTING.digestTime)?.selected_time ?? "";
  const digestDay = Number(field(SETTING.digestDay)?.selected_option?.value ?? "1");
  if (!parseClock(digestTime) || !(digestDay >= 1 && digestDay <= 7)) errors[SETTING.digestTime] = t.badHours;
  const channel = {
    leadId: slackUserId(field(SETTING.channelLead)?.selected_user),
    digestEnabled: checked(SETTING.digest),
    digestWeekday: digestDay,
    digestTime,
    suggestionsEnabled: checked(SETTING.suggestions),
  };

  let workspace: SettingsChange["workspace"];
  if (field(SETTING.timeZone)) {
    const typedZone = field(SETTING.timeZone)?.value?.trim() ?? "";
    // "Stockholm" is read as the zone it names.
    const timeZone = canonicalTimeZone(typedZone) ?? timeZoneOfPlace(typedZone) ?? typedZone;
    const start = parseClock(field(SETTING.workStart)?.selected_time ?? "");
    const endText = field(SETTING.workEnd)?.selected_time ?? "";
    // The picker's last minute of the day stands for the end of the day.
    const end = endText === "23:59" ? { hour: 24, minute: 0 } : parseClock(endText);
    const days = (field(SETTING.workingDays)?.selected_options ?? []).map((o) => Number(o.value)).filter((d) => d >= 1 && d <= 7);
    const deadlineTime = field(SETTING.deadlineTime)?.selected_time ?? "";
    const country = field(SETTING.redDays)?.selected_option?.value ?? "SE";
    const known = (COUNTRIES as readonly string[]).includes(country);
    if (!known && country !== NO_COUNTRY) errors[SETTING.redDays] = t.badCountry;
    // A form opened before the calendar was a setting has no such fields: Sweden's default.
    const evesOff = field(SETTING.eves) ? checked(SETTING.eves) : true;
    if (!isValidTimeZone(timeZone)) errors[SETTING.timeZone] = t.badTimeZone;
    if (!start || !end || start.hour * 60 + start.minute >= end.hour * 60 + end.minute) errors[SETTING.workEnd] = t.badHours;
    if (days.length === 0) errors[SETTING.workingDays] = t.noDays;
    if (!parseClock(deadlineTime)) errors[SETTING.deadlineTime] = t.badHours;
    if (start && end) {
      workspace = {
        language: asLanguage(field(SETTING.language)?.selected_option?.value),
        timeZone,
        defaultDeadlineTime: deadlineTime,
        workingHours: { days: days.sort(), start, end, redDays: { country: known ? country : null, evesOff: known && evesOff } },
        defaultLeadId: slackUserId(field(SETTING.defaultLead)?.selected_user),
      };
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, change: { workspace, channel } };
}
