import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { asLanguage, speak } from "../../../language/index.js";
import { isSlackId } from "../../payloads/input-values.js";
import { parseJson } from "../../payloads/interaction.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * Every Save of a modal is answered in time. One that fails before Lofte has answered (the
 * database down), or that carries ids Slack never sends, shows on `block` that nothing was
 * saved, where Slack would otherwise show its own connection error after an HTTP 500 or a wait.
 */
export function answeredOnFailure(block: string, listener: (args: Args) => Promise<void>): (args: Args) => Promise<void> {
  return async (args) => {
    const meta = parseJson(String(args.view.private_metadata ?? "")) as { language?: unknown } | null;
    const failed = { response_action: "errors" as const, errors: { [block]: speak(asLanguage(meta?.language)).messages.failed } };
    if (!isSlackId(args.body.user.id) || !isSlackId(args.body.team?.id ?? args.body.user.team_id)) {
      await args.ack(failed);
      return;
    }
    let answered = false;
    const ack: Args["ack"] = async (response) => {
      answered = true;
      await args.ack(response);
    };
    try {
      await listener({ ...args, ack });
    } catch (error) {
      if (answered) throw error;
      args.logger.error("view submission failed", error instanceof Error ? error.message : error);
      await args.ack(failed);
    }
  };
}
