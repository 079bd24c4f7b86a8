import type { DraftWords, PromiseWords, ReminderWords } from "../promise-words.js";

/**
 * Everything Lofte says in Swedish. The English dictionary (en/messages.ts) has the same shape;
 * nothing user-facing is written anywhere else. Arguments that are someone's text (a task, a
 * customer, a note) arrive escaped for Slack already (slackText in slack-markup.ts).
 */

/**
 * The promise in a Swedish sentence, in the words it was written in: "skicka offerten till Acme".
 * A promise written in another language is quoted as written, never woven into Swedish.
 */
const what = (p: PromiseWords) => (p.foreign ? `”${p.said}”` : p.said);
/** "att skicka offerten till Acme", or the quoted words of a promise in another language. */
const toDo = (p: PromiseWords) => (p.foreign ? `”${p.said}”` : `att ${p.said}`);

/**
 * "vi lovade att skicka offerten till er senast fredag …, men …", or neutrally "det vi lovade er
 * senast fredag … blir inte klart"; once the deadline has passed, said in the past.
 */
const slipping = (d: DraftWords) =>
  d.toYou
    ? `vi lovade att ${d.toYou} senast ${d.deadline}, men det ${d.late ? "har vi tyvärr inte hunnit" : "hinner vi tyvärr inte"}`
    : `det vi lovade er senast ${d.deadline} ${d.late ? "är tyvärr inte klart än" : "blir tyvärr inte klart i tid"}`;

/** "a, b och c". */
const listed = (items: string[], and: string) =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;

/** Slack block quote of what someone typed, so nothing they wrote is lost. */
const quote = (text: string) => `\n>${text.replace(/\n/g, "\n>")}`;
/** Small numbers in words, as Swedish prose writes them ("fem år"). */
const inWords = (n: number) =>
  ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"][n] ?? String(n);

export const messages = {
  /** "fredag 27 november" + "17:00". */
  dateAtTime: (date: string, time: string) => `${date} kl ${time}`,
  /** A link to the message a promise was made in. */
  theMessage: "meddelandet",

  noted: (p: PromiseWords) => `Noterat: du lovar ${toDo(p)} — senast ${p.deadline}.`,
  notedFor: (owner: string, p: PromiseWords) =>
    `Noterat: <@${owner}> lovar ${toDo(p)} — senast ${p.deadline}. Jag har sagt till <@${owner}>.`,
  ownerTold: (creator: string, p: PromiseWords) =>
    `<@${creator}> har noterat ett löfte i ditt namn: ${toDo(p)} — senast ${p.deadline}. Stämmer det inte? Ändra eller ångra här.`,
  updated: (p: PromiseWords) => `Uppdaterat: ${what(p)} — senast ${p.deadline}.`,
  undone: (p: PromiseWords) => `Ångrat: löftet ${toDo(p)} är struket.`,
  alreadyUndone: "Det löftet är redan struket.",
  savedAlready: (task: string) => `Det är redan sparat: ${task}. Du hittar det på Hem-fliken eller med \`/lofte lista\`.`,
  /** Saved once already, and since then kept or struck: where it is now. */
  savedAlreadyKept: (task: string) => `Det är redan sparat, och klart: ${task}.`,
  savedAlreadyStruck: (task: string) =>
    `Det sparades redan men har strukits sedan: ${task}. Skriv det igen med \`/lofte\` om det ska gälla.`,
  alreadyKept: "Det löftet är redan klart, så jag stryker det inte: det ligger kvar bland de klara.",
  struckBy: (by: string, p: PromiseWords) => `:wastebasket: <@${by}> har strukit löftet ${toDo(p)} (senast ${p.deadline}).`,
  edit: "Ändra",
  undo: "Ångra",
  save: "Spara",
  cancel: "Avbryt",
  close: "Stäng",
  askDeadline: "När ska det vara klart? Välj dag och tid så sparar jag löftet (inget är sparat än).",
  /** Another promise in the same message, quoted, to save on its own. */
  alsoPromised: (typed: string) => `Meddelandet lovar också något mer, som jag inte har sparat än:\n>${typed}`,
  saveThisToo: "Spara även detta",
  /** "kl 25", "13pm": the time as written, asked about again. */
  impossibleTime: (phrase: string) =>
    `Klockslaget i ”${phrase}” finns inte, så jag har inte sparat något. Välj dag och tid så sparar jag löftet.`,
  /** "31 februari": the date as written, asked about again. */
  impossibleDate: (phrase: string) =>
    `Datumet ”${phrase}” finns inte, så jag har inte sparat något. Välj dag och tid så sparar jag löftet.`,
  /** A date that went by lately ("1 december" on the 6th): named, and a new one asked for. */
  passedDate: (phrase: string) =>
    `Den tiden (${phrase}) har redan passerat, så jag har inte sparat något. Välj en ny dag och tid så sparar jag löftet.`,
  /** "31 december 2062": further ahead than Lofte follows up, named, and a nearer day asked for. */
  tooFarDate: (phrase: string | null, years: number) =>
    `${phrase ? `Den tiden (${phrase})` : "Den tiden"} ligger mer än ${inWords(years)} år fram i tiden, och så långt fram följer jag inte upp löften. Jag har inte sparat något – välj en närmare dag och tid så sparar jag löftet.`,
  pickDate: "Välj dag",
  pickPerson: "Välj person",
  repeats: (repeat: string) => `:repeat: Upprepas ${repeat}. Nästa gång läggs in när den här är klar eller har passerat.`,
  movedOffDayOff: (day: string) => `${day} är en ledig dag, så den här gången gäller arbetsdagen före.`,
  countedMoved: (day: string) => `${day} är ingen arbetsdag, så jag satte närmaste arbetsdag.`,
  ownerClock: (owner: string, deadline: string, place: string) => `Det är ${deadline} där <@${owner}> är (${place}).`,
  dueOnRedDay: (name: string) => `Obs: den dagen är ledig (${name}).`,
  dueOffWeek: (weekday: string) => `Obs: det är en ${weekday}, utanför arbetsveckan.`,
  away: {
    recorded: (from: string, to: string) =>
      from === to
        ? `Noterat: du är ledig ${from}. Du får inga påminnelser den dagen; det som skulle ha påmint dig går till din teamledare.`
        : `Noterat: du är ledig ${from}–${to}. Under tiden får du inga påminnelser; det som skulle ha påmint dig går till din teamledare.`,
    recordedSick:
      "Krya på dig! Jag har noterat att du är sjuk i dag: du får inga påminnelser, och det som skulle ha påmint dig går till din teamledare.",
    dueMeanwhile: "Det här ska vara klart under tiden eller strax efter. Flytta det eller ge det till någon annan innan du går:",
    /** The time away has begun (off sick today): no "before you go". */
    dueMeanwhileNow: "Det här är försenat eller ska vara klart under tiden eller strax efter. Flytta det eller ge det till någon annan:",
    nothingDue: "Inget av dina löften har deadline under tiden.",
    move: "Flytta",
    reassign: "Ge till någon annan",
    keep: "Behåll",
    kept: (task: string) => `Behålls som det är: ${task}. Medan du är borta får din teamledare påminnelserna.`,
    /** Offered on a Slack status that says away ("Semester"); nothing is recorded without a yes. */
    offer: (status: string, days: string) =>
      `Din status säger ”${status}”. Ska jag notera att du är borta ${days}? Då får du inga påminnelser under tiden, och det som skulle ha påmint dig går till din teamledare. Andra dagar? Skriv till exempel \`/lofte ledig 22 dec–6 jan\`.`,
    offerYes: "Ja, notera det",
    offerNo: "Nej tack",
    offerDeclined: "Okej, jag har inte noterat något. Påminnelserna kommer som vanligt.",
    /** To a lead, two working days before an owner's time away. */
    leadAhead: (owner: string, days: string) =>
      `${owner} är ledig ${days}. Det här är fortfarande öppet och ska vara klart under tiden eller strax efter; under ledigheten får du påminnelserna. Ge det till någon annan eller flytta det i tid:`,
    /** To a lead, when an owner has left the workspace. */
    ownerLeft: (owner: string) =>
      `${owner} har lämnat arbetsytan. De här löftena är fortfarande öppna och behöver en ny ägare; ge dem till någon annan, eller avsluta serien där den inte ska fortsätta:`,
    backwards: "Sista dagen kommer före den första, så jag har inte sparat något. Skriv till exempel `/lofte ledig 22 dec–6 jan`.",
    past: "De dagarna har redan varit, så jag har inte sparat något.",
  },
  endSeries: "Avsluta serien",
  seriesEnded: "Serien är avslutad: inga fler gånger läggs in. Det som redan finns står kvar.",
  seriesAlreadyEnded: "Den serien är redan avslutad.",
  whoIsNamed: (name: string, candidates: string[]) =>
    candidates.length === 0
      ? `Vem är ”${name}”? Välj personen så sparar jag löftet (inget är sparat än).`
      : `Vem är ”${name}”? ${listed(
          candidates.map((id) => `<@${id}>`),
          "eller",
        )}? Välj rätt person så sparar jag löftet (inget är sparat än).`,
  pickTime: "Välj tid",
  youWrote: (text: string) => `Du skrev: ${quote(text)}`,
  pastDeadline: (deadline: string | null) =>
    `${deadline ? `Den tiden (${deadline}) har redan passerat` : "Det där låter som något som redan har hänt"}, så jag har inte sparat något. Skriv när det ska vara klart, till exempel: \`/lofte jag skickar offerten till Acme på fredag\``,
  notACommitment: {
    question: "Det där låter som en fråga, inte ett löfte, så jag har inte sparat något.",
    request: "Det där låter som en fråga till någon annan. Ett löfte skriver den som lovar, eller du med <@namn> först.",
    information: "Det där låter som information snarare än ett löfte, så jag har inte sparat något.",
    absence:
      "Det där låter som frånvaro, inte ett löfte. Skriv vilka dagar, till exempel `/lofte ledig 22 dec–6 jan`, så går det som skulle ha påmint dig till din teamledare under tiden.",
    past: "Det där låter som något som redan är gjort, så jag har inte sparat något.",
    no_date: "Jag hittade inget löfte i det där.",
    empty: "Skriv vad du lovar och till när.",
  },
  example: "Till exempel: `/lofte jag skickar offerten till Acme på fredag` eller `/lofte <@kollega> ringer kunden i morgon kl 14`.",
  tooLong: (max: number) => `Det är lite för långt för ett löfte (högst ${max} tecken). Korta ner det och försök igen.`,
  taskTooLong: (max: number) =>
    `Det som ska göras blev för långt att hålla reda på (högst ${max} tecken). Skriv själva löftet kort; detaljerna kan stå i tråden.`,
  /** "/lofte lsita": one word a letter away from a command. */
  mistyped: (typed: string) => `”${typed}” ser ut som ett felskrivet kommando, så jag har inte sparat något. Så här kan du skriva:`,
  help: [
    "*Lofte håller koll på det ni lovar era kunder.*",
    "• `/lofte jag skickar offerten till Acme på fredag` — notera ett löfte",
    "• `/lofte <@kollega> ringer kunden i morgon kl 14` — notera ett löfte åt en kollega (hen får veta det)",
    "• `/lofte lista` — dina öppna löften · `/lofte team` — kanalens · `/lofte kund Acme` — allt mot en kund",
    "• `/lofte digest på [måndag 09:00]` / `av` / `nu` — veckosammanfattning i kanalen",
    "• `/lofte förslag på` / `av` — föreslå att spara löften som skrivs i kanalen",
    "• `/lofte inställningar` — språk, tidszon, arbetstider, ansvariga, sammanfattning",
    "• `/lofte export` — alla löften och deras historik som CSV (för administratörer)",
    "• `/lofte hjälp` — visa det här",
    "Skriv gärna dag och tid: _på fredag_, _i morgon kl 14_, _senast 15 mars_, _nästa vecka_.",
  ].join("\n"),

  /** Why a change was not made. */
  notAllowed: "Bara den som lovat, den som skrev in löftet, ansvarig eller en admin kan ändra det.",
  notFound: "Jag hittar inte det löftet längre.",
  conflict: "Någon annan ändrade löftet under tiden. Öppna det igen och försök på nytt.",
  notOpen: "Det här löftet är redan avslutat.",
  deadlinePassed:
    "Tiden för det här löftet har redan gått ut, så det går inte att säga att den håller. Tryck Klar om det är gjort, eller Behöver mer tid för att sätta en ny tid (och få ett utkast till kunden).",
  struck: "Det här löftet är struket, så det går inte att ändra. Gäller det ändå? Skriv in det igen med `/lofte`.",
  failed: "Något gick fel hos Lofte och inget sparades. Försök igen om en stund.",
  /** The same signed request a second time (a replay). */
  alreadyReceived: "Det här kommandot har redan tagits emot; inget nytt har sparats.",
  busy: "Lofte har väldigt mycket att göra just nu och sparade inget. Försök igen om en liten stund.",

  /** The promise form (edit, track, new promise) and the new-deadline form. */
  form: {
    editTitle: "Ändra löfte",
    trackTitle: "Spara som löfte",
    ownMessage:
      "Det här meddelandet kommer från Lofte självt, så löftet det handlar om finns redan sparat. Du hittar det på Hem-fliken eller med `/lofte lista`.",
    ownerLabel: "Vem lovar",
    taskLabel: "Vad",
    customerLabel: "Kund",
    customerHint: "Företaget ni lovat något, t.ex. Volvo",
    dateLabel: "Senast (dag)",
    timeLabel: "Tid",
    timeLabelIn: (place: string) => `Tid (lokal tid i ${place})`,
    leadLabel: "Ansvarig (teamledare)",
    repeatLabel: "Upprepas",
    repeatHint: "Till exempel ”varje fredag” eller ”varannan måndag”. Gäller från nästa gång. Töm fältet för att avsluta serien.",
    repeatUnreadable: "Jag förstår inte hur det ska upprepas. Skriv till exempel ”varje fredag” eller ”första måndagen varje månad”.",
    moreTimeTitle: "Ny deadline",
    moveTitle: "Flytta deadline",
    newDateLabel: "Ny dag",
    noteLabel: "Anteckning",
    dateMissing: "Välj en dag.",
    timeMissing: "Välj en tid.",
    unchanged: (deadline: string) => `Det är samma tid som nu, ${deadline}. Välj en ny.`,
    deadlineInPast: "Välj en tid som inte redan har passerat.",
    deadlineTooFar: (years: number) => `Välj en dag inom de närmaste ${inWords(years)} åren.`,
    taskMissing: "Skriv vad som ska göras.",
    customerTooLong: (max: number) => `Skriv kundens namn med högst ${max} tecken.`,
    ownerMissing: "Välj vem som lovar.",
  },

  lists: {
    mine: "*Dina öppna löften*",
    team: (channel: string) => `*Öppna löften i <#${channel}>*`,
    customer: (customer: string) => `*Löften till ${customer}* (öppna, och klara senaste 30 dagarna)`,
    empty: "Inga öppna löften här. :sparkles:",
    person: (user: string) => `*Öppna löften för <@${user}>*`,
    showing: (from: number, to: number, total: number) => `Visar ${from}–${to} av ${total}.`,
    noMore: "Inga fler här.",
    previous: "Föregående",
    showMore: "Visa fler",
    usage:
      "`/lofte lista` — dina öppna löften · `/lofte lista @kollega` — en kollegas · `/lofte team` (eller `lista alla`) — kanalens · `/lofte kund Acme` — allt mot en kund",
    nobodyNamed: (name: string) => `Jag hittar ingen som heter ”${name}”. Skriv \`/lofte lista @namn\` så väljer Slack rätt person.`,
    severalNamed: (name: string, users: string[]) =>
      `Flera heter ”${name}”: ${users.map((u) => `<@${u}>`).join(", ")}. Skriv \`/lofte lista @namn\` för den du menar.`,
    overdue: "försenat",
    atRisk: "hinner inte i tid",
    kept: "hållet",
    doneLate: "klart efter deadline",
    done: "Klar",
    snooze1h: "Påminn om 1 timme",
    snoozeNextWorkingDay: "Påminn nästa arbetsdag",
    customerMissing: "Skriv kundens namn: `/lofte kund Acme`.",
  },

  /** Reminders to the owner, their answers, the lead's alert and the customer drafts. */
  reminders: {
    headsUp: (p: ReminderWords) => `*Påminnelse:* du har lovat ${toDo(p)} — senast ${p.deadline} (${p.relative}).`,
    dueSoon: (p: ReminderWords) => `*Håller du tiden?* Du har lovat ${toDo(p)} — senast ${p.deadline} (${p.relative}).`,
    overdue: (p: ReminderWords) => `*Tiden har gått ut:* du lovade ${toDo(p)} — senast ${p.deadline} (${p.relative}).`,
    madeIn: (where: string) => `Lovat i ${where}.`,
    askedBy: (lead: string) => `<@${lead}> bad mig stämma av med dig.`,
    done: "Klar",
    onTrack: "Håller tiden",
    snooze: "Påminn senare",
    moreTime: "Behöver mer tid",
    cantMakeIt: "Hinner inte",
    snoozeOptions: { "1h": "1 timme", "3h": "3 timmar", tomorrow: "I morgon 09:00", nextWorkingDay: "Nästa arbetsdag" },
    answeredDone: (p: PromiseWords, late = false) =>
      late
        ? `:white_check_mark: *Klart:* ${what(p)}. Det blev senare än utlovat (${p.deadline}), men nu är det gjort.`
        : `:white_check_mark: *Klart:* ${what(p)}. Bra jobbat — löfte hållet!`,
    tellCustomer: (customer: string) => `Glöm inte att berätta för ${customer} att det är klart. Vill du boka en uppföljning?`,
    followUpOptions: { "1w": "Om 1 vecka", "2w": "Om 2 veckor", "1m": "Om 1 månad" },
    followUpTask: (customer: string) => `följa upp med ${customer}`,
    followUpBooked: (deadline: string) => `:calendar: Uppföljning bokad till ${deadline}.`,
    answeredOnTrack: (p: ReminderWords) => `:thumbsup: Du håller tiden: ${what(p)} — senast ${p.deadline}.`,
    answeredSnoozed: (until: string, p: ReminderWords) =>
      `:alarm_clock: Jag påminner dig igen ${until}: ${what(p)} — senast ${p.deadline}.`,
    answeredMoreTime: (p: ReminderWords) => `:arrows_counterclockwise: Ny deadline: ${what(p)} — senast ${p.deadline}.`,
    answeredCantMakeIt: (p: ReminderWords, lead: string | null) =>
      `:warning: Uppfattat: du hinner inte ${what(p)} i tid (senast ${p.deadline}).${lead ? ` Jag har sagt till <@${lead}>.` : ""} Sätt en ny deadline när du vet mer.`,
    draftIntro: "Utkast till kunden, att kopiera:",
    draftIntroIn: (place: string) => `Utkast till kunden, att kopiera (tider i ${place}, där löftet gavs):`,
    draftMoved: (d: DraftWords, newDeadline: string) =>
      `Hej! Jag vill ge er besked direkt: ${slipping(d)}. Det blir klart ${newDeadline} i stället. Säg gärna till om det påverkar er planering.`,
    draftSlipping: (d: DraftWords) =>
      `Hej! Jag vill ge er besked direkt: ${slipping(d)}. Vi återkommer med en ny tid så snart vi kan. Säg gärna till om det påverkar er planering.`,
    /** `late`: the deadline has passed, so the promise is no longer at risk but missed. */
    leadAtRisk: (owner: string, p: ReminderWords, why: string, late = false) =>
      `:rotating_light: *${late ? "Tiden har gått ut för ett löfte." : "Ett löfte är i fara."}* <@${owner}> har lovat ${toDo(p)} — senast ${p.deadline} (${p.relative}). ${why}`,
    why: {
      cant_make_it: "Ägaren säger att hen inte hinner.",
      no_answer: "Ägaren har inte svarat på om tiden håller.",
      overdue: "Det är inte markerat som klart.",
      // "borta", not "ledig": the same words whether the owner is on leave or off sick (which is theirs to tell).
      owner_away: "Ägaren är borta, så det som skulle ha påmint hen kommer till dig.",
    },
    leadMoved: (owner: string, p: PromiseWords, newDeadline: string, note: string | null) =>
      `:information_source: <@${owner}> behöver mer tid: ${what(p)} blir klart ${newDeadline} i stället för ${p.deadline}.${note ? ` Anteckning: ${note}` : ""}`,
    movedByOther: (by: string, p: PromiseWords, newDeadline: string, note: string | null) =>
      `:arrows_counterclockwise: <@${by}> har flyttat tiden: ${what(p)} ska vara klart ${newDeadline} i stället för ${p.deadline}.${note ? ` Anteckning: ${note}` : ""}`,
    pingOwner: "Påminn ägaren",
    tellCustomerMyself: "Jag informerar kunden",
    reassign: "Ge till någon annan",
    moveDeadline: "Flytta deadline",
    pinged: (owner: string) => `Jag påminner <@${owner}> strax.`,
    /** A lead's alert once the promise is settled, instead of the alert and its buttons. */
    alertSettled: {
      done: (owner: string, p: PromiseWords) => `:white_check_mark: Klart: <@${owner}> har hållit löftet ${toDo(p)}.`,
      moved: (owner: string, p: PromiseWords) =>
        `:arrows_counterclockwise: Ny deadline: <@${owner}> har lovat ${toDo(p)} — senast ${p.deadline}.`,
      struck: (owner: string, p: PromiseWords) => `:wastebasket: Struket: löftet ${toDo(p)} (<@${owner}>) gäller inte längre.`,
      reassigned: (owner: string, p: PromiseWords) =>
        `:busts_in_silhouette: Nu är det <@${owner}> som äger löftet ${toDo(p)} (senast ${p.deadline}).`,
    },
    customerInformed: (by: string, owner: string, p: PromiseWords) =>
      `:speech_balloon: <@${by}> informerar kunden: <@${owner}> har lovat ${toDo(p)} — senast ${p.deadline}.`,
    customerInformedByLead: (by: string, p: PromiseWords) =>
      `:speech_balloon: <@${by}> informerar kunden om ditt löfte ${toDo(p)} (senast ${p.deadline}), så det behöver du inte göra.`,
    reassigned: (owner: string, p: PromiseWords) =>
      `:busts_in_silhouette: Nu är det <@${owner}> som äger löftet ${toDo(p)} (senast ${p.deadline}).`,
    reassignedToYou: (by: string, p: ReminderWords) =>
      `<@${by}> har gett dig ett löfte: ${toDo(p)} — senast ${p.deadline} (${p.relative}).`,
    reassignedAway: (by: string, owner: string, p: PromiseWords) =>
      `<@${by}> har gett <@${owner}> ditt löfte ${toDo(p)} (senast ${p.deadline}). Du får inga fler påminnelser om det.`,
  },

  digest: {
    headline: (channel: string, open: number, thisWeek: number, overdue: number) =>
      `*Veckans löften i <#${channel}>* — ${open} ${open === 1 ? "öppet" : "öppna"} · ${thisWeek} denna vecka · ${overdue} ${overdue === 1 ? "försenat" : "försenade"}`,
    keptOnTime: (kept: number, due: number, percent: number) => `Hållna i tid förra veckan: ${kept}/${due} (${percent} %)`,
    noneDueLastWeek: "Inga löften hade deadline förra veckan.",
    overdue: "*:red_circle: Försenade*",
    atRisk: "*:warning: I fara*",
    thisWeek: "*:calendar: Denna vecka*",
    kept: "*:white_check_mark: Hållna förra veckan*",
    new: "*:new: Nya denna vecka*",
    more: (n: number, channel: string) => `+${n} till — \`/lofte team\` i <#${channel}> visar alla`,
    on: (weekday: string, time: string, channel: string) => `Veckosammanfattningen kommer på ${weekday}ar kl ${time} i <#${channel}>.`,
    off: (channel: string) => `Ingen veckosammanfattning i <#${channel}> längre.`,
    posted: "Sammanfattningen är publicerad i kanalen.",
    justPosted: "Sammanfattningen publicerades alldeles nyss. Be om den igen om en minut.",
    notInChannel: "Jag är inte med i kanalen. Bjud in mig först (`/invite @Lofte`), så kan jag posta där.",
    usage: "`/lofte digest på [måndag 09:00]`, `/lofte digest av` eller `/lofte digest nu`.",
    weekdays: ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
  },

  suggestions: {
    offer: "Vill du att jag håller koll på det här?",
    track: "Spara som löfte",
    noThanks: "Nej tack",
    on: (channel: string) =>
      `Nu föreslår jag att löften som skrivs i <#${channel}> sparas — bara för den som skrev, och bara när det låter som ett löfte med deadline.`,
    off: (channel: string) => `Inga fler förslag i <#${channel}>.`,
    usage: "`/lofte förslag på` eller `/lofte förslag av`.",
  },

  settings: {
    title: "Inställningar",
    workspace: "*Arbetsplatsen*",
    channel: (channel: string) => `*Kanalen <#${channel}>*`,
    language: "Språk",
    timeZone: "Tidszon (en stad som Stockholm, eller Europe/Stockholm)",
    deadlineTime: "Klockslag när bara en dag anges",
    workingDays: "Arbetsdagar",
    workStart: "Arbetsdagen börjar",
    workEnd: "Arbetsdagen slutar",
    redDays: "Röda dagar",
    noRedDays: "Inga, vi jobbar alla dagar",
    eves: "Aftnar",
    evesOff: "Aftnar är lediga (i Sverige midsommar-, jul- och nyårsafton)",
    evesAreOff: (eves: string) => `lediga aftnar: ${eves}`,
    evesAreWorked: (eves: string) => `aftnar som är arbetsdagar: ${eves}`,
    defaultLead: "Ansvarig för hela arbetsplatsen",
    channelLead: "Ansvarig för kanalen",
    digest: "Veckosammanfattning",
    digestOn: "Publicera en sammanfattning varje vecka",
    digestDay: "Dag",
    digestTime: "Tid",
    suggestions: "Förslag",
    on: "på",
    off: "av",
    suggestionsOn: "Föreslå att spara löften som skrivs i kanalen",
    partlyReadOnly:
      "Du kan ändra kanalens inställningar. Arbetsplatsens inställningar ändras av administratörer och arbetsplatsens ansvarig:",
    saved: ":white_check_mark: Sparat. Så här är det inställt nu:",
    readOnly: "Bara administratörer och ansvariga kan ändra inställningarna. Så här ser de ut nu:",
    badTimeZone: "Skriv en stad som Stockholm, eller en tidszon som Europe/Stockholm.",
    badHours: "Arbetsdagen måste sluta efter att den börjar.",
    noDays: "Välj minst en arbetsdag.",
    badCountry: "Välj ett land i listan.",
    notAllowed: "Bara administratörer och ansvariga kan ändra inställningarna.",
    onlyThese: (channelLead: string | null, workspaceLead: string | null) =>
      `Bara ${listed([...(channelLead ? [`<@${channelLead}> (ansvarig för kanalen)`] : []), ...(workspaceLead ? [`<@${workspaceLead}> (ansvarig för arbetsplatsen)`] : []), "administratörer"], "och")} kan ändra det här.`,
    defaultLeadNotAllowed: "Bara administratörer och arbetsplatsens ansvarig kan ändra arbetsplatsens inställningar.",
  },

  export: {
    started: "Jag tar fram exporten och skickar den som CSV-filer i ett DM om en liten stund.",
    notAllowed: "Bara arbetsplatsens administratörer kan exportera alla löften.",
    usage: "`/lofte export` — alla löften och deras historik som CSV-filer i ett DM (för administratörer).",
    comment: (promises: number, events: number) => `Här är exporten: ${promises} löften och ${events} händelser i historiken.`,
    failed: "Exporten gick inte att skapa. Försök igen om en stund.",
  },

  home: {
    title: "Lofte — håll vad ni lovar",
    mine: "*Mina öppna löften*",
    atRisk: "*I fara, där jag är ansvarig*",
    kept: "*Klart senaste 14 dagarna*",
    none: "Inget här just nu.",
    newPromise: "Nytt löfte",
    sickToday: "Sjuk idag",
    backToday: "Jag är tillbaka",
    awayNow: (to: string) => `:palm_tree: Du är borta till och med ${to}. Under tiden får din teamledare påminnelserna i stället för dig.`,
    awayLater: (from: string, to: string) => (from === to ? `:palm_tree: Du är ledig ${from}.` : `:palm_tree: Du är ledig ${from}–${to}.`),
    welcomeBack: "Välkommen tillbaka! Påminnelserna kommer till dig igen från och med nu.",
    notAway: "Du är inte borta idag, så inget behövde ändras.",
  },
};
