import { MAX_CUSTOMER_LENGTH, MAX_TASK_LENGTH } from "../../src/domain/commitment.js";
import { FIELD } from "../../src/slack/ids.js";
import { SETTING } from "../../src/slack/ui/settings-modal.js";
import type { Fuzz } from "../support/fuzz-inputs.js";
import { asStored } from "./fuzz-checks.js";

/**
 * The forms of Lofte's modals as the view-submission fuzz fills them in: valid ones, hostile
 * ones, and an independent reading of what a person could have sent (the promise form's contract).
 */

export const SLACK_USER = /^[UW][A-Z0-9]+$/;

export type Form = Record<string, Record<string, unknown>>;

const DATES = ["2026-12-02", "2026-11-24", "2026-11-25", "2026-02-30", "2026-13-01", "0000-00-00", "2026-12-02T10:00", "", "99999-01-01"];
const TIMES = ["10:30", "08:00", "25:00", "10:60", "-1:00", "9:5", "24:00", "", "10:30:00", "١٠:٣٠"];

/** The promise form (Edit and Track): owner, task, customer, day, time, lead. */
export function promiseForm(fuzz: Fuzz, wellFormed: boolean): Form {
  const hostile = (p: number) => !wellFormed && fuzz.chance(p);
  const owner = hostile(0.3) ? fuzz.idLike(["U0BOB", "U0ANNA"]) : fuzz.pick(["U0BOB", "U0ANNA"]);
  const lead = hostile(0.3) ? fuzz.idLike(["U0BOB"]) : fuzz.pick([null, "U0BOB"]);
  const task = hostile(0.6) ? fuzz.text() : "skicka offerten";
  const customer = hostile(0.4) ? fuzz.text() : fuzz.pick([null, "Acme"]);
  const date = hostile(0.4) ? fuzz.pick(DATES) : "2026-12-02";
  const time = hostile(0.4) ? fuzz.pick(TIMES) : "10:30";
  const values: Record<string, Record<string, unknown>> = {
    [FIELD.owner]: { [FIELD.owner]: { type: "users_select", selected_user: owner } },
    [FIELD.task]: { [FIELD.task]: { type: "plain_text_input", value: task } },
    [FIELD.customer]: { [FIELD.customer]: { type: "plain_text_input", value: customer } },
    [FIELD.date]: { [FIELD.date]: { type: "datepicker", selected_date: date } },
    [FIELD.time]: { [FIELD.time]: { type: "timepicker", selected_time: time } },
    [FIELD.lead]: { [FIELD.lead]: { type: "users_select", selected_user: lead } },
  };
  if (hostile(0.4)) mangle(fuzz, values);
  return values;
}

/**
 * Whether a person could have sent this promise form (an independent reading of the form's
 * contract): every element shaped as Slack sends it, an owner and a task with a letter or a digit
 * in it, a real day and time ahead, and no more than five years ahead.
 */
export function promiseFormValid(values: Record<string, unknown>): boolean {
  const elements = Object.values(values).flatMap((block) => (block && typeof block === "object" ? Object.values(block) : [null]));
  const stringOrNothing = (v: unknown) => v === undefined || v === null || typeof v === "string";
  const shaped = elements.every(
    (e) =>
      e !== null &&
      typeof e === "object" &&
      typeof (e as { type?: unknown }).type === "string" &&
      ["value", "selected_user", "selected_date", "selected_time"].every((k) => stringOrNothing((e as Record<string, unknown>)[k])),
  );
  if (!shaped) return false;
  const field = (id: string, key: string) =>
    ((values[id] as Record<string, Record<string, unknown>> | undefined)?.[id]?.[key] ?? null) as string | null;
  const owner = field(FIELD.owner, "selected_user");
  const task = asStored(field(FIELD.task, "value") ?? "");
  const customer = asStored(field(FIELD.customer, "value") ?? "");
  return (
    owner !== null &&
    SLACK_USER.test(owner) &&
    /[\p{L}\p{N}]/u.test(task) &&
    task.length <= MAX_TASK_LENGTH &&
    customer.length <= MAX_CUSTOMER_LENGTH &&
    future(field(FIELD.date, "selected_date") ?? "", field(FIELD.time, "selected_time") ?? "")
  );
}

/** A real day and a clock time, after Wednesday 25 November 2026 10:00 in Stockholm, and on 25 November 2031 at the latest. */
function future(date: string, time: string): boolean {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t || Number(t[1]) > 23 || Number(t[2]) > 59) return false;
  const [year, month, day] = d.slice(1).map(Number);
  const real = new Date(Date.UTC(year, month - 1, day));
  if (real.getUTCFullYear() !== year || real.getUTCMonth() !== month - 1 || real.getUTCDate() !== day) return false;
  return `${date} ${time}` > "2026-11-25 10:00" && date <= "2031-11-25";
}

/** The new-deadline form: day, time and a note. */
export function deadlineForm(fuzz: Fuzz, wellFormed: boolean): Form {
  const hostile = (p: number) => !wellFormed && fuzz.chance(p);
  const values: Record<string, Record<string, unknown>> = {
    [FIELD.date]: { [FIELD.date]: { type: "datepicker", selected_date: hostile(0.5) ? fuzz.pick(DATES) : "2026-12-02" } },
    [FIELD.time]: { [FIELD.time]: { type: "timepicker", selected_time: hostile(0.5) ? fuzz.pick(TIMES) : "10:30" } },
    [FIELD.note]: { [FIELD.note]: { type: "plain_text_input", value: hostile(0.6) ? fuzz.text() : null } },
  };
  if (hostile(0.4)) mangle(fuzz, values);
  return values;
}

/** The settings form: every field, valid or hostile. */
export function settingsForm(fuzz: Fuzz, wellFormed: boolean): Form {
  const hostile = (p: number) => !wellFormed && fuzz.chance(p);
  const pick = <T>(good: T, bad: () => unknown) => (hostile(0.3) ? bad() : good);
  const option = (value: unknown) => ({ value, text: { type: "plain_text", text: "x" } });
  const field = (id: string, element: Record<string, unknown>) => ({ [id]: { [id]: element } });
  const values: Record<string, Record<string, unknown>> = {
    ...field(SETTING.language, { type: "static_select", selected_option: pick(option("sv"), () => option(fuzz.text())) }),
    ...field(SETTING.timeZone, {
      type: "plain_text_input",
      value: pick("Europe/Stockholm", () => fuzz.pick(["Mars/Olympus", "", fuzz.text()])),
    }),
    ...field(SETTING.deadlineTime, { type: "timepicker", selected_time: pick("17:00", () => fuzz.pick(TIMES)) }),
    ...field(SETTING.workingDays, {
      type: "checkboxes",
      selected_options: pick([option("1"), option("5")], () => [option(fuzz.pick(["0", "8", "-1", "x", fuzz.text()]))]),
    }),
    ...field(SETTING.workStart, { type: "timepicker", selected_time: pick("08:00", () => fuzz.pick(TIMES)) }),
    ...field(SETTING.workEnd, { type: "timepicker", selected_time: pick("17:00", () => fuzz.pick(TIMES)) }),
    ...field(SETTING.defaultLead, { type: "users_select", selected_user: pick(null, () => fuzz.idLike(["U0ANNA"])) }),
    ...field(SETTING.channelLead, { type: "users_select", selected_user: pick(null, () => fuzz.idLike(["U0ANNA"])) }),
    ...field(SETTING.digest, { type: "checkboxes", selected_options: pick([], () => [option("on"), option(fuzz.text())]) }),
    ...field(SETTING.digestDay, {
      type: "static_select",
      selected_option: pick(option("1"), () => option(fuzz.pick(["0", "8", "", fuzz.text()]))),
    }),
    ...field(SETTING.digestTime, { type: "timepicker", selected_time: pick("09:00", () => fuzz.pick(TIMES)) }),
    ...field(SETTING.suggestions, { type: "checkboxes", selected_options: pick([], () => fuzz.value(1)) }),
  };
  if (hostile(0.3)) mangle(fuzz, values);
  return values;
}

/** Breaks the state's shape: a block or element missing, null, of another type, or with extra keys. */
function mangle(fuzz: Fuzz, values: Record<string, Record<string, unknown>>): void {
  const block = fuzz.pick(Object.keys(values));
  switch (fuzz.int(4)) {
    case 0:
      delete values[block];
      break;
    case 1:
      values[block] = fuzz.value(1) as Record<string, unknown>;
      break;
    case 2:
      values[block] = { [block]: fuzz.value(1) };
      break;
    default:
      values[block] = { [block]: { ...fuzz.object(1), type: fuzz.pick(["users_select", "plain_text_input", 5, null]) } };
  }
}
