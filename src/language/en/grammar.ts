import type { CommitmentGrammar } from "../grammar.js";
import { WORD_END as E, WORD_START as S } from "../word-pattern.js";
import { englishBase, isEnglishBase, isEnglishGerund, isEnglishPast, isEnglishThirdPerson } from "./verbs.js";
import { MONTHS, WEEKDAYS } from "./words.js";

const rx = (source: string, flags = "u") => new RegExp(source, flags);
const SPEAKER = "(?:i|we|ill|i'll|we'll|i'm|im|we're|i'd|we'd|i've|we've)";
const YOU = "(?:you|u|ya|y'all|someone|somebody|anyone|anybody|one\\s+of\\s+you)";

/** Where the speaker is: "off", "on vacation", "in a meeting". */
const AWAY =
  "waiting|off|out|away|sick|ill|ooo|on\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+)?(?:call|meeting|zoom|teams\\s+call|sync|demo)|on\\s+(?:vacation|holiday|holidays|leave|pto|parental\\s+leave|sick\\s+leave|a\\s+plane|the\\s+road|a\\s+trip|site)|in\\s+(?:the\\s+office|office|a\\s+meeting|meetings|town|(?!(?:touch|contact|charge|time|the\\s+loop|a\\s+position|good\\s+shape|production|prod|sync|line|stock|progress|review|testing|test|beta|trouble|a\\s+hurry|order|place|use|service|control|front|the\\s+clear|the\\s+lead|shape|good|great|full|the\\s+works|the\\s+pipeline|development|qa|staging)(?![\\p{L}]))(?:[\\p{L}-]+))|working\\s+from|wfh|remote|busy|unavailable|offline|back|travell?ing|at\\s+(?:the|a)\\s+\\p{L}+|at\\s+(?!it(?![\\p{L}]))\\p{L}+|free|around|available|home|late|booked";

export const englishGrammar: CommitmentGrammar = {
  filler: rx(
    `^(?:(?:ok|okay|k|sure|yes|yep|yeah|absolutely|of\\s+course|no\\s+problem|no\\s+worries|np|hi|hey|hello|@\\S+|(?:i\\s+)?promise(?=[\\s,.!:;-]+(?:i|we)['\\s]))(?:[\\s,.!:;-]+|$)|(?:sounds\\s+good|great|perfect|cool|alright|all\\s+right|got\\s+it|noted|understood|roger|good\\s+morning|consider\\s+it\\s+done)(?:[,.!:;-]+\\s*|$)|will\\s+do[,.!:;-]+\\s*(?=\\p{L}))+`,
  ),
  tagQuestion: rx(
    `[,\\s]+(?:ok|okay|right|sound\\s+good|sounds\\s+good|does\\s+that\\s+work|ok\\s+with\\s+you|if\\s+that\\s+works|alright|yeah|cool|good)\\s*\\?+\\s*$`,
  ),
  conjunction: rx(`^(?:and|but|so|then|also|plus)${E}\\s*`),
  verbSecond: false,
  subordinator: rx(`^\\s*(?:if|once|when|after|before|as\\s+soon\\s+as|since|because|unless)\\s`),
  speaker: rx(`^${SPEAKER}$`),
  listener: rx(`^${YOU}$`),
  modal: rx(`^(?:will|'ll|shall|can|gonna|must|should)$`),
  question: rx(
    `\\?\\s*$|^(?:who's|whos|who\\s+is|who\\s+will|who'll|should|shall|do|does|did|(?:is|are)(?!\\s+\\p{L}+ing)|was|were|have|has|had|any|anyone|anybody|can\\s+(?:i|we)|could\\s+(?:i|we)|will\\s+(?:we|they|he|she|it|the)|would\\s+(?:we|they|it)|am\\s+i|wondering|i\\s+wonder)${E}`,
  ),
  questionWord: rx("^(?:when|what|how|who|whom|which|why|where|whose)$"),
  request: rx(
    `^(?:(?:can|could|would|will|wud|cud|can't|cant|won't)\\s+${YOU}|please|pls|plz|kindly|(?:don't|dont|do\\s+not)\\s+forget|remember\\s+to|make\\s+sure|be\\s+sure\\s+to|you\\s+(?:need|have|should|must|gotta|ought|'ll\\s+need|will\\s+need)|you'll\\s+need|(?:i|we)\\s+need\\s+you\\s+to|need\\s+you\\s+to|would\\s+you\\s+mind|do\\s+you\\s+mind|mind\\s+\\p{L}+ing|let's|lets|let\\s+us|(?:it\\s+)?(?:would|'d)\\s+be\\s+(?:great|good|nice|awesome|helpful)\\s+if|it'd\\s+be\\s+(?:great|good|nice)\\s+if|(?:(?:i|we)\\s+)?(?:need|want|would\\s+like|'d\\s+like)\\s+(?!to${E})\\p{L}+|(?:someone|somebody|anyone|anybody)\\s+(?:needs?\\s+to|should|must|has\\s+to|able\\s+to|available\\s+to|free\\s+to|want\\s+to|up\\s+for))${E}`,
  ),
  information: rx(
    // A quote, what someone else says, hoping, waiting ("we'll wait until Monday"),
    // offering a slot or help, considering, a contract's end.
    `^(?:(?:i|we)\\s+(?:can|could)\\s+do(?:\\s+for\\s+the\\s+\\p{L}+)?$|if\\s+you\\s+need|(?:just\\s+)?(?:shout|give\\s+me\\s+a\\s+shout|holler)$|(?:i'm|im|i\\s+am|we're|were|we\\s+are)\\s+(?:thinking\\s+(?:of|about)|considering|toying\\s+with)|(?:[\\p{L}&.-]+['’]s\\s+|the\\s+|our\\s+|their\\s+)?(?:contract|agreement|licen[cs]e|subscription|trial|warranty|support\\s+plan)\\s+(?:expires|ends|runs\\s+out|renews|lapses)|["“”][^"“”]*["“”]|(?:the\\s+)?due\\s+date\\s+(?:set|changed|updated|moved)|(?:(?:i|we)(?:'ll|\\s+will|'re\\s+going\\s+to|\\s+can)?\\s+)?wait(?:ing)?(?:\\s+(?:until|till|til|then|for\\s+(?:it|that|them|now)))?(?:\\s+then)?$|(?:(?:i'm|im|i\\s+am|we're|we\\s+are)\\s+)?hoping|(?:the\\s+)?(?:client|customer)s?\\s+(?:wants?|expects?|needs?|would\\s+like)|(?!(?:i|we)\\s)[\\p{L}&-]+\\s+(?:said|says|mentioned|told\\s+us|writes|wrote)${E}|[\\p{L}&-]+\\s+expects?|thanks|thank\\s+you|thx|thnx|ty|tks|cheers|many\\s+thanks|fyi|f\\.y\\.i\\.?|heads\\s+up|note|nb|ps|reminder|just\\s+a\\s+reminder|quick\\s+reminder|update|status|great\\s+(?:job|work)|nice\\s+(?:job|work)|good\\s+(?:job|work)|well\\s+done|congrats|congratulations|kudos|merry|happy\\s+(?!to${E})\\p{L}+|welcome|good\\s+morning|have\\s+a\\s+(?:great|nice|good|lovely)|enjoy|see\\s+you|talk\\s+soon|back|(?:i'm|im|i\\s+am|we're|we\\s+are)\\s+(?:meeting|seeing|having|attending|joining|flying|travell?ing|visiting|hosting)|works\\s+for|\\p{L}+\\s+works\\s+for\\s+(?:me|us)|ooo|let\\s+me\\s+know|lmk|(?:i|we)\\s+(?:look|are\\s+looking|'re\\s+looking|'m\\s+looking|am\\s+looking)\\s+forward|looking\\s+forward|happy\\s+to\\s+help|(?:i\\s+|we\\s+)?(?:think|believe|guess|assume|hope|know|understand|heard|wonder)|(?:i'm|im|i\\s+am|we're|we\\s+are|i'll\\s+be|ill\\s+be|i\\s+will\\s+be|we'll\\s+be|we\\s+will\\s+be|i'm\\s+going\\s+to\\s+be|i\\s+am\\s+going\\s+to\\s+be)\\s+(?:(?:also|still|probably|unfortunately)\\s+)?(?:${AWAY})|(?:i|we)\\s+(?:have|'ve\\s+got|got|'ve)\\s+(?:a\\s+|an\\s+)?(?:meeting|meetings|call|appointment|dentist|doctor|day\\s+off|vacation|holiday|pto|conflict|clash|lunch|dinner|breakfast|coffee|demo|workshop|kickoff|kick-off|presentation|review|training|interview|webinar|visit|site\\s+visit|(?:team\\s+)?(?:standup|stand-up|sync|retro|offsite))|(?:i|we)\\s+(?:work|am\\s+working|'m\\s+working)\\s+(?:from|remotely)|(?:i|we)\\s+(?:usually|normally|typically|generally|always|tend\\s+to)|(?:the\\s+)?(?:meeting|call|demo|deadline|delivery|event|workshop|webinar|last\\s+day|due\\s+date|cut-?off)\\s+(?:is|was|has|will|moved|got|for)|(?:(?:a|the|our|my)\\s+)?(?:call|meeting|sync|demo|lunch|dinner|catch-?up|check-?in|kick-?off|workshop|webinar|standup|1:1|qbr|review|onboarding|training|session)\\s+with)${E}`,
  ),
  absence: rx(
    `^(?:(?:i'm|im|i\\s+am|i'll\\s+be|i\\s+will\\s+be|we're|we\\s+are)\\s+)?(?:out\\s+of\\s+(?:the\\s+)?office|ooo|away|off\\s+sick|out\\s+sick|off\\s+work|(?:on\\s+)?(?:vacation|holiday|holidays|pto|parental\\s+leave|sick\\s+leave|annual\\s+leave)|on\\s+leave|on\\s+a\\s+business\\s+trip)${E}|^(?:i'm|im|i\\s+am|i'll\\s+be|i\\s+will\\s+be)\\s+(?:sick|away|off)${E}`,
  ),
  doneTask: "have it done",
  proForm: {
    task: rx("^(?:do|handle|sort|tackle|get\\s+to|take\\s+care\\s+of)\\s+(?:it|that|this)(?:\\s+out)?$"),
    notYet: rx(
      // The speaker's own, or said without a subject: "Acme haven't been able to log in" is no task of ours.
      `(?:^|[,.;!?\\n]\\s*)(?:(?:i|we)\\s+)?(?:haven't|havent|have\\s+not|hadn't|didn't|did\\s+not)\\s+(?:had\\s+(?:the\\s+)?(?:time|a\\s+chance)\\s+to|get\\s+(?:round|around)\\s+to|got(?:ten)?\\s+(?:round|around)\\s+to|managed\\s+to)\\s+(?<task>[^,.;!?\\n]+?)(?:\\s+yet)?\\s*(?=[,.;!?\\n]|$)`,
      "dgu",
    ),
  },
  passive: rx(
    `^(?!(?:i|we|you|he|she|they|it|everyone|someone|somebody|(?:the\\s+|our\\s+|my\\s+)?(?:customer|customers|client|clients|supplier|vendor|courier|consultant|technician|guests|visitors|team|boss|manager|meeting|call))${E})(?:[\\p{L}\\d][\\p{L}\\d'-]*\\s+){1,6}?(?:goes\\s+(?:out|live|over)|go\\s+out|will\\s+go\\s+(?:out|live)|will\\s+be\\s+(?:sent|ready|done|delivered|shipped|out|live|finished|signed|published)|is\\s+(?:ready|done)|(?:is|are)\\s+going\\s+(?:out|live|over)|(?:is|are)\\s+being\\s+(?:sent|delivered|shipped|signed|published|finalized|finalised)|(?:is|are)\\s+going\\s+to\\s+be\\s+(?:sent|ready|done|delivered|shipped|finished|signed|published)|gets\\s+sent|ships|will\\s+ship|lands\\s+with|will\\s+land)(?:\\s|$)`,
  ),
  makeSure: "make sure",
  ourTeam:
    /^(?:(?:the\s+|our\s+)?(?:support|sales|finance|accounting|engineering|devops|customer\s+success)(?:\s+team)?|(?:the\s+|our\s+)?(?:dev|ops|billing|delivery|implementation|onboarding|legal|product|design)\s+team|(?:the|our|my)\s+team|we\s+(?:in|at|on)\s+(?:the\s+)?[\p{L}-]+(?:\s+team)?)(?=\s*(?:will|'ll|can|shall|are\s+going\s+to|plans?\s+to|promises?\s+to)(?![\p{L}]))/iu,
  we: "We",
  ruledOut: { before: /(?<=^|\s)not\s+$/u, after: /^\s*,?\s*but(?=\s)/u },
  selfNote: rx(
    `^(?:remind\\s+me\\s+to\\s+|(?:reminder|note)\\s+(?:for|to)\\s+(?:myself|me|self)\\s*[:\\-–]?\\s*|note\\s+to\\s+self\\s*[:\\-–]?\\s*|(?:todo|to-do|to\\s+do|self-?reminder)\\s*[:\\-–]\\s*)`,
  ),
  promisedTo: {
    report: rx(
      `^(I|We|i|we)(?:\\s+(?:have|had)|['’]ve|['’]d)?\\s+(?:promised|promise|(?:said|told)(?=\\s+(?:[A-Z]\\S*\\s+|them\\s+|him\\s+|her\\s+|you\\s+)?(?:that\\s+)?(?:I'd|I’d|I\\s+would|we'd|we’d|we\\s+would|I'll|I’ll|we'll|we’ll|I\\s+will|we\\s+will)\\s))\\s+(?:(?![Tt]o\\s|[Tt]hat\\s|I(?:['’]|\\s))([A-Z][\\p{L}\\d&.'’-]*(?:\\s+(?!I(?:['’]|\\s))[A-Z][\\p{L}\\d&.'’-]*)*|them|him|her|you|the\\s+customer|the\\s+client)\\s+)?((?:that\\s+)?(?:I'd|I’d|I\\s+would|we'd|we’d|we\\s+would|I'll|I’ll|we'll|we’ll|I\\s+will|we\\s+will|to)\\s+)?`,
    ),
    plan: rx(`^(I|We|i|we)\\s+(?:(?:was|were)\\s+(?:going\\s+to|gonna)|planned\\s+to|meant\\s+to)\\s+`),
    future: "will",
    give: "give",
    to: "to",
    them: /them|you|him|her/,
    nobody: /^(?:them|him|her|you|the\s+customer|the\s+client)$/iu,
    it: /^(?:it|them|this|that)(?![\p{L}])/iu,
    someoneGets: /^(?:that\s+)?(\p{Lu}[\p{L}\d&-]*\s+(?:gets|will\s+get|would\s+get|has|will\s+have|receives)\s)(?=\p{L})/u,
    selfAgain: /^(?:that\s+)?(?:I|we)\s+(?=\p{L})/u,
    makeSure: "make sure",
    // "get the quote"; "get to try" (may try) is theyMay's.
    theyGet: /^(?:that\s+)?(?:they|you|he|she)(?:['’]d|['’]ll|\s+would|\s+will|\s+should)?\s+(?:have|get|receive)\s+(?=\p{L})(?!to\s)/iu,
    theyMay: /^(?:that\s+)?(?:they|you|he|she)(?:['’]d|['’]ll|\s+would|\s+will|\s+should)?\s+(?:get\s+to|can|could|may)\s+(?=\p{L})/iu,
    let: "let",
    thing: /^(?:a|an|the|some|our|feedback|answers?|updates?)(?![\p{L}])/iu,
    verb: /^(?!(?:the|a|an|it|this|that|we|they|he|she|you|our|my|I)(?![\p{L}]))\p{L}+/iu,
    contact: /^(?:call|phone|ring|email|e-mail|mail|ping|text|contact|visit|meet|update|brief|remind)$/iu,
    namesOther: /(?<![\p{L}])(?:to|for|with)\s+\p{Lu}/u,
  },
  ownReminder: rx(`^(?:(?:don'?t|do\\s+not)\\s+forget\\s+to\\s+|remember\\s+to\\s+)`),
  negation: rx(
    `^(?:${SPEAKER}\\s+)?(?:[\\p{L}']+\\s+){0,2}?(?:won't|wont|can't|cant|cannot|couldn't|couldnt|will\\s+not|am\\s+not|'m\\s+not|are\\s+not|don't|dont|do\\s+not|not\\s+able|unable|not\\s+going\\s+to|never|shouldn't|wouldn't|not)${E}(?![^\\p{L}]*(?:[\\p{L}']+[^\\p{L}]+)?but${E})`,
  ),
  // "If I get time …", "time permitting": only if there is time, which promises nothing.
  retraction: rx(
    `${S}(?:(?:that's|thats|that\\s+is|it's|it\\s+is)\\s+not\\s+(?:happening|going\\s+to\\s+happen)|not\\s+gonna\\s+happen|no\\s+promises|(?:can't|cannot|can\\s+not|won't)\\s+promise|if\\s+(?:i|we)\\s+(?:have|get|find)\\s+(?:the\\s+)?(?:time|a\\s+chance|a\\s+minute)|time\\s+permitting|if\\s+time\\s+allows)${E}`,
  ),
  hedge: rx(
    `${S}(?:might|maybe|perhaps|possibly|may|(?:i|we)\\s+hope|if\\s+(?:i|we)\\s+(?:have|get|find)\\s+(?:time|a\\s+chance)|could\\s+potentially|tentatively|(?:we|you|they)\\s+(?:should|ought\\s+to)|should\\s+(?:we|probably)|we\\s+(?:might|may)\\s+want)${E}`,
  ),
  past: rx(
    `^(?:(?:i|we)\\s+)?(?:should|could|would)(?:'ve|\\s+have)\\s+\\p{L}+${E}|^(?:(?:i|we)\\s+)?(?:(?:just|already|also|finally)\\s+)?(?:(?:have|'ve|had|'d)\\s+(?:(?:just|already|also|finally)\\s+)?\\p{L}+(?:ed|en|ne|wn)|i've|we've)${E}|^(?:done|sent|fixed|shipped|delivered|booked|finished)${E}`,
  ),
  promise: rx(
    `^(?:(?:our|my)\\s+team\\s+(?:will|'ll|is\\s+going\\s+to|can)|you(?:'ll|\\s+will)\\s+(?:have|get|receive|see|hear)|${SPEAKER}|will|'ll|gonna|going\\s+to|let\\s+me|promise|happy\\s+to|on\\s+it|will\\s+do|can\\s+do|need\\s+to|have\\s+to|got\\s+to|gotta|planning\\s+to|plan\\s+to|aim\\s+to|hoping\\s+to|expect\\s+to|(?:is|are)\\s+\\p{L}+ing|to\\s+\\p{L}+)${E}`,
  ),
  opening: rx(
    `^(?:(?:our|my)\\s+team(?:'ll|\\s+will|\\s+is\\s+going\\s+to|\\s+can)|(?:i|we)(?:'ll|\\s+will|\\s+shall|'m\\s+going\\s+to|\\s+am\\s+going\\s+to|'re\\s+going\\s+to|\\s+are\\s+going\\s+to|'m\\s+gonna|\\s+promise\\s+to|\\s+can|\\s+could|\\s+need\\s+to|\\s+have\\s+to|\\s+must|\\s+should|\\s+plan\\s+to|\\s+want\\s+to|\\s+intend\\s+to|'m|\\s+am|'re|\\s+are|'d)?|ill|let\\s+me|will|gonna|going\\s+to|promise\\s+to|happy\\s+to|is|are|to|can)\\s+(?:(?:try\\s+to|make\\s+sure\\s+(?:to|i|we)|go\\s+ahead\\s+and|be\\s+able\\s+to|be)\\s+)?`,
  ),
  adverb: rx(`^(?:definitely|also|just|quickly|then|probably|hopefully|certainly|surely|still)${E}\\s*`),
  undated: rx(
    `${S}(?:asap|a\\.s\\.a\\.p\\.?|as\\s+soon\\s+as\\s+(?:possible|i\\s+can|we\\s+can)|shortly|soon|in\\s+a\\s+bit|in\\s+a\\s+while|at\\s+the\\s+latest)${E}`,
    "gu",
  ),
  customer: rx(
    `(?<![\\p{L}])(?:to|for|with|at|customer|client)\\s+(?:the\\s+(?:customer|client)\\s+)?([A-Z0-9][\\p{L}0-9&.'’-]*[\\p{L}0-9&]|[A-Z])((?:\\s+(?:[A-Z][\\p{L}0-9&.'’-]*[\\p{L}0-9&]|Inc\\.?|Ltd\\.?|LLC|&|Co\\.?|and\\s+[A-Z][\\p{L}0-9&.'’-]*[\\p{L}0-9&]))*)`,
  ),
  addressee: rx(
    `(?<![\\p{L}])(?:(?:call|ring|phone|email|e-mail|mail|ping|text|contact|chase|nudge|remind|visit|meet|update|brief|invoice|bill|answer|send|give|show|get|reach|let)(?:e?s)?)\\s+([A-Z][\\p{L}0-9&.'’-]*[\\p{L}0-9&]|[A-Z])((?:\\s+(?:[A-Z][\\p{L}0-9&.'’-]*[\\p{L}0-9&]|Inc\\.?|Ltd\\.?|LLC))*)(?=$|[\\s,.;!?])(?!\\s+to\\s)`,
  ),
  // Months and weekdays too: "send March numbers" names no customer.
  notCustomers: new Set([
    ..."i you we me us them him her slack teams zoom google meet excel jira confluence drive sharepoint outlook q1 q2 q3 q4 eod cob asap pdf api crm erp it hr ceo cto cfo sow nda po qa ux ui kpi okr".split(
      " ",
    ),
    ...Object.keys(MONTHS),
    ...Object.keys(WEEKDAYS),
  ]),
  dangling: rx(
    `(?:^|\\s)(?:by|on|before|until|till|at|(?<!(?:check|log|sign|fill|hand|turn|drop|chip|pitch|plug|clock|call|send)\\s)in|within|no\\s+later\\s+than|and|or|around|for|latest|sometime|due|,)\\s*$`,
    "iu",
  ),

  isPresent: (word) => isEnglishGerund(word),
  isImperative: (word) => isEnglishBase(word),
  isPast: isEnglishPast,
  isFinite: isEnglishThirdPerson,
  toInfinitive: englishBase,
};
