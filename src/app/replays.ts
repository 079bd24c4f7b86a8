import { firstSighting } from "../store/seen-requests.js";
import type { AppDeps } from "./deps.js";

/**
 * A signed request is acted on once: true the first time its signature (by hash) arrives,
 * false for the same request again before Slack's window for it closes (`expiresAt`).
 */
export function firstArrival(deps: AppDeps, hash: string, expiresAt: Date): Promise<boolean> {
  return firstSighting(deps.db, hash, expiresAt);
}
