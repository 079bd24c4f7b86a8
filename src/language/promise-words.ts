/** A promise in words, as the reader sees it. */
export interface PromiseWords {
  task: string;
  customer: string | null;
  /** Absolute, on the reader's clock: "fredag 27 november kl 17:00". */
  deadline: string;
}

/** A promise in a reminder: also how far off the deadline is and where it was made. */
export interface ReminderWords extends PromiseWords {
  /** "om 2 timmar", "in 3 days". */
  relative: string;
  /** Where the promise was made: a channel mention or a message link. */
  where: string | null;
}
