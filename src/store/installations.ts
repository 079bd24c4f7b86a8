import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import type { Prisma } from "./database.js";
import type { TokenCipher } from "./token-cipher.js";

/**
 * Bolt's installation store on Lofte's database (OAuth mode). One row per workspace, or per
 * Enterprise Grid org for org-wide installs. Tokens are encrypted at rest; the rest of Bolt's
 * installation object is kept as JSON without them.
 */
export class PrismaInstallationStore implements InstallationStore {
  constructor(
    private readonly prisma: Prisma,
    private readonly cipher: TokenCipher,
    /** Called after each install, to resume a workspace that had uninstalled Lofte. */
    private readonly onInstalled: (teamId: string) => Promise<unknown> = async () => {},
  ) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const key = keyOf(installation.isEnterpriseInstall, installation.enterprise?.id, installation.team?.id);
    if (!key) throw new Error("An installation without a team or an enterprise.");
    const { bot, user, ...rest } = installation;
    const seal = (token: string | undefined) => (token ? this.cipher.encrypt(token, key) : null);
    const data = {
      ...rest,
      bot: bot ? { ...bot, token: undefined, refreshToken: seal(bot.refreshToken) } : undefined,
      // Lofte asks for no user scopes: of the installing user only the id is kept.
      user: { id: user.id, scopes: user.scopes },
    };
    const row = {
      teamId: installation.team?.id ?? null,
      enterpriseId: installation.enterprise?.id ?? null,
      isEnterpriseInstall: Boolean(installation.isEnterpriseInstall),
      botUserId: bot?.userId ?? null,
      botToken: seal(bot?.token),
      installerUserId: user.id,
      data: JSON.parse(JSON.stringify(data)),
    };
    await this.prisma.installation.upsert({ where: { key }, create: { key, ...row }, update: row });
    if (row.teamId) await this.onInstalled(row.teamId);
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const key = keyOf(query.isEnterpriseInstall, query.enterpriseId, query.teamId);
    const row = key ? await this.prisma.installation.findUnique({ where: { key } }) : null;
    if (!row?.botToken) throw new Error(`Lofte is not installed in ${key ?? "this workspace"}.`);
    const data = row.data as unknown as Installation;
    const refresh = data.bot?.refreshToken;
    return {
      ...data,
      bot: data.bot && {
        ...data.bot,
        token: this.cipher.decrypt(row.botToken, row.key),
        refreshToken: refresh ? this.cipher.decrypt(refresh, row.key) : undefined,
      },
    };
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const key = keyOf(query.isEnterpriseInstall, query.enterpriseId, query.teamId);
    if (key) await this.prisma.installation.deleteMany({ where: { key } });
  }

  /** The bot token the scheduler sends with for a workspace, or null when Lofte is not installed there. */
  async botToken(teamId: string): Promise<string | null> {
    const row = await this.prisma.installation.findFirst({
      where: { OR: [{ key: teamId }, { teamId }], botToken: { not: null } },
      orderBy: { isEnterpriseInstall: "asc" },
    });
    return row?.botToken ? this.cipher.decrypt(row.botToken, row.key) : null;
  }
}

function keyOf(isEnterpriseInstall: boolean | undefined, enterpriseId: string | undefined, teamId: string | undefined): string | undefined {
  return isEnterpriseInstall ? enterpriseId : (teamId ?? enterpriseId);
}
