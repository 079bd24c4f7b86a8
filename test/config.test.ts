import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

const VALID = { SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_SIGNING_SECRET: "s3cret" };

function errorOf(env: Record<string, string | undefined>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("configuration", () => {
  it("applies the documented defaults", () => {
    const config = loadConfig(VALID);
    expect(config).toMatchObject({
      port: 3000,
      dataDir: "./data",
      databaseUrl: undefined,
      defaults: { language: "sv", timeZone: "Europe/Stockholm", deadlineTime: "17:00" },
      slack: { appToken: undefined, apiUrl: undefined },
    });
  });

  it("names a missing bot token and says how to get one", () => {
    const message = errorOf({ SLACK_SIGNING_SECRET: "x" });
    expect(message).toContain("SLACK_BOT_TOKEN is missing");
    expect(message).toContain("manifest.yml");
    expect(message).not.toContain("\n");
  });

  describe("OAuth mode (many workspaces)", () => {
    const OAUTH = {
      SLACK_CLIENT_ID: "1111.2222",
      SLACK_CLIENT_SECRET: "client-secret",
      SLACK_STATE_SECRET: "state-secret-0123456789",
      SLACK_SIGNING_SECRET: "s3cret",
    };
    const KEY = Buffer.alloc(32, 7);

    it("stops with one clear line when the encryption key is missing, and says how to make one", () => {
      const message = errorOf(OAUTH);
      expect(message).toBe(
        "LOFTE_ENCRYPTION_KEY is missing: in OAuth mode bot tokens are stored encrypted. Create one with: openssl rand -base64 32",
      );
    });

    it("takes the key as base64 or hex, and refuses one that is not 32 bytes", () => {
      expect(loadConfig({ ...OAUTH, LOFTE_ENCRYPTION_KEY: KEY.toString("base64") }).encryptionKey).toEqual(KEY);
      expect(loadConfig({ ...OAUTH, LOFTE_ENCRYPTION_KEY: KEY.toString("hex") }).encryptionKey).toEqual(KEY);
      expect(errorOf({ ...OAUTH, LOFTE_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") })).toContain(
        "LOFTE_ENCRYPTION_KEY must be 32 bytes",
      );
    });

    it("names each missing OAuth setting, and refuses a bot token beside it", () => {
      const key = { LOFTE_ENCRYPTION_KEY: KEY.toString("base64") };
      expect(errorOf({ ...OAUTH, ...key, SLACK_CLIENT_SECRET: undefined })).toContain("SLACK_CLIENT_SECRET is missing");
      expect(errorOf({ ...OAUTH, ...key, SLACK_STATE_SECRET: undefined })).toContain("SLACK_STATE_SECRET is missing");
      expect(errorOf({ ...OAUTH, ...key, SLACK_BOT_TOKEN: "xoxb-1" })).toContain("either SLACK_BOT_TOKEN");
      const config = loadConfig({ ...OAUTH, ...key });
      expect(config.slack.oauth).toEqual({ clientId: "1111.2222", clientSecret: "client-secret", stateSecret: "state-secret-0123456789" });
      expect(config.slack.botToken).toBeUndefined();
    });
  });

  it("asks for the signing secret in HTTP mode but not in Socket Mode", () => {
    expect(errorOf({ SLACK_BOT_TOKEN: "xoxb-1" })).toContain("SLACK_SIGNING_SECRET is missing");
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1-abc" }).slack.appToken).toBe("xapp-1-abc");
  });

  it("refuses a user token where the bot token belongs, without echoing the token", () => {
    const message = errorOf({ ...VALID, SLACK_BOT_TOKEN: "xoxp-secret-user-token" });
    expect(message).toContain("must be the bot token");
    expect(message).not.toContain("xoxp-secret-user-token");
  });

  it.each([
    [{ PORT: "http" }, "PORT must be a number"],
    [{ PORT: "70000" }, "PORT must be between 0 and 65535"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL must start with postgresql://"],
    [{ LOFTE_TIME_ZONE: "Mars/Olympus" }, "LOFTE_TIME_ZONE must be an IANA time zone"],
    [{ LOFTE_DEADLINE_TIME: "25:00" }, "LOFTE_DEADLINE_TIME must be a clock time"],
    [{ LOFTE_LANGUAGE: "de" }, "LOFTE_LANGUAGE must be sv or en"],
    [{ SLACK_API_URL: "not a url" }, "SLACK_API_URL must be a URL"],
  ])("explains a bad value in one line: %o", (env, expected) => {
    expect(errorOf({ ...VALID, ...env })).toContain(expected);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ ...VALID, DATABASE_URL: "", PORT: "" }).port).toBe(3000);
  });
});
