/** A promise in words, as one reader sees it. What people wrote arrives escaped for Slack. */
export interface PromiseWords {
  /**
   * What was promised, in the words it was written in: "boka ett möte med Husqvarna". When those
   * words do not name the customer, the customer follows in brackets: "ringa tillbaka (Acme)".
   */
  said: string;
  /** Written in another language than the reader's: quoted as written, never woven into a sentence. */
  foreign: boolean;
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

/** What a ready-to-send message to the customer needs: the promise said to them, and when. */
export interface DraftWords {
  /** The promise addressed to the customer ("skicka offerten till er"); null when it cannot be, and a neutral phrase is used. */
  toYou: string | null;
  deadline: string;
  /** The deadline has passed: the slip is told in the past ("det har vi inte hunnit"). */
  late: boolean;
}
