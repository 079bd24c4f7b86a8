import type { CommitmentGrammar } from "../grammar.js";
import { WORD_END as E, WORD_START as S } from "../word-pattern.js";

const rx = (source: string, flags = "iu") => new RegExp(source, flags);

export const englishGrammar: CommitmentGrammar = {
  question: rx(
    `(\\?\\s*$|^\\s*(when|what|how|who|which|why|where|should\\s+we|shall\\s+we|do\\s+you|did\\s+you|have\\s+you|are\\s+you|is\\s+it|is\\s+there|will\\s+we)${E})`,
  ),
  request: rx(`^\\s*(can|could|would|will)\\s+(you|someone|anyone|somebody)${E}|^\\s*(please|pls|plz)${E}`),
  information: rx(
    `^\\s*(?:(?:i'm|i’m|im|i\\s+am|we're|we’re|we\\s+are)\\s+(?:off|out|away|sick|ooo|on\\s+vacation|on\\s+holiday|on\\s+leave|in\\s+the\\s+office|in\\s+a\\s+meeting|busy)|(?:the\\s+customer|the\\s+client|they|he|she|it|the\\s+meeting|the\\s+delivery|the\\s+contract|everyone)\\s+(?:is|are|has|have|was|were|will\\s+be)|thanks|thank\\s+you|fyi${E}|reminder${E}|note${E})`,
  ),
  pastTense: rx(
    `^\\s*(?:i|we)\\s+(?:(?:already|just)\\s+)?(?:'ve|’ve|have|had|sent|called|wrote|gave|took|did|made|spoke|met|got|was|were|\\p{L}+ed)${E}|^\\s*(?:i've|i’ve|we've|we’ve)${E}`,
  ),
  promiseOpening: rx(
    `^\\s*(?:(?:ok|okay|sure|yes|absolutely|will\\s+do|no\\s+problem)[,!.]?\\s+)?(?:(?:i|we)(?:'ll|’ll|\\s+will|\\s+shall|\\s+promise\\s+to|\\s+am\\s+going\\s+to|\\s+are\\s+going\\s+to|'m\\s+going\\s+to|’m\\s+going\\s+to|'re\\s+going\\s+to|\\s+can|\\s+need\\s+to|\\s+have\\s+to|\\s+plan\\s+to|\\s+want\\s+to)?|i'll|i’ll|ill|we'll|let\\s+me|will)\\s+`,
  ),
  undatedPromise: rx(
    `${S}(get\\s+back|follow\\s+up|asap|as\\s+soon\\s+as\\s+possible|on\\s+it|look\\s+into\\s+it|take\\s+care\\s+of\\s+it)${E}`,
  ),
  customer: rx(`${S}(?:to|for|with|at)\\s+((?:[A-Z0-9][\\p{L}0-9&.'-]*)(?:\\s+(?:[A-Z][\\p{L}0-9&.'-]*|Inc\\.?|Ltd\\.?|&))*)`, "u"),
  dangling: rx(`${S}(by|on|before|until|till|at|in|within|the|no\\s+later\\s+than|and|,)\\s*$`),
  toInfinitive(verb) {
    return verb;
  },
};
