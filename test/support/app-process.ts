import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { delimiter, dirname } from "node:path";

/**
 * Lofte as a real Node process, configured only by its environment: from the source with tsx
 * as its loader, as `npm run dev` runs it (the tests run the code as it is now), or the
 * compiled build as `npm start` runs it (`compiled: true`). For tests of start-up,
 * signals, crashes and load. The process is killed when the test process exits, whatever happens.
 */

const ROOT = new URL("../..", import.meta.url).pathname;
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export interface AppProcess {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  /** Resolves with the exit code (null after a signal). */
  exited: Promise<number | null>;
  /** Waits until the output contains `text`; throws (with the output) after `ms` or if the process exits. */
  waitFor(text: string, ms?: number): Promise<void>;
  /** Resident memory of the process, in MiB (Linux). */
  rssMb(): number;
  kill(signal: NodeJS.Signals): void;
}

/** What `npm start` and `npm run dev` run (package.json's scripts), with Node's memory settings. */
const SCRIPTS = (JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as { scripts: { start: string; dev: string } }).scripts;

export function startAppProcess(env: Record<string, string>, options: { compiled?: boolean } = {}): AppProcess {
  // The script runs through sh without npm in between; its `exec` leaves one process, so
  // signals, CPU time and memory are Lofte's own.
  const script = options.compiled ? SCRIPTS.start : SCRIPTS.dev;
  const child = spawn("sh", ["-c", script], {
    cwd: ROOT,
    // This Node first on the PATH, for the script's `node`.
    env: { PATH: [dirname(process.execPath), process.env.PATH].filter(Boolean).join(delimiter), HOME: process.env.HOME ?? "", ...env },
    stdio: "pipe",
  });
  running.add(child);
  let text = "";
  child.stdout?.on("data", (d) => {
    text += d;
  });
  child.stderr?.on("data", (d) => {
    text += d;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return {
    child,
    output: () => text,
    exited,
    async waitFor(wanted, ms = 30_000) {
      const deadline = Date.now() + ms;
      while (!text.includes(wanted)) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`Lofte exited before printing "${wanted}":\n${text}`);
        if (Date.now() > deadline) throw new Error(`Lofte did not print "${wanted}" within ${ms} ms:\n${text}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    rssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
      return kb / 1024;
    },
    kill(signal) {
      child.kill(signal);
    },
  };
}

/** Polls `condition` every `everyMs`; fails with what the app printed when it does not come true in time, or when the app exits. */
export async function waitUntil(
  what: string,
  app: AppProcess,
  condition: () => boolean | Promise<boolean>,
  ms: number,
  everyMs = 5,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (app.child.exitCode !== null || app.child.signalCode !== null) throw new Error(`Lofte exited before ${what}:\n${app.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting until ${what}:\n${app.output()}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A port nobody listens on right now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
