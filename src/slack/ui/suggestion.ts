import type { Language } from "../../language/language.js";
import { messages } from "../../language/messages.js";
import { ACTION } from "../ids.js";
import type { Reply } from "./capture-replies.js";

/** What the Track button needs to open the form: the message and its words. */
export interface SuggestedMessage {
  channel: string;
  ts: string;
  text: string;
}

/** "Vill du att jag håller koll på det här? [Spåra] [Nej tack]", to the author only. */
export function suggestionReply(message: SuggestedMessage, language: Language): Reply {
  const t = messages(language).suggestions;
  return {
    text: t.offer,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `:eyes: ${t.offer}` } },
      {
        type: "actions",
        elements: [
          {
            type: "button",
            action_id: ACTION.suggestTrack,
            style: "primary",
            text: { type: "plain_text", text: t.track },
            value: JSON.stringify(message),
          },
          { type: "button", action_id: ACTION.suggestDismiss, text: { type: "plain_text", text: t.noThanks }, value: message.ts },
        ],
      },
    ],
  };
}
