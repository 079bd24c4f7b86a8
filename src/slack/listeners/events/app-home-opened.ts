import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { openHome } from "../../../app/home.js";
import { type SlackDeps, slackPort } from "../../slack-port.js";

type Args = SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs;

const opened = z.object({ team_id: z.string(), event: z.object({ user: z.string(), tab: z.string().optional() }) });

/** The Home tab is drawn fresh each time it is opened, and kept up to date afterwards. */
export function appHomeOpened(deps: SlackDeps) {
  return async ({ body, client }: Args) => {
    const parsed = opened.safeParse(body);
    if (!parsed.success || (parsed.data.event.tab && parsed.data.event.tab !== "home")) return;
    const teamId = parsed.data.team_id;
    await openHome(deps, slackPort(client, teamId, deps), teamId, parsed.data.event.user);
  };
}
