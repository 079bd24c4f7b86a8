import { webApi } from "@slack/bolt";
import type { WorkspacePorts } from "../app/slack-port.js";
import type { Config } from "../config.js";
import type { PrismaInstallationStore } from "../store/installations.js";
import { slackFetch } from "./slack-http.js";
import { type SlackDeps, slackPort } from "./slack-port.js";

/**
 * The Slack the scheduler sends with, one port per workspace: the one bot token of a
 * single-workspace install, or each workspace's own token from the installation store (OAuth).
 * Its clients do not retry and give up after 5 s, so that a stop on SIGTERM never waits longer
 * than that for Slack; a 429 is raised with its Retry-After, the tick pauses that workspace,
 * and the outbox retries later.
 */

const TOKEN_CACHE_MS = 30_000;

export function workspacePorts(
  config: Config,
  installations: PrismaInstallationStore | undefined,
  shared: Pick<SlackDeps, "profiles" | "people">,
): WorkspacePorts {
  const make = (token: string | undefined) =>
    new webApi.WebClient(token, {
      ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
      fetch: slackFetch,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: 5_000,
      logLevel: webApi.LogLevel.ERROR,
    });
  if (!installations) {
    const client = make(config.slack.botToken);
    return { forWorkspace: async (teamId) => slackPort(client, teamId, shared) };
  }
  // A looked-up token (and its client) is reused for 30 s; one entry per workspace.
  const clients = new Map<string, { client: webApi.WebClient | null; until: number }>();
  return {
    async forWorkspace(teamId) {
      let cached = clients.get(teamId);
      if (!cached || cached.until <= performance.now()) {
        const token = await installations.botToken(teamId);
        cached = { client: token ? make(token) : null, until: performance.now() + TOKEN_CACHE_MS };
        clients.set(teamId, cached);
      }
      return cached.client ? slackPort(cached.client, teamId, shared) : null;
    },
  };
}
