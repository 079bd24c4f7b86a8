import type { webApi } from "@slack/bolt";
import { z } from "zod";
import type { UserProfile } from "../app/slack-port.js";
import { isValidTimeZone } from "../domain/zoned-time.js";
import { languageFromLocale } from "../language/index.js";

/**
 * A person's time zone and language from Slack (`users.info` with `include_locale`), cached
 * for an hour. When Slack says nothing (or fails), the fields are null and callers fall back
 * to the workspace defaults.
 */

const usersInfo = z.object({
  user: z
    .object({
      tz: z.string().nullish(),
      locale: z.string().nullish(),
      is_admin: z.boolean().nullish(),
      is_owner: z.boolean().nullish(),
    })
    .loose(),
});

const UNKNOWN: UserProfile = { timeZone: null, language: null, isAdmin: false };

export class UserProfiles {
  private readonly cache = new Map<string, { profile: UserProfile; expires: number }>();

  constructor(
    private readonly clock: () => Date,
    private readonly ttlMs = 60 * 60 * 1000,
  ) {}

  /** Reminders to one person going out side by side ask Slack once. */
  private readonly asking = new Map<string, Promise<UserProfile>>();

  async get(client: webApi.WebClient, teamId: string, userId: string): Promise<UserProfile> {
    const key = `${teamId}:${userId}`;
    const cached = this.cache.get(key);
    if (cached && cached.expires > this.clock().getTime()) return cached.profile;
    const asked = this.asking.get(key) ?? this.ask(client, key, userId).finally(() => this.asking.delete(key));
    this.asking.set(key, asked);
    return asked;
  }

  private async ask(client: webApi.WebClient, key: string, userId: string): Promise<UserProfile> {
    const now = this.clock().getTime();
    let profile = UNKNOWN;
    try {
      const parsed = usersInfo.safeParse(await client.users.info({ user: userId, include_locale: true }));
      if (parsed.success) {
        const { tz, locale, is_admin, is_owner } = parsed.data.user;
        profile = {
          timeZone: tz && isValidTimeZone(tz) ? tz : null,
          language: languageFromLocale(locale),
          isAdmin: Boolean(is_admin || is_owner),
        };
      }
    } catch {
      // Slack unavailable or the user unknown: the workspace defaults apply, and we ask again next time.
      return UNKNOWN;
    }
    this.cache.set(key, { profile, expires: now + this.ttlMs });
    return profile;
  }
}
