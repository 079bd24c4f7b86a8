import type { types } from "@slack/bolt";
import type { PromisePrefill } from "../../app/track.js";
import { speak } from "../../language/index.js";
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
