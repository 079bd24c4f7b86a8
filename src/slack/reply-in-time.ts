import type { RespondFn } from "@slack/bolt";
import type { Reply } from "./blocks.js";

/**
 * Slack wants an answer to a slash command within 3 seconds. The reply goes in the
 * acknowledgement itself when the work is done in time (the common case, no extra request);
 * otherwise Lofte acknowledges empty-handed and sends the reply to the response URL later.
 */
export async function replyInTime(
  ack: (reply?: { response_type: "ephemeral"; text: string; blocks: Reply["blocks"] }) => Promise<void>,
  respond: RespondFn,
  work: Promise<Reply>,
  budgetMs = 2000,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), budgetMs);
  });
  const first = await Promise.race([work, late]);
  clearTimeout(timer);
  if (first !== "late") {
    await ack({ response_type: "ephemeral", ...first });
    return;
  }
  await ack();
  const reply = await work;
  await respond({ response_type: "ephemeral", ...reply });
}
