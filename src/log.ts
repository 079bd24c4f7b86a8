import { AsyncLocalStorage } from "node:async_hooks";
import { type Logger, LogLevel } from "@slack/bolt";

/**
 * Lofte's logs: one JSON object a line on stdout ({time, level, name, msg, request_id, …}),
 * for Bolt and for Lofte alike. Inside a Slack request every line carries that request's id.
 * Tokens and the secrets Lofte was given are replaced by "[redacted]" wherever they appear;
 * message texts are never logged by Lofte (Bolt logs request bodies only at debug).
 */

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
/** Slack tokens of every kind: bot, user, app-level, refresh, config. */
const TOKEN = /\bx(?:ox[a-z]|app|oxe\.xox[a-z])-[A-Za-z0-9-]+/g;

const requests = new AsyncLocalStorage<{ requestId: string }>();

export type Fields = Record<string, string | number | boolean | null | undefined>;

export class JsonLogger implements Logger {
  private secrets: string[] = [];

  constructor(
    private level: LogLevel = LogLevel.INFO,
    private name = "lofte",
    private write: (line: string) => void = batchedStdout(),
  ) {}

  /** Values never to print (signing secret, client secret, encryption key). */
  redact(...values: (string | undefined)[]): this {
    this.secrets.push(...values.filter((v): v is string => Boolean(v && v.length >= 6)));
    return this;
  }

  /** Runs `work` with `requestId` on every line logged meanwhile. */
  withRequestId<T>(requestId: string, work: () => Promise<T>): Promise<T> {
    return requests.run({ requestId }, work);
  }

  debug(...msg: unknown[]): void {
    this.log(LogLevel.DEBUG, msg);
  }
  info(...msg: unknown[]): void {
    this.log(LogLevel.INFO, msg);
  }
  warn(...msg: unknown[]): void {
    this.log(LogLevel.WARN, msg);
  }
  error(...msg: unknown[]): void {
    this.log(LogLevel.ERROR, msg);
  }
  /** Starting and stopping: printed at every log level, so whoever runs Lofte sees it. */
  lifecycle(msg: string): void {
    this.log(LogLevel.INFO, [msg], {}, true);
  }
  /** A line with fields of its own: `log.event("info", "request", { kind: "command", ms: 12 })`. */
  event(level: `${LogLevel}`, msg: string, fields: Fields): void {
    this.log(level as LogLevel, [msg], fields);
  }
  setLevel(level: LogLevel): void {
    this.level = level;
  }
  getLevel(): LogLevel {
    return this.level;
  }
  setName(name: string): void {
    this.name = name;
  }

  private log(level: LogLevel, parts: unknown[], fields: Fields = {}, always = false): void {
    if (!always && ORDER[level] < ORDER[this.level]) return;
    const line = {
      time: new Date().toISOString(),
      level,
      name: this.name,
      msg: parts.map((part) => describe(part, this.level === LogLevel.DEBUG)).join(" "),
      request_id: requests.getStore()?.requestId,
      ...fields,
    };
    this.write(this.scrub(JSON.stringify(line)));
  }

  private scrub(text: string): string {
    let clean = text.replace(TOKEN, "[redacted]");
    for (const secret of this.secrets) clean = clean.split(secret).join("[redacted]");
    return clean;
  }
}

function describe(part: unknown, withStack: boolean): string {
  if (typeof part === "string") return part;
  // Only an error's first line: database errors go on to quote the values of the query.
  if (part instanceof Error) return withStack && part.stack ? part.stack : `${part.name}: ${part.message.split("\n")[0].slice(0, 300)}`;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}

/**
 * Writes log lines to stdout once per turn of the event loop, all of that turn's lines in one
 * write: under load that is one system call instead of hundreds. Whatever is pending when the
 * process exits is written before it goes.
 */
function batchedStdout(): (line: string) => void {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = `${pending.join("\n")}\n`;
    pending = [];
    process.stdout.write(text);
  };
  process.once("exit", flush);
  return (line) => {
    if (pending.length === 0) setImmediate(flush);
    pending.push(line);
  };
}
