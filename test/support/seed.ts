import type { SqlSession } from "../../src/store/migrate.js";

/**
 * Seeds many commitments, each with one due-soon reminder, in plain SQL (row by row would take
 * minutes): `due` of them are due at `now`, the rest spread over the coming days. Every
 * commitment has its own owner, so each reminder goes to its own DM.
 */
export async function seedReminders(
  session: SqlSession,
  input: { workspaceId: string; total: number; due: number; now: Date },
): Promise<void> {
  const now = input.now.toISOString();
  await session.query(`INSERT INTO "Workspace" (id, "updatedAt") VALUES ($1, now()) ON CONFLICT DO NOTHING`, [input.workspaceId]);
  await session.query(
    `INSERT INTO "Commitment" (id, "workspaceId", "ownerId", "creatorId", task, "originalText", language, "dueAt", "hasTime", "timeZone", "updatedAt")
     SELECT gen_random_uuid()::text, $1, 'U' || lpad(i::text, 7, '0'), 'U' || lpad(i::text, 7, '0'), 'skicka offerten', 'jag skickar offerten',
            'sv', $2::timestamptz + interval '2 hours' + (i || ' minutes')::interval, true, 'Europe/Stockholm', now()
       FROM generate_series(1, $3::int) AS i`,
    [input.workspaceId, now, input.total],
  );
  await session.query(
    `INSERT INTO "Nudge" (id, "workspaceId", "commitmentId", kind, "dueAt", "updatedAt")
     SELECT gen_random_uuid()::text, c."workspaceId", c.id, 'due_soon',
            CASE WHEN row_number() OVER (ORDER BY c."ownerId") <= $3 THEN $2::timestamptz - interval '1 minute'
                 ELSE $2::timestamptz + (row_number() OVER (ORDER BY c."ownerId") || ' minutes')::interval END,
            now()
       FROM "Commitment" c WHERE c."workspaceId" = $1`,
    [input.workspaceId, now, input.due],
  );
}
