/** Action, block and view ids: one place, shared by the Block Kit builders and their listeners. */
export const ACTION = {
  edit: "commitment_edit",
  undo: "commitment_undo",
  saveDeadline: "deadline_save",
  pickDate: "deadline_date",
  pickTime: "deadline_time",
} as const;

export const VIEW = {
  edit: "commitment_edit_view",
} as const;

/** Blocks and inputs of the edit modal. */
export const FIELD = {
  owner: "owner",
  task: "task",
  customer: "customer",
  date: "date",
  time: "time",
  lead: "lead",
} as const;
