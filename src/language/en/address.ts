import type { AddressWords } from "../address-customer.js";

/** English words for a promise said to the customer: "call Scania" → "call you", "get back to Acme" → "get back to you". */
export const ENGLISH_ADDRESS: AddressWords = {
  you: "you",
  your: "your",
  before: /the\s+customer|the\s+client|customer|client/,
  us: { me: "us", i: "we", my: "our", mine: "ours", myself: "ourselves" },
  internal: /^(?:remind|ask|ping|chase|nudge|check\s+with|sync\s+with)\s/u,
};
