import { randomUUID } from "node:crypto";
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { JsonLogger } from "../log.js";
import { firstDelivery } from "../store/processed-events.js";
import type { SlackDeps } from "./slack-port.js";

/**
 * Global middleware, run for every request before any listener.
 */

/**
 * Gives the request an id that every log line written while handling it carries, and logs one
 * line when it is done: what it was (command, action id, view, event type), workspace, user and
 * milliseconds. Never the text anyone typed.
 */
export function requestLog(log: JsonLogger): Middleware<AnyMiddlewareArgs> {
  return ({ body, context, next }) => {
    const requestId = randomUUID();
    const started = performance.now();
    return log.withRequestId(requestId, async () => {
      let outcome = "ok";
      try {
        await next();
      } catch (error) {
        outcome = "error";
        throw error;
      } finally {
        log.event("info", "request", {
          ...describeRequest(body as Record<string, unknown>),
          team: context.teamId ?? context.enterpriseId ?? null,
          user: context.userId ?? null,
          retry: context.retryNum ?? null,
          outcome,
          ms: Math.round(performance.now() - started),
        });
      }
    });
  };
}

/** Events API retries (X-Slack-Retry-Num) carry the event_id of the first delivery: act once. */
export function oncePerEvent(deps: SlackDeps, log: JsonLogger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && eventId.length > 0) {
      const first = await firstDelivery(deps.db.prisma, eventId, context.teamId ?? null, deps.clock());
      if (!first) {
        log.event("info", "duplicate event skipped", { event_id: eventId, retry: context.retryNum ?? null });
        return;
      }
    }
    await next();
  };
}

/**
 * Every query is scoped by the workspace Bolt authorized the request for (`context.teamId`). A
 * payload that names another workspace anywhere (its team, its user's team, its view's, its
 * event's) is refused: acknowledged, and nothing is done. Where Bolt authorized no single
 * workspace (an org-wide install), there is nothing to compare with.
 */
export function sameWorkspace(log: JsonLogger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, context, next } = args;
    const authorized = context.teamId;
    const named = teamsNamedIn(body as Record<string, unknown>);
    if (authorized && named.some((team) => team !== authorized)) {
      log.event("warn", "request naming another workspace refused", { authorized, named: named.join(",") });
      const ack = (args as { ack?: unknown }).ack;
      if (typeof ack === "function") await ack();
      return;
    }
    await next();
  };
}

/** The workspace ids a payload names, wherever Slack puts them. */
function teamsNamedIn(body: Record<string, unknown>): string[] {
  const field = (value: unknown, key: string) =>
    typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  const authorizations = Array.isArray(body.authorizations) ? body.authorizations[0] : undefined;
  return [
    body.team_id,
    field(body.team, "id"),
    field(body.user, "team_id"),
    field(body.view, "team_id"),
    field(body.view, "app_installed_team_id"),
    field(authorizations, "team_id"),
  ].filter((id): id is string => typeof id === "string" && id !== "");
}

function describeRequest(body: Record<string, unknown>): { kind: string; name: string | null } {
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  if (typeof body.command === "string") return { kind: "command", name: body.command };
  const type = str(body.type);
  if (type === "event_callback") return { kind: "event", name: str((body.event as Record<string, unknown> | undefined)?.type) };
  if (type === "block_actions") {
    const action = Array.isArray(body.actions) ? (body.actions[0] as Record<string, unknown> | undefined) : undefined;
    return { kind: "action", name: str(action?.action_id) };
  }
  if (type === "view_submission" || type === "view_closed") {
    return { kind: type, name: str((body.view as Record<string, unknown> | undefined)?.callback_id) };
  }
  if (type === "shortcut" || type === "message_action") return { kind: "shortcut", name: str(body.callback_id) };
  return { kind: type ?? "unknown", name: null };
}
