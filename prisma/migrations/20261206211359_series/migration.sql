-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "occursOn" TEXT,
ADD COLUMN     "repeatText" TEXT,
ADD COLUMN     "seriesId" TEXT;

-- CreateTable
CREATE TABLE "Series" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "firstOn" TEXT NOT NULL,
    "repeatText" TEXT NOT NULL,
    "endedAt" TIMESTAMPTZ(3),
    "endedBy" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Series_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Series_workspaceId_endedAt_idx" ON "Series"("workspaceId", "endedAt");

-- CreateIndex
CREATE INDEX "Commitment_seriesId_dueAt_idx" ON "Commitment"("seriesId", "dueAt");

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Series" ADD CONSTRAINT "Series_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
