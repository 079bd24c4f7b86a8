import { validate as validCron } from "node-cron";
import { z } from "zod";
import { parseDuration } from "./domain/durations.js";
import type { NudgeSettings } from "./domain/nudge-plan.js";
import { parseWorkingHours, type WorkingHours } from "./domain/working-hours.js";
import { type Clock, isValidTimeZone, parseClock } from "./domain/zoned-time.js";
import { LANGUAGE_CODES } from "./language/index.js";
import { parseEncryptionKey } from "./store/token-cipher.js";
import type { WorkspaceDefaults } from "./store/workspaces.js";

/**
 * All configuration, read once from the environment (and `.env` if present) and validated.
 * A missing or bad value stops start-up with one line that names the variable and what to do.
 */

const SLACK_HELP = "Create the Slack app from manifest.yml (see README), then copy its tokens into .env.";
const KEY_HELP = "Create one with: openssl rand -base64 32";

function clock(name: string, fallback: string) {
  return z
    .string()
    .refine((v) => parseClock(v) !== null, { error: `${name} must be a clock time such as 09:00.` })
    .default(fallback);
}

function duration(name: string, fallback: string) {
  return z
    .string()
    .refine((v) => parseDuration(v) !== null, { error: `${name} must be a duration such as 30s, 5m, 2h or 1d.` })
    .default(fallback);
}

/** Where the data lives: all that `npm run db:migrate` needs. */
const databaseFields = {
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: "DATABASE_URL must start with postgresql://, or be left unset to use the embedded database." })
    .optional(),
  LOFTE_DATA_DIR: z.string().default("./data"),
};

const schema = z
  .object({
    ...databaseFields,
    SLACK_BOT_TOKEN: z
      .string()
      .regex(/^xoxb-/, { error: `SLACK_BOT_TOKEN must be the bot token (starts with xoxb-). ${SLACK_HELP}` })
      .optional(),
    // OAuth mode (many workspaces): set these instead of SLACK_BOT_TOKEN.
    SLACK_CLIENT_ID: z.string().min(1).optional(),
    SLACK_CLIENT_SECRET: z.string().min(1).optional(),
    SLACK_STATE_SECRET: z.string().min(16, { error: "SLACK_STATE_SECRET must be at least 16 characters long." }).optional(),
    LOFTE_ENCRYPTION_KEY: z
      .string()
      .refine((v) => parseEncryptionKey(v) !== null, {
        error: `LOFTE_ENCRYPTION_KEY must be 32 bytes in base64 or 64 hex digits. ${KEY_HELP}`,
      })
      .optional(),
    LOFTE_RETENTION: duration("LOFTE_RETENTION", "30d"),
    SLACK_SIGNING_SECRET: z.string().min(1).optional(),
    SLACK_APP_TOKEN: z
      .string()
      .regex(/^xapp-/, { error: `SLACK_APP_TOKEN must be an app-level token (starts with xapp-). ${SLACK_HELP}` })
      .optional(),
    SLACK_API_URL: z.url({ error: "SLACK_API_URL must be a URL such as https://slack.com/api/." }).optional(),
    PORT: z.coerce
      .number({ error: "PORT must be a number, such as 3000." })
      .int()
      .min(0)
      .max(65535, { error: "PORT must be between 0 and 65535." })
      .default(3000),
    HOST: z.string().default("0.0.0.0"),
    LOFTE_LANGUAGE: z.enum(LANGUAGE_CODES, { error: `LOFTE_LANGUAGE must be ${LANGUAGE_CODES.join(" or ")}.` }).default("sv"),
    LOFTE_TIME_ZONE: z
      .string()
      .refine(isValidTimeZone, { error: "LOFTE_TIME_ZONE must be an IANA time zone such as Europe/Stockholm." })
      .default("Europe/Stockholm"),
    LOFTE_DEADLINE_TIME: z
      .string()
      .refine((v) => parseClock(v) !== null, { error: "LOFTE_DEADLINE_TIME must be a clock time such as 17:00." })
      .default("17:00"),
    LOFTE_TICK: z
      .string()
      .refine((v) => validCron(v), {
        error: 'LOFTE_TICK must be a cron expression such as "* * * * *" (seconds allowed: "*/2 * * * * *").',
      })
      .default("* * * * *"),
    LOFTE_SEND_LEASE: duration("LOFTE_SEND_LEASE", "5m"),
    LOFTE_MAX_IN_FLIGHT: z.coerce
      .number({ error: "LOFTE_MAX_IN_FLIGHT must be a whole number, such as 64." })
      .int({ error: "LOFTE_MAX_IN_FLIGHT must be a whole number, such as 64." })
      .min(1, { error: "LOFTE_MAX_IN_FLIGHT must be at least 1." })
      .default(64),
    LOFTE_HEADS_UP_AT: clock("LOFTE_HEADS_UP_AT", "09:00"),
    LOFTE_DUE_SOON_BEFORE: duration("LOFTE_DUE_SOON_BEFORE", "2h"),
    LOFTE_OVERDUE_AFTER: duration("LOFTE_OVERDUE_AFTER", "1h"),
    LOFTE_ESCALATE_AFTER: duration("LOFTE_ESCALATE_AFTER", "2h"),
    LOFTE_WORKING_HOURS: z
      .string()
      .refine((v) => parseWorkingHours(v) !== null, { error: 'LOFTE_WORKING_HOURS must look like "Mon-Fri 08:00-18:00", or be "always".' })
      .default("Mon-Fri 08:00-18:00"),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"], { error: "LOG_LEVEL must be debug, info, warn or error." }).default("info"),
  })
  .superRefine((env, ctx) => {
    const problem = (name: string, message: string) => ctx.addIssue({ code: "custom", path: [name], message });
    if (env.SLACK_CLIENT_ID) {
      if (env.SLACK_BOT_TOKEN)
        problem("SLACK_BOT_TOKEN", "Set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID (OAuth, many workspaces), not both.");
      if (!env.SLACK_CLIENT_SECRET)
        problem("SLACK_CLIENT_SECRET", "SLACK_CLIENT_SECRET is missing (OAuth mode, because SLACK_CLIENT_ID is set).");
      if (!env.SLACK_STATE_SECRET)
        problem("SLACK_STATE_SECRET", "SLACK_STATE_SECRET is missing (OAuth mode): any random text of 16 characters or more.");
      if (!env.LOFTE_ENCRYPTION_KEY)
        problem("LOFTE_ENCRYPTION_KEY", `LOFTE_ENCRYPTION_KEY is missing: in OAuth mode bot tokens are stored encrypted. ${KEY_HELP}`);
    } else if (!env.SLACK_BOT_TOKEN) {
      problem("SLACK_BOT_TOKEN", `SLACK_BOT_TOKEN is missing. ${SLACK_HELP}`);
    }
    if (!env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_SIGNING_SECRET"],
        message: `SLACK_SIGNING_SECRET is missing (needed in HTTP mode; set SLACK_APP_TOKEN instead for Socket Mode). ${SLACK_HELP}`,
      });
    }
  });

export interface Config {
  slack: {
    /** One workspace: its bot token. Unset in OAuth mode. */
    botToken: string | undefined;
    /** OAuth mode (many workspaces, tokens in the database). */
    oauth: { clientId: string; clientSecret: string; stateSecret: string } | undefined;
    signingSecret: string | undefined;
    appToken: string | undefined;
    apiUrl: string | undefined;
  };
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** AES-256 key for tokens at rest (OAuth mode). */
  encryptionKey: Buffer | undefined;
  /** How long a workspace's data is kept after Lofte is uninstalled. */
  retentionMs: number;
  /** Copied to a workspace when Lofte first hears from it. */
  defaults: WorkspaceDefaults;
  /** The node-cron expression of the scheduler's tick. */
  tick: string;
  /** How long a claimed reminder is one process's to send; after a crash it is sent again after this. */
  sendLeaseMs: number;
  /** HTTP mode: signed requests waiting for their answer beyond which a new one is turned away at once (within Slack's 3 s). */
  maxInFlight: number;
  /** Nudge timing (workspace defaults). */
  nudges: NudgeSettings;
  logLevel: "debug" | "info" | "warn" | "error";
}

export class ConfigError extends Error {}

/** Reads and validates the configuration; throws ConfigError with one readable line. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const c = parse(schema, env);
  const workingHours = parseWorkingHours(c.LOFTE_WORKING_HOURS) as WorkingHours;
  return {
    slack: {
      botToken: c.SLACK_BOT_TOKEN,
      oauth:
        c.SLACK_CLIENT_ID && c.SLACK_CLIENT_SECRET && c.SLACK_STATE_SECRET
          ? { clientId: c.SLACK_CLIENT_ID, clientSecret: c.SLACK_CLIENT_SECRET, stateSecret: c.SLACK_STATE_SECRET }
          : undefined,
      signingSecret: c.SLACK_SIGNING_SECRET,
      appToken: c.SLACK_APP_TOKEN,
      apiUrl: c.SLACK_API_URL,
    },
    encryptionKey: c.LOFTE_ENCRYPTION_KEY ? (parseEncryptionKey(c.LOFTE_ENCRYPTION_KEY) ?? undefined) : undefined,
    retentionMs: parseDuration(c.LOFTE_RETENTION) as number,
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: c.LOFTE_DATA_DIR,
    defaults: { language: c.LOFTE_LANGUAGE, timeZone: c.LOFTE_TIME_ZONE, deadlineTime: c.LOFTE_DEADLINE_TIME, workingHours },
    logLevel: c.LOG_LEVEL,
    tick: c.LOFTE_TICK,
    sendLeaseMs: parseDuration(c.LOFTE_SEND_LEASE) as number,
    maxInFlight: c.LOFTE_MAX_IN_FLIGHT,
    nudges: {
      morning: parseClock(c.LOFTE_HEADS_UP_AT) as Clock,
      dueSoonBeforeMs: parseDuration(c.LOFTE_DUE_SOON_BEFORE) as number,
      overdueAfterMs: parseDuration(c.LOFTE_OVERDUE_AFTER) as number,
      escalateAfterMs: parseDuration(c.LOFTE_ESCALATE_AFTER) as number,
      overdueCount: 3,
      workingHours,
    },
  };
}

/**
 * The playground runs when asked (`npm run playground`), or when no Slack setting is given at
 * all outside production: `npm start` on a fresh machine opens it.
 */
export function wantsPlayground(env: Record<string, string | undefined>, argv: readonly string[]): boolean {
  if (argv.includes("--playground")) return true;
  const slack = Object.entries(env).some(([name, value]) => name.startsWith("SLACK_") && value);
  return !slack && env.NODE_ENV !== "production";
}

export interface PlaygroundConfig {
  port: number;
  dataDir: string;
  logLevel: Config["logLevel"];
  /** Where a fresh playground's clock starts (tests, screenshots). */
  start: Date | undefined;
}

const playgroundSchema = z.object({
  PORT: schema.shape.PORT,
  LOFTE_PLAYGROUND_DIR: z.string().default("./data/playground"),
  LOFTE_PLAYGROUND_START: z.iso
    .datetime({ offset: true, error: "LOFTE_PLAYGROUND_START must be an ISO time such as 2026-12-07T08:45:00+01:00." })
    .optional(),
  LOG_LEVEL: schema.shape.LOG_LEVEL,
});

export function loadPlaygroundConfig(env: Record<string, string | undefined>): PlaygroundConfig {
  const c = parse(playgroundSchema, env);
  return {
    port: c.PORT,
    dataDir: c.LOFTE_PLAYGROUND_DIR,
    logLevel: c.LOG_LEVEL,
    start: c.LOFTE_PLAYGROUND_START ? new Date(c.LOFTE_PLAYGROUND_START) : undefined,
  };
}

/** Only the database settings, for tools that do not talk to Slack. */
export function loadDatabaseConfig(env: Record<string, string | undefined>): Pick<Config, "databaseUrl" | "dataDir"> {
  const c = parse(z.object(databaseFields), env);
  return { databaseUrl: c.DATABASE_URL, dataDir: c.LOFTE_DATA_DIR };
}

function parse<T extends z.ZodType>(schemaToUse: T, env: Record<string, string | undefined>): z.infer<T> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schemaToUse.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? "configuration");
    throw new ConfigError(issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`);
  }
  return parsed.data;
}
