import type { types } from "@slack/bolt";
import type { PromisePrefill } from "../../app/track.js";
import { type Language, speak } from "../../language/index.js";
import type { PromiseWords } from "../../language/promise-words.js";
import { plain, section } from "../blocks.js";
import { VIEW } from "../ids.js";
import type { EditMetadata } from "../payloads/view-metadata.js";
import { promiseModal } from "./promise-modal.js";

/** The edit modal, prefilled with the promise as it is. */
export function editModal(values: PromisePrefill & { dueAt: Date }, metadata: EditMetadata): types.ModalView {
  return promiseModal(values, {
    callbackId: VIEW.edit,
    title: speak(metadata.language).messages.form.editTitle,
    metadata,
    timeZone: metadata.timeZone,
    language: metadata.language,
  });
}

/** Saved from a list or Home, where no message shows the change: the modal says what it is now. */
export function editedModal(words: PromiseWords, language: Language): types.ModalView {
  const t = speak(language).messages;
  return {
    type: "modal",
    callback_id: VIEW.edit,
    title: plain(t.form.editTitle),
    close: plain(t.close),
    blocks: [section(`:white_check_mark: ${t.updated(words)}`)],
  };
}
