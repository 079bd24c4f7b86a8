import type { App } from "@slack/bolt";
import { ACTION } from "../../ids.js";
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

/** Buttons, menus and pickers, by the message they are on. */
export function registerActions(app: App, deps: SlackDeps): void {
  // The confirmation of /lofte, and the "when?" question.
  app.action(ACTION.edit, editButton(deps));
  app.action(ACTION.undo, undoButton(deps));
  app.action(ACTION.endSeries, endSeriesButton(deps));
  app.action(ACTION.saveDeadline, saveDeadlineButton(deps));
  app.action(ACTION.pickDate, acknowledgeOnly);
  app.action(ACTION.pickTime, acknowledgeOnly);
  app.action(ACTION.saveOwner, saveOwnerButton(deps));
  app.action(ACTION.pickOwner, acknowledgeOnly);
  app.action(ACTION.saveOther, saveOtherButton(deps));

  // Reminders: the owner's answers.
  app.action(ACTION.done, reminderAnswer(deps, "done"));
  app.action(ACTION.onTrack, reminderAnswer(deps, "on_track"));
  app.action(ACTION.snooze, reminderAnswer(deps, "snooze"));
  app.action(ACTION.cantMakeIt, reminderAnswer(deps, "cant_make_it"));
  app.action(ACTION.moreTime, moreTimeButton(deps, "owner"));
  app.action(ACTION.followUp, followUpButton(deps));

  // Escalations: the lead's choices.
  app.action(ACTION.pingOwner, pingOwnerButton(deps));
  app.action(ACTION.tellCustomer, leadChoice(deps, "customer_informed"));
  app.action(ACTION.reassign, leadChoice(deps, "reassign"));
  app.action(ACTION.moveDeadline, moreTimeButton(deps, "lead"));

  // Lists and the Home tab.
  app.action(ACTION.listItem, listItemMenu(deps));
  app.action(ACTION.listBack, listPage(deps));
  app.action(ACTION.listMore, listPage(deps));
  app.action(ACTION.newPromise, newPromiseButton(deps));
  app.action(ACTION.sickToday, sickTodayButton(deps));
  app.action(ACTION.backToday, backTodayButton(deps));

  // Time away: what falls due meanwhile (Move and Reassign are the reminder's and the confirmation's own).
  app.action(ACTION.awayKeep, awayKeepButton(deps));
  app.action(ACTION.awayOfferYes, awayOfferYesButton(deps));
  app.action(ACTION.awayOfferNo, awayOfferNoButton(deps));

  // Suggestions on channel messages.
  app.action(ACTION.suggestTrack, suggestionTrack(deps));
  app.action(ACTION.suggestDismiss, suggestionDismiss);
}
