import type { messages as swedish } from "./sv/messages.js";

export type { PromiseWords, ReminderWords } from "./promise-words.js";

/**
 * The shape of a language's dictionary: every word Lofte says to people. Swedish defines it
 * (sv/messages.ts); English follows it (en/messages.ts). Builders get a dictionary with
 * `speak(code).messages`.
 */
export type Messages = typeof swedish;
