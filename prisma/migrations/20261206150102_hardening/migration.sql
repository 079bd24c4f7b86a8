-- AlterTable
ALTER TABLE "ChannelSettings" ADD COLUMN     "digestAskedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "customerKey" TEXT,
ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "private" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SeenRequest" (
    "hash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SeenRequest_pkey" PRIMARY KEY ("hash")
);

-- CreateIndex
CREATE INDEX "SeenRequest_expiresAt_idx" ON "SeenRequest"("expiresAt");

-- CreateIndex
CREATE INDEX "Commitment_workspaceId_customerKey_idx" ON "Commitment"("workspaceId", "customerKey");

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_workspaceId_idempotencyKey_key" ON "Commitment"("workspaceId", "idempotencyKey");

-- Backfill: existing promises get their customer search key (as src/domain/commitment.ts makes
-- it), and those made in a DM or a group DM become private.
UPDATE "Commitment"
   SET "customerKey" = regexp_replace(trim(lower(translate(replace(customer, '&amp;', '&'), 'ÅÄÖåäöÉéÈèÜüÁáÓó', 'AAOaaoEeEeUuAaOo'))), '\s+', ' ', 'g')
 WHERE customer IS NOT NULL;
UPDATE "Commitment" SET "private" = true WHERE "sourceChannelId" LIKE 'D%' OR "sourceChannelId" LIKE 'G%';
