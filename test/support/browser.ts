import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/**
 * Debian's Chromium for browser tests (playwright-core never downloads a browser). Without
 * one, browser tests skip with one line locally; CI (LOFTE_REQUIRE_BROWSER=1) never skips.
 */
const CANDIDATES = [process.env.LOFTE_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function chromiumPath(): string | null {
  const found = CANDIDATES.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found && process.env.LOFTE_REQUIRE_BROWSER === "1") throw new Error("No Chromium found, and CI requires the browser tests.");
  return found ?? null;
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    // As root in a sandbox, and on a machine without internet: no background connections.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}
