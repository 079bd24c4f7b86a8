import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { freePort } from "./support/app-process.js";
import { openTestDatabase } from "./support/databases.js";
import { FakeSlack } from "./support/fake-slack.js";

const db = await openTestDatabase("postgresql");
await db.prisma.$disconnect();
const slack = await new FakeSlack().start();
const port = await freePort();
const env: Record<string, string> = {
  DATABASE_URL: db.url ?? "",
  SLACK_BOT_TOKEN: "xoxb-start",
  SLACK_SIGNING_SECRET: "s",
  SLACK_API_URL: slack.apiUrl,
  HOST: "127.0.0.1",
  PORT: String(port),
  LOG_LEVEL: "warn",
};
const extra = (process.env.NODEARGS ?? "").split(" ").filter(Boolean);
const child = spawn(process.execPath, [...extra, "dist/main.js"], {
  env: {
    PATH: process.env.PATH ?? "",
    ...env,
    ...(process.env.APP_NODE_OPTIONS ? { NODE_OPTIONS: process.env.APP_NODE_OPTIONS } : {}),
    ...(process.env.MALLOC ? { MALLOC_ARENA_MAX: process.env.MALLOC } : {}),
  },
  stdio: "inherit",
});
for (;;) {
  const ok = await fetch(`http://127.0.0.1:${port}/readyz`)
    .then((r) => r.status === 200)
    .catch(() => false);
  if (ok) break;
  await new Promise((r) => setTimeout(r, 20));
}
await new Promise((r) => setTimeout(r, 2600));
const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
console.log(
  status
    .split("\n")
    .filter((l) => /VmRSS|RssAnon|RssFile|RssShmem|Threads/.test(l))
    .join(" | "),
);
const smaps = readFileSync(`/proc/${child.pid}/smaps`, "utf8");
// group by mapping name
const groups = new Map<string, number>();
let name = "";
for (const line of smaps.split("\n")) {
  const m = line.match(/^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/);
  if (m) {
    name = m[1] || "[anon]";
    continue;
  }
  const r = line.match(/^Rss:\s+(\d+) kB/);
  if (r) groups.set(name, (groups.get(name) ?? 0) + Number(r[1]));
}
console.log(
  [...groups]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, v]) => `${(v / 1024).toFixed(1)}MB ${k.split("/").pop()}`)
    .join("\n"),
);
child.kill("SIGTERM");
await new Promise((r) => child.on("exit", r));
await slack.stop();
await db.close();
