import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import type { Deps } from "../../deps.js";
import { publishHome, rememberHomeViewer } from "../shared/home.js";

type Args = SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs;

const opened = z.object({ team_id: z.string(), event: z.object({ user: z.string(), tab: z.string().optional() }) });

/** The Home tab is drawn fresh each time it is opened. */
export function appHomeOpened(deps: Deps) {
  return async ({ body, client }: Args) => {
    const parsed = opened.safeParse(body);
    if (!parsed.success || (parsed.data.event.tab && parsed.data.event.tab !== "home")) return;
    rememberHomeViewer(parsed.data.team_id, parsed.data.event.user);
    await publishHome(deps, client, parsed.data.team_id, parsed.data.event.user);
  };
}
