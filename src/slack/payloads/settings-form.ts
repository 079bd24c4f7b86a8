import { z } from "zod";
import type { SettingsChange } from "../../app/settings.js";
import { isValidTimeZone, parseClock } from "../../domain/zoned-time.js";
import { type Language, speak } from "../../language/index.js";
import { SETTING } from "../ui/settings-modal.js";

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
 * block, in `language`. Null when the state is not shaped like Slack's at all.
 */
export function readSettingsForm(values: unknown, language: Language): SettingsForm | null {
  const t = speak(language).messages.settings;
  const parsed = state.safeParse(values);
  if (!parsed.success) return null;
  const field = (id: string) => parsed.data[id]?.[id];
  const timeZone = field(SETTING.timeZone)?.value?.trim() ?? "";
  const start = parseClock(field(SETTING.workStart)?.selected_time ?? "");
  const endText = field(SETTING.workEnd)?.selected_time ?? "";
  // The picker's last minute of the day stands for the end of the day.
  const end = endText === "23:59" ? { hour: 24, minute: 0 } : parseClock(endText);
  const days = (field(SETTING.workingDays)?.selected_options ?? []).map((o) => Number(o.value)).filter((d) => d >= 1 && d <= 7);
  const deadlineTime = field(SETTING.deadlineTime)?.selected_time ?? "";
  const digestTime = field(SETTING.digestTime)?.selected_time ?? "";
  const digestDay = Number(field(SETTING.digestDay)?.selected_option?.value ?? "1");
  const errors: Record<string, string> = {};
  if (!isValidTimeZone(timeZone)) errors[SETTING.timeZone] = t.badTimeZone;
  if (!start || !end || start.hour * 60 + start.minute >= end.hour * 60 + end.minute) errors[SETTING.workEnd] = t.badHours;
  if (days.length === 0) errors[SETTING.workingDays] = t.noDays;
  if (!parseClock(deadlineTime)) errors[SETTING.deadlineTime] = t.badHours;
  if (!parseClock(digestTime) || !(digestDay >= 1 && digestDay <= 7)) errors[SETTING.digestTime] = t.badHours;
  if (Object.keys(errors).length > 0 || !start || !end) return { ok: false, errors };
  const checked = (id: string) => (field(id)?.selected_options ?? []).some((o) => o.value === "on");
  return {
    ok: true,
    change: {
      workspace: {
        language: field(SETTING.language)?.selected_option?.value === "en" ? "en" : "sv",
        timeZone,
        defaultDeadlineTime: deadlineTime,
        workingHours: { days: days.sort(), start, end },
        defaultLeadId: field(SETTING.defaultLead)?.selected_user ?? null,
      },
      channel: {
        leadId: field(SETTING.channelLead)?.selected_user ?? null,
        digestEnabled: checked(SETTING.digest),
        digestWeekday: digestDay,
        digestTime,
        suggestionsEnabled: checked(SETTING.suggestions),
      },
    },
  };
}
