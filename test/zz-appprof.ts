import { createRequire } from "node:module";
const require = createRequire(import.meta.url);

import { freePort } from "./support/app-process.js";
import { openTestDatabase } from "./support/databases.js";
import { FakeSlack } from "./support/fake-slack.js";
import { SlackDriver } from "./support/slack-driver.js";

const SECRET = "s";
const db = await openTestDatabase("postgresql");
await db.prisma.$disconnect();
const slack = await new FakeSlack().start();
slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
const port = await freePort();
const env: Record<string, string> = {
  DATABASE_URL: db.url ?? "",
  SLACK_BOT_TOKEN: "xoxb-start",
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_API_URL: slack.apiUrl,
  HOST: "127.0.0.1",
  PORT: String(port),
  LOG_LEVEL: "warn",
};

import { spawn } from "node:child_process";

const child = spawn(
  process.execPath,
  [...(process.env.PROF ? ["--cpu-prof", "--cpu-prof-dir=/tmp/appprof", "--cpu-prof-interval", "200"] : []), "dist/main.js"],
  { env: { PATH: process.env.PATH ?? "", ...env }, stdio: "inherit" },
);
const app = { child, output: () => "", kill: (s: NodeJS.Signals) => child.kill(s), exited: new Promise((r) => child.on("exit", r)) };
for (;;) {
  if (app.child.exitCode !== null) throw new Error(app.output());
  const ok = await fetch(`http://127.0.0.1:${port}/readyz`)
    .then((r) => r.status === 200)
    .catch(() => false);
  if (ok) break;
  await new Promise((r) => setTimeout(r, 20));
}
const driver = new SlackDriver(`http://127.0.0.1:${port}/slack/events`, SECRET);
const texts = ["jag skickar offerten till Acme fredag", "I'll call Volvo tomorrow at 2pm", "vi levererar till Scania nästa vecka"];
const cpu = () => {
  const f = require("node:fs").readFileSync(`/proc/${app.child.pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(f[11]) + Number(f[12])) * 10;
};
for (let i = 0; i < 30; i++) await driver.command({ text: texts[i % 3], user_id: "U0ANNA" });
const before = cpu();
const N = Number(process.env.N ?? 300);
for (let i = 0; i < N; i++) {
  const a = await driver.command({ text: texts[i % 3], user_id: "U0ANNA" });
  if (a.status !== 200) throw new Error(a.text);
}
console.log("cpu ms per command", (cpu() - before) / N, "slack calls", slack.calls?.length);
app.kill("SIGTERM");
await app.exited;
await slack.stop();
await db.close();
