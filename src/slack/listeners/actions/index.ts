import type { AllMiddlewareArgs, App, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { ACTION, type ActionId, exactly } from "../../ids.js";
import type { SlackDeps } from "../../slack-port.js";
import { acknowledgeOnly, editButton, endSeriesButton, undoButton } from "./commitment-buttons.js";
import { followUpButton } from "./follow-up.js";
import { leadChoice, pingOwnerButton } from "./lead-choices.js";
import { listItemMenu, listPage } from "./list-item.js";
import { newPromiseButton } from "./new-promise.js";
import { moreTimeButton, reminderAnswer } from "./reminder-answers.js";
import { saveDeadlineButton } from "./save-deadline.js";
import { saveOtherButton } from "./save-other.js";
import { saveOwnerButton } from "./save-owner.js";
import { suggestionDismiss, suggestionTrack } from "./suggestion-choices.js";
import { awayKeepButton, awayOfferNoButton, awayOfferYesButton, backTodayButton, sickTodayButton } from "./time-away.js";

/**
 * A button's handler, or a picker's or a menu's (those take any element). As with Bolt's own
 * `app.action(id, …)`, the element a handler expects is its action_id's, unchecked.
 */
type Handler = (args: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs) => Promise<void>;

/**
 * Buttons, menus and pickers, by the message they are on, through one Bolt listener that finds
 * the handler by action_id. Bolt runs every listener's own matching on every request, a slash
 * command included: one listener for each of these cost about 0.5 ms of CPU a command (12%).
 */
export function registerActions(app: App, deps: SlackDeps): void {
  const handlers: Record<ActionId, Handler> = {
    // The confirmation of /lofte, and the "when?" question.
    [ACTION.edit]: editButton(deps),
    [ACTION.undo]: undoButton(deps),
    [ACTION.endSeries]: endSeriesButton(deps),
    [ACTION.saveDeadline]: saveDeadlineButton(deps),
    [ACTION.pickDate]: acknowledgeOnly,
    [ACTION.pickTime]: acknowledgeOnly,
    [ACTION.saveOwner]: saveOwnerButton(deps),
    [ACTION.pickOwner]: acknowledgeOnly,
    [ACTION.saveOther]: saveOtherButton(deps),

    // Reminders: the owner's answers.
    [ACTION.done]: reminderAnswer(deps, "done"),
    [ACTION.onTrack]: reminderAnswer(deps, "on_track"),
    [ACTION.snooze]: reminderAnswer(deps, "snooze"),
    [ACTION.cantMakeIt]: reminderAnswer(deps, "cant_make_it"),
    [ACTION.moreTime]: moreTimeButton(deps, "owner"),
    [ACTION.followUp]: followUpButton(deps),

    // Escalations: the lead's choices.
    [ACTION.pingOwner]: pingOwnerButton(deps),
    [ACTION.tellCustomer]: leadChoice(deps, "customer_informed"),
    [ACTION.reassign]: leadChoice(deps, "reassign"),
    [ACTION.moveDeadline]: moreTimeButton(deps, "lead"),

    // Lists and the Home tab.
    [ACTION.listItem]: listItemMenu(deps),
    [ACTION.listBack]: listPage(deps),
    [ACTION.listMore]: listPage(deps),
    [ACTION.newPromise]: newPromiseButton(deps),
    [ACTION.sickToday]: sickTodayButton(deps),
    [ACTION.backToday]: backTodayButton(deps),

    // Time away: what falls due meanwhile (Move and Reassign are the reminder's and the confirmation's own).
    [ACTION.awayKeep]: awayKeepButton(deps),
    [ACTION.awayOfferYes]: awayOfferYesButton(deps),
    [ACTION.awayOfferNo]: awayOfferNoButton(deps),

    // Suggestions on channel messages.
    [ACTION.suggestTrack]: suggestionTrack(deps),
    [ACTION.suggestDismiss]: suggestionDismiss,
  };
  app.action<BlockAction>(exactly(Object.keys(handlers)), (args) =>
    handlers[args.action.action_id as ActionId](args as Parameters<Handler>[0]),
  );
}
