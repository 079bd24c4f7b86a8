import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AppProcess, freePort, startAppProcess } from "../support/app-process.js";
import { openTestDatabase, postgresReachable } from "../support/databases.js";
import { FakeSlack } from "../support/fake-slack.js";
import { SlackDriver } from "../support/slack-driver.js";
import { buildOnce } from "./build.js";

/**
 * The compiled build as `npm start` runs it (built first), on PGlite (a data directory made
 * by an earlier start) and on PostgreSQL (`_pg`):
 *  - ready_ms: from starting the process to /readyz answering 200, the median of three starts;
 *  - rss_idle_mb: its resident memory two seconds after it is ready;
 *  - capture_cpu_ms: the process's own CPU time per signed /lofte that records a promise, over
 *    300 commands one after another (after 30 to warm up).
 */

const COMMANDS = 300;
const WARM_UP = 30;
const SECRET = "start-bench-secret";

function cpuMs(app: AppProcess): number {
  // utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux).
  const fields = readFileSync(`/proc/${app.child.pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function ready(port: number, app: AppProcess): Promise<void> {
  for (;;) {
    if (app.child.exitCode !== null) throw new Error(`Lofte exited:\n${app.output()}`);
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function measure(env: Record<string, string>): Promise<{ readyMs: number; rssMb: number; cpuMs: number }> {
  const slack = await new FakeSlack().start();
  slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
  const config = { ...env, SLACK_BOT_TOKEN: "xoxb-start", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, HOST: "127.0.0.1" };
  const start = async () => {
    const port = await freePort();
    const started = performance.now();
    const app = startAppProcess({ ...config, PORT: String(port), LOG_LEVEL: "warn" }, { compiled: true });
    await ready(port, app);
    return { app, port, ms: performance.now() - started };
  };
  const stop = async (app: AppProcess) => {
    app.kill("SIGTERM");
    await app.exited;
  };
  try {
    // The first start creates and migrates the database; the timed ones are restarts.
    await stop((await start()).app);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { app, ms } = await start();
      times.push(ms);
      await stop(app);
    }
    const { app, port } = await start();
    try {
      await new Promise((r) => setTimeout(r, 2000));
      const rssMb = app.rssMb();
      const driver = new SlackDriver(`http://127.0.0.1:${port}/slack/events`, SECRET);
      const texts = ["jag skickar offerten till Acme fredag", "I'll call Volvo tomorrow at 2pm", "vi levererar till Scania nästa vecka"];
      const command = async (i: number) => {
        const answer = await driver.command({ text: texts[i % texts.length], user_id: "U0ANNA" });
        if (answer.status !== 200) throw new Error(`unexpected answer: ${answer.text}`);
      };
      for (let i = 0; i < WARM_UP; i++) await command(i);
      const before = cpuMs(app);
      for (let i = 0; i < COMMANDS; i++) await command(i);
      const cpu = (cpuMs(app) - before) / COMMANDS;
      return { readyMs: times.sort((a, b) => a - b)[1], rssMb, cpuMs: cpu };
    } finally {
      await stop(app);
    }
  } finally {
    await slack.stop();
  }
}

export async function measureStart(): Promise<Record<string, number>> {
  await buildOnce();
  const round = (n: number) => Math.round(n * 10) / 10;
  const figures: Record<string, number> = {};
  const dataDir = await mkdtemp(join(tmpdir(), "lofte-start-"));
  try {
    const pglite = await measure({ LOFTE_DATA_DIR: dataDir });
    Object.assign(figures, { ready_ms: round(pglite.readyMs), rss_idle_mb: round(pglite.rssMb), capture_cpu_ms: round(pglite.cpuMs) });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  if (await postgresReachable()) {
    const db = await openTestDatabase("postgresql");
    await db.prisma.$disconnect();
    try {
      const postgres = await measure({ DATABASE_URL: db.url ?? "" });
      Object.assign(figures, {
        ready_ms_pg: round(postgres.readyMs),
        rss_idle_mb_pg: round(postgres.rssMb),
        capture_cpu_ms_pg: round(postgres.cpuMs),
      });
    } finally {
      await db.close();
    }
  }
  return figures;
}
