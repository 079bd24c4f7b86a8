-- AlterTable
ALTER TABLE "Absence" ADD COLUMN     "leadToldAt" TIMESTAMPTZ(3);

-- Time away recorded before leads were told ahead: not told now, all at once, on the first tick.
UPDATE "Absence" SET "leadToldAt" = CURRENT_TIMESTAMP;

-- The same days recorded twice before they had to be unique: one of them stays.
DELETE FROM "Absence" a USING "Absence" b
 WHERE a."workspaceId" = b."workspaceId" AND a."userId" = b."userId"
   AND a."startsOn" = b."startsOn" AND a."endsOn" = b."endsOn" AND a.id > b.id;

-- CreateIndex
CREATE UNIQUE INDEX "Absence_workspaceId_userId_startsOn_endsOn_key" ON "Absence"("workspaceId", "userId", "startsOn", "endsOn");
