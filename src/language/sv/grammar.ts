import type { CommitmentGrammar } from "../grammar.js";
import { WORD_END as E, WORD_START as S } from "../word-pattern.js";

const rx = (source: string, flags = "iu") => new RegExp(source, flags);

/** Present-tense verbs whose infinitive is not the "-ar → -a" or "-er → -a" pattern. */
const IRREGULAR: Record<string, string> = {
  är: "vara",
  har: "ha",
  gör: "göra",
  ger: "ge",
  ser: "se",
  tar: "ta",
  får: "få",
  går: "gå",
  kör: "köra",
  hör: "höra",
  lär: "lära",
  ber: "be",
  dör: "dö",
  bär: "bära",
  far: "fara",
  drar: "dra",
  slår: "slå",
  står: "stå",
  sker: "ske",
  blir: "bli",
  säger: "säga",
  vet: "veta",
  kan: "kunna",
  vill: "vilja",
  ska: "ska",
  skall: "ska",
  bör: "böra",
  hinner: "hinna",
};

const NOT_VERBS = new Set(["inte", "också", "nog", "bara", "säkert", "självklart", "gärna", "då", "nu"]);

export const swedishGrammar: CommitmentGrammar = {
  question: rx(
    `(\\?\\s*$|^\\s*(när|vad|hur|vem|vilken|vilka|varför|var|ska\\s+vi|hinner\\s+vi|har\\s+du|har\\s+ni|är\\s+det|vet\\s+du|vet\\s+ni|borde\\s+vi|kommer\\s+du|kommer\\s+ni)${E})`,
  ),
  request: rx(`^\\s*(kan|skulle|hinner|orkar|vill|har)\\s+(du|ni|någon|nån|nagon)${E}|^\\s*(snälla|kolla\\s+gärna)${E}`),
  information: rx(
    `^\\s*(?:(?:jag|vi)\\s+(?:är|e|blir)\\s+(?:ledig|ledi|borta|sjuk|bortrest|på\\s+semester|hemma|på\\s+kontoret|på\\s+plats|i\\s+möte|upptagen)|(?:jag|vi)\\s+har\\s+(?:semester|möte|ledigt)|(?:kunden|kunder|de|dom|han|hon|det|den|mötet|leveransen|avtalet|offerten|projektet|systemet|servern|alla)\\s+(?:har|är|var|blir|kommer|hade|ska\\s+ha|går)|tack${E}|fyi${E}|info${E}|påminnelse${E}|obs${E})`,
  ),
  pastTense: rx(
    `^\\s*(?:jag|vi)\\s+(?:har\\s+(?:redan\\s+)?\\p{L}+(?:at|it|tt|t)${E}|(?:redan\\s+)?\\p{L}+(?:ade|de|te|dde)${E}|(?:redan\\s+)?(?:skrev|gav|tog|sa|sade|fick|gick|var|hade|såg|kom|drog|bjöd|ringde|skickade|sände)${E})`,
  ),
  promiseOpening: rx(
    `^\\s*(?:(?:ok|okej|okey|absolut|visst|japp|yes|självklart|lugnt|fixar\\s+det)[,!.]?\\s+)?(?:jag|vi|ja|jg)\\s+(?:ska\\s+(?:nog\\s+)?|skall\\s+|kommer\\s+att\\s+|kommer\\s+|lovar\\s+att\\s+|lovar\\s+|tänkte\\s+|tar\\s+på\\s+mig\\s+att\\s+|försöker\\s+|hinner\\s+|kan\\s+)?`,
  ),
  undatedPromise: rx(`${S}(återkommer|återkopplar|snarast|asap|fixar\\s+det|tar\\s+det|kollar\\s+upp|så\\s+fort\\s+som\\s+möjligt)${E}`),
  customer: rx(`${S}(?:till|åt|för|hos|med)\\s+((?:[A-ZÅÄÖ0-9][\\p{L}0-9&.'-]*)(?:\\s+(?:[A-ZÅÄÖ][\\p{L}0-9&.'-]*|AB|&))*)`, "u"),
  dangling: rx(`${S}(senast|till|tills|innan|före|på|pa|den|kl|klockan|om|inom|under|vid|i|nu|sen|och|,)\\s*$`),
  toInfinitive(verb) {
    const lower = verb.toLowerCase();
    if (NOT_VERBS.has(lower)) return verb;
    if (IRREGULAR[lower]) return IRREGULAR[lower];
    if (lower.endsWith("ar")) return verb.slice(0, -1);
    if (lower.endsWith("er") && lower.length > 3) return `${verb.slice(0, -2)}a`;
    if (lower.endsWith("r") && /[aeiouyåäö]r$/.test(lower) && lower.length > 3) return verb.slice(0, -1);
    return verb;
  },
};
