-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "evesOff" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "holidayCountry" TEXT DEFAULT 'SE';

-- Workspaces that work every hour of every day had red days as working days before the
-- holiday calendar was a setting: they keep no red days.
UPDATE "Workspace" SET "holidayCountry" = NULL, "evesOff" = false
 WHERE cardinality("workingDays") = 7 AND "workdayStart" = '00:00' AND "workdayEnd" = '24:00';
