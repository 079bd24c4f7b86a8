import { formatClock, parseClock } from "../domain/zoned-time.js";
import type { Database, Prisma } from "./database.js";
import type { Workspace } from "./generated/client.js";
import type { WorkspaceDefaults, WorkspaceSettings } from "./workspace-settings.js";

export type { WorkspaceDefaults, WorkspaceSettings } from "./workspace-settings.js";

/**
 * The workspace's settings, created with the defaults the first time Lofte hears from it.
 * Kept in this process's cache until any process changes them (store/settings-cache.ts).
 */
export async function ensureWorkspace(db: Database, teamId: string, defaults: WorkspaceDefaults): Promise<WorkspaceSettings> {
  const cached = db.settings.get(teamId);
  if (cached) return cached;
  const stamp = db.settings.stamp();
  const prisma = db.prisma;
  const found = await prisma.workspace.findUnique({ where: { id: teamId } });
  if (found) {
    const settings = settingsOf(found);
    db.settings.set(settings, stamp);
    return settings;
  }
  // Several first requests from a new workspace may arrive at once: whoever inserts first wins.
  await prisma.workspace.createMany({
    data: [
      {
        id: teamId,
        language: defaults.language,
        timeZone: defaults.timeZone,
        defaultDeadlineTime: defaults.deadlineTime,
        workingDays: [...defaults.workingHours.days],
        workdayStart: formatClock(defaults.workingHours.start),
        workdayEnd: formatClock(defaults.workingHours.end),
        holidayCountry: defaults.workingHours.redDays.country,
        evesOff: defaults.workingHours.redDays.evesOff,
      },
    ],
    skipDuplicates: true,
  });
  const created = await prisma.workspace.findUniqueOrThrow({ where: { id: teamId } });
  return settingsOf(created);
}

function settingsOf(row: Workspace): WorkspaceSettings {
  return {
    id: row.id,
    language: row.language === "en" ? "en" : "sv",
    timeZone: row.timeZone,
    defaultDeadlineTime: row.defaultDeadlineTime,
    workingHours: {
      days: row.workingDays,
      start: parseClock(row.workdayStart) ?? { hour: 8, minute: 0 },
      // "24:00" (the end of the day) is the one clock time past 23:59 a window may end at.
      end: row.workdayEnd === "24:00" ? { hour: 24, minute: 0 } : (parseClock(row.workdayEnd) ?? { hour: 18, minute: 0 }),
      redDays: { country: row.holidayCountry, evesOff: row.evesOff },
    },
    defaultLeadId: row.defaultLeadId,
    uninstalled: row.uninstalledAt !== null,
  };
}

/** The settings of several workspaces at once (a scheduler batch), by id; unknown ones are absent. */
export async function workspacesById(prisma: Prisma, ids: string[]): Promise<Map<string, WorkspaceSettings>> {
  const rows = await prisma.workspace.findMany({ where: { id: { in: [...new Set(ids)] } } });
  return new Map(rows.map((row) => [row.id, settingsOf(row)]));
}

/** Whether Lofte has heard from this workspace before. */
export async function isKnown(prisma: Prisma, teamId: string): Promise<boolean> {
  return (await prisma.workspace.count({ where: { id: teamId } })) > 0;
}

/** Whether Lofte is installed in a workspace it knows (the scheduler sends nowhere else; it never resumes one). */
export async function isInstalled(prisma: Prisma, teamId: string): Promise<boolean> {
  const row = await prisma.workspace.findUnique({ where: { id: teamId }, select: { uninstalledAt: true } });
  return !row?.uninstalledAt;
}

/** The lead of a channel, if one is set. */
export async function channelLead(prisma: Prisma, workspaceId: string, channelId: string | null): Promise<string | null> {
  if (!channelId) return null;
  const row = await prisma.channelSettings.findUnique({ where: { workspaceId_channelId: { workspaceId, channelId } } });
  return row?.leadId ?? null;
}

/** The leads of several channels at once (a scheduler batch), keyed `workspace:channel`; channels without one are absent. */
export async function channelLeads(prisma: Prisma, channels: { workspaceId: string; channelId: string }[]): Promise<Map<string, string>> {
  if (channels.length === 0) return new Map();
  const rows = await prisma.channelSettings.findMany({
    where: { OR: channels.map((c) => ({ workspaceId: c.workspaceId, channelId: c.channelId })), leadId: { not: null } },
    select: { workspaceId: true, channelId: true, leadId: true },
  });
  return new Map(rows.map((row) => [`${row.workspaceId}:${row.channelId}`, row.leadId ?? ""]));
}

/** Turns promise suggestions in a channel on or off. */
export async function setSuggestions(prisma: Prisma, workspaceId: string, channelId: string, enabled: boolean): Promise<void> {
  await prisma.channelSettings.upsert({
    where: { workspaceId_channelId: { workspaceId, channelId } },
    update: { suggestionsEnabled: enabled },
    create: { workspaceId, channelId, suggestionsEnabled: enabled },
  });
}

export async function suggestionsEnabled(prisma: Prisma, workspaceId: string, channelId: string): Promise<boolean> {
  const row = await prisma.channelSettings.findUnique({
    where: { workspaceId_channelId: { workspaceId, channelId } },
    select: { suggestionsEnabled: true },
  });
  return row?.suggestionsEnabled ?? false;
}

export interface ChannelConfig {
  leadId: string | null;
  digestEnabled: boolean;
  digestWeekday: number;
  digestTime: string;
  suggestionsEnabled: boolean;
}

export async function channelConfig(prisma: Prisma, workspaceId: string, channelId: string): Promise<ChannelConfig> {
  const row = await prisma.channelSettings.findUnique({ where: { workspaceId_channelId: { workspaceId, channelId } } });
  return {
    leadId: row?.leadId ?? null,
    digestEnabled: row?.digestEnabled ?? false,
    digestWeekday: row?.digestWeekday ?? 1,
    digestTime: row?.digestTime ?? "09:00",
    suggestionsEnabled: row?.suggestionsEnabled ?? false,
  };
}

/**
 * Saves the settings modal: the workspace's defaults (when given) and one channel's, together.
 * This process forgets its copy at once; the others hear of it from the database.
 */
export async function saveSettings(
  db: Database,
  workspaceId: string,
  workspace: Omit<WorkspaceSettings, "id" | "uninstalled"> | undefined,
  channel: { channelId: string } & ChannelConfig,
): Promise<void> {
  const { channelId, ...channelData } = channel;
  const prisma = db.prisma;
  await prisma.$transaction([
    ...(workspace
      ? [
          prisma.workspace.update({
            where: { id: workspaceId },
            data: {
              language: workspace.language,
              timeZone: workspace.timeZone,
              defaultDeadlineTime: workspace.defaultDeadlineTime,
              workingDays: [...workspace.workingHours.days],
              workdayStart: formatClock(workspace.workingHours.start),
              workdayEnd: formatClock(workspace.workingHours.end),
              holidayCountry: workspace.workingHours.redDays.country,
              evesOff: workspace.workingHours.redDays.evesOff,
              defaultLeadId: workspace.defaultLeadId,
            },
          }),
        ]
      : []),
    prisma.channelSettings.upsert({
      where: { workspaceId_channelId: { workspaceId, channelId } },
      update: channelData,
      create: { workspaceId, channelId, ...channelData },
    }),
  ]);
  db.settings.drop(workspaceId);
}
