import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JsonLogger } from "../../src/log.js";
import { type RunningPlayground, startPlayground } from "../../src/playground/start.js";

/** Monday 7 December 2026, 08:45 in Stockholm: where the tests' playground clock starts. */
export const PLAYGROUND_START = new Date("2026-12-07T08:45:00+01:00");

/** The playground on a free loopback port with its own throwaway data, quiet; `stop` removes it all. */
export async function startTestPlayground(options: { tick?: string } = {}): Promise<RunningPlayground> {
  const dataDir = await mkdtemp(join(tmpdir(), "lofte-playground-"));
  const running = await startPlayground({
    port: 0,
    dataDir,
    logger: new JsonLogger(undefined, "lofte", () => {}),
    logLevel: "error",
    start: PLAYGROUND_START,
    ...options,
  });
  return {
    ...running,
    async stop() {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
