import type { Prisma } from "./database.js";

export interface WorkspaceDefaults {
  language: "sv" | "en";
  timeZone: string;
  deadlineTime: string;
}

export interface WorkspaceSettings {
  id: string;
  language: "sv" | "en";
  timeZone: string;
  defaultDeadlineTime: string;
  workingDays: number[];
  defaultLeadId: string | null;
}

/** The workspace's settings, created with the defaults the first time Lofte hears from it. */
export async function ensureWorkspace(prisma: Prisma, teamId: string, defaults: WorkspaceDefaults): Promise<WorkspaceSettings> {
  const row = await prisma.workspace.upsert({
    where: { id: teamId },
    update: {},
    create: { id: teamId, language: defaults.language, timeZone: defaults.timeZone, defaultDeadlineTime: defaults.deadlineTime },
  });
  return {
    id: row.id,
    language: row.language === "en" ? "en" : "sv",
    timeZone: row.timeZone,
    defaultDeadlineTime: row.defaultDeadlineTime,
    workingDays: row.workingDays,
    defaultLeadId: row.defaultLeadId,
  };
}

/** The lead of a channel, if one is set. */
export async function channelLead(prisma: Prisma, workspaceId: string, channelId: string | null): Promise<string | null> {
  if (!channelId) return null;
  const row = await prisma.channelSettings.findUnique({ where: { workspaceId_channelId: { workspaceId, channelId } } });
  return row?.leadId ?? null;
}
