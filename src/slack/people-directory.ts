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
/** How long a workspace's member names are used before they are read again. */
const TTL_MS = 10 * 60 * 1000;
/** How long a name nobody has ("Acme skickar …") is answered from memory before the names are read again for it. */
const NOBODY_MS = 60 * 1000;

interface Member {
  id: string;
  /** Whole name, first name, display name and handle, folded. */
  names: string[];
}

/**
 * The people a typed name means, by `users.list`: the whole name, the first name, the display
 * name or the handle, case and accents aside ("anna" finds Anna Berg). Bots and deactivated
 * accounts are not people here. Each workspace's names are kept for ten minutes (a large
 * workspace is 20 pages of users.list); a name not found reads them again at once, so a new
 * colleague is found the first time, but a name found by nobody (a company's, most often) is
 * not read again for a minute: users.list is rate-limited.
 */
export class PeopleDirectory {
  private readonly workspaces = new Map<string, { members: Member[]; until: number; nobody: Map<string, number> }>();
  /** Lookups side by side in one workspace walk users.list once. */
  private readonly reading = new Map<string, Promise<Member[]>>();

  async find(client: webApi.WebClient, teamId: string, typed: string): Promise<string[]> {
    const wanted = fold(typed.replace(/^@/, "")).trim();
    if (!wanted) return [];
    const cached = this.workspaces.get(teamId);
    const now = performance.now();
    const matching = (members: Member[]) => members.filter((m) => m.names.includes(wanted)).map((m) => m.id);
    if (cached && cached.until > now) {
      const found = matching(cached.members);
      if (found.length > 0 || (cached.nobody.get(wanted) ?? 0) > now) return found;
    }
    const found = matching(await this.read(client, teamId));
    if (found.length === 0) this.workspaces.get(teamId)?.nobody.set(wanted, now + NOBODY_MS);
    return found;
  }

  private read(client: webApi.WebClient, teamId: string): Promise<Member[]> {
    const pending = this.reading.get(teamId);
    if (pending) return pending;
    const read = listMembers(client)
      .then((members) => {
        this.workspaces.set(teamId, { members, until: performance.now() + TTL_MS, nobody: new Map() });
        return members;
      })
      .finally(() => this.reading.delete(teamId));
    this.reading.set(teamId, read);
    return read;
  }
}

async function listMembers(client: webApi.WebClient): Promise<Member[]> {
  const members: Member[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const parsed = usersList.safeParse(await client.users.list({ limit: 200, ...(cursor ? { cursor } : {}) }));
    if (!parsed.success) break;
    for (const member of parsed.data.members) {
      if (member.deleted || member.is_bot || member.id === "USLACKBOT") continue;
      const real = member.profile?.real_name ?? member.real_name ?? "";
      const names = [real, real.split(/\s+/)[0] ?? "", member.profile?.display_name ?? "", member.name ?? ""].map((n) => fold(n).trim());
      members.push({ id: member.id, names: names.filter((n) => n !== "") });
    }
    cursor = parsed.data.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return members;
}
