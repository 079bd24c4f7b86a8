import type { AddressWords } from "../address-customer.js";

/**
 * Swedish words for a promise said to the customer ("ringa Scania" → "ringa er", "höra av mig"
 * → "höra av oss"), and for the writer's own words as its owner and others read them.
 */
export const SWEDISH_ADDRESS: AddressWords = {
  you: "er",
  your: "er",
  before: /kunden|kund/,
  us: { mig: "oss", jag: "vi", min: "vår", mitt: "vårt", mina: "våra" },
  internal: /^(?:påminna|fråga|pinga|be|kolla\s+med|stämma\s+av\s+med|jaga)\s/u,
  yours: { mig: "dig", mej: "dej", jag: "du", min: "din", mitt: "ditt", mina: "dina" },
  theirs: { mig: "sig", mej: "sig", jag: "hen", min: "sin", mitt: "sitt", mina: "sina" },
};
