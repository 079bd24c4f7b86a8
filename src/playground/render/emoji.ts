import { createRequire } from "node:module";
import { z } from "zod";

/**
 * Slack's `:shortcode:` emoji, from iamcal's emoji-data (the `emoji-datasource` package), which is
 * where Slack's own short names come from: `:white_check_mark:`, `:+1:`, `:thumbsup:`, and skin
 * tones written `:+1::skin-tone-3:`. The data is read once, on first use.
 */

const Entry = z.object({
  unified: z.string(),
  short_names: z.array(z.string()),
  skin_variations: z.record(z.string(), z.object({ unified: z.string() })).optional(),
});

interface Emoji {
  text: string;
  /** By the skin tone's code point in hex ("1F3FB"), the toned character sequence. */
  tones: Map<string, string>;
}

/** "1F44D-1F3FC" → "👍🏼". */
function fromUnified(unified: string): string {
  return String.fromCodePoint(...unified.split("-").map((hex) => Number.parseInt(hex, 16)));
}

let byName: Map<string, Emoji> | null = null;

function emojiByName(): Map<string, Emoji> {
  if (byName) return byName;
  const entries = z.array(Entry).parse(createRequire(import.meta.url)("emoji-datasource/emoji.json"));
  byName = new Map();
  for (const entry of entries) {
    const tones = new Map<string, string>();
    for (const [key, variation] of Object.entries(entry.skin_variations ?? {})) tones.set(key, fromUnified(variation.unified));
    const emoji = { text: fromUnified(entry.unified), tones };
    for (const name of entry.short_names) byName.set(name, emoji);
  }
  return byName;
}

/** "skin-tone-2" … "skin-tone-6" are Slack's names for the five Fitzpatrick modifiers. */
const SKIN_TONE = /^skin-tone-[2-6]$/;

/** "white_check_mark" → "✅", "+1::skin-tone-3" → "👍🏼"; null when Slack would not know the name. */
export function emojiFor(shortcode: string): string | null {
  const [name, tone, ...rest] = shortcode.split("::");
  const emoji = emojiByName().get(name);
  if (!emoji || rest.length > 0) return null;
  if (tone === undefined) return emoji.text;
  if (!SKIN_TONE.test(tone)) return null;
  const modifier = emojiByName().get(tone)?.text ?? "";
  const hex = modifier.codePointAt(0)?.toString(16).toUpperCase() ?? "";
  // People who hold hands etc. are keyed by both people's tones; one tone means both.
  const toned = emoji.tones.get(hex) ?? emoji.tones.get(`${hex}-${hex}`);
  // An emoji without tones shows as Slack shows it: the emoji, then the tone's swatch.
  return toned ?? emoji.text + modifier;
}

const SHORTCODE = /:([a-z0-9_+-]+):(?::(skin-tone-[2-6]):)?/g;

/** ":rocket: go" → "🚀 go"; codes Slack would not know stay as typed. */
export function replaceEmoji(text: string): string {
  if (!text.includes(":")) return text;
  let out = "";
  let from = 0;
  SHORTCODE.lastIndex = 0;
  for (let match = SHORTCODE.exec(text); match; match = SHORTCODE.exec(text)) {
    const [whole, name, tone] = match;
    const emoji = emojiFor(tone ? `${name}::${tone}` : name);
    if (emoji === null) {
      // "12:30:00 :rocket:": the closing colon may open the next code, so look again from it.
      SHORTCODE.lastIndex = match.index + name.length + 1;
      continue;
    }
    out += text.slice(from, match.index) + emoji;
    from = match.index + whole.length;
  }
  return out + text.slice(from);
}
