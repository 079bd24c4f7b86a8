import type { webApi } from "@slack/bolt";
import { z } from "zod";
import { fold } from "../language/match-text.js";

/** Slack's members as far as a name goes. */
const usersList = z.object({
  members: z
    .array(
      z
        .object({
          id: z.string(),
          name: z.string().nullish(),
          deleted: z.boolean().nullish(),
          is_bot: z.boolean().nullish(),
          real_name: z.string().nullish(),
          profile: z.object({ real_name: z.string().nullish(), display_name: z.string().nullish() }).loose().nullish(),
        })
        .loose(),
    )
    .default([]),
  response_metadata: z.object({ next_cursor: z.string().nullish() }).loose().nullish(),
});

/** Enough for 4,000 members; beyond that a mention finds anyone. */
const MAX_PAGES = 20;

/**
 * The people `typed` names, by `users.list`: the whole name, the first name, the display name
 * or the handle, case and accents aside ("anna" finds Anna Berg). Bots and deactivated
 * accounts are not people here.
 */
export async function findPeople(client: webApi.WebClient, typed: string): Promise<string[]> {
  const wanted = fold(typed.replace(/^@/, "")).trim();
  if (!wanted) return [];
  const found: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const parsed = usersList.safeParse(await client.users.list({ limit: 200, ...(cursor ? { cursor } : {}) }));
    if (!parsed.success) break;
    for (const member of parsed.data.members) {
      if (member.deleted || member.is_bot || member.id === "USLACKBOT") continue;
      const real = member.profile?.real_name ?? member.real_name ?? "";
      const names = [real, real.split(/\s+/)[0] ?? "", member.profile?.display_name ?? "", member.name ?? ""].map((n) => fold(n).trim());
      if (names.includes(wanted)) found.push(member.id);
    }
    cursor = parsed.data.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return found;
}
