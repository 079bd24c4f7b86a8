import { z } from "zod";
import { MAX_TEXT_LENGTH } from "../../domain/commitment.js";
import { isValidTimeZone } from "../../domain/zoned-time.js";
import { LANGUAGE_CODES } from "../../language/index.js";

/**
 * What each modal carries in `private_metadata` from opening to saving. Lofte writes it, but it
 * comes back through Slack like any input, so it is checked with these schemas; the builders
 * in ui/ write the same types.
 */

const language = z.enum(LANGUAGE_CODES);
const timeZone = z.string().refine(isValidTimeZone);

/** The Track form (a message, or the Home tab's New promise when channel and message are null). */
export const trackMetadata = z.object({
  channelId: z.string().nullable(),
  /** The message was in a DM or a private channel. */
  private: z.boolean().default(false),
  messageTs: z.string().nullable(),
  text: z.string().max(MAX_TEXT_LENGTH),
  language,
  timeZone: z.string(),
});
export type TrackMetadata = z.infer<typeof trackMetadata>;

/** The edit form: the promise and its version when the form opened, and where to show the result. */
export const editMetadata = z.object({
  commitmentId: z.string().uuid(),
  version: z.number().int(),
  timeZone,
  language,
  responseUrl: z.url().optional(),
  /** A repeating promise's rule in words when the modal opened: the rule is changed only when "Upprepas" is. */
  repeatText: z.string().max(200).optional(),
});
export type EditMetadata = z.infer<typeof editMetadata>;

/** Need more time / Move deadline: the promise, and the message to update afterwards (the reminder or the lead's alert). */
export const newDeadlineMetadata = z.object({
  commitmentId: z.string().uuid(),
  language,
  timeZone,
  channel: z.string().nullable(),
  ts: z.string().nullable(),
  by: z.enum(["owner", "lead"]),
});
export type NewDeadlineMetadata = z.infer<typeof newDeadlineMetadata>;

/** Settings: the channel they were opened in, and the language of the form. */
export const settingsMetadata = z.object({ channelId: z.string(), language });
