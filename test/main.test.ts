import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "./support/fake-slack.js";
import { SlackDriver } from "./support/slack-driver.js";

/** `npm start` as a user runs it: a real process, configured by its environment. */

const ROOT = new URL("..", import.meta.url).pathname;
/** As `npm start` runs it: one Node process with tsx as its loader, so signals reach Lofte itself. */
function run(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: "pipe",
  });
}

function output(child: ChildProcess): { text: () => string } {
  let text = "";
  child.stdout?.on("data", (d) => {
    text += d;
  });
  child.stderr?.on("data", (d) => {
    text += d;
  });
  return { text: () => text };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on("exit", (code) => resolve(code)));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("starting Lofte", () => {
  it("stops with one clear line, no stack trace, when the Slack token is missing", async () => {
    const child = run({ SLACK_SIGNING_SECRET: "x" });
    const out = output(child);
    expect(await exited(child)).toBe(1);
    expect(out.text().trim()).toBe(
      "Lofte cannot start: SLACK_BOT_TOKEN is missing. Create the Slack app from manifest.yml (see README), then copy its tokens into .env.",
    );
  });

  describe("with a configuration", () => {
    let slack: FakeSlack;
    let dataDir: string;
    let child: ChildProcess;
    let out: { text: () => string };
    let port: number;

    beforeAll(async () => {
      slack = await new FakeSlack().start();
      dataDir = await mkdtemp(join(tmpdir(), "lofte-main-"));
      port = await freePort();
      child = run({
        SLACK_BOT_TOKEN: "xoxb-main-test",
        SLACK_SIGNING_SECRET: "main-secret",
        SLACK_API_URL: slack.apiUrl,
        PORT: String(port),
        HOST: "127.0.0.1",
        LOFTE_DATA_DIR: dataDir,
      });
      out = output(child);
      const deadline = Date.now() + 30_000;
      while (!out.text().includes("Lofte is running") && Date.now() < deadline) {
        if (child.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 50));
      }
    });

    afterAll(async () => {
      if (child.exitCode === null) child.kill("SIGKILL");
      await slack.stop();
      await rm(dataDir, { recursive: true, force: true });
    });

    it("creates and migrates the embedded database, then answers a signed /lofte", async () => {
      expect(out.text()).toContain(`Lofte is running (HTTP on 127.0.0.1:${port}, database: embedded in ${dataDir})`);
      const driver = new SlackDriver(`http://127.0.0.1:${port}/slack/events`, "main-secret");
      const answer = await driver.command({ text: "jag skickar offerten till Acme den 15 december" });
      expect(answer.status).toBe(200);
      // The real clock runs here, so the weekday (and perhaps the year) depends on today.
      expect(String(answer.json?.text)).toMatch(
        /^Noterat: du lovar att skicka offerten till Acme — senast \p{L}+dag 15 december( \d{4})? kl 17:00\.$/u,
      );
      // The token goes to Slack, never to the log.
      expect(slack.callsTo("users.info")[0].token).toBe("xoxb-main-test");
      expect(out.text()).not.toContain("xoxb-main-test");
    });

    it("stops cleanly on SIGTERM with exit code 0", async () => {
      child.kill("SIGTERM");
      expect(await exited(child)).toBe(0);
      expect(out.text()).toContain("Lofte is stopping (SIGTERM)");
    });
  });
});

describe("reminders in real time", () => {
  it("with short timings, asks 'Håller du tiden?' within seconds, from the scheduler in the running app", async () => {
    const slack = await new FakeSlack().start();
    slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
    const dataDir = await mkdtemp(join(tmpdir(), "lofte-realtime-"));
    const port = await freePort();
    const child = run({
      SLACK_BOT_TOKEN: "xoxb-realtime",
      SLACK_SIGNING_SECRET: "realtime-secret",
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOFTE_DATA_DIR: dataDir,
      LOFTE_TICK: "* * * * * *",
      LOFTE_DUE_SOON_BEFORE: "55s",
      LOFTE_WORKING_HOURS: "always",
    });
    const out = output(child);
    try {
      const deadline = Date.now() + 30_000;
      while (!out.text().includes("Lofte is running") && Date.now() < deadline && child.exitCode === null)
        await new Promise((r) => setTimeout(r, 50));
      const driver = new SlackDriver(`http://127.0.0.1:${port}/slack/events`, "realtime-secret");
      const answer = await driver.command({ text: "jag ringer kunden om 1 minut" });
      expect(String(answer.json?.text)).toMatch(/^Noterat: du lovar att ringa kunden/);
      // Due in 60 s, asked 55 s before: the question comes about 5 s after the promise.
      const asked = await slack.waitFor("chat.postMessage", (c) => String(c.params.text).includes("Håller du tiden?"), 20_000);
      expect(asked.params.channel).toBe("U0ANNA");
    } finally {
      child.kill("SIGTERM");
      await exited(child);
      await slack.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
