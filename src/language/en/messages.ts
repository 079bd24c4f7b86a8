import type { Messages } from "../messages.js";
import type { DraftWords, PromiseWords } from "../promise-words.js";

/** Everything Lofte says in English: the same shape as sv/messages.ts. */

/**
 * The promise in an English sentence, in the words it was written in: "send the report to Acme".
 * A promise written in another language is quoted as written, never woven into English.
 */
const what = (p: PromiseWords) => (p.foreign ? `“${p.said}”` : p.said);
/** "to send the report to Acme", or the quoted words of a promise in another language. */
const toDo = (p: PromiseWords) => (p.foreign ? `“${p.said}”` : `to ${p.said}`);

/**
 * "we promised to send you the report by Friday …, but …", or neutrally "what we promised you by
 * Friday … won't be ready"; once the deadline has passed, said in the past.
 */
const slipping = (d: DraftWords) =>
  d.toYou
    ? `we promised to ${d.toYou} by ${d.deadline}, but ${d.late ? "it isn't done yet" : "we won't make it in time"}`
    : `what we promised you by ${d.deadline} ${d.late ? "isn't ready yet" : "won't be ready in time"}`;

/** "a, b and c". */
const listed = (items: string[], and: string) =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;

/** Slack block quote of what someone typed, so nothing they wrote is lost. */
const quote = (text: string) => `\n>${text.replace(/\n/g, "\n>")}`;
/** Small numbers in words, as English prose writes them ("five years"). */
const inWords = (n: number) =>
  ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"][n] ?? String(n);

export const messages: Messages = {
  dateAtTime: (date, time) => `${date} at ${time}`,
  theMessage: "the message",

  noted: (p) => `Got it: you promise ${toDo(p)} — by ${p.deadline}.`,
  notedFor: (owner, p) => `Got it: <@${owner}> promises ${toDo(p)} — by ${p.deadline}. I've let <@${owner}> know.`,
  ownerTold: (creator, p) =>
    `<@${creator}> recorded a promise in your name: ${toDo(p)} — by ${p.deadline}. Not right? Edit or undo it here.`,
  updated: (p) => `Updated: ${what(p)} — by ${p.deadline}.`,
  undone: (p) => `Undone: the promise ${toDo(p)} is cancelled.`,
  alreadyUndone: "That promise is already cancelled.",
  savedAlready: (task: string) => `That one is saved already: ${task}. You'll find it on the Home tab or with \`/promise list\`.`,
  savedAlreadyKept: (task: string) => `That one is saved already, and done: ${task}.`,
  savedAlreadyStruck: (task: string) =>
    `That one was saved but has been struck since: ${task}. Type it again with \`/promise\` if it should stand.`,
  alreadyKept: "That promise is already done, so I won't strike it: it stays among the done ones.",
  struckBy: (by, p) => `:wastebasket: <@${by}> struck the promise ${toDo(p)} (due ${p.deadline}).`,
  edit: "Edit",
  undo: "Undo",
  save: "Save",
  cancel: "Cancel",
  close: "Close",
  askDeadline: "When will it be done? Pick a day and time and I'll save the promise (nothing is saved yet).",
  alsoPromised: (typed) => `The message promises something more, which I haven't saved yet:\n>${typed}`,
  saveThisToo: "Save this one too",
  impossibleTime: (phrase) =>
    `There is no such time as “${phrase}”, so I haven't saved anything. Pick a day and time and I'll save the promise.`,
  impossibleDate: (phrase) =>
    `There is no such date as “${phrase}”, so I haven't saved anything. Pick a day and time and I'll save the promise.`,
  passedDate: (phrase) =>
    `That time (${phrase}) has already passed, so I haven't saved anything. Pick a new day and time and I'll save the promise.`,
  tooFarDate: (phrase, years) =>
    `${phrase ? `That time (${phrase})` : "That time"} is more than ${inWords(years)} years away, and I don't follow up promises that far ahead, so I haven't saved anything. Pick an earlier day and time and I'll save the promise.`,
  pickDate: "Pick a day",
  pickPerson: "Pick a person",
  repeats: (repeat) => `:repeat: Repeats ${repeat}. The next one is added once this one is done or past.`,
  movedOffDayOff: (day) => `${day} is a day off, so this time it's due the working day before.`,
  countedMoved: (day) => `${day} isn't a working day, so I set the nearest working day.`,
  ownerClock: (owner, deadline, place) => `That's ${deadline} where <@${owner}> is (${place}).`,
  dueOnRedDay: (name) => `Note: that day is a day off (${name}).`,
  dueOffWeek: (weekday) => `Note: that's a ${weekday}, outside the working week.`,
  away: {
    recorded: (from, to) =>
      from === to
        ? `Got it: you're away on ${from}. No reminders that day; what would have reminded you goes to your lead.`
        : `Got it: you're away ${from}–${to}. No reminders meanwhile; what would have reminded you goes to your lead.`,
    recordedSick: "Get well soon! I've noted that you're off sick today: no reminders, and what would have reminded you goes to your lead.",
    dueMeanwhile: "These are due while you're away or just after. Move them or hand them to someone before you go:",
    dueMeanwhileNow: "These are overdue, or due while you're away or just after. Move them or hand them to someone:",
    move: "Move",
    reassign: "Reassign",
    keep: "Keep",
    kept: (task) => `Kept as it is: ${task}. While you're away, your lead gets the reminders.`,
    offer: (status, days) =>
      `Your status says “${status}”. Shall I note that you're away ${days}? You'd get no reminders meanwhile, and what would have reminded you goes to your lead. Other days? Type, for example, \`/promise away Dec 22–Jan 6\`.`,
    offerYes: "Yes, note it",
    offerNo: "No thanks",
    offerDeclined: "OK, I haven't noted anything. Reminders come as usual.",
    leadAhead: (owner, days) =>
      `${owner} is away ${days}. These are still open and due meanwhile or just after; while they're away, you get the reminders. Reassign or move them in time:`,
    ownerLeft: (owner) =>
      `${owner} has left the workspace. These promises are still open and need a new owner: reassign them, or end the series where it shouldn't go on:`,
    nothingDue: "None of your promises is due meanwhile.",
    backwards: "The last day comes before the first, so I haven't saved anything. Try `/promise away Dec 22–Jan 6`.",
    past: "Those days have already gone by, so I haven't saved anything.",
  },
  endSeries: "End series",
  seriesEnded: "Series ended: no more will be added. The ones already there stay.",
  seriesAlreadyEnded: "That series has already ended.",
  whoIsNamed: (name, candidates) =>
    candidates.length === 0
      ? `Who is “${name}”? Pick the person and I'll save the promise (nothing is saved yet).`
      : `Who is “${name}”? ${listed(
          candidates.map((id) => `<@${id}>`),
          "or",
        )}? Pick the right person and I'll save the promise (nothing is saved yet).`,
  pickTime: "Pick a time",
  youWrote: (text) => `You wrote: ${quote(text)}`,
  pastDeadline: (deadline) =>
    `${deadline ? `That time (${deadline}) has already passed` : "That sounds like something that already happened"}, so I haven't saved anything. Say when it will be done, for example: \`/promise I'll send the quote to Acme on Friday\``,
  notACommitment: {
    question: "That sounds like a question rather than a promise, so I haven't saved anything.",
    request: "That sounds like a request to someone else. A promise is written by whoever makes it, or by you with <@name> first.",
    information: "That sounds like information rather than a promise, so I haven't saved anything.",
    absence:
      "That sounds like time away, not a promise. Say which days, for example `/promise away Dec 22–Jan 6`, and what would have reminded you goes to your lead meanwhile.",
    past: "That sounds like something already done, so I haven't saved anything.",
    no_date: "I couldn't find a promise in that.",
    empty: "Say what you promise and by when.",
  },
  example:
    "For example: `/promise I'll send the quote to Acme on Friday` or `/promise <@colleague> will call the customer tomorrow at 2pm`.",
  tooLong: (max) => `That's a bit long for a promise (at most ${max} characters). Shorten it and try again.`,
  taskTooLong: (max) =>
    `What's to be done came out too long to keep track of (at most ${max} characters). Write the promise itself briefly; details can go in the thread.`,
  mistyped: (typed: string) => `“${typed}” looks like a mistyped command, so I haven't saved anything. This is what you can type:`,
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

  notAllowed: "Only the person who promised, whoever recorded it, the lead or an admin can change this promise.",
  notFound: "I can't find that promise any more.",
  conflict: "Someone else changed this promise meanwhile. Open it again and retry.",
  notOpen: "This promise is already closed.",
  deadlinePassed:
    "The deadline for this promise has already passed, so it can't be on track any more. Press Done if it's done, or Need more time to set a new one (with a draft for the customer).",
  struck: "This promise was cancelled, so it can't be changed. Still on? Record it again with `/promise`.",
  failed: "Something went wrong in Lofte and nothing was saved. Please try again in a moment.",
  /** The same signed request a second time (a replay). */
  alreadyReceived: "This command was already received; nothing new was saved.",
  busy: "Lofte is very busy right now and saved nothing. Please try again in a moment.",

  form: {
    editTitle: "Edit promise",
    trackTitle: "Track as promise",
    ownMessage:
      "This message comes from Lofte itself, so the promise it is about is already saved. You will find it on the Home tab or with `/promise list`.",
    ownerLabel: "Who promises",
    taskLabel: "What",
    customerLabel: "Customer",
    customerHint: "The company you made the promise to, e.g. Volvo",
    dateLabel: "Due (day)",
    timeLabel: "Time",
    timeLabelIn: (place: string) => `Time (${place} time)`,
    leadLabel: "Lead",
    repeatLabel: "Repeats",
    repeatHint: "For example “every Friday” or “every other Monday”. Applies from the next time. Clear it to end the series.",
    repeatUnreadable: "I can't tell how it repeats. Write, for example, “every Friday” or “first Monday of every month”.",
    moreTimeTitle: "New deadline",
    moveTitle: "Move deadline",
    newDateLabel: "New day",
    noteLabel: "Note",
    dateMissing: "Pick a day.",
    timeMissing: "Pick a time.",
    unchanged: (deadline) => `That's the same time as now, ${deadline}. Pick a new one.`,
    deadlineInPast: "Pick a time that hasn't passed yet.",
    deadlineTooFar: (years) => `Pick a day within the next ${inWords(years)} years.`,
    taskMissing: "Say what will be done.",
    customerTooLong: (max) => `Keep the customer's name to ${max} characters.`,
    ownerMissing: "Pick who promises.",
  },

  lists: {
    mine: "*Your open promises*",
    team: (channel) => `*Open promises in <#${channel}>*`,
    customer: (customer) => `*Promises to ${customer}* (open, and done in the last 30 days)`,
    empty: "No open promises here. :sparkles:",
    person: (user) => `*<@${user}>'s open promises*`,
    showing: (from, to, total) => `Showing ${from}–${to} of ${total}.`,
    noMore: "Nothing more here.",
    previous: "Previous",
    showMore: "Show more",
    usage:
      "`/promise list` — your open promises · `/promise list @colleague` — a colleague's · `/promise team` (or `list all`) — this channel's · `/promise customer Acme` — everything for a customer",
    nobodyNamed: (name) => `I can't find anyone called “${name}”. Type \`/promise list @name\` and Slack picks the right person.`,
    severalNamed: (name, users) =>
      `Several people are called “${name}”: ${users.map((u) => `<@${u}>`).join(", ")}. Type \`/promise list @name\` for the one you mean.`,
    overdue: "overdue",
    atRisk: "won't make it in time",
    kept: "kept",
    doneLate: "done after the deadline",
    done: "Done",
    snooze1h: "Snooze 1 hour",
    snoozeNextWorkingDay: "Snooze until next working day",
    customerMissing: "Name the customer: `/promise customer Acme`.",
  },

  reminders: {
    headsUp: (p) => `*Reminder:* you promised ${toDo(p)} — by ${p.deadline} (${p.relative}).`,
    dueSoon: (p) => `*Still on track?* You promised ${toDo(p)} — by ${p.deadline} (${p.relative}).`,
    overdue: (p) => `*The deadline has passed:* you promised ${toDo(p)} — by ${p.deadline} (${p.relative}).`,
    madeIn: (where) => `Promised in ${where}.`,
    askedBy: (lead) => `<@${lead}> asked me to check with you.`,
    done: "Done",
    onTrack: "On track",
    snooze: "Snooze",
    moreTime: "Need more time",
    cantMakeIt: "Can't make it",
    snoozeOptions: { "1h": "1 hour", "3h": "3 hours", tomorrow: "Tomorrow 09:00", nextWorkingDay: "Next working day" },
    answeredDone: (p, late = false) =>
      late
        ? `:white_check_mark: *Done:* ${what(p)}. Later than promised (${p.deadline}), but it's done now.`
        : `:white_check_mark: *Done:* ${what(p)}. Well done — promise kept!`,
    tellCustomer: (customer) => `Don't forget to tell ${customer} it's done. Schedule a follow-up?`,
    followUpOptions: { "1w": "In 1 week", "2w": "In 2 weeks", "1m": "In 1 month" },
    followUpTask: (customer) => `follow up with ${customer}`,
    followUpBooked: (deadline) => `:calendar: Follow-up scheduled for ${deadline}.`,
    answeredOnTrack: (p) => `:thumbsup: On track: ${what(p)} — by ${p.deadline}.`,
    answeredSnoozed: (until, p) => `:alarm_clock: Snoozed until ${until}: ${what(p)} — by ${p.deadline}.`,
    answeredMoreTime: (p) => `:arrows_counterclockwise: New deadline: ${what(p)} — by ${p.deadline}.`,
    answeredCantMakeIt: (p, lead) =>
      `:warning: Understood: you can't ${what(p)} in time (due ${p.deadline}).${lead ? ` I've told <@${lead}>.` : ""} Set a new deadline when you know more.`,
    draftIntro: "A draft for the customer, to copy:",
    draftIntroIn: (place) => `A draft for the customer, to copy (times in ${place}, where the promise was made):`,
    draftMoved: (d, newDeadline) =>
      `Hi! A heads-up straight away: ${slipping(d)}. It will be done by ${newDeadline} instead. Let us know if this affects your plans.`,
    draftSlipping: (d) =>
      `Hi! A heads-up straight away: ${slipping(d)}. We'll come back with a new time as soon as we can. Let us know if this affects your plans.`,
    leadAtRisk: (owner, p, why, late = false) =>
      `:rotating_light: *${late ? "A promise is past its deadline." : "A promise is at risk."}* <@${owner}> promised ${toDo(p)} — by ${p.deadline} (${p.relative}). ${why}`,
    why: {
      cant_make_it: "The owner says it can't be done in time.",
      no_answer: "The owner hasn't answered whether it's on track.",
      overdue: "It hasn't been marked done.",
      owner_away: "The owner is away, so what would have reminded them comes to you.",
    },
    leadMoved: (owner, p, newDeadline, note) =>
      `:information_source: <@${owner}> needs more time: ${what(p)} will be done by ${newDeadline} instead of ${p.deadline}.${note ? ` Note: ${note}` : ""}`,
    movedByOther: (by, p, newDeadline, note) =>
      `:arrows_counterclockwise: <@${by}> moved the deadline: ${what(p)} is now due ${newDeadline} instead of ${p.deadline}.${note ? ` Note: ${note}` : ""}`,
    pingOwner: "Ping owner",
    tellCustomerMyself: "I'll tell the customer",
    reassign: "Reassign",
    moveDeadline: "Move deadline",
    pinged: (owner) => `I'll remind <@${owner}> shortly.`,
    alertSettled: {
      done: (owner, p) => `:white_check_mark: Done: <@${owner}> kept the promise ${toDo(p)}.`,
      moved: (owner, p) => `:arrows_counterclockwise: New deadline: <@${owner}> promised ${toDo(p)} — by ${p.deadline}.`,
      struck: (owner, p) => `:wastebasket: Cancelled: the promise ${toDo(p)} (<@${owner}>) no longer stands.`,
      reassigned: (owner, p) => `:busts_in_silhouette: <@${owner}> now owns the promise ${toDo(p)} (by ${p.deadline}).`,
    },
    customerInformed: (by, owner, p) =>
      `:speech_balloon: <@${by}> is telling the customer: <@${owner}> promised ${toDo(p)} — by ${p.deadline}.`,
    customerInformedByLead: (by, p) =>
      `:speech_balloon: <@${by}> is telling the customer about your promise ${toDo(p)} (by ${p.deadline}), so you don't need to.`,
    reassigned: (owner, p) => `:busts_in_silhouette: <@${owner}> owns the promise ${toDo(p)} (by ${p.deadline}) now.`,
    reassignedToYou: (by, p) => `<@${by}> gave you a promise: ${toDo(p)} — by ${p.deadline} (${p.relative}).`,
    reassignedAway: (by, owner, p) =>
      `<@${by}> gave <@${owner}> your promise ${toDo(p)} (by ${p.deadline}). You won't get reminders about it any more.`,
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
    more: (n, channel) => `+${n} more — \`/promise team\` in <#${channel}> shows them all`,
    on: (weekday, time, channel) => `The weekly digest comes on ${weekday}s at ${time} in <#${channel}>.`,
    off: (channel) => `No more weekly digest in <#${channel}>.`,
    posted: "The digest is posted in the channel.",
    justPosted: "The digest was posted just now. Ask again in a minute.",
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
    timeZone: "Time zone (a city such as Stockholm, or Europe/Stockholm)",
    deadlineTime: "Time of day when only a day is given",
    workingDays: "Working days",
    workStart: "Working day starts",
    workEnd: "Working day ends",
    redDays: "Public holidays",
    noRedDays: "None, we work every day",
    eves: "Eves",
    evesOff: "Eves are days off (in Sweden: Midsummer, Christmas and New Year's Eve)",
    evesAreOff: (eves) => `eves off: ${eves}`,
    evesAreWorked: (eves) => `eves worked: ${eves}`,
    defaultLead: "Lead for the whole workspace",
    channelLead: "Lead for this channel",
    digest: "Weekly digest",
    digestOn: "Post a digest every week",
    digestDay: "Day",
    digestTime: "Time",
    suggestions: "Suggestions",
    on: "on",
    off: "off",
    suggestionsOn: "Offer to track promises written in this channel",
    partlyReadOnly: "You can change this channel's settings. Admins and the workspace's lead change the workspace's:",
    saved: ":white_check_mark: Saved. This is how things are set now:",
    readOnly: "Only admins and leads can change settings. This is how they are now:",
    badTimeZone: "Write a city such as Stockholm, or a time zone such as Europe/Stockholm.",
    badHours: "The working day must end after it starts.",
    noDays: "Pick at least one working day.",
    badCountry: "Pick a country from the list.",
    notAllowed: "Only admins and leads can change settings.",
    onlyThese: (channelLead, workspaceLead) =>
      `Only ${listed([...(channelLead ? [`<@${channelLead}> (the channel's lead)`] : []), ...(workspaceLead ? [`<@${workspaceLead}> (the workspace lead)`] : []), "admins"], "and")} can change this.`,
    defaultLeadNotAllowed: "Only admins and the workspace's lead can change the workspace's settings.",
  },

  export: {
    started: "I'm putting the export together and will send it as CSV files in a DM shortly.",
    notAllowed: "Only workspace admins can export every promise.",
    usage: "`/promise export` — every promise and its history as CSV files in a DM (for admins).",
    comment: (promises, events) => `Here is the export: ${promises} promises and ${events} events of history.`,
    failed: "The export could not be made. Please try again in a moment.",
  },

  home: {
    title: "Lofte — keep what you promise",
    mine: "*My open promises*",
    atRisk: "*At risk, where I am the lead*",
    kept: "*Done in the last 14 days*",
    none: "Nothing here right now.",
    newPromise: "New promise",
    sickToday: "Off sick today",
    backToday: "I'm back",
    awayNow: (to) => `:palm_tree: You're away until ${to} inclusive. Meanwhile, your lead gets the reminders instead of you.`,
    awayLater: (from, to) => (from === to ? `:palm_tree: You're off on ${from}.` : `:palm_tree: You're off ${from}–${to}.`),
    welcomeBack: "Welcome back! Reminders come to you again from now on.",
    notAway: "You're not away today, so nothing needed changing.",
  },
};
