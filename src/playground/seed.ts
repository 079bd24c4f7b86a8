import type { AppDeps } from "../app/deps.js";
import { plannerFor } from "../app/people.js";
import { addDays, fromLocal, isoWeekday, type LocalDate, toLocal } from "../domain/zoned-time.js";
import { formatWeekday } from "../language/format-deadline.js";
import { changeCommitment, createCommitment, type NewCommitment } from "../store/commitments.js";
import { setDigest } from "../store/digests.js";
import { enqueue } from "../store/nudges.js";
import { ensureWorkspace, saveSettings, setSuggestions } from "../store/workspaces.js";
import type { SlackState } from "./stand-in/state.js";
import { CHANNELS, EMMA, JAKE, KARIN, PEOPLE, SALES, SUPPORT, SVEN, TEAM } from "./team.js";

/**
 * Life on first load: the people and channels in the stand-in, a few messages, and promises in
 * different states in Lofte's database (due today, at risk, overdue, kept last week, a customer
 * with history), with the digest and suggestions on in #sälj and Karin leading.
 */

const ZONE = "Europe/Stockholm";

/** Where the playground's clock starts: the next weekday morning at 08:45 in Stockholm, so the day has something to show. */
export function playgroundStart(realNow: Date): Date {
  let day: LocalDate = toLocal(realNow, ZONE);
  for (let i = 0; i < 8; i++) {
    const start = fromLocal({ ...day, hour: 8, minute: 45 }, ZONE);
    if (isoWeekday(day) <= 5 && start.getTime() >= realNow.getTime()) return start;
    day = addDays(day, 1);
  }
  return realNow;
}

/** `step` working days (Monday to Friday) from `from`; back when negative. */
function workingDay(from: LocalDate, step: number): LocalDate {
  let day = from;
  for (let left = Math.abs(step); left > 0; ) {
    day = addDays(day, Math.sign(step));
    if (isoWeekday(day) <= 5) left--;
  }
  return day;
}

/** Emma's promise, in #sälj and in Lofte alike: due in two working days, by that day's name. */
function emmasPromise(start: Date): { text: string; due: LocalDate } {
  const due = workingDay(toLocal(start, ZONE), 2);
  return { text: `I'll send the renewal quote to Acme by ${formatWeekday(due, "en")}`, due };
}

/** The four people, as Slack's profiles have them. */
export function addPeople(state: SlackState): void {
  for (const person of PEOPLE) state.members.set(person.id, person);
}

export function seedStandIn(state: SlackState, start: Date): void {
  state.clear();
  addPeople(state);
  for (const channel of CHANNELS) state.channels.set(channel.id, { ...channel, lofteIsMember: true });
  const at = (minutesBefore: number) => ({ postedAt: start.getTime() - minutesBefore * 60_000 });
  const say = (channel: string, user: string, text: string, minutesBefore: number) => {
    const message = state.post({ channel, user, text });
    Object.assign(message, at(minutesBefore));
  };
  say(SALES, KARIN, "God morgon! Skriv era löften till kunderna med /lofte, så håller Lofte koll åt oss.", 2 * 24 * 60);
  say(SALES, SVEN, "Jag skickar offerten till Volvo senast kl 15 idag.", 60);
  say(SALES, EMMA, `${emmasPromise(start).text}.`, 45);
  say(SALES, SVEN, "Jag ringer Ericsson i morgon förmiddag om förlängningen.", 20);
  say(SUPPORT, JAKE, "Globex reported the sync bug again. Looking into it today.", 90);
}

export async function seedLofte(deps: AppDeps, start: Date): Promise<void> {
  const prisma = deps.db.prisma;
  const workspace = await ensureWorkspace(deps.db, TEAM.id, deps.defaults);
  await saveSettings(
    deps.db,
    TEAM.id,
    { ...workspace, defaultLeadId: KARIN },
    { channelId: SALES, leadId: KARIN, digestEnabled: true, digestWeekday: 1, digestTime: "09:00", suggestionsEnabled: true },
  );
  await setDigest(prisma, TEAM.id, SALES, { enabled: true, weekday: 1, time: "09:00" });
  await setSuggestions(prisma, TEAM.id, SALES, true);
  const planner = plannerFor(deps, { ...workspace, defaultLeadId: KARIN });

  // Every text names its day as the day it was written would ("på tisdag", not "i morgon" on a
  // Friday for a Monday), so what Lofte shows agrees with the message.
  const today = toLocal(start, ZONE);
  const on = (day: LocalDate) => `på ${formatWeekday(day, "sv")}`;
  const emmas = emmasPromise(start);
  const at = (day: LocalDate, hour: number, minute = 0, zone = ZONE) => fromLocal({ ...day, hour, minute }, zone);
  const promise = async (input: Omit<NewCommitment, "workspaceId" | "originalText" | "timeZone"> & { text: string }, made: Date) => {
    const { text, ...rest } = input;
    const owner = PEOPLE.find((p) => p.id === rest.ownerId);
    return createCommitment(deps.db, { ...rest, workspaceId: TEAM.id, originalText: text, timeZone: owner?.tz ?? ZONE }, made, planner);
  };

  // Due today, at 15:00: the due-soon question comes at 13:00.
  await promise(
    {
      ownerId: SVEN,
      creatorId: SVEN,
      task: "skicka offerten till Volvo",
      customer: "Volvo",
      text: "jag skickar offerten till Volvo senast kl 15 idag",
      language: "sv",
      sourceChannelId: SALES,
      dueAt: at(today, 15),
      hasTime: true,
    },
    new Date(start.getTime() - 60 * 60_000),
  );
  // Recorded by the lead for Sven.
  await promise(
    {
      ownerId: SVEN,
      creatorId: KARIN,
      task: "boka en demo med Scania",
      customer: "Scania",
      text: `<@U0SVEN> bokar en demo med Scania ${on(workingDay(today, 1))} kl 10`,
      language: "sv",
      sourceChannelId: SALES,
      dueAt: at(workingDay(today, 1), 10),
      hasTime: true,
    },
    new Date(start.getTime() - 30 * 60_000),
  );
  // Overdue since yesterday: the next overdue reminder comes this morning.
  await promise(
    {
      ownerId: SVEN,
      creatorId: SVEN,
      task: "ringa Husqvarna om leveransen",
      customer: "Husqvarna",
      text: `jag ringer Husqvarna om leveransen ${on(workingDay(today, -1))}`,
      language: "sv",
      sourceChannelId: SALES,
      dueAt: at(workingDay(today, -1), 17),
      hasTime: false,
    },
    at(workingDay(today, -2), 11),
  );
  // Kept last week, towards the same customer: Husqvarna has a history.
  const kept = await promise(
    {
      ownerId: SVEN,
      creatorId: SVEN,
      task: "skicka avtalet till Husqvarna",
      customer: "Husqvarna",
      text: `jag skickar avtalet till Husqvarna ${on(workingDay(today, -5))}`,
      language: "sv",
      sourceChannelId: SALES,
      dueAt: at(workingDay(today, -5), 17),
      hasTime: false,
    },
    at(workingDay(today, -8), 10),
  );
  await changeCommitment(
    prisma,
    { workspaceId: TEAM.id, id: kept.id, expectedVersion: kept.version },
    { status: "done", completedAt: at(workingDay(today, -6), 14), lastAnswer: "done", lastAnswerAt: at(workingDay(today, -6), 14) },
    { actorId: SVEN, kind: "done", at: at(workingDay(today, -6), 14) },
  );
  // Emma's, in English, due in two working days.
  await promise(
    {
      ownerId: EMMA,
      creatorId: EMMA,
      task: "send the renewal quote to Acme",
      customer: "Acme",
      text: emmas.text,
      language: "en",
      sourceChannelId: SALES,
      dueAt: at(emmas.due, 17, 0, "Europe/London"),
      hasTime: false,
    },
    new Date(start.getTime() - 45 * 60_000),
  );
  // At risk: Jake said he can't make it; Karin (the lead) hears on the first tick.
  const atRisk = await promise(
    {
      ownerId: JAKE,
      creatorId: JAKE,
      task: "ship the sync fix to Globex",
      customer: "Globex",
      text: `I'll ship the sync fix to Globex by ${formatWeekday(workingDay(today, 1), "en")} at noon`,
      language: "en",
      sourceChannelId: SUPPORT,
      dueAt: at(workingDay(today, 1), 12, 0, "America/New_York"),
      hasTime: true,
    },
    at(workingDay(today, -1), 16),
  );
  const answered = at(workingDay(today, -1), 18);
  const risky = await changeCommitment(
    prisma,
    { workspaceId: TEAM.id, id: atRisk.id, expectedVersion: atRisk.version },
    { lastAnswer: "cant_make_it", lastAnswerAt: answered },
    { actorId: JAKE, kind: "cant_make_it", at: answered },
    planner,
  );
  if (risky.ok) await enqueue(prisma, risky.commitment, "escalation", start);
  // Karin's own, next week.
  await promise(
    {
      ownerId: KARIN,
      creatorId: KARIN,
      task: "skicka kvartalsrapporten till Ericsson",
      customer: "Ericsson",
      text: `jag skickar kvartalsrapporten till Ericsson ${on(workingDay(today, 5))} nästa vecka`,
      language: "sv",
      sourceChannelId: SALES,
      dueAt: at(workingDay(today, 5), 17),
      hasTime: false,
    },
    // Written this morning: "nästa vecka" counts from today's week.
    new Date(start.getTime() - 2 * 3_600_000),
  );
}
