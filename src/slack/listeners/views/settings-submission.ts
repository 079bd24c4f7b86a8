import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { z } from "zod";
import { isValidTimeZone, parseClock } from "../../../domain/zoned-time.js";
import { messages } from "../../../language/messages.js";
import { channelConfig, saveSettings } from "../../../store/workspaces.js";
import { type Deps, whoIs } from "../../deps.js";
import { SETTING } from "../../ui/settings-modal.js";
import { parseJson } from "../shared/interaction.js";
import { mayChangeSettings } from "../shared/settings-access.js";
import { answeredOnFailure } from "../shared/view-failure.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const metadata = z.object({ channelId: z.string(), language: z.enum(["sv", "en"]) });
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

/** Saving settings: checked again on the server (admin or lead), every field validated. */
export function settingsSubmission(deps: Deps) {
  return answeredOnFailure(SETTING.timeZone, async ({ ack, body, view, client }: Args) => {
    const meta = metadata.safeParse(parseJson(view.private_metadata));
    const values = state.safeParse(view.state.values);
    const teamId = body.team?.id ?? body.user.team_id;
    if (!meta.success || !values.success || !teamId) {
      await ack();
      return;
    }
    const t = messages(meta.data.language).settings;
    const field = (id: string) => values.data[id]?.[id];
    const person = await whoIs(deps, client, teamId, body.user.id, meta.data.language);
    // Refusals in the words of the person submitting (their Slack locale), not the modal's.
    const refusals = messages(person.language).settings;
    const current = await channelConfig(deps.db.prisma, teamId, meta.data.channelId);
    if (!mayChangeSettings(person, body.user.id, current)) {
      await ack({ response_action: "errors", errors: { [SETTING.timeZone]: refusals.notAllowed } });
      return;
    }
    const timeZone = field(SETTING.timeZone)?.value?.trim() ?? "";
    const start = parseClock(field(SETTING.workStart)?.selected_time ?? "");
    const endText = field(SETTING.workEnd)?.selected_time ?? "";
    const end = endText === "23:59" ? { hour: 24, minute: 0 } : parseClock(endText);
    const days = (field(SETTING.workingDays)?.selected_options ?? []).map((o) => Number(o.value)).filter((d) => d >= 1 && d <= 7);
    const deadlineTime = field(SETTING.deadlineTime)?.selected_time ?? "";
    const digestTime = field(SETTING.digestTime)?.selected_time ?? "";
    const digestDay = Number(field(SETTING.digestDay)?.selected_option?.value ?? "1");
    const defaultLeadId = field(SETTING.defaultLead)?.selected_user ?? null;
    const errors: Record<string, string> = {};
    // Who leads the whole workspace may change every promise in it: a channel's lead may not choose that.
    const mayChooseDefaultLead = person.profile.isAdmin || person.workspace.defaultLeadId === body.user.id;
    if (defaultLeadId !== person.workspace.defaultLeadId && !mayChooseDefaultLead)
      errors[SETTING.defaultLead] = refusals.defaultLeadNotAllowed;
    if (!isValidTimeZone(timeZone)) errors[SETTING.timeZone] = t.badTimeZone;
    if (!start || !end || start.hour * 60 + start.minute >= end.hour * 60 + end.minute) errors[SETTING.workEnd] = t.badHours;
    if (days.length === 0) errors[SETTING.workingDays] = t.noDays;
    if (!parseClock(deadlineTime)) errors[SETTING.deadlineTime] = t.badHours;
    if (!parseClock(digestTime) || digestDay < 1 || digestDay > 7) errors[SETTING.digestTime] = t.badHours;
    if (Object.keys(errors).length > 0 || !start || !end) {
      await ack({ response_action: "errors", errors });
      return;
    }
    await saveSettings(
      deps.db.prisma,
      teamId,
      {
        language: field(SETTING.language)?.selected_option?.value === "en" ? "en" : "sv",
        timeZone,
        defaultDeadlineTime: deadlineTime,
        workingHours: { days: days.sort(), start, end },
        defaultLeadId,
      },
      {
        channelId: meta.data.channelId,
        leadId: field(SETTING.channelLead)?.selected_user ?? null,
        digestEnabled: (field(SETTING.digest)?.selected_options ?? []).some((o) => o.value === "on"),
        digestWeekday: digestDay,
        digestTime,
        suggestionsEnabled: (field(SETTING.suggestions)?.selected_options ?? []).some((o) => o.value === "on"),
      },
    );
    await ack();
  });
}
