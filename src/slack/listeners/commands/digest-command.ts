import type { webApi } from "@slack/bolt";
import { parseClock } from "../../../domain/zoned-time.js";
import { postDigest } from "../../../jobs/digest-tick.js";
import { messages } from "../../../language/messages.js";
import { setDigest } from "../../../store/digests.js";
import type { Deps, Person } from "../../deps.js";
import { noticeReply, type Reply } from "../../ui/capture-replies.js";
import { requestClient } from "../../workspace-clients.js";

const ON = new Set(["på", "pa", "on"]);
const OFF = new Set(["av", "off"]);
const NOW = new Set(["nu", "now"]);
const WEEKDAYS: Record<string, number> = {
  måndag: 1,
  mandag: 1,
  monday: 1,
  tisdag: 2,
  tuesday: 2,
  onsdag: 3,
  wednesday: 3,
  torsdag: 4,
  thursday: 4,
  fredag: 5,
  friday: 5,
  lördag: 6,
  lordag: 6,
  saturday: 6,
  söndag: 7,
  sondag: 7,
  sunday: 7,
};

/**
 * `/lofte digest på [måndag 09:00]` (`/promise digest on [monday 09:00]`), `av`/`off`,
 * `nu`/`now`: the channel's weekly digest. Default Monday 09:00 on the workspace's clock.
 */
export async function digestCommand(
  deps: Deps,
  client: webApi.WebClient,
  input: { teamId: string; channelId: string; words: string[] },
  person: Person,
): Promise<Reply> {
  const t = messages(person.language).digest;
  const [what = "", ...rest] = input.words.map((w) => w.toLowerCase());
  if (OFF.has(what)) {
    await setDigest(deps.db.prisma, input.teamId, input.channelId, { enabled: false });
    return noticeReply(t.off(input.channelId));
  }
  if (NOW.has(what)) {
    const sender = { ...deps, slack: requestClient(client) };
    const outcome = await postDigest(sender, { workspaceId: input.teamId, channelId: input.channelId });
    return noticeReply(outcome.ok ? t.posted : t.notInChannel);
  }
  if (!ON.has(what)) return noticeReply(t.usage);
  const weekday = rest.map((w) => WEEKDAYS[w.replace(/ar$|s$/, "")]).find((d) => d !== undefined);
  const time = rest.map((w) => parseClock(w.replace(".", ":"))).find((c) => c !== null);
  const unknown = rest.filter((w) => WEEKDAYS[w.replace(/ar$|s$/, "")] === undefined && parseClock(w.replace(".", ":")) === null);
  if (unknown.length > 0) return noticeReply(t.usage);
  const saved = await setDigest(deps.db.prisma, input.teamId, input.channelId, {
    enabled: true,
    weekday,
    time: time ? `${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}` : undefined,
  });
  return noticeReply(t.on(t.weekdays[saved.weekday - 1], saved.time, input.channelId));
}
