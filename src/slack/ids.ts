import { escapeRegExp } from "../language/word-pattern.js";

/** Action, block and view ids: one place, shared by the Block Kit builders and their listeners. */
export const ACTION = {
  edit: "commitment_edit",
  undo: "commitment_undo",
  endSeries: "series_end",
  saveDeadline: "deadline_save",
  pickDate: "deadline_date",
  pickTime: "deadline_time",
  // "Vem är Erik?": the person picked, and Spara.
  pickOwner: "owner_pick",
  saveOwner: "owner_save",
  // "Spara även detta": another promise the same message made.
  saveOther: "other_promise_save",
  // The owner's answers on a reminder.
  done: "nudge_done",
  onTrack: "nudge_on_track",
  snooze: "nudge_snooze",
  moreTime: "nudge_more_time",
  cantMakeIt: "nudge_cant_make_it",
  followUp: "nudge_follow_up",
  // The lead's choices on an escalation.
  pingOwner: "lead_ping_owner",
  tellCustomer: "lead_tell_customer",
  reassign: "lead_reassign",
  moveDeadline: "lead_move_deadline",
  // Lists and the Home tab.
  listItem: "list_item_menu",
  listBack: "list_page_back",
  listMore: "list_page_more",
  newPromise: "home_new_promise",
  sickToday: "home_sick_today",
  // Time away: keep a promise due meanwhile as it is.
  awayKeep: "away_keep",
  // An away status: record the days offered, or not.
  awayOfferYes: "away_offer_yes",
  awayOfferNo: "away_offer_no",
  backToday: "home_back_today",
  // Suggestions on channel messages.
  suggestTrack: "suggestion_track",
  suggestDismiss: "suggestion_dismiss",
} as const;

/**
 * The buttons of one line in a message that lists several promises (what falls due while away,
 * a handover): answering one line must not replace the whole message.
 */
export const lineBlock = (commitmentId: string) => `line:${commitmentId}`;

export type ActionId = (typeof ACTION)[keyof typeof ACTION];

export const SHORTCUT = {
  track: "track_as_promise",
} as const;

export const VIEW = {
  edit: "commitment_edit_view",
  track: "commitment_track_view",
  newDeadline: "commitment_new_deadline_view",
  settings: "settings_view",
} as const;

export type ViewId = (typeof VIEW)[keyof typeof VIEW];

/** Blocks and inputs of the edit modal. */
export const FIELD = {
  owner: "owner",
  task: "task",
  customer: "customer",
  date: "date",
  time: "time",
  lead: "lead",
  note: "note",
  /** A repeating promise's rule, in words ("varje fredag"); in the edit modal only. */
  repeat: "repeat",
} as const;

/** A pattern matching exactly these ids (Bolt's constraint for one listener that serves them all). */
export function exactly(ids: readonly string[]): RegExp {
  return new RegExp(`^(?:${ids.map(escapeRegExp).join("|")})$`);
}
