import type { Language } from "./language.js";
import { type PromiseWords, describePromise as promise } from "./messages.js";

/**
 * What Lofte says in reminders, escalations and customer drafts, in Swedish and English.
 * `deadline` is absolute ("fredag 27 november kl 17:00"), `relative` is "om 2 timmar".
 */

export interface ReminderWords extends PromiseWords {
  relative: string;
  /** Where the promise was made: a channel mention or a message link. */
  where: string | null;
}

const sv = {
  headsUp: (p: ReminderWords) => `*Påminnelse:* du har lovat att ${promise(p, "sv")} — senast ${p.deadline} (${p.relative}).`,
  dueSoon: (p: ReminderWords) => `*Håller du tiden?* Du har lovat att ${promise(p, "sv")} — senast ${p.deadline} (${p.relative}).`,
  overdue: (p: ReminderWords) => `*Deadline har passerat:* du lovade att ${promise(p, "sv")} — senast ${p.deadline} (${p.relative}).`,
  madeIn: (where: string) => `Lovat i ${where}.`,
  done: "Klar",
  onTrack: "Håller tiden",
  snooze: "Snooza",
  moreTime: "Behöver mer tid",
  cantMakeIt: "Hinner inte",
  snoozeOptions: { "1h": "1 timme", "3h": "3 timmar", tomorrow: "I morgon 09:00", nextWorkingDay: "Nästa arbetsdag" },
  answeredDone: (p: PromiseWords) => `:white_check_mark: *Klart:* ${promise(p, "sv")}. Bra jobbat — löfte hållet!`,
  tellCustomer: (customer: string) => `Glöm inte att berätta för ${customer} att det är klart. Vill du boka en uppföljning?`,
  followUp: "Boka uppföljning",
  followUpOptions: { "1w": "Om 1 vecka", "2w": "Om 2 veckor", "1m": "Om 1 månad" },
  followUpTask: (customer: string) => `följa upp med ${customer}`,
  followUpBooked: (deadline: string) => `:calendar: Uppföljning bokad till ${deadline}.`,
  answeredOnTrack: (p: ReminderWords) => `:thumbsup: Du håller tiden: ${promise(p, "sv")} — senast ${p.deadline}.`,
  answeredSnoozed: (until: string, p: ReminderWords) => `:alarm_clock: Snoozat till ${until}: ${promise(p, "sv")} — senast ${p.deadline}.`,
  answeredMoreTime: (p: ReminderWords) => `:arrows_counterclockwise: Ny deadline: ${promise(p, "sv")} — senast ${p.deadline}.`,
  answeredCantMakeIt: (p: ReminderWords, lead: string | null) =>
    `:warning: Du hinner inte ${p.task}${p.customer ? ` till ${p.customer}` : ""} till ${p.deadline}.${lead ? ` Jag har sagt till <@${lead}>.` : ""} Sätt en ny deadline när du vet mer.`,
  draftIntro: "Utkast till kunden, att kopiera:",
  draftMoved: (p: PromiseWords, newDeadline: string) =>
    `Hej! Jag vill ge besked i god tid: vi hinner inte ${p.task} till ${p.deadline} som vi lovade, men det blir klart ${newDeadline}. Säg gärna till om det påverkar er planering.`,
  draftSlipping: (p: PromiseWords) =>
    `Hej! Jag vill ge besked i god tid: vi hinner inte ${p.task} till ${p.deadline} som vi lovade. Vi återkommer med en ny tid så snart vi kan. Säg gärna till om det påverkar er planering.`,
  moreTimeTitle: "Ny deadline",
  moveTitle: "Flytta deadline",
  noteLabel: "Anteckning (valfritt)",
  dateLabel: "Ny dag",
  timeLabel: "Tid",
  save: "Spara",
  cancel: "Avbryt",
  leadAtRisk: (owner: string, p: ReminderWords, why: string) =>
    `:rotating_light: *Ett löfte är i fara.* <@${owner}> har lovat att ${promise(p, "sv")} — senast ${p.deadline} (${p.relative}). ${why}`,
  why: {
    cant_make_it: "Ägaren säger att det inte hinns.",
    no_answer: "Ägaren har inte svarat på om tiden håller.",
    overdue: "Deadline har passerat.",
  },
  leadMoved: (owner: string, p: PromiseWords, newDeadline: string, note: string | null) =>
    `:information_source: <@${owner}> behöver mer tid: att ${promise(p, "sv")} blir klart ${newDeadline} i stället för ${p.deadline}.${note ? ` Anteckning: ${note}` : ""}`,
  movedByOther: (by: string, p: PromiseWords, newDeadline: string) =>
    `:arrows_counterclockwise: <@${by}> flyttade deadline: att ${promise(p, "sv")} ska vara klart ${newDeadline} i stället för ${p.deadline}.`,
  pingOwner: "Påminn ägaren",
  tellCustomerMyself: "Jag informerar kunden",
  reassign: "Ge till någon annan",
  moveDeadline: "Flytta deadline",
  pinged: (owner: string) => `Jag påminner <@${owner}> strax.`,
  customerInformed: (by: string) => `:speech_balloon: <@${by}> informerar kunden.`,
  reassigned: (owner: string) => `:busts_in_silhouette: Nu är det <@${owner}> som äger löftet.`,
  reassignedToYou: (by: string, p: ReminderWords) =>
    `<@${by}> har gett dig ett löfte: att ${promise(p, "sv")} — senast ${p.deadline} (${p.relative}).`,
  notAllowed: "Bara den som lovat, den som skrev in löftet, ansvarig eller en admin kan ändra det.",
  notOpen: "Det här löftet är redan avslutat.",
  dateMissing: "Välj en dag.",
  inPast: "Välj en tid som inte redan har passerat.",
};

type NudgeMessages = typeof sv;

const en: NudgeMessages = {
  headsUp: (p) => `*Reminder:* you promised to ${promise(p, "en")} — by ${p.deadline} (${p.relative}).`,
  dueSoon: (p) => `*Still on track?* You promised to ${promise(p, "en")} — by ${p.deadline} (${p.relative}).`,
  overdue: (p) => `*The deadline has passed:* you promised to ${promise(p, "en")} — by ${p.deadline} (${p.relative}).`,
  madeIn: (where) => `Promised in ${where}.`,
  done: "Done",
  onTrack: "On track",
  snooze: "Snooze",
  moreTime: "Need more time",
  cantMakeIt: "Can't make it",
  snoozeOptions: { "1h": "1 hour", "3h": "3 hours", tomorrow: "Tomorrow 09:00", nextWorkingDay: "Next working day" },
  answeredDone: (p) => `:white_check_mark: *Done:* ${promise(p, "en")}. Well done — promise kept!`,
  tellCustomer: (customer) => `Don't forget to tell ${customer} it's done. Schedule a follow-up?`,
  followUp: "Schedule follow-up",
  followUpOptions: { "1w": "In 1 week", "2w": "In 2 weeks", "1m": "In 1 month" },
  followUpTask: (customer) => `follow up with ${customer}`,
  followUpBooked: (deadline) => `:calendar: Follow-up scheduled for ${deadline}.`,
  answeredOnTrack: (p) => `:thumbsup: On track: ${promise(p, "en")} — by ${p.deadline}.`,
  answeredSnoozed: (until, p) => `:alarm_clock: Snoozed until ${until}: ${promise(p, "en")} — by ${p.deadline}.`,
  answeredMoreTime: (p) => `:arrows_counterclockwise: New deadline: ${promise(p, "en")} — by ${p.deadline}.`,
  answeredCantMakeIt: (p, lead) =>
    `:warning: You can't ${p.task}${p.customer ? ` for ${p.customer}` : ""} by ${p.deadline}.${lead ? ` I've told <@${lead}>.` : ""} Set a new deadline when you know more.`,
  draftIntro: "A draft for the customer, to copy:",
  draftMoved: (p, newDeadline) =>
    `Hi! A heads-up in good time: we won't manage to ${p.task} by ${p.deadline} as promised, but it will be done by ${newDeadline}. Let us know if this affects your plans.`,
  draftSlipping: (p) =>
    `Hi! A heads-up in good time: we won't manage to ${p.task} by ${p.deadline} as promised. We'll come back with a new time as soon as we can. Let us know if this affects your plans.`,
  moreTimeTitle: "New deadline",
  moveTitle: "Move deadline",
  noteLabel: "Note (optional)",
  dateLabel: "New day",
  timeLabel: "Time",
  save: "Save",
  cancel: "Cancel",
  leadAtRisk: (owner, p, why) =>
    `:rotating_light: *A promise is at risk.* <@${owner}> promised to ${promise(p, "en")} — by ${p.deadline} (${p.relative}). ${why}`,
  why: {
    cant_make_it: "The owner says it can't be done in time.",
    no_answer: "The owner hasn't answered whether it's on track.",
    overdue: "The deadline has passed.",
  },
  leadMoved: (owner, p, newDeadline, note) =>
    `:information_source: <@${owner}> needs more time: to ${promise(p, "en")} will be done by ${newDeadline} instead of ${p.deadline}.${note ? ` Note: ${note}` : ""}`,
  movedByOther: (by, p, newDeadline) =>
    `:arrows_counterclockwise: <@${by}> moved the deadline: to ${promise(p, "en")} is now due ${newDeadline} instead of ${p.deadline}.`,
  pingOwner: "Ping owner",
  tellCustomerMyself: "I'll tell the customer",
  reassign: "Reassign",
  moveDeadline: "Move deadline",
  pinged: (owner) => `I'll remind <@${owner}> shortly.`,
  customerInformed: (by) => `:speech_balloon: <@${by}> is telling the customer.`,
  reassigned: (owner) => `:busts_in_silhouette: <@${owner}> owns this promise now.`,
  reassignedToYou: (by, p) => `<@${by}> gave you a promise: to ${promise(p, "en")} — by ${p.deadline} (${p.relative}).`,
  notAllowed: "Only the person who promised, whoever recorded it, the lead or an admin can change this promise.",
  notOpen: "This promise is already closed.",
  dateMissing: "Pick a day.",
  inPast: "Pick a time that hasn't passed yet.",
};

const DICTIONARIES: Record<Language, NudgeMessages> = { sv, en };

export function nudgeMessages(language: Language): NudgeMessages {
  return DICTIONARIES[language];
}

/** "om 2 timmar", "in 3 days", "för 1 timme sedan": the distance from now, in words. */
export function relativeTime(target: Date, now: Date, language: Language): string {
  const format = new Intl.RelativeTimeFormat(language === "sv" ? "sv" : "en", { numeric: "auto" });
  const minutes = Math.round((target.getTime() - now.getTime()) / 60_000);
  if (Math.abs(minutes) < 90) return format.format(minutes, "minute");
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 36) return format.format(hours, "hour");
  return format.format(Math.round(hours / 24), "day");
}
