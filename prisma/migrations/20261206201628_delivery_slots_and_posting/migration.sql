-- AlterTable
ALTER TABLE "Nudge" ADD COLUMN     "postingAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "SendSlot" (
    "workspaceId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "nextAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SendSlot_pkey" PRIMARY KEY ("workspaceId","channel")
);

-- CreateIndex
CREATE INDEX "SendSlot_nextAt_idx" ON "SendSlot"("nextAt");
