import type { Member } from "./stand-in/state.js";

/**
 * The playground's small workspace: four people and two channels, enough to see languages,
 * time zones, leads and permissions at work.
 */

export const TEAM = { id: "T0PLAYGROUND", domain: "lofte-playground" };

export interface Person extends Member {
  id: string;
  name: string;
}

export const SVEN = "U0SVEN";
export const KARIN = "U0KARIN";
export const EMMA = "U0EMMA";
export const JAKE = "U0JAKE";

export const PEOPLE: readonly Person[] = [
  { id: SVEN, name: "Sven Lindqvist", title: "Säljare, Stockholm", tz: "Europe/Stockholm", locale: "sv-SE" },
  { id: KARIN, name: "Karin Berg", title: "Teamledare och admin, Stockholm", tz: "Europe/Stockholm", locale: "sv-SE", isAdmin: true },
  { id: EMMA, name: "Emma Clarke", title: "Account manager, London", tz: "Europe/London", locale: "en-GB" },
  { id: JAKE, name: "Jake Miller", title: "Solutions engineer, New York", tz: "America/New_York", locale: "en-US" },
];

export const SALES = "C0SALJ";
export const SUPPORT = "C0SUPPORT";

export const CHANNELS = [
  { id: SALES, name: "sälj" },
  { id: SUPPORT, name: "support" },
] as const;

/** The message shortcut in manifest.yml. */
export const TRACK_SHORTCUT = { callbackId: "track_as_promise", name: "Spara som löfte" };

/** The slash commands in manifest.yml, with their usage hints. */
export const SLASH_COMMANDS = [
  { command: "/lofte", hint: "jag skickar offerten till Acme på fredag" },
  { command: "/promise", hint: "I'll send the quote to Acme on Friday" },
] as const;

/** The page's language: the person's, Swedish unless their Slack locale is English. */
export function pageLanguage(person: Member | undefined): "sv" | "en" {
  return person?.locale?.startsWith("en") ? "en" : "sv";
}
