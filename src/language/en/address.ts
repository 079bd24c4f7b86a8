import type { AddressWords } from "../address-customer.js";

/**
 * English words for a promise said to the customer ("call Scania" → "call you", "get back to
 * Acme" → "get back to you"), and for the writer's own words as its owner and others read them.
 */
export const ENGLISH_ADDRESS: AddressWords = {
  you: "you",
  your: "your",
  before: /the\s+customer|the\s+client|customer|client/,
  us: { me: "us", i: "we", my: "our", mine: "ours", myself: "ourselves" },
  internal: /^(?:remind|ask|ping|chase|nudge|check\s+with|sync\s+with)\s/u,
  yours: { me: "you", i: "you", my: "your", mine: "yours", myself: "yourself" },
  theirs: { me: "them", i: "they", my: "their", mine: "theirs", myself: "themselves" },
};
