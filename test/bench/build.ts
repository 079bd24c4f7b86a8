import { spawnSync } from "node:child_process";
import { bundle } from "../../src/build.js";

const ROOT = new URL("../..", import.meta.url).pathname;
let built: Promise<void> | undefined;

/** The modules the bench times outside the app's process, bundled as `npm run build` bundles the app. */
const TIMED = ["src/language/parse-commitment.ts", "src/assemble.ts", "src/config.ts", "src/jobs/nudge-tick.ts", "src/store/database.ts"];

/**
 * `npm run build` once per bench run, and the modules above into dist/bench/: the figures are
 * those of the bundled code `npm start` runs.
 */
export function buildOnce(): Promise<void> {
  built ??= (async () => {
    const result = spawnSync("npm", ["run", "-s", "build"], { cwd: ROOT, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stderr}${result.stdout}`);
    await bundle(TIMED, "dist/bench");
  })();
  return built;
}

/** A module of dist/bench/ by its path under src/ ("language/parse-commitment.js"). */
export function bundled(path: string): string {
  return new URL(`../../dist/bench/${path}`, import.meta.url).href;
}
