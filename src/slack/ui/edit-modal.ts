import type { types } from "@slack/bolt";
import type { Language } from "../../language/language.js";
import { messages } from "../../language/messages.js";
import { VIEW } from "../ids.js";
import { type PromiseFormValues, promiseModal } from "./promise-modal.js";

/** What the edit modal needs to know when it comes back, in `private_metadata`. */
export interface EditModalMetadata {
  commitmentId: string;
  version: number;
  timeZone: string;
  language: Language;
  /** Where to show the updated confirmation (the message the Edit button was on). */
  responseUrl?: string;
}

/** The edit modal, prefilled with the promise as it is. */
export function editModal(values: PromiseFormValues & { dueAt: Date }, metadata: EditModalMetadata): types.ModalView {
  return promiseModal(values, {
    callbackId: VIEW.edit,
    title: messages(metadata.language).modalTitle,
    metadata,
    timeZone: metadata.timeZone,
    language: metadata.language,
  });
}
