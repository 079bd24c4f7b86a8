import * as chrono from "chrono-node/sv";
import { addressCustomer, forReader } from "../address-customer.js";
import type { LanguagePack } from "../pack.js";
import { countKnown } from "../word-pattern.js";
import { SWEDISH_ADDRESS } from "./address.js";
import { commands } from "./commands.js";
import { SWEDISH_DEADLINE_RULES } from "./deadline-rules.js";
import { swedishGrammar } from "./grammar.js";
import { messages } from "./messages.js";
import { isKnownSwedishPresent } from "./verbs.js";
import { MONTHS, NOT_TYPOS, TYPO_TARGETS } from "./words.js";

/** Swedish, assembled: how promises are written, what Lofte says, and the words of /lofte. */

/** Common words, folded, that English does not use: they tell a Swedish message. */
const COMMON_WORDS = new Set(
  `jag vi du ni ska skall till tills senast innan fore imorgon imorn idag ikvall nasta vecka veckan och att kunden offerten avtalet fakturan pa
  om med klockan kl mandag tisdag onsdag torsdag fredag lordag sondag aterkommer skickar fixar ringer lovar efter inom det den ar har
  inte kan hinner tack mote motet hej ocksa eller men sa sen nu dag dagar timmar manaden manadsskiftet helgen jul tar gor ser kommer
  mejlar kollar bokar levererar uppdaterar dem dom mig dig oss er var vad nar hur vem varfor ledig semester igar morgon snarast
  skickade ringde pratade mejlade bokade fixade levererade morse alla god gott trevlig helg bra jobbat hjalpen ses hors ocksa kanske
  nagon nan som vill borde maste behover fram klart gjort skickat sjuk hemma kontoret tyvarr halv kvart over manad nyar av gick ner upp natt inatt natten kvall`.split(
    /\s+/,
  ),
);

/** "jag skickar", "vi ska leverera", "…, jag återkommer": the verb after the writer as subject (folded text). */
const SPEAKER = /(?:^|[.!:;,]\s*|\s(?:och|sa|da)\s+)(?:jag|vi|ja)\s+(?:ska\s+|skall\s+|kommer\s+att\s+|lovar\s+att\s+)?(\p{L}+)/u;
/** "Offerten skickar jag": a fronted object. */
const FRONTED = /(\p{L}+)\s+(?:jag|vi)\b/u;
/** "Ringer dem i morgon": a verb without its subject. */
const VERB_FIRST = /^(\p{L}+)\s+\p{L}/u;

/** A Swedish verb without its subject must be one Lofte knows ("ringer"), not a look-alike ("Peter", "semester"). */
function knownPresent(word: string | undefined): string | undefined {
  return word && (isKnownSwedishPresent(word) || word === "ska") ? word : undefined;
}

export const swedish: LanguagePack = {
  code: "sv",
  name: "Svenska",
  locale: "sv-SE",
  grammar: swedishGrammar,
  deadlines: {
    rules: SWEDISH_DEADLINE_RULES,
    chrono: chrono.casual,
    typoTargets: TYPO_TARGETS,
    notTypos: NOT_TYPOS,
    monthWord: new RegExp(`(?<![\\p{L}])(?:${Object.keys(MONTHS).join("|")})(?![\\p{L}])`, "u"),
    monthFirstIn: () => false,
  },
  score: (text, words) => countKnown(words, COMMON_WORDS) + (/[åäö]/i.test(text) ? 2 : 0),
  ownVerb: (folded) => SPEAKER.exec(folded)?.[1] ?? knownPresent(FRONTED.exec(folded)?.[1]) ?? knownPresent(VERB_FIRST.exec(folded)?.[1]),
  messages,
  commands,
  addressCustomer: (said, customer) => addressCustomer(SWEDISH_ADDRESS, said, customer),
  forReader: (said, view) => forReader(SWEDISH_ADDRESS, said, view),
};
