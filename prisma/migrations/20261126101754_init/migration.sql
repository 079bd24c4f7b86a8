-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('open', 'done', 'cancelled');

-- CreateEnum
CREATE TYPE "NudgeKind" AS ENUM ('heads_up', 'due_soon', 'overdue', 'escalation');

-- CreateEnum
CREATE TYPE "NudgeState" AS ENUM ('pending', 'sending', 'sent', 'failed', 'cancelled');

-- CreateTable
CREATE TABLE "Workspace" (
    "id" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'sv',
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Stockholm',
    "defaultDeadlineTime" TEXT NOT NULL DEFAULT '17:00',
    "workingDays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5]::INTEGER[],
    "workdayStart" TEXT NOT NULL DEFAULT '08:00',
    "workdayEnd" TEXT NOT NULL DEFAULT '18:00',
    "defaultLeadId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelSettings" (
    "workspaceId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "leadId" TEXT,
    "digestEnabled" BOOLEAN NOT NULL DEFAULT false,
    "digestWeekday" INTEGER NOT NULL DEFAULT 1,
    "digestTime" TEXT NOT NULL DEFAULT '09:00',
    "suggestionsEnabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ChannelSettings_pkey" PRIMARY KEY ("workspaceId","channelId")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "leadId" TEXT,
    "task" TEXT NOT NULL,
    "customer" TEXT,
    "originalText" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "sourceChannelId" TEXT,
    "sourceMessageTs" TEXT,
    "permalink" TEXT,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "hasTime" BOOLEAN NOT NULL,
    "timeZone" TEXT NOT NULL,
    "status" "CommitmentStatus" NOT NULL DEFAULT 'open',
    "customerInformed" BOOLEAN NOT NULL DEFAULT false,
    "parentId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "completedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitmentEvent" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommitmentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nudge" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "kind" "NudgeKind" NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "state" "NudgeState" NOT NULL DEFAULT 'pending',
    "leaseUntil" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "slackChannel" TEXT,
    "slackTs" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Nudge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestRun" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'claimed',
    "slackTs" TEXT,
    "postedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Installation" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "teamId" TEXT,
    "enterpriseId" TEXT,
    "isEnterpriseInstall" BOOLEAN NOT NULL DEFAULT false,
    "botUserId" TEXT,
    "botToken" TEXT,
    "installerUserId" TEXT,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Installation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Commitment_workspaceId_status_dueAt_idx" ON "Commitment"("workspaceId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Commitment_workspaceId_ownerId_status_idx" ON "Commitment"("workspaceId", "ownerId", "status");

-- CreateIndex
CREATE INDEX "Commitment_workspaceId_sourceChannelId_status_idx" ON "Commitment"("workspaceId", "sourceChannelId", "status");

-- CreateIndex
CREATE INDEX "CommitmentEvent_workspaceId_commitmentId_at_idx" ON "CommitmentEvent"("workspaceId", "commitmentId", "at");

-- CreateIndex
CREATE INDEX "Nudge_state_dueAt_idx" ON "Nudge"("state", "dueAt");

-- CreateIndex
CREATE INDEX "Nudge_workspaceId_state_idx" ON "Nudge"("workspaceId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "Nudge_commitmentId_kind_dueAt_key" ON "Nudge"("commitmentId", "kind", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "DigestRun_workspaceId_channelId_week_key" ON "DigestRun"("workspaceId", "channelId", "week");

-- CreateIndex
CREATE UNIQUE INDEX "Installation_key_key" ON "Installation"("key");

-- AddForeignKey
ALTER TABLE "ChannelSettings" ADD CONSTRAINT "ChannelSettings_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentEvent" ADD CONSTRAINT "CommitmentEvent_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nudge" ADD CONSTRAINT "Nudge_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
