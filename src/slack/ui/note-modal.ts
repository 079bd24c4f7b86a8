import type { types } from "@slack/bolt";
import { plain, section } from "../blocks.js";

/** A modal that only says something (no form): for a shortcut that has nothing to open. */
export function noteModal(title: string, text: string, close: string): types.ModalView {
  return { type: "modal", title: plain(title), close: plain(close), blocks: [section(text)] };
}
