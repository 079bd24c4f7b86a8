import { ACTION } from "../../src/slack/ids.js";
import type { Fuzz } from "../support/fuzz-inputs.js";
import type { Lofte } from "../support/harness.js";
import { blockAction } from "../support/slack-driver.js";

/** Clicks on Lofte's buttons and menus as the block-actions fuzz sends them: as Slack would, or broken. */

export interface Targets {
  /** Promises the clicker may not change: someone else's, closed, in another workspace, or none at all. */
  refused: string[];
}

export interface Click {
  actionId: string;
  payload: Record<string, unknown>;
  /** A click Slack could send (only the promise is out of reach): the person must be told why nothing happened. */
  wellFormed: boolean;
}

/** The first action of a click, if there is one. */
export function actionOf(payload: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const actions = payload?.actions;
  return Array.isArray(actions) && actions[0] && typeof actions[0] === "object" ? actions[0] : undefined;
}

/** One click on `actionId`: as Slack would send it with an unreachable promise, or with hostile, missing or mistyped fields. */
export function generateClick(fuzz: Fuzz, actionId: string, i: number, lofte: Lofte, targets: Targets): Click {
  const id = fuzz.pick(targets.refused);
  const responseUrl = lofte.slack.responseUrl(`act-${i}`);
  const base = blockAction({ actionId, responseUrl, ...wellFormedFields(fuzz, actionId, id) });
  base.trigger_id = `fuzz.${i}`;
  if (fuzz.chance(0.3)) base.team = null; // an org-wide install: the team comes from user.team_id
  if (fuzz.chance(0.4)) return { actionId, payload: base, wellFormed: true };
  const mutations = 1 + fuzz.int(4);
  for (let m = 0; m < mutations; m++) mutate(fuzz, base, id);
  return { actionId, payload: base, wellFormed: false };
}

/** The fields a real click on `actionId` carries. */
function wellFormedFields(fuzz: Fuzz, actionId: string, id: string): Partial<Parameters<typeof blockAction>[0]> {
  switch (actionId) {
    case ACTION.snooze:
      return { blockId: `owner:${id}`, value: undefined, selectedOption: fuzz.pick(["1h", "3h", "tomorrow", "nextWorkingDay"]) };
    case ACTION.reassign:
      return { blockId: `lead:${id}`, value: undefined, selectedUser: "U0BOB" };
    case ACTION.listItem:
      return {
        blockId: `item:${id}`,
        value: undefined,
        selectedOption: `${fuzz.pick(["done", "edit", "1h", "tomorrow", "nextWorkingDay", "cant_make_it", "endSeries"])}|${fuzz.pick(["m", "t:C0SALES", "c:Acme"])}`,
      };
    case ACTION.followUp:
      return { value: `${id}:${fuzz.pick(["1w", "2w", "1m"])}` };
    case ACTION.saveDeadline:
      return {
        value: fuzz.text() || "jag skickar offerten",
        stateValues: {
          when: {
            [ACTION.pickDate]: {
              type: "datepicker",
              selected_date: fuzz.pick(["2026-12-02", "2026-11-24", "2026-02-30", "2026-13-01", "0000-00-00"]),
            },
            [ACTION.pickTime]: { type: "timepicker", selected_time: fuzz.pick(["10:30", "25:00", "9:5", "", "23:59"]) },
          },
        },
      };
    case ACTION.suggestTrack:
      return { value: JSON.stringify({ channel: "C0SALES", ts: "1764061200.000300", text: fuzz.text().slice(0, 2000) }) };
    case ACTION.newPromise:
    case ACTION.pickDate:
    case ACTION.pickTime:
      return { value: undefined };
    default:
      return { value: id, blockId: `owner:${id}` };
  }
}

/** One hostile change: a field missing, of another type, or holding garbage. */
function mutate(fuzz: Fuzz, payload: Record<string, unknown>, id: string): void {
  const action = actionOf(payload) ?? {};
  const user = (payload.user && typeof payload.user === "object" ? payload.user : {}) as Record<string, unknown>;
  switch (fuzz.int(13)) {
    case 0:
      action.value = fuzz.maybe(() => fuzz.text(), 0.6);
      break;
    case 1:
      action.value = `${id}:${fuzz.text()}`;
      break;
    case 2:
      action.block_id = fuzz.maybe(() => `${fuzz.pick(["owner", "lead", "item", ""])}:${fuzz.pick([id, fuzz.text()])}`, 0.6);
      break;
    case 3:
      action.selected_option = fuzz.maybe(() => ({ value: fuzz.text() }), 0.6);
      break;
    case 4:
      action.selected_user = fuzz.maybe(() => fuzz.idLike(["U0BOB", "U0ANNA", "W0BOB"]), 0.6);
      break;
    case 5:
      payload.team = fuzz.maybe(() => ({ id: fuzz.idLike(["T0LOFTE"]) }), 0.5);
      break;
    case 6:
      user.id = fuzz.maybe(() => fuzz.idLike(["U0ANNA", "U0BOB"]), 0.6);
      break;
    case 7:
      user.team_id = fuzz.maybe(() => fuzz.idLike(["T0LOFTE"]), 0.5);
      break;
    case 8:
      payload[fuzz.pick(["trigger_id", "response_url", "container", "channel", "api_app_id"])] = fuzz.value(1);
      break;
    case 9:
      payload.state = fuzz.maybe(() => ({ values: fuzz.object(2) }), 0.6);
      break;
    case 10:
      payload.user = fuzz.maybe(() => ({ id: fuzz.idLike(["U0ANNA"]) }), 0.3);
      break;
    case 11:
      payload.actions = fuzz.pick([[], [action, fuzz.object(1)], [{ ...fuzz.object(1), action_id: action.action_id }]]);
      break;
    default:
      Object.assign(action, fuzz.object(1), { action_id: action.action_id });
  }
}
