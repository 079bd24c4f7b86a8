import { webApi } from "@slack/bolt";
import type { Config } from "../config.js";
import type { PrismaInstallationStore } from "../store/installations.js";

/**
 * The Web API clients the scheduler sends with, one per workspace: the one bot token of a
 * single-workspace install, or each workspace's own token from the installation store (OAuth).
 * They do not retry and give up after 5 s, because they send while holding a row lock (and so
 * that a stop on SIGTERM never waits longer than that for Slack); a 429 is raised with its
 * Retry-After and the outbox retries later.
 */
export interface WorkspaceClients {
  /** The client for a workspace, or null when Lofte is not installed there (any more). */
  forWorkspace(teamId: string): Promise<webApi.WebClient | null>;
}

const TOKEN_CACHE_MS = 30_000;

export function workspaceClients(config: Config, installations?: PrismaInstallationStore): WorkspaceClients {
  const make = (token: string | undefined) =>
    new webApi.WebClient(token, {
      ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: 5_000,
      logLevel: webApi.LogLevel.ERROR,
    });
  if (!installations) {
    const client = make(config.slack.botToken);
    return { forWorkspace: async () => client };
  }
  // A looked-up token (and its client) is reused for 30 s; one entry per workspace.
  const clients = new Map<string, { client: webApi.WebClient | null; until: number }>();
  return {
    async forWorkspace(teamId) {
      const cached = clients.get(teamId);
      if (cached && cached.until > performance.now()) return cached.client;
      const token = await installations.botToken(teamId);
      const client = token ? make(token) : null;
      clients.set(teamId, { client, until: performance.now() + TOKEN_CACHE_MS });
      return client;
    },
  };
}

/** The client a Slack request came with, for work done on its behalf ("/lofte digest nu"). */
export function requestClient(client: webApi.WebClient): WorkspaceClients {
  return { forWorkspace: async () => client };
}
