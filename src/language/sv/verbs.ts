import { fold } from "../match-text.js";

/**
 * Swedish verbs of everyday sales and delivery work, so Lofte can tell "skickar" (a promise)
 * from "skicka" (a request), "skickade" (done), and write the task in the infinitive.
 * Regular verbs follow their conjugation; the rest are listed with every form.
 */

/** First conjugation: skicka, skickar, skicka!, skickade, skickat. */
const FIRST = `skicka fixa boka avboka kolla mejla maila ordna titta kika svara prata uppdatera leverera presentera kontakta
fakturera betala planera granska justera korrigera testa installera konfigurera migrera publicera dokumentera
analysera bekräfta meddela informera återkoppla kommentera signera skapa starta avsluta öppna ladda spara flytta
hantera skissa rita designa koda demonstrera visa hämta jobba arbeta städa rensa sammanfatta summera räkna beräkna
offerera förhandla diskutera fråga vänta lova kontrollera verifiera åtgärda rätta laga posta dela pinga träffa
lämna checka synka fundera formulera organisera reservera avisera påbörja lansera releasa deploya pusha mergea
sms:a chatta kalla utvärdera tipsa förklara instruera utbilda träna förnya leta hitta plocka packa skeppa frakta
posta tacka`;

/** Second conjugation: ringa, ringer, ring!, ringde, ringt. */
const SECOND = `ringa läsa köpa ställa stänga glömma följa påminna hjälpa tänka försöka hinna återkomma komma bjuda lösa besöka
undersöka utreda förbereda sammanställa säkerställa ersätta byta sköta sända beställa bygga välja behöva stämma
avstämma reda mäta skänka låna äga trycka kartlägga förlänga slutföra färdigställa höja sänka`;

interface Forms {
  present: string;
  imperative: string;
  past: string[];
  supine: string;
}

/** Verbs whose forms do not follow a pattern: infinitive → present, imperative, past, supine. */
const IRREGULAR: Record<string, Forms> = {
  ta: { present: "tar", imperative: "ta", past: ["tog"], supine: "tagit" },
  ge: { present: "ger", imperative: "ge", past: ["gav"], supine: "gett" },
  se: { present: "ser", imperative: "se", past: ["såg"], supine: "sett" },
  gå: { present: "går", imperative: "gå", past: ["gick"], supine: "gått" },
  få: { present: "får", imperative: "få", past: ["fick"], supine: "fått" },
  stå: { present: "står", imperative: "stå", past: ["stod"], supine: "stått" },
  nå: { present: "når", imperative: "nå", past: ["nådde"], supine: "nått" },
  göra: { present: "gör", imperative: "gör", past: ["gjorde"], supine: "gjort" },
  säga: { present: "säger", imperative: "säg", past: ["sa", "sade"], supine: "sagt" },
  veta: { present: "vet", imperative: "vet", past: ["visste"], supine: "vetat" },
  vara: { present: "är", imperative: "var", past: ["var"], supine: "varit" },
  ha: { present: "har", imperative: "ha", past: ["hade"], supine: "haft" },
  bli: { present: "blir", imperative: "bli", past: ["blev"], supine: "blivit" },
  köra: { present: "kör", imperative: "kör", past: ["körde"], supine: "kört" },
  höra: { present: "hör", imperative: "hör", past: ["hörde"], supine: "hört" },
  lära: { present: "lär", imperative: "lär", past: ["lärde"], supine: "lärt" },
  be: { present: "ber", imperative: "be", past: ["bad"], supine: "bett" },
  dra: { present: "drar", imperative: "dra", past: ["drog"], supine: "dragit" },
  skriva: { present: "skriver", imperative: "skriv", past: ["skrev"], supine: "skrivit" },
  sälja: { present: "säljer", imperative: "sälj", past: ["sålde"], supine: "sålt" },
  välja: { present: "väljer", imperative: "välj", past: ["valde"], supine: "valt" },
  lägga: { present: "lägger", imperative: "lägg", past: ["lade", "la"], supine: "lagt" },
  sätta: { present: "sätter", imperative: "sätt", past: ["satte"], supine: "satt" },
  sitta: { present: "sitter", imperative: "sitt", past: ["satt"], supine: "suttit" },
  ligga: { present: "ligger", imperative: "ligg", past: ["låg"], supine: "legat" },
  hinna: { present: "hinner", imperative: "hinn", past: ["hann"], supine: "hunnit" },
  komma: { present: "kommer", imperative: "kom", past: ["kom"], supine: "kommit" },
  återkomma: { present: "återkommer", imperative: "återkom", past: ["återkom"], supine: "återkommit" },
  bjuda: { present: "bjuder", imperative: "bjud", past: ["bjöd"], supine: "bjudit" },
  slå: { present: "slår", imperative: "slå", past: ["slog"], supine: "slagit" },
  förstå: { present: "förstår", imperative: "förstå", past: ["förstod"], supine: "förstått" },
  finna: { present: "finner", imperative: "finn", past: ["fann"], supine: "funnit" },
  ses: { present: "ses", imperative: "ses", past: ["sågs"], supine: "setts" },
  kunna: { present: "kan", imperative: "", past: ["kunde"], supine: "kunnat" },
  vilja: { present: "vill", imperative: "", past: ["ville"], supine: "velat" },
  ska: { present: "ska", imperative: "", past: ["skulle"], supine: "" },
  skall: { present: "skall", imperative: "", past: ["skulle"], supine: "" },
  visa: { present: "visar", imperative: "visa", past: ["visade"], supine: "visat" },
  dela: { present: "delar", imperative: "dela", past: ["delade"], supine: "delat" },
};

const present = new Map<string, string>();
/** Known imperatives, folded ("ring", "kom", "las"), to tell an order from a promise. */
const imperatives = new Set<string>();
/**
 * Imperative → infinitive, by the word as written in lower case ("läs" → "läsa"; "lås" and "mat"
 * are no imperatives here, though they fold alike). "red" (reda) is left out: it is a name more often.
 */
const infinitiveOfImperative = new Map<string, string>();
const pasts = new Set<string>();
const supines = new Set<string>();

function add(infinitive: string, forms: Forms): void {
  present.set(fold(forms.present), infinitive);
  if (forms.imperative) imperatives.add(fold(forms.imperative));
  if (forms.imperative && forms.imperative !== "red") infinitiveOfImperative.set(forms.imperative, infinitive);
  for (const past of forms.past) pasts.add(fold(past));
  if (forms.supine) supines.add(fold(forms.supine));
}

for (const infinitive of FIRST.split(/\s+/)) {
  add(infinitive, { present: `${infinitive}r`, imperative: infinitive, past: [`${infinitive}de`], supine: `${infinitive}t` });
}
for (const word of SECOND.split(/\s+/)) {
  let stem = word.slice(0, -1);
  if (/mm$/.test(stem)) stem = stem.slice(0, -1);
  // "ringde", "läste", "sände", "förberedde": voiced stems take -de, voiceless -te.
  const past = /[aeiouyåäö]d$/.test(stem)
    ? `${stem}de`
    : stem.endsWith("d")
      ? `${stem}e`
      : `${stem}${/[bdgjlmnrvw]$/.test(stem) ? "de" : "te"}`;
  const supine = /[aeiouyåäö]d$/.test(stem) ? `${stem.slice(0, -1)}tt` : stem.endsWith("d") ? `${stem.slice(0, -1)}t` : `${stem}t`;
  add(word, { present: `${word.slice(0, -1)}er`, imperative: stem, past: [past], supine });
}
for (const [infinitive, forms] of Object.entries(IRREGULAR)) add(infinitive, forms);

/** Words that end like verbs but are not ("kunder", "efter", "sommar"). */
const NOT_VERBS = new Set(
  `kunder offerter dagar timmar veckor minuter sedan efter under eller kanske over hellre senare tidigare vidare battre mer fler
  siffror filer datorer papper vader sommar vinter nummer forslag order lever semester kollegor fragor priser
  nar var har dar hur vad hur alla andra sjalvklart gärna garna bara inte aldrig alltid snart sen nyss redan
  vi jag du ni de dom han hon hen den det man kunden offerten avtalet mer mindre ar hej tack bra ok okej absolut
  januari februari mars april maj juni juli augusti september oktober november december
  mandag tisdag onsdag torsdag fredag lordag sondag imorgon idag ikvall morgon kvall`.split(/\s+/),
);

/** Endings of nouns that look like a present tense: "ändringar", "möjligheter", "klassiker", "fönster", "versioner", "leverantörer". */
const NOUN_ENDING = /(?:ingar|heter|iker|ster|ioner|orer)$/;

/**
 * The infinitive of a present-tense verb or a known imperative ("skickar" → "skicka", "gör" →
 * "göra", "ring" → "ringa"), case kept: "/lofte ring Volvo" is the promise "ringa Volvo".
 */
export function swedishInfinitive(verb: string): string {
  const key = fold(verb);
  const known = present.get(key) ?? (NOT_VERBS.has(key) ? undefined : infinitiveOfImperative.get(verb.toLowerCase()));
  if (known) return matchCase(verb, known);
  if (NOT_VERBS.has(key) || NOUN_ENDING.test(key) || key.length < 3) return verb;
  if (key.endsWith("ar")) return verb.slice(0, -1);
  if (key.endsWith("er") && key.length > 3) return `${verb.slice(0, -2)}a`;
  if (/[aeiouy]r$/.test(key) && key.length > 3) return verb.slice(0, -1);
  return verb;
}

/** A present-tense verb: known, or shaped like one ("-ar", "-er") and not like a noun. Folded input. */
export function isSwedishPresent(word: string): boolean {
  if (present.has(word)) return true;
  return word.length >= 5 && /(?:ar|er)$/.test(word) && !NOUN_ENDING.test(word) && !NOT_VERBS.has(word);
}

/** A present-tense form of a verb in the lists above (no guessing from the ending). Folded input. */
export function isKnownSwedishPresent(word: string): boolean {
  return present.has(word);
}

/** A known imperative ("skicka", "ring", "kolla"). Folded input. */
export function isSwedishImperative(word: string): boolean {
  return imperatives.has(word) && !NOT_VERBS.has(word);
}

/** A past-tense verb: known, or shaped like one ("-ade", "-dde"). Folded input. */
export function isSwedishPast(word: string): boolean {
  if (pasts.has(word)) return true;
  return word.length >= 5 && /(?:ade|dde)$/.test(word);
}

/** A supine ("skickat", "ringt", "gjort"): known, or shaped like one ("-at", "-it", "-tt"). Folded input. */
export function isSwedishSupine(word: string): boolean {
  if (supines.has(word)) return true;
  return word.length >= 5 && /(?:at|it|tt)$/.test(word) && !NOT_VERBS.has(word);
}

function matchCase(written: string, word: string): string {
  return written[0] === written[0].toUpperCase() && written[0] !== written[0].toLowerCase() ? word[0].toUpperCase() + word.slice(1) : word;
}
