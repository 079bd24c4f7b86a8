import type { Language } from "./language.js";
import { asMrkdwnText } from "./slack-markup.js";

/**
 * Every word Lofte says to people, in Swedish and English. Builders pick a dictionary with
 * `messages(language)`; nothing user-facing is written anywhere else.
 */

export interface PromiseWords {
  task: string;
  customer: string | null;
  deadline: string;
}

const sv = {
  noted: (p: PromiseWords) => `Noterat: du lovar att ${describePromise(p, "sv")} — senast ${p.deadline}.`,
  notedFor: (owner: string, p: PromiseWords) =>
    `Noterat: <@${owner}> lovar att ${describePromise(p, "sv")} — senast ${p.deadline}. Jag har sagt till <@${owner}>.`,
  ownerTold: (creator: string, p: PromiseWords) =>
    `<@${creator}> har noterat ett löfte i ditt namn: att ${describePromise(p, "sv")} — senast ${p.deadline}. Stämmer det inte? Ändra eller ångra här.`,
  updated: (p: PromiseWords) => `Uppdaterat: att ${describePromise(p, "sv")} — senast ${p.deadline}.`,
  undone: (task: string) => `Ångrat: löftet att ${task} är struket.`,
  alreadyUndone: "Det löftet är redan struket.",
  edit: "Ändra",
  undo: "Ångra",
  save: "Spara",
  cancel: "Avbryt",
  askDeadline: "När ska det vara klart? Välj dag och tid så sparar jag löftet (inget är sparat än).",
  pickDate: "Välj dag",
  pickTime: "Välj tid",
  youWrote: (text: string) => `Du skrev: ${quote(text)}`,
  pastDeadline: (deadline: string | null) =>
    `${deadline ? `Den tiden (${deadline}) har redan passerat` : "Det där låter som något som redan har hänt"}, så jag har inte sparat något. Skriv när det ska vara klart, till exempel: \`/lofte jag skickar offerten till Acme på fredag\``,
  notACommitment: {
    question: "Det där låter som en fråga, inte ett löfte, så jag har inte sparat något.",
    request: "Det där låter som en fråga till någon annan. Ett löfte skriver den som lovar, eller du med <@namn> först.",
    information: "Det där låter som information snarare än ett löfte, så jag har inte sparat något.",
    past: "Det där låter som något som redan är gjort, så jag har inte sparat något.",
    no_date: "Jag hittade inget löfte i det där.",
    empty: "Skriv vad du lovar och till när.",
  },
  example: "Till exempel: `/lofte jag skickar offerten till Acme på fredag` eller `/lofte <@kollega> ringer kunden i morgon kl 14`.",
  tooLong: (max: number) => `Det är lite för långt för ett löfte (högst ${max} tecken). Korta ner det och försök igen.`,
  help: [
    "*Lofte håller koll på det ni lovar era kunder.*",
    "• `/lofte jag skickar offerten till Acme på fredag` — notera ett löfte",
    "• `/lofte <@kollega> ringer kunden i morgon kl 14` — notera ett löfte åt en kollega (hen får veta det)",
    "• `/lofte lista` — dina öppna löften · `/lofte team` — kanalens · `/lofte kund Acme` — allt mot en kund",
    "• `/lofte digest på [måndag 09:00]` / `av` / `nu` — veckosammanfattning i kanalen",
    "• `/lofte förslag på` / `av` — erbjud att spåra löften som skrivs i kanalen",
    "• `/lofte inställningar` — språk, tidszon, arbetstider, ansvariga, sammanfattning",
    "• `/lofte export` — alla löften och deras historik som CSV (för admins)",
    "• `/lofte hjälp` — visa det här",
    "Skriv gärna dag och tid: _på fredag_, _i morgon kl 14_, _senast 15 mars_, _nästa vecka_.",
  ].join("\n"),
  lists: {
    mine: "*Dina öppna löften*",
    team: (channel: string) => `*Öppna löften i <#${channel}>*`,
    customer: (customer: string) => `*Löften till ${customer}* (öppna och hållna senaste 30 dagarna)`,
    empty: "Inga öppna löften här. :sparkles:",
    more: (n: number) => `+${n} till — se Lofte-fliken i Slack.`,
    overdue: "försenat",
    kept: "hållet",
    done: "Klar",
    snooze1h: "Snooza 1 timme",
    snoozeTomorrow: "Snooza till i morgon 09:00",
    snoozeNextWorkingDay: "Snooza till nästa arbetsdag",
    customerMissing: "Skriv kundens namn: `/lofte kund Acme`.",
  },
  digest: {
    headline: (channel: string, open: number, thisWeek: number, overdue: number) =>
      `*Veckans löften i <#${channel}>* — ${open} öppna · ${thisWeek} denna vecka · ${overdue} försenade`,
    keptOnTime: (kept: number, due: number, percent: number) => `Hållna i tid förra veckan: ${kept}/${due} (${percent} %)`,
    noneDueLastWeek: "Inga löften hade deadline förra veckan.",
    overdue: "*:red_circle: Försenade*",
    atRisk: "*:warning: I fara*",
    thisWeek: "*:calendar: Denna vecka*",
    kept: "*:white_check_mark: Hållna förra veckan*",
    new: "*:new: Nya denna vecka*",
    more: (n: number) => `+${n} till — se Lofte-fliken i Slack`,
    on: (weekday: string, time: string, channel: string) => `Veckosammanfattningen kommer på ${weekday}ar kl ${time} i <#${channel}>.`,
    off: (channel: string) => `Ingen veckosammanfattning i <#${channel}> längre.`,
    posted: "Sammanfattningen är postad i kanalen.",
    notInChannel: "Jag är inte med i kanalen. Bjud in mig först (`/invite @Lofte`), så kan jag posta där.",
    usage: "`/lofte digest på [måndag 09:00]`, `/lofte digest av` eller `/lofte digest nu`.",
    weekdays: ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
  },
  suggestions: {
    offer: "Vill du att jag håller koll på det här?",
    track: "Spåra",
    noThanks: "Nej tack",
    on: (channel: string) =>
      `Jag föreslår att spåra löften i <#${channel}> — bara för den som skrev, och bara när det låter som ett löfte med deadline.`,
    off: (channel: string) => `Inga fler förslag i <#${channel}>.`,
    usage: "`/lofte förslag på` eller `/lofte förslag av`.",
  },
  settings: {
    title: "Inställningar",
    workspace: "*Arbetsplatsen*",
    channel: (channel: string) => `*Kanalen <#${channel}>*`,
    language: "Språk",
    timeZone: "Tidszon (t.ex. Europe/Stockholm)",
    deadlineTime: "Tid när en dag saknar klockslag",
    workingDays: "Arbetsdagar",
    workStart: "Arbetsdagen börjar",
    workEnd: "Arbetsdagen slutar",
    defaultLead: "Ansvarig för hela arbetsplatsen",
    channelLead: "Ansvarig för kanalen",
    digest: "Veckosammanfattning",
    digestOn: "Posta en sammanfattning varje vecka",
    digestDay: "Dag",
    digestTime: "Tid",
    suggestions: "Förslag",
    suggestionsOn: "Erbjud att spåra löften som skrivs i kanalen",
    readOnly: "Bara admins och ansvariga kan ändra inställningarna. Så här ser de ut nu:",
    badTimeZone: "Skriv en tidszon som Europe/Stockholm.",
    badHours: "Arbetsdagen måste sluta efter att den börjar.",
    noDays: "Välj minst en arbetsdag.",
    saved: "Inställningarna är sparade.",
    notAllowed: "Bara admins och ansvariga kan ändra inställningarna.",
    defaultLeadNotAllowed: "Bara admins och arbetsplatsens ansvarig kan välja ansvarig för hela arbetsplatsen.",
  },
  export: {
    started: "Jag tar fram exporten och skickar den som CSV-filer i ett DM om en liten stund.",
    notAllowed: "Bara workspace-admins kan exportera alla löften.",
    comment: (promises: number, events: number) => `Här är exporten: ${promises} löften och ${events} händelser i historiken.`,
    failed: "Exporten gick inte att skapa. Försök igen om en stund.",
  },
  home: {
    title: "Lofte — håll vad ni lovar",
    mine: "*Mina öppna löften*",
    atRisk: "*I fara, där jag är ansvarig*",
    kept: "*Hållna senaste 14 dagarna*",
    none: "Inget här just nu.",
    newPromise: "Nytt löfte",
  },
  modalTitle: "Ändra löfte",
  trackTitle: "Spåra som löfte",
  deadlineModalTitle: "Nytt löfte",
  ownerLabel: "Vem lovar",
  taskLabel: "Vad",
  customerLabel: "Kund",
  customerHint: "Valfritt",
  dateLabel: "Senast (dag)",
  timeLabel: "Tid",
  leadLabel: "Ansvarig (teamledare)",
  notAllowed: "Bara den som lovat, den som skrev in löftet, ansvarig eller en admin kan ändra det.",
  notFound: "Jag hittar inte det löftet längre.",
  conflict: "Någon annan ändrade löftet under tiden. Öppna det igen och försök på nytt.",
  failed: "Något gick fel hos Lofte och inget sparades. Försök igen om en stund.",
  busy: "Lofte har väldigt mycket att göra just nu och sparade inget. Försök igen om en liten stund.",
  dateMissing: "Välj en dag.",
  deadlineInPastField: "Välj en tid som inte redan har passerat.",
  taskMissing: "Skriv vad som ska göras.",
  customerTooLong: (max: number) => `Skriv kundens namn med högst ${max} tecken.`,
  ownerMissing: "Välj vem som lovar.",
};

type Messages = typeof sv;

const en: Messages = {
  noted: (p) => `Got it: you promise to ${describePromise(p, "en")} — by ${p.deadline}.`,
  notedFor: (owner, p) => `Got it: <@${owner}> promises to ${describePromise(p, "en")} — by ${p.deadline}. I've let <@${owner}> know.`,
  ownerTold: (creator, p) =>
    `<@${creator}> recorded a promise in your name: to ${describePromise(p, "en")} — by ${p.deadline}. Not right? Edit or undo it here.`,
  updated: (p) => `Updated: to ${describePromise(p, "en")} — by ${p.deadline}.`,
  undone: (task) => `Undone: the promise to ${task} is cancelled.`,
  alreadyUndone: "That promise is already cancelled.",
  edit: "Edit",
  undo: "Undo",
  save: "Save",
  cancel: "Cancel",
  askDeadline: "When will it be done? Pick a day and time and I'll save the promise (nothing is saved yet).",
  pickDate: "Pick a day",
  pickTime: "Pick a time",
  youWrote: (text) => `You wrote: ${quote(text)}`,
  pastDeadline: (deadline) =>
    `${deadline ? `That time (${deadline}) has already passed` : "That sounds like something that already happened"}, so I haven't saved anything. Say when it will be done, for example: \`/promise I'll send the quote to Acme on Friday\``,
  notACommitment: {
    question: "That sounds like a question rather than a promise, so I haven't saved anything.",
    request: "That sounds like a request to someone else. A promise is written by whoever makes it, or by you with <@name> first.",
    information: "That sounds like information rather than a promise, so I haven't saved anything.",
    past: "That sounds like something already done, so I haven't saved anything.",
    no_date: "I couldn't find a promise in that.",
    empty: "Say what you promise and by when.",
  },
  example:
    "For example: `/promise I'll send the quote to Acme on Friday` or `/promise <@colleague> will call the customer tomorrow at 2pm`.",
  tooLong: (max) => `That's a bit long for a promise (at most ${max} characters). Shorten it and try again.`,
  help: [
    "*Lofte keeps track of what your team promises customers.*",
    "• `/promise I'll send the quote to Acme on Friday` — record a promise",
    "• `/promise <@colleague> will call the customer tomorrow at 2pm` — record one for a colleague (they are told)",
    "• `/promise list` — your open promises · `/promise team` — this channel's · `/promise customer Acme` — all towards a customer",
    "• `/promise digest on [monday 09:00]` / `off` / `now` — a weekly digest in this channel",
    "• `/promise suggest on` / `off` — offer to track promises written in this channel",
    "• `/promise settings` — language, time zone, working hours, leads, digest",
    "• `/promise export` — every promise and its history as CSV (admins)",
    "• `/promise help` — show this",
    "Say a day and a time: _on Friday_, _tomorrow at 2pm_, _by 15 March_, _next week_.",
  ].join("\n"),
  lists: {
    mine: "*Your open promises*",
    team: (channel) => `*Open promises in <#${channel}>*`,
    customer: (customer) => `*Promises to ${customer}* (open, and kept in the last 30 days)`,
    empty: "No open promises here. :sparkles:",
    more: (n) => `+${n} more — see Lofte's tab in Slack.`,
    overdue: "overdue",
    kept: "kept",
    done: "Done",
    snooze1h: "Snooze 1 hour",
    snoozeTomorrow: "Snooze until tomorrow 09:00",
    snoozeNextWorkingDay: "Snooze until next working day",
    customerMissing: "Name the customer: `/promise customer Acme`.",
  },
  digest: {
    headline: (channel, open, thisWeek, overdue) =>
      `*This week's promises in <#${channel}>* — ${open} open · ${thisWeek} due this week · ${overdue} overdue`,
    keptOnTime: (kept, due, percent) => `Kept on time last week: ${kept}/${due} (${percent}%)`,
    noneDueLastWeek: "No promises were due last week.",
    overdue: "*:red_circle: Overdue*",
    atRisk: "*:warning: At risk*",
    thisWeek: "*:calendar: Due this week*",
    kept: "*:white_check_mark: Kept last week*",
    new: "*:new: New this week*",
    more: (n) => `+${n} more — see Lofte's tab in Slack`,
    on: (weekday, time, channel) => `The weekly digest comes on ${weekday}s at ${time} in <#${channel}>.`,
    off: (channel) => `No more weekly digest in <#${channel}>.`,
    posted: "The digest is posted in the channel.",
    notInChannel: "I'm not in this channel. Invite me first (`/invite @Lofte`) and I can post here.",
    usage: "`/promise digest on [monday 09:00]`, `/promise digest off` or `/promise digest now`.",
    weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  },
  suggestions: {
    offer: "Want me to keep track of this?",
    track: "Track",
    noThanks: "No thanks",
    on: (channel) =>
      `I'll offer to track promises in <#${channel}> — only to whoever wrote them, and only when it reads like a promise with a deadline.`,
    off: (channel) => `No more suggestions in <#${channel}>.`,
    usage: "`/promise suggest on` or `/promise suggest off`.",
  },
  settings: {
    title: "Settings",
    workspace: "*Workspace*",
    channel: (channel) => `*Channel <#${channel}>*`,
    language: "Language",
    timeZone: "Time zone (e.g. Europe/Stockholm)",
    deadlineTime: "Time when a day has no time",
    workingDays: "Working days",
    workStart: "Working day starts",
    workEnd: "Working day ends",
    defaultLead: "Lead for the whole workspace",
    channelLead: "Lead for this channel",
    digest: "Weekly digest",
    digestOn: "Post a digest every week",
    digestDay: "Day",
    digestTime: "Time",
    suggestions: "Suggestions",
    suggestionsOn: "Offer to track promises written in this channel",
    readOnly: "Only admins and leads can change settings. This is how they are now:",
    badTimeZone: "Write a time zone such as Europe/Stockholm.",
    badHours: "The working day must end after it starts.",
    noDays: "Pick at least one working day.",
    saved: "Settings saved.",
    notAllowed: "Only admins and leads can change settings.",
    defaultLeadNotAllowed: "Only admins and the workspace's lead can choose the lead for the whole workspace.",
  },
  export: {
    started: "I'm putting the export together and will send it as CSV files in a DM shortly.",
    notAllowed: "Only workspace admins can export every promise.",
    comment: (promises, events) => `Here is the export: ${promises} promises and ${events} events of history.`,
    failed: "The export could not be made. Please try again in a moment.",
  },
  home: {
    title: "Lofte — keep what you promise",
    mine: "*My open promises*",
    atRisk: "*At risk, where I am the lead*",
    kept: "*Kept in the last 14 days*",
    none: "Nothing here right now.",
    newPromise: "New promise",
  },
  modalTitle: "Edit promise",
  trackTitle: "Track as promise",
  deadlineModalTitle: "New promise",
  ownerLabel: "Who promises",
  taskLabel: "What",
  customerLabel: "Customer",
  customerHint: "Optional",
  dateLabel: "Due (day)",
  timeLabel: "Time",
  leadLabel: "Lead",
  notAllowed: "Only the person who promised, whoever recorded it, the lead or an admin can change this promise.",
  notFound: "I can't find that promise any more.",
  conflict: "Someone else changed this promise meanwhile. Open it again and retry.",
  failed: "Something went wrong in Lofte and nothing was saved. Please try again in a moment.",
  busy: "Lofte is very busy right now and saved nothing. Please try again in a moment.",
  dateMissing: "Pick a day.",
  deadlineInPastField: "Pick a time that hasn't passed yet.",
  taskMissing: "Say what will be done.",
  customerTooLong: (max) => `Keep the customer's name to ${max} characters.`,
  ownerMissing: "Pick who promises.",
};

const DICTIONARIES: Record<Language, Messages> = { sv, en };

export function messages(language: Language): Messages {
  return DICTIONARIES[language];
}

/** "skicka offerten till Acme", "send the report for Acme": the words people wrote, as text. */
export function describePromise(p: PromiseWords, language: Language): string {
  const task = asMrkdwnText(p.task);
  if (!p.customer) return task;
  const customer = asMrkdwnText(p.customer);
  return language === "sv" ? `${task} till ${customer}` : `${task} for ${customer}`;
}

/** Slack block quote of what someone typed, so nothing they wrote is lost. */
function quote(text: string): string {
  return `\n>${text.replace(/\n/g, "\n>")}`;
}
