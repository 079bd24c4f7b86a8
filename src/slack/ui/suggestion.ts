import { type Language, speak } from "../../language/index.js";
import { button, type Reply, section } from "../blocks.js";
import { ACTION } from "../ids.js";

/** What the Track button needs to open the form: the message and its words. */
export interface SuggestedMessage {
  channel: string;
  ts: string;
  text: string;
}

/** Slack refuses a button value of more than 2,000 characters: the message's words are cut to fit. */
const VALUE_MAX = 2000;

function buttonValue(message: SuggestedMessage): string {
  let { text } = message;
  let value = JSON.stringify({ ...message, text });
  while (value.length > VALUE_MAX && text.length > 0) {
    text = text.slice(0, Math.max(0, text.length - (value.length - VALUE_MAX)));
    value = JSON.stringify({ ...message, text });
  }
  return value;
}

/** "Vill du att jag håller koll på det här? [Spara som löfte] [Nej tack]", to the author only. */
export function suggestionReply(message: SuggestedMessage, language: Language): Reply {
  const t = speak(language).messages.suggestions;
  return {
    text: t.offer,
    blocks: [
      section(`:eyes: ${t.offer}`),
      {
        type: "actions",
        elements: [
          button(ACTION.suggestTrack, t.track, buttonValue(message), "primary"),
          button(ACTION.suggestDismiss, t.noThanks, message.ts),
        ],
      },
    ],
  };
}
