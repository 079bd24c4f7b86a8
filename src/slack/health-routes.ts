import type { ServerResponse } from "node:http";
import type { CustomRoute } from "@slack/bolt";
import type { Database } from "../store/database.js";
import { pendingMigrations } from "../store/migrate.js";

/**
 * `GET /healthz` (liveness: the process answers) and `GET /readyz` (readiness: the database
 * answers within 2 s and every migration is applied; not while stopping). Served beside
 * Slack's endpoints in HTTP mode, and on PORT in Socket Mode. They say nothing about workspaces.
 */

export interface Readiness {
  ready: boolean;
  database: "ok" | "unreachable";
  pendingMigrations: string[];
  stopping: boolean;
}

export async function checkReadiness(db: Database, stopping: boolean): Promise<Readiness> {
  const result: Readiness = { ready: false, database: "unreachable", pendingMigrations: [], stopping };
  try {
    await withTimeout(2_000, async () => {
      const session = await db.session();
      try {
        await session.query("SELECT 1");
        result.database = "ok";
        result.pendingMigrations = await pendingMigrations(session);
      } finally {
        await session.release();
      }
    });
  } catch {
    result.database = "unreachable";
  }
  result.ready = !stopping && result.database === "ok" && result.pendingMigrations.length === 0;
  return result;
}

export function healthRoutes(db: Database, isStopping: () => boolean): CustomRoute[] {
  return [
    { path: "/healthz", method: ["GET"], handler: (_req, res) => send(res, 200, { status: "ok" }) },
    {
      path: "/readyz",
      method: ["GET"],
      handler: async (_req, res) => {
        const readiness = await checkReadiness(db, isStopping());
        send(res, readiness.ready ? 200 : 503, { status: readiness.ready ? "ready" : "not ready", ...readiness });
      },
    },
  ];
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

async function withTimeout(ms: number, work: () => Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), ms);
  });
  try {
    await Promise.race([work(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
