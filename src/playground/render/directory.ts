/** Who and what the renderer can name: people and channels of the workspace on the page. */
export interface Directory {
  /** Display name of a user ("Sven Lindqvist"), or null if unknown. */
  userName(id: string): string | null;
  /** Channel name without '#' ("sälj"), or null if unknown. */
  channelName(id: string): string | null;
  /** Everyone, for users_select: id and display name. */
  users(): readonly { id: string; name: string }[];
}
