import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningPlayground } from "../../src/playground/start.js";
import { chromiumPath, launchChromium } from "../support/browser.js";
import { startTestPlayground } from "../support/playground.js";

/**
 * The playground in a real browser, driven the way a visitor (or an outside check) drives it:
 * by the names the page gives its controls. Swedish by default, as Sven the seller. With
 * LOFTE_SCREENSHOTS=1 it also makes the README's screenshots.
 */

const CHROMIUM = chromiumPath();
if (!CHROMIUM) console.log("Browser tests skipped: no Chromium found (apt install chromium).");
const SCREENSHOTS = process.env.LOFTE_SCREENSHOTS === "1" ? new URL("../../docs/", import.meta.url).pathname : null;

describe.runIf(CHROMIUM)("the playground in a browser", () => {
  let running: RunningPlayground;
  let browser: Browser;
  let page: Page;
  let loadMs = 0;

  beforeAll(async () => {
    // Monday 7 December 2026, 08:45 in Stockholm.
    running = await startTestPlayground({ tick: "* * * * * *" });
    browser = await launchChromium(CHROMIUM as string);
    page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: "sv-SE" });
    const started = performance.now();
    await page.goto(running.url);
    await page.getByRole("article").first().waitFor();
    loadMs = performance.now() - started;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  const composer = () => page.getByRole("textbox", { name: /^(Meddelande|Message)$/ });
  const say = async (text: string) => {
    await composer().fill(text);
    await composer().press("Enter");
  };
  const article = (text: string | RegExp): Locator => page.getByRole("article").filter({ hasText: text }).last();
  const seen = async (locator: Locator, ms = 15_000) => locator.waitFor({ state: "visible", timeout: ms });
  /** Clicks a button and waits until the page has Lofte's answer and has drawn it. */
  const press = async (name: string, endpoint: string) => {
    const before = await timingsCount();
    const answered = page.waitForResponse((r) => r.url().includes(`/playground/${endpoint}`) && r.request().method() === "POST");
    await page.getByRole("button", { name, exact: true }).click();
    await answered;
    await page.waitForFunction((count) => (globalThis as unknown as { lofteTimings: unknown[] }).lofteTimings.length > count, before);
  };
  const timingsCount = () => page.evaluate(() => (globalThis as unknown as { lofteTimings: unknown[] }).lofteTimings.length);
  const beAs = async (name: string) => {
    await page.getByLabel(/^(Du är|You are)$/).selectOption({ label: name });
    await page.waitForTimeout(100);
  };
  const go = async (place: string) => page.getByRole("button", { name: place, exact: true }).click();
  const shot = async (name: string) => {
    if (!SCREENSHOTS) return;
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, name) });
  };

  it("loads as Sven in #sälj, in Swedish, with the seeded conversation and a hint", async () => {
    expect(await page.locator("html").getAttribute("lang")).toBe("sv");
    await seen(page.getByRole("button", { name: "#sälj", exact: true }));
    await seen(page.getByRole("button", { name: "Hem", exact: true }));
    await seen(page.getByRole("button", { name: "+1 timme" }));
    await seen(article("Jag ringer Ericsson i morgon förmiddag"));
    expect(await page.getByText(/Prova att skriva: \/lofte/).count()).toBe(1);
    console.log(JSON.stringify({ playground_load_ms: Math.round(loadMs) }));
  });

  it("records a promise typed with /lofte, confirms it only to Sven, and undoes it with Ångra", async () => {
    await composer().fill("/lof");
    await seen(page.getByText("/lofte [vad du lovar och när] — notera ett löfte"));
    await say("/lofte jag skickar offerten till Scania på fredag");
    const confirmation = article("Noterat: du lovar att skicka offerten till Scania");
    await seen(confirmation);
    await seen(confirmation.getByText("Bara synlig för dig"));
    expect(await confirmation.textContent()).toContain("fredag 11 december kl 17:00");
    await shot("playground-capture.png");
    await confirmation.getByRole("button", { name: "Ångra" }).click();
    await seen(article("Ångrat: löftet att skicka offerten till Scania är struket."));
  });

  it("changes a promise through the Ändra modal", async () => {
    await say("/lofte jag ringer Husqvarna i morgon kl 10");
    const confirmation = article("Noterat: du lovar att ringa Husqvarna");
    await seen(confirmation);
    await confirmation.getByRole("button", { name: "Ändra" }).click();
    const dialog = page.getByRole("dialog", { name: "Ändra löfte" });
    await seen(dialog);
    await dialog.getByLabel("Vad").fill("ringa Husqvarna om leveransen");
    await dialog.getByRole("button", { name: "Spara" }).click();
    await dialog.waitFor({ state: "detached" });
    await seen(article("Uppdaterat: ringa Husqvarna om leveransen"));
  });

  it("asks for a deadline when none is given, and saves with the date picked", async () => {
    await say("/lofte jag skickar prislistan till Ericsson");
    const question = article("När ska det vara klart?");
    await seen(question);
    await question.getByLabel("Välj dag").fill("2026-12-10");
    await question.getByRole("button", { name: "Spara" }).click();
    await seen(article(/Noterat: du lovar att skicka prislistan till Ericsson — senast torsdag 10 december kl 17:00/));
  });

  it("records a promise for a colleague, who is told in their own language", async () => {
    await say("/lofte @Emma skickar avtalet till Klarna på onsdag");
    await seen(article("Noterat: @Emma Clarke lovar att skicka avtalet till Klarna"));
    await beAs("Emma Clarke");
    await go("Lofte");
    await seen(article("Sven Lindqvist recorded a promise in your name"));
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await seen(page.getByRole("textbox", { name: "Message" }));
    await seen(page.getByRole("button", { name: "+1 hour" }));
    await beAs("Sven Lindqvist");
  });

  it("moves the clock to the due-soon question, answered by button and by a ✅ reaction", async () => {
    await go("Lofte");
    for (let i = 0; i < 6 && (await article("Håller du tiden?").count()) === 0; i++) await press("Nästa händelse", "clock");
    const question = article("Håller du tiden?");
    await seen(question);
    await shot("playground-reminder.png");
    await question.getByRole("button", { name: "Håller tiden" }).click();
    await seen(article("Du håller tiden"));
    // The heads-up about the Scania demo, answered with an emoji.
    const headsUp = article(/Påminnelse:.*Scania/);
    await seen(headsUp);
    await headsUp.hover();
    await headsUp.getByRole("button", { name: "✅" }).click();
    await seen(article(/Klart:.*Scania/));
  });

  it("tells the lead with a draft for the customer after Hinner inte", async () => {
    await go("Lofte");
    await say("/lofte jag skickar kalkylen till Spotify i morgon kl 14");
    await seen(article(/Noterat:.*kalkylen/));
    const reminder = article(/Håller du tiden\?.*kalkylen/);
    for (let i = 0; i < 15 && (await reminder.count()) === 0; i++) await press("Nästa händelse", "clock");
    await seen(reminder);
    await reminder.getByRole("button", { name: "Hinner inte" }).click();
    await seen(article("Du hinner inte skicka kalkylen"));
    await beAs("Karin Berg");
    await go("Lofte");
    const alert = article(/Ett löfte är i fara.*kalkylen/);
    await seen(alert, 15_000);
    expect(await alert.textContent()).toContain("Utkast till kunden");
    expect(await alert.textContent()).toContain("Hej! Jag vill ge er besked direkt");
    await shot("playground-lead-alert.png");
    await beAs("Sven Lindqvist");
  });

  it("posts the digest in the channel with /lofte digest nu", async () => {
    await go("#sälj");
    await say("/lofte digest nu");
    await seen(article("Veckans löften i #sälj"));
  });

  it("shows the Home tab with Sven's open promises", async () => {
    await go("Hem");
    await seen(page.getByText("Mina öppna löften"));
    await seen(page.getByText(/ringa Husqvarna om leveransen/).first());
    await shot("playground-home.png");
  });

  it("offers to track a promise written in a channel with suggestions on", async () => {
    await go("#sälj");
    await say("Jag skickar offerten till Volvo på torsdag");
    const offer = article("Vill du att jag håller koll på det här?");
    await seen(offer);
    await offer.getByRole("button", { name: "Spara som löfte" }).click();
    await seen(page.getByRole("dialog", { name: "Spara som löfte" }));
    // Read from when the message was written: Thursday is filled in, not left for the person to pick.
    expect(await page.getByRole("dialog").locator('input[type="date"]').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByRole("dialog").getByRole("button", { name: "Avbryt" }).click();
  });

  it("records how long each interaction took to draw after Lofte's answer (npm run bench reports it)", async () => {
    const timings = (await page.evaluate("window.lofteTimings")) as { name: string; answerMs: number; renderMs: number }[];
    expect(timings.length).toBeGreaterThan(10);
    const render = timings.map((t) => t.renderMs).sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        playground_render_p50_ms: Math.round(render[Math.floor(render.length / 2)]),
        playground_render_max_ms: Math.round(render.at(-1) ?? 0),
      }),
    );
  });

  it("starts over: what Sven did is gone and the seeded workspace is back", async () => {
    await page.getByRole("button", { name: "Börja om" }).click();
    await seen(article("Jag ringer Ericsson i morgon förmiddag"));
    await page.waitForTimeout(300);
    expect(await article("Vill du att jag håller koll på det här?").count()).toBe(0);
    expect(await article("Jag skickar offerten till Volvo på torsdag").count()).toBe(0);
    await shot("playground.png");
  });
});
