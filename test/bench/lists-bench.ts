import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { webApi } from "@slack/bolt";
import { buildDigest } from "../../src/app/digest.js";
import { publishHome } from "../../src/app/home.js";
import { assembleLofte } from "../../src/assemble.js";
import { loadConfig } from "../../src/config.js";
import { slackPort } from "../../src/slack/slack-port.js";
import { digestMessage } from "../../src/slack/ui/digest.js";
import { openDatabase } from "../../src/store/database.js";
import { FakeSlack } from "../support/fake-slack.js";

/**
 * digest_ms_10k: build the digest of a channel with 10,000 open promises (median of 5).
 * home_ms_500: draw and publish the Home tab of someone with 500 open promises (median of 5).
 * PGlite on disk, the fake Web API for the publish.
 */
export async function measureLists(): Promise<Record<string, number>> {
  const dataDir = await mkdtemp(join(tmpdir(), "lofte-lists-"));
  const db = await openDatabase({ dataDir });
  const slack = await new FakeSlack().start();
  const now = new Date("2026-11-25T09:00:00Z");
  try {
    const session = await db.session();
    await session.query(`INSERT INTO "Workspace" (id, "updatedAt") VALUES ('T0BENCH', now())`);
    await session.query(
      `INSERT INTO "Commitment" (id, "workspaceId", "ownerId", "creatorId", task, customer, "originalText", language, "sourceChannelId", "dueAt", "hasTime", "timeZone", "createdAt", "updatedAt")
       SELECT 'c' || i, 'T0BENCH', CASE WHEN i <= 500 THEN 'U0HOME' ELSE 'U' || (i % 50) END, 'U0', 'skicka offerten ' || i, 'Kund ' || (i % 300), 'x', 'sv', 'C0BIG',
              $1::timestamptz + ((i - 3000) || ' minutes')::interval, false, 'Europe/Stockholm', $1::timestamptz - interval '20 days', now()
         FROM generate_series(1, 10000) AS i`,
      [now.toISOString()],
    );
    await session.exec(`ANALYZE "Commitment"`);
    await session.release();
    const config = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-bench",
      SLACK_SIGNING_SECRET: "x",
      SLACK_API_URL: slack.apiUrl,
      LOG_LEVEL: "error",
    });
    const { deps } = assembleLofte(config, db, { clock: () => now, sendGapMs: 0 });
    const client = new webApi.WebClient("xoxb-bench", { slackApiUrl: slack.apiUrl });
    const port = slackPort(client, "T0BENCH", deps);
    const channel = { workspaceId: "T0BENCH", channelId: "C0BIG" };
    const median = async (run: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < 6; i++) {
        const started = performance.now();
        await run();
        if (i > 0) times.push(performance.now() - started); // the first run warms up
      }
      return Math.round(times.sort((a, b) => a - b)[Math.floor(times.length / 2)]);
    };
    return {
      digest_ms_10k: await median(async () => {
        const { summary, workspace } = await buildDigest(deps, channel);
        return digestMessage(summary, channel.channelId, workspace, now);
      }),
      home_ms_500: await median(() => publishHome(deps, port, "T0BENCH", "U0HOME")),
    };
  } finally {
    await slack.stop();
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
