import { spawnSync } from "node:child_process";

const ROOT = new URL("../..", import.meta.url).pathname;
let built = false;

/** `npm run build` once per bench run: the figures are those of the compiled code `npm start` runs. */
export function buildOnce(): void {
  if (built) return;
  const result = spawnSync("npm", ["run", "-s", "build"], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stderr}${result.stdout}`);
  built = true;
}
