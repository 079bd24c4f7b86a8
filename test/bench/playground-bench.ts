import { chromiumPath, launchChromium } from "../support/browser.js";
import { startTestPlayground } from "../support/playground.js";

/**
 * playground_load_ms: from opening the page to the conversation drawn (median of 5 loads).
 * playground_render_p50_ms / _p95_ms: after Lofte's answer to a page action (20 slash commands
 * and clicks), how long until the page shows it. playground_answer_p50_ms: the action itself.
 * In Debian's Chromium; without it, no figures (one line on stderr).
 */
export async function measurePlayground(): Promise<Record<string, number>> {
  const chromium = chromiumPath();
  if (!chromium) {
    console.error("playground figures skipped: no Chromium found");
    return {};
  }
  const running = await startTestPlayground();
  const browser = await launchChromium(chromium);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const loads: number[] = [];
    for (let i = 0; i < 6; i++) {
      const started = performance.now();
      await page.goto(running.url);
      await page.getByRole("article").first().waitFor();
      if (i > 0) loads.push(performance.now() - started); // the first load warms up
    }
    const composer = page.getByRole("textbox", { name: "Meddelande" });
    for (let i = 0; i < 20; i++) {
      const before = await page.evaluate(() => (globalThis as unknown as { lofteTimings: unknown[] }).lofteTimings.length);
      await composer.fill(i % 2 ? "/lofte lista" : `/lofte jag ringer kund ${i} i morgon kl 10`);
      await composer.press("Enter");
      await page.waitForFunction((n) => (globalThis as unknown as { lofteTimings: unknown[] }).lofteTimings.length > n, before);
    }
    const timings = (await page.evaluate(() => (globalThis as unknown as { lofteTimings: unknown[] }).lofteTimings)) as {
      answerMs: number;
      renderMs: number;
    }[];
    const at = (values: number[], q: number) => {
      const sorted = [...values].sort((a, b) => a - b);
      return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]);
    };
    return {
      playground_load_ms: at(loads, 0.5),
      playground_render_p50_ms: at(
        timings.map((t) => t.renderMs),
        0.5,
      ),
      playground_render_p95_ms: at(
        timings.map((t) => t.renderMs),
        0.95,
      ),
      playground_answer_p50_ms: at(
        timings.map((t) => t.answerMs),
        0.5,
      ),
    };
  } finally {
    await browser.close();
    await running.stop();
  }
}
