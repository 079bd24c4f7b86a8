import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppProcess, freePort, startAppProcess, waitUntil } from "./support/app-process.js";
import { FakeSlack } from "./support/fake-slack.js";
import { FakeSocketMode } from "./support/fake-socket-mode.js";
import { SlackDriver } from "./support/slack-driver.js";

/** `npm start` as a user runs it: a real process, configured by its environment. */

describe("starting Lofte", () => {
  it("stops with one clear line, no stack trace, when some Slack settings are given but the token is missing", async () => {
    const app = startAppProcess({ SLACK_SIGNING_SECRET: "x" });
    expect(await app.exited).toBe(1);
    expect(app.output().trim()).toBe(
      "Lofte cannot start: SLACK_BOT_TOKEN is missing. Create the Slack app from manifest.yml (see README), then copy its tokens into .env. Run `npm start` with no Slack settings to try Lofte in the playground instead.",
    );
  });

  it("in production without any Slack settings, says what is missing instead of opening the playground", async () => {
    const app = startAppProcess({ NODE_ENV: "production" });
    expect(await app.exited).toBe(1);
    expect(app.output().trim()).toMatch(/^Lofte cannot start: SLACK_BOT_TOKEN is missing\..* Run `npm start` with no Slack settings/);
  });

  it("with no Slack settings at all, opens the playground on loopback and says where", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lofte-main-playground-"));
    const port = await freePort();
    // HOST is ignored: the playground is for this machine only.
    const app = startAppProcess({ PORT: String(port), HOST: "0.0.0.0", LOFTE_PLAYGROUND_DIR: dir });
    try {
      await app.waitFor("playground is running", 60_000);
      expect(app.output()).toContain(`Lofte's playground is running at http://127.0.0.1:${port}`);
      expect(app.output()).toContain("To connect a real Slack instead");
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('aria-label="Meddelande"');
      app.kill("SIGTERM");
      expect(await app.exited).toBe(0);
    } finally {
      app.kill("SIGKILL");
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it("stopped while it is still starting, stops cleanly once started instead of dying mid-step", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lofte-main-early-stop-"));
    const port = await freePort();
    const app = startAppProcess({ PORT: String(port), LOFTE_PLAYGROUND_DIR: dir });
    try {
      // SIGTERM the moment the page answers: the playground is still seeding and ticking.
      await waitUntil(
        "the page answers",
        app,
        () =>
          fetch(`http://127.0.0.1:${port}/readyz`).then(
            (r) => r.ok,
            () => false,
          ),
        60_000,
      );
      app.kill("SIGTERM");
      expect(await app.exited).toBe(0);
      expect(app.output()).toContain("Lofte is stopping (SIGTERM).");
      expect(app.output()).toContain("Lofte stopped.");
    } finally {
      app.kill("SIGKILL");
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);

  describe("with a configuration", () => {
    let slack: FakeSlack;
    let dataDir: string;
    let app: AppProcess;
    let port: number;

    beforeAll(async () => {
      slack = await new FakeSlack().start();
      dataDir = await mkdtemp(join(tmpdir(), "lofte-main-"));
      port = await freePort();
      app = startAppProcess({
        SLACK_BOT_TOKEN: "xoxb-main-test",
        SLACK_SIGNING_SECRET: "main-secret",
        SLACK_API_URL: slack.apiUrl,
        PORT: String(port),
        HOST: "127.0.0.1",
        LOFTE_DATA_DIR: dataDir,
      });
      await app.waitFor("Lofte is running");
    });

    afterAll(async () => {
      app.kill("SIGKILL");
      await slack.stop();
      await rm(dataDir, { recursive: true, force: true });
    });

    it("creates and migrates the embedded database, then answers a signed /lofte", async () => {
      expect(app.output()).toContain(`Lofte is running (HTTP on 127.0.0.1:${port}, one workspace, database: embedded in ${dataDir})`);
      const driver = new SlackDriver(`http://127.0.0.1:${port}/slack/events`, "main-secret");
      const answer = await driver.command({ text: "jag skickar offerten till Acme den 15 december" });
      expect(answer.status).toBe(200);
      // The real clock runs here, so the weekday (and perhaps the year) depends on today.
      expect(String(answer.json?.text)).toMatch(
        /^Noterat: du lovar att skicka offerten till Acme — senast \p{L}+dag 15 december( \d{4})? kl 17:00\.$/u,
      );
      // The token goes to Slack, never to the log.
      expect(slack.callsTo("users.info")[0].token).toBe("xoxb-main-test");
      expect(app.output()).not.toContain("xoxb-main-test");
    });

    it("answers /healthz, and /readyz once the database is migrated", async () => {
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ ready: true, database: "ok", pendingMigrations: [] });
    });

    it("stops cleanly on SIGTERM with exit code 0", async () => {
      app.kill("SIGTERM");
      expect(await app.exited).toBe(0);
      expect(app.output()).toContain("Lofte is stopping (SIGTERM)");
      expect(app.output()).toContain("Lofte stopped.");
    });
  });
});

describe("the production build", () => {
  let built: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    built = spawnSync("npm", ["run", "-s", "build"], { cwd: new URL("..", import.meta.url).pathname, encoding: "utf8" });
  }, 120_000);

  it("npm run build compiles Lofte to dist/, which starts, answers a signed /lofte and stops cleanly", async () => {
    expect(built.status, `${built.stderr}${built.stdout}`).toBe(0);
    const slack = await new FakeSlack().start();
    const dataDir = await mkdtemp(join(tmpdir(), "lofte-dist-"));
    const port = await freePort();
    const env = { SLACK_BOT_TOKEN: "xoxb-dist", SLACK_SIGNING_SECRET: "dist-secret", SLACK_API_URL: slack.apiUrl, PORT: String(port) };
    const app = startAppProcess({ ...env, HOST: "127.0.0.1", LOFTE_DATA_DIR: dataDir }, { compiled: true });
    try {
      await app.waitFor("Lofte is running", 60_000);
      const driver = new SlackDriver(`http://127.0.0.1:${port}/slack/events`, "dist-secret");
      const answer = await driver.command({ text: "I'll send the quote to Acme on December 15" });
      expect(String(answer.json?.text)).toMatch(/^Got it: you promise to send the quote to Acme/);
      app.kill("SIGTERM");
      expect(await app.exited).toBe(0);
    } finally {
      app.kill("SIGKILL");
      await slack.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it("runs in Socket Mode too: the bundle loads Socket Mode's receiver when it is asked for", async () => {
    expect(built.status).toBe(0);
    const slack = await new FakeSlack().start();
    slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
    const socket = new FakeSocketMode(slack);
    const dataDir = await mkdtemp(join(tmpdir(), "lofte-dist-socket-"));
    const env = {
      SLACK_BOT_TOKEN: "xoxb-dist",
      SLACK_APP_TOKEN: "xapp-1-dist",
      SLACK_API_URL: slack.apiUrl,
      PORT: String(await freePort()),
    };
    const app = startAppProcess({ ...env, HOST: "127.0.0.1", LOFTE_DATA_DIR: dataDir }, { compiled: true });
    try {
      // Lofte's own output when it exits early or does not answer in time, not a bare timeout.
      let failed: (error: Error) => void = () => {};
      const failure = new Promise<never>((_, reject) => {
        failed = reject;
      });
      failure.catch(() => {});
      void app.exited.then(() => failed(new Error(`Lofte exited:\n${app.output()}`)));
      const timer = setTimeout(() => failed(new Error(`no answer within 60 s:\n${app.output()}`)), 60_000);
      await Promise.race([socket.waitForConnection(), failure]);
      const sent = socket.send("slash_commands", {
        team_id: "T0LOFTE",
        channel_id: "C0SALES",
        user_id: "U0ANNA",
        command: "/lofte",
        text: "jag skickar offerten till Acme den 15 december",
        response_url: slack.responseUrl("dist-socket"),
        trigger_id: "1.2.3",
      });
      const payload = await Promise.race([sent, failure]);
      clearTimeout(timer);
      expect(String(payload?.text)).toMatch(/^Noterat: du lovar att skicka offerten till Acme/);
      app.kill("SIGTERM");
      expect(await app.exited).toBe(0);
    } finally {
      app.kill("SIGKILL");
      await socket.stop();
      await slack.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("reminders in real time", () => {
  it("with short timings, asks 'Håller du tiden?' within seconds, from the scheduler in the running app", async () => {
    const slack = await new FakeSlack().start();
    slack.users.set("U0ANNA", { tz: "Europe/Stockholm", locale: "sv-SE" });
    const dataDir = await mkdtemp(join(tmpdir(), "lofte-realtime-"));
    const port = await freePort();
    const app = startAppProcess({
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
    try {
      await app.waitFor("Lofte is running");
      const driver = new SlackDriver(`http://127.0.0.1:${port}/slack/events`, "realtime-secret");
      const answer = await driver.command({ text: "jag ringer kunden om 1 minut" });
      expect(String(answer.json?.text)).toMatch(/^Noterat: du lovar att ringa kunden/);
      // Due in 60 s, asked 55 s before: the question comes about 5 s after the promise.
      const asked = await slack.waitFor("chat.postMessage", (c) => String(c.params.text).includes("Håller du tiden?"), 20_000);
      expect(asked.params.channel).toBe("U0ANNA");
    } finally {
      app.kill("SIGTERM");
      await app.exited;
      await slack.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
