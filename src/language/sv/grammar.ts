import type { CommitmentGrammar } from "../grammar.js";
import { WORD_END as E, WORD_START as S } from "../word-pattern.js";
import { isSwedishImperative, isSwedishPast, isSwedishPresent, isSwedishSupine, swedishInfinitive } from "./verbs.js";
import { MONTHS, WEEKDAYS } from "./words.js";

const rx = (source: string, flags = "u") => new RegExp(source, flags);
const SPEAKER = "(?:jag|vi|ja|jg|vi\\s+tva)";
const YOU = "(?:du|ni|nagon|nan|ngn|nagon\\s+av\\s+er)";
/** "se till att skicka …" goes; "se till att Volvo får …" (or "Scania får", a name ending in -a) stays, for it says who does what. */
/** An infinitive next ("skicka …"), not a subject ending in -a before its verb ("Scania får …"). */
const INFINITIVE_NEXT = "(?=\\p{L}+a(?![\\p{L}])(?!\\s+(?:far|fick|har|ar|blir|kommer|ska|skall|kan)(?![\\p{L}])))";
const MAKE_SURE_TO = `se\\s+till\\s+att\\s+${INFINITIVE_NEXT}`;
const AUXILIARY = new Set([
  "ar",
  "e",
  "har",
  "hade",
  "var",
  "blir",
  "blev",
  "kommer",
  "ska",
  "skall",
  "kan",
  "kunde",
  "vill",
  "maste",
  "far",
  "fick",
  "gar",
  "ligger",
  "star",
  "borde",
  "behover",
]);

/** People and roles, who do things themselves: "Leverantören kommer på torsdag" is news, not our promise. */
const PEOPLE =
  "kunden|kunderna|kund|leverantoren|leverantorerna|saljaren|konsulten|konsulterna|chefen|teamet|teknikern|montoren|budet|gasterna|besokarna|kollegan|kollegorna|hantverkarna|elektrikern|revisorn|advokaten|personalen|vd|vd:n";

/** Where the speaker is: "ledig", "på semester", "i möte". */
const AWAY =
  "ledig|ledigt|lediga|borta|sjuk|sjuka|sjukskriven|bortrest|pa\\s+semester|pa\\s+sjukhuset|hemma|pa\\s+kontoret|pa\\s+plats|i\\s+moten?|upptagen|upptagna|tillbaka|pa\\s+resa|pa\\s+kurs|pa\\s+konferens|pa\\s+massa|foraldraledig|tjanstledig|ute\\s+hos|ivag|offline|pa\\s+lunch|inne|pa\\s+jobbet|pa\\s+tag|pa\\s+flyget|i\\s+stan|hos\\s+\\p{L}+|pa\\s+(?:kundmote|kundmotet|kundbesok|mote|motet|workshop|workshopen|utbildning|event|eventet|massan|offsite|kickoff|kick-off|studiebesok|besok)|i\\s+(?!(?:tid|kontakt|mal|gang|produktion|drift|fas|ordning|kapp|fatt|form|land|hamn|beta|test|sync|fas|tjanst|full\\s+gang)(?![\\p{L}]))\\p{L}+|med\\s+pa|franvarande|tillganglig|otillganglig|fullbokad|fullbokade|pa\\s+plats";

export const swedishGrammar: CommitmentGrammar = {
  filler: rx(
    `^(?:(?:ok|okej|okey|oki|absolut|visst|japp|jepp|jo|ja|yes|sure|sjalvklart|sjalvfallet|lugnt|toppen|perfekt|kanon|precis|javisst|hej|hejsan|halla|tjena|inga\\s+problem|no\\s+problem|@\\S+)(?:[\\s,.!:;-]+|$))+`,
  ),
  tagQuestion: rx(
    `[,\\s]+(?:ok|okej|funkar\\s+det|fungerar\\s+det|gar\\s+det\\s+bra|later\\s+det\\s+bra|passar\\s+det|eller|eller\\s+hur|va|ok\\s+med\\s+(?:dig|er)|vad\\s+sager\\s+(?:du|ni))\\s*\\?+\\s*$`,
  ),
  conjunction: rx(`^(?:och|o|men|sa|sen|samt|plus|dessutom)${E}\\s*`),
  verbSecond: true,
  subordinator: rx(`^\\s*(?:om|nar|innan|efter\\s+att|eftersom|sa\\s+fort|sa\\s+snart|ifall)\\s`),
  speaker: rx(`^${SPEAKER}$`),
  listener: rx(`^${YOU}$`),
  modal: rx(`^(?:ska|skall|kommer|kan|hinner|tanker|lovar|forsoker|maste|behover)$`),
  question: rx(
    `\\?\\s*$|^(?:(?:ska|skall)\\s+(?:vi|jag|du|ni|man)|har\\s+(?:du|ni|vi|nagon|nan|ngn)|hade\\s+(?:du|ni)|ar\\s+(?:det|du|ni|vi|den)|vet\\s+(?:du|ni|nagon|nan)|blir\\s+det|kommer\\s+(?:du|ni|vi|de|dom|kunden)|hinner\\s+(?:vi|jag)|hann\\s+(?:du|ni)|kan\\s+(?:jag|vi)|gar\\s+det|funkar\\s+det|fungerar\\s+det|passar\\s+det|borde\\s+(?:vi|jag)|behover\\s+(?:vi|jag)|finns\\s+det|stammer\\s+det|fick\\s+(?:du|ni)|gick\\s+det|undrar\\s+om|jag\\s+undrar)${E}`,
  ),
  questionWord: rx("^(?:nar|vad|hur|vem|vilken|vilket|vilka|varfor|vart|var)$"),
  request: rx(
    `^(?:(?:kan|kunde|skulle|hinner|orkar|vill|gitter|vagar|gor)\\s+${YOU}|snalla|snalle|vanligen|var\\s+snall|var\\s+sa\\s+snall|glom\\s+(?:inte|ej)|kom\\s+ihag|tank\\s+pa\\s+att|se\\s+till\\s+att|(?:du|ni)\\s+(?:maste|behover|bor|borde|far\\s+garna|ska|skall|far\\s+\\p{L}+a|kan\\s+val)|(?:det\\s+)?vore\\s+\\p{L}+\\s+om|jag\\s+behover\\s+att\\s+(?:du|ni)|(?:(?:jag|vi)\\s+)?(?:behover|vill\\s+ha|maste\\s+ha)\\s+(?!\\p{L}+a${E}|att${E})\\p{L}+|behover\\s+(?:du|ni)|(?:nagon|nan)\\s+som\\s+(?:kan|hinner|har\\s+tid)|kan\\s+(?:nagon|nan))${E}`,
  ),
  information: rx(
    // A quote ("”vi behöver …”"), what someone else says ("Lagret säger att …"),
    // a meeting moved, opening hours, waiting ("då väntar vi till måndag").
    `^(?:["“”][^"“”]*["“”]|forfallodatum|forfaller|hanvisar|hanvisa|${SPEAKER}\\s+kan$|om\\s+(?:du|ni)\\s+behover|${SPEAKER}\\s+(?:funderar\\s+pa|overvager|tanker\\s+pa\\s+att)|(?:\\p{L}+\\s+)?(?:avtalet|avtal|licensen|prenumerationen|garantin|supportavtalet)\\s+(?:gar\\s+ut|loper\\s+ut|upphor|forfaller)|forfallodag|(?!(?:${SPEAKER})\\s)\\p{L}+\\s+(?:sager|sa|skriver|skrev|meddelar|meddelade|berattar|berattade)\\s+att|\\p{L}+(?:\\s+\\p{L}+)?\\s+(?:ar\\s+|har\\s+)?(?:flyttad|flyttat|flyttade|flyttas|flyttades|installd|installt|installda|installs|senarelagd|senarelagt|senarelaggs|tidigarelagd|tidigarelagt|framflyttad|framflyttat)|\\p{L}+\\s+(?:har|ar|haller)\\s+oppet|(?:(?:da|sa)\\s+)?(?:${SPEAKER}\\s+)?vantar(?:\\s+${SPEAKER})?(?:\\s+(?:till|tills|da|sa|med\\s+det|pa\\s+(?:det|dem|dom|svar|besked)))?$|(?:kunden|kunderna)\\s+(?:vill|onskar|behover|vantar\\s+sig|forvantar\\s+sig)|tack|tackar|tusen\\s+tack|stort\\s+tack|fyi|info|obs|ps|pss|paminnelse|reminder|heads\\s+up|grattis|bra\\s+jobbat|snyggt|grymt|god\\s+jul|gott\\s+nytt|trevlig\\s+(?:helg|kvall|dag)|glad\\s+pask|valkommen|valkomna|god\\s+morgon|vi\\s+ses|ses|hors|vi\\s+hors|funkar|fungerar|passar|gar\\s+bra|mote|motet|moten|fika|sista\\s+(?:dag|dagen|datum|anmalningsdag|svarsdag)|(?:demo|demon|genomgang|genomgangen|presentation|presentationen|visning|visningen|kundmote|kundmotet|kundbesok|kundbesoket|uppstart|uppstartsmote|kickoff|kick-off|planeringsmote|styrgruppsmote|lunchmote|frukostmote|telefonmote|videomote|intervju|intervjun|webbinarium|utbildning|utbildningen|samtal|samtalet|avstamningsmote)${E}(?!\\s+(?:till|for|at)${E})|middag|avstamning|deadline|deadlinen|workshop|webinar|eventet|konferensen|${SPEAKER}\\s+(?:ar|e|blir|kommer\\s+att\\s+vara|kommer\\s+vara|ska\\s+vara|har\\s+varit)\\s+(?:(?:tyvarr|ocksa|nog|ju)\\s+)?(?:${AWAY})|${SPEAKER}\\s+(?:vabbar|jobbar\\s+(?:hemifran|hemma|remote|pa\\s+distans)|sitter\\s+i\\s+moten?|brukar|brukade|har\\s+for\\s+vana|(?:\\p{L}+\\s+)?(?:oftast|vanligtvis|normalt|alltid)|har\\s+(?:(?:en|ett)\\s+)?(?:semester|mote|moten|ledigt|fullt|tandlakartid|lakartid|en\\s+tid|kundmote|kundbesok|lunch|middag|frukost|fika|kickoff|kick-off|workshop|demo|presentation|genomgang|visning|utbildning|intervju|webbinarium|planering|planeringsmote|styrgrupp|styrgruppsmote|avstamning|stangt)(?!\\s+(?:klar|klart|klara|fardig|fardigt|fardiga|redo|till|at|for)(?![\\p{L}]))|aker\\s+(?:till|pa|hem)|flyger|reser|ses|hors|tror|tycker|antar|gissar|vet|minns|undrar|vantar\\s+pa|ser\\s+fram\\s+emot|har\\s+(?:avstamning|mote|moten|lunch|demo)\\s+med)|ser\\s+fram\\s+emot|\\p{L}+\\s+har\\s+stangt)${E}`,
  ),
  absence: rx(
    `^(?:(?:${SPEAKER}\\s+)?(?:ar|e|blir|kommer\\s+att\\s+vara|ska\\s+vara)\\s+)?(?:pa\\s+)?(?:semester|tjansteresa|ledig|ledigt|foraldraledig|pappaledig|mammaledig|tjanstledig|sjuk|sjukskriven|vab|bortrest|franvarande|hemma\\s+med\\s+sjuka?\\s+barn|ooo)${E}|^(?:${SPEAKER}\\s+)?vabbar${E}|${S}svarar\\s+(?:sporadiskt|sparsamt|inte\\s+pa\\s+mejl)${E}`,
  ),
  doneTask: "ha det klart",
  proForm: {
    task: rx("^(?:gor|gora|fixar|fixa|tar|ta|ordnar|ordna|loser|losa|kor|kora)\\s+(?:det|detta|den)$"),
    notYet: rx(
      // The speaker's own, or said without a subject: "Kunden har inte kunnat logga in" is no task of ours.
      `(?:^|[,.;!?\\n]\\s*)(?:(?:${SPEAKER})\\s+)?(?:har\\s+|hade\\s+)?(?:inte|ej)\\s+(?:hunnit|haft\\s+tid\\s+att|fatt\\s+tid\\s+att|kommit\\s+mig\\s+for\\s+att)\\s+(?:att\\s+)?(?<task>[^,.;!?\\n]+?)(?:\\s+(?:an|annu|an\\s+sa\\s+lange))?\\s*(?=[,.;!?\\n]|$)`,
      "dgu",
    ),
  },
  passive: rx(
    `^(?!(?:${SPEAKER}|${YOU}|han|hon|hen|de|dom|man|det|den|alla|ingen|folk|motet|mote|${PEOPLE})${E})(?:[\\p{L}\\d][\\p{L}\\d:'-]*\\s+){1,6}?(?:kommer(?!\\s+att\\s+\\p{L}+[^s\\s](?:\\s|$))|skickas|levereras|mejlas|mailas|publiceras|gar\\s+(?:ut|ivag|live)|(?:ar|blir)\\s+(?:klar|klart|klara|fardig|fardigt|fardiga)|ska\\s+vara\\s+(?:klar|klart|klara|fardig|fardigt|hos|ute|pa\\s+plats|levererad|levererat|skickad|skickat)|ligger\\s+(?:i|hos|pa)|landar\\s+hos|ar\\s+(?:hos|ute|pa\\s+plats))(?:\\s|$)`,
  ),
  makeSure: "se till att",
  ourTeam:
    /^(?:supporten|support(?:teamet)?|ekonomi(?:avdelningen)?|s[äa]lj(?:teamet|avdelningen|arna)|s[äa]lj(?=\s+\p{L}+(?:ar|er)(?![\p{L}]))(?!\s+(?:mer|fler|efter|under|över|senare)(?![\p{L}]))|utvecklings?teamet|utvecklarna|devteamet|driften|kundtj[äa]nst|kundservice|leveransteamet|projektteamet|konsultteamet|v[åa]rt\s+team|mitt\s+team|teamet|vi\s+p[åa]\s+\p{L}+|vi\s+i\s+\p{L}+)(?=\s+\p{L})/iu,
  we: "Vi",
  ruledOut: { before: /(?<=^|\s)inte\s+$/u, after: /^\s*,?\s*(?:utan|men)(?=\s)/u },
  selfNote: rx(
    `^(?:paminn\\s+mig\\s+(?:om\\s+)?att\\s+|(?:paminnelse|notering|anteckning|note)\\s+(?:till|for|at)\\s+mig\\s+sjalv\\s*[:\\-–]?\\s*|(?:att\\s+gora|att-gora|todo|to-do|att\\s+fixa)\\s*[:\\-–]\\s*)`,
  ),
  promisedTo: {
    report: rx(
      `^([Jj]ag|[Vv]i)\\s+(?:(?:har|hade)\\s+)?(?:lovat|lovade|lovar|(?:sa|sade|sagt)(?=\\s+(?:till\\s+\\S+\\s+)?att\\s+(?:jag|vi)\\s))\\s+(?:(?![Aa]tt\\s)(?:till\\s+)?([\\p{Lu}\\d][\\p{L}\\d&.'’-]*(?:\\s+(?:AB|[\\p{Lu}][\\p{L}\\d&.'’-]*))*|dem|dom|er|honom|henne|kunden)\\s+)?([Aa]tt\\s+)?`,
    ),
    plan: rx(`^([Jj]ag|[Vv]i)\\s+(?:tänkte|tankte|hade\\s+tänkt|har\\s+tänkt)\\s+(?:att\\s+)?`),
    future: "ska",
    give: "ge",
    to: "till",
    them: /dem|dom|er|honom|henne/,
    nobody: /^(?:dem|dom|er|honom|henne|kunden)$/iu,
    it: /^(?:den|det|dem|dom)(?![\p{L}])/iu,
    someoneGets: /^(\p{Lu}[\p{L}\d&-]*\s+(?:får|ska\s+få|kommer\s+(?:att\s+)?få|har)\s)(?=\p{L})/u,
    selfAgain: /^(?:jag|vi)\s+(?=\p{L})/iu,
    makeSure: "se till att",
    // "får svar", "får siffrorna"; "får testa" (may try) is theyMay's.
    theyGet:
      /^(?:de|dom|ni|han|hon|hen)\s+(?:f[aå]r|ska\s+f[aå]|skulle\s+f[aå]|kommer\s+(?:att\s+)?f[aå])\s+(?=\p{L})(?!\p{L}+(?<!n)a(?![\p{L}]))/iu,
    theyMay:
      /^(?:de|dom|ni|han|hon|hen)\s+(?:f[aå]r|ska\s+f[aå]|skulle\s+f[aå]|kommer\s+(?:att\s+)?f[aå])\s+(?=\p{L}+(?<!n)a(?![\p{L}]))/iu,
    let: "låta",
    thing: /^(?:en|ett|nya?|nytt|svar|besked|återkoppling)(?![\p{L}])/iu,
    verb: /^(?:\p{L}+a|ge|gå|se|få|nå|stå|be|dra|slå|ta|bli)(?![\p{L}])/iu,
    contact: /^(?:ringa|mejla|maila|kontakta|besöka|träffa|uppdatera|informera|påminna|pinga)$/iu,
    namesOther: /(?<![\p{L}])(?:till|åt|för|hos|med)\s+\p{Lu}/u,
  },
  ownReminder: rx(`^(?:glom\\s+(?:inte|ej)\\s+att\\s+|kom\\s+ihag\\s+att\\s+|tank\\s+pa\\s+att\\s+)`),
  // "Jag skickar den inte idag utan på fredag": not then, but later, is still a promise.
  negation: rx(`^(?:${SPEAKER}\\s+)?(?:\\p{L}+\\s+){0,2}?(?:inte|ej|icke|aldrig)${E}(?![^\\p{L}]*(?:\\p{L}+[^\\p{L}]+)?(?:utan|men)${E})`),
  // "Om jag hinner …", "Hinner jag så …": only if there is time, which promises nothing.
  retraction: rx(
    `${S}(?:det\\s+(?:kommer\\s+(?:inte|ej)\\s+(?:att\\s+)?(?:handa|ga)|blir\\s+(?:inte|ej)\\s+av|hinns\\s+(?:inte|ej))|lovar\\s+(?:inget|ingenting|inte)|kan\\s+inte\\s+lova|inga\\s+lofte|om\\s+(?:jag|vi)\\s+hinner)${E}|^hinner\\s+(?:jag|vi)(?:\\s+det)?\\s+sa${E}`,
  ),
  hedge: rx(
    `${S}(?:kanske|eventuellt|ev\\.|mojligen|mojligtvis|${SPEAKER}\\s+hoppas|hoppas\\s+(?:kunna|att|pa)|om\\s+${SPEAKER}\\s+hinner|skulle\\s+kunna|borde)${E}`,
  ),
  past: rx(
    `^(?:${SPEAKER}\\s+)?(?:(?:har|hade)\\s+(?:(?:redan|nu|just|precis|ju|ocksa|aven)\\s+)?(?!(?:det|allt|inget|mycket|lite|klart|fullt|nytt|bra|att|mote|koll)${E})\\p{L}+(?:at|it|tt|[bcdfghjklmnpqrsvxz]t)|(?:redan|nyss|precis|just)\\s+\\p{L}+(?:ade|de|te|dde)|klart|fixat|skickat|gjort|levererat|bokat|ringt|mejlat|mailat|klar\\s+med|avklarat|lost)${E}|^\\S+(?:\\s+\\S+){0,3}\\s+\\p{L}+(?:ades|[bcdfghjklmnpqrsvwxz](?:des|tes))${E}`,
  ),
  promise: rx(
    `^(?:du|ni)\\s+(?:far|kommer\\s+att\\s+fa|ska\\s+fa)\\s+\\p{L}|^(?:vart\\s+team|teamet|vi\\s+i\\s+teamet)\\s+(?:ska|kommer)${E}|^(?:${SPEAKER}|jag\\s+och\\s+\\S+)\\s+\\p{L}|^(?:ska|skall)\\s+(?!(?:jag|vi|du|ni|han|hon|hen|de|dom|man|den|det|kunden)${E})\\p{L}|^(?:lovar|tanker|kommer\\s+att|tar\\s+pa\\s+mig)${E}`,
  ),
  opening: rx(
    `^(?:(?:jag\\s+och\\s+\\S+|${SPEAKER})\\s+)?(?:(?:ska|skall)\\s+(?:nog\\s+|bara\\s+|absolut\\s+|forsoka\\s+|${MAKE_SURE_TO})*|kommer\\s+att\\s+|kommer\\s+(?=\\p{L}+a${E})|lovar\\s+att\\s+|lovar\\s+|tanker\\s+|tankte\\s+|tar\\s+pa\\s+mig\\s+att\\s+|forsoker\\s+(?:att\\s+)?|hinner\\s+|kan\\s+|ser\\s+till\\s+att\\s+${INFINITIVE_NEXT}|planerar\\s+att\\s+|raknar\\s+med\\s+att\\s+|fixar\\s+att\\s+|har\\s+tankt\\s+|(?:maste|behover|vill|bor)\\s+(?=\\p{L}+a${E}))?`,
  ),
  adverb: rx(`^(?:nog|sakert|sjalvklart|absolut|ocksa|aven|val|da|nu|garna|bara|ju|direkt)${E}\\s*`),
  undated: rx(
    `${S}(?:snarast(?:\\s+mojligt)?|asap|sa\\s+(?:fort|snart)\\s+(?:som\\s+mojligt|jag\\s+kan|vi\\s+kan)|inom\\s+kort|snart|strax)${E}`,
    "gu",
  ),
  customer: rx(
    `(?<![\\p{L}])(?:till|t|åt|för|hos|med|m|mot|kunden|kund)\\s+(?:kunden\\s+)?([A-ZÅÄÖ0-9][\\p{L}0-9&.'’-]*[\\p{L}0-9&]|[A-ZÅÄÖ])((?:\\s+(?:[A-ZÅÄÖ][\\p{L}0-9&.'’-]*[\\p{L}0-9&]|AB|&|och\\s+[A-ZÅÄÖ][\\p{L}0-9&.'’-]*[\\p{L}0-9&]))*)`,
  ),
  addressee: rx(
    `(?<![\\p{L}])(?:nå|når|låta|låter|ge|ger|ringa|ring|ringer|mejla|maila|mejlar|mailar|kontakta|kontaktar|påminna|påminner|besöka|besöker|träffa|träffar|uppdatera|uppdaterar|fakturera|fakturerar|informera|informerar|svara|svarar)(?:\\s+upp)?\\s+([A-ZÅÄÖ][\\p{L}0-9&.'’-]*[\\p{L}0-9&]|[A-ZÅÄÖ])((?:\\s+(?:[A-ZÅÄÖ][\\p{L}0-9&.'’-]*[\\p{L}0-9&]|AB))*)`,
  ),
  // Months and weekdays too: "ringa Fredag" is no customer.
  notCustomers: new Set([
    ..."jag vi du ni han hon de slack teams zoom google meet excel jira confluence drive sharepoint outlook q1 q2 q3 q4 eod cob asap pdf api crm erp it hr vd ceo cto cfo sow nda po qa ux ui kpi okr mig dig oss er dem honom henne kunden".split(
      " ",
    ),
    ...Object.keys(MONTHS),
    ...Object.keys(WEEKDAYS),
  ]),
  dangling: rx(
    `(?:(?:^|\\s)(?:senast|till|t|tills|innan|före|fore|på|pa|kl|klockan|inom|under|vid|nu|sen|och|eller|samt|helst|redan|allra|fram|,)|,\\s*(?:klart|klar))\\s*$`,
    "iu",
  ),

  isPresent: isSwedishPresent,
  isImperative: isSwedishImperative,
  isPast: (word) => isSwedishPast(word) || isSwedishSupine(word),
  isFinite: (word) => AUXILIARY.has(word) || isSwedishPresent(word) || isSwedishPast(word),
  toInfinitive: swedishInfinitive,
};
