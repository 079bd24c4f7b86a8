import type { TestProject } from "vitest/node";
import { postgresReachable } from "./support/databases.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgres: boolean;
  }
}

/** Decides once per run whether the PostgreSQL tests run, and says so in one line if not. */
export default async function setup(project: TestProject): Promise<void> {
  const reachable = await postgresReachable();
  if (!reachable && process.env.LOFTE_REQUIRE_POSTGRES === "1") {
    throw new Error(
      "PostgreSQL is required (LOFTE_REQUIRE_POSTGRES=1) but no server answers at LOFTE_TEST_POSTGRES_URL or 127.0.0.1:5432.",
    );
  }
  if (!reachable) {
    console.log(
      "PostgreSQL tests skipped: no server at 127.0.0.1:5432. Start one, or set LOFTE_TEST_POSTGRES_URL=postgresql://…, to run them too.",
    );
  }
  project.provide("postgres", reachable);
}
