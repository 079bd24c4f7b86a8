-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "lastAnswer" TEXT,
ADD COLUMN     "lastAnswerAt" TIMESTAMPTZ(3),
ADD COLUMN     "snoozedUntil" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Nudge_slackChannel_slackTs_idx" ON "Nudge"("slackChannel", "slackTs");
