import type { Database, Prisma } from "./database.js";

/**
 * Signed requests already acted on, by a hash of their signature, kept until their timestamp
 * leaves Slack's 5-minute window: the same request sent again (a replay) changes nothing, on
 * whichever replica it arrives.
 */

/**
 * Records a request; false when it was seen before. On PostgreSQL its commit does not wait for
 * the disk (synchronous_commit off for this one statement): a crash in the next moment could
 * forget the record, and a replay of that one request within its 5 minutes would then be acted
 * on, where every command would otherwise wait for a second disk flush. PGlite's commit waits
 * for no flush worth saving: there the setting cost more CPU than it saved (about 470 µs a
 * statement with it, 390 without).
 */
export async function firstSighting(db: Pick<Database, "query" | "kind">, hash: string, expiresAt: Date): Promise<boolean> {
  const inserted =
    db.kind === "postgresql"
      ? await db.query(
          `WITH lazy AS (SELECT set_config('synchronous_commit', 'off', true))
           INSERT INTO "SeenRequest" (hash, "expiresAt") SELECT $1, $2::timestamptz FROM lazy
           ON CONFLICT DO NOTHING RETURNING hash`,
          [hash, expiresAt],
        )
      : await db.query(`INSERT INTO "SeenRequest" (hash, "expiresAt") VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING hash`, [
          hash,
          expiresAt,
        ]);
  return inserted.length === 1;
}

/** Forgets requests whose signatures can no longer be replayed. */
export async function forgetExpiredRequests(prisma: Prisma, now: Date): Promise<number> {
  const { count } = await prisma.seenRequest.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
