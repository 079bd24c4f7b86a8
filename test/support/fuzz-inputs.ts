/**
 * Seeded generators of bad input for the fuzz tests (test/fuzz/). The same seed gives the same
 * inputs, so a failure printed with its seed and index can be replayed: `new Fuzz(seed)` and
 * draw as many inputs. No dependency: a mulberry32 PRNG and lists of hostile pieces.
 */

/** Uniform in [0, 1), from a 32-bit seed (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The seed for this run: FUZZ_SEED to replay one, otherwise a fixed one. */
export function fuzzSeed(fallback: number): number {
  const given = Number(process.env.FUZZ_SEED);
  return Number.isInteger(given) && given > 0 ? given : fallback;
}

export const FORTY_THOUSAND = "jag skickar offerten till Acme på fredag ".repeat(1000).slice(0, 40_000);

const WHITESPACE = [" ", "\t", "\n", "\r\n", "\u00a0", "\u3000", "\u2028", "   \n\t  "];
const EMOJI = ["🚀", "🔥🔥🔥", "👍🏽", "👨‍👩‍👧‍👦", "🇸🇪", ":rocket:", ":+1::skin-tone-3:", "🙂\ufe0f", "🤝✅⏰"];
const RTL = ["وعد سأرسل العرض يوم الجمعة", "אני אשלח את ההצעה מחר", "\u202eevird eht dnes\u202c", "\u200f", "\u061c", "abc\u202edef"];
const ZERO_WIDTH = ["\u200b", "\ufeff", "\u200c\u200d", "\u2060", "j\u200ba\u200bg", "\ufeffjag"];
const CONTROL = ["\u0000", "\u0001", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\b", "\f", "\v", "a\u0000b"];
const LONE_SURROGATES = ["\ud800", "\udfff", "a\ud83db", "\udc00\ud800"];
const SQL = [
  `'; DROP TABLE "Commitment"; --`,
  `" OR 1=1 --`,
  "1; SELECT pg_sleep(10)",
  "$1",
  "%s%n%x",
  "{{7*7}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, on purpose.
  "${process.exit()}",
  "\\x00",
  "Robert'); DELETE FROM \"Nudge\" WHERE ('1'='1",
];
const MARKUP = [
  "<@U123|x>",
  "<@U0BOB>",
  "<@W0BOB|bob>",
  "<!channel>",
  "<!here|here>",
  "<!everyone>",
  "&lt;!channel&gt;",
  "<!subteam^S123|@team>",
  "<#C1|",
  "<#C0SALES|salj>",
  "<https://evil.example|klicka>",
  "<mailto:x@example.com>",
  "*fet",
  "_kursiv_",
  "~struken~",
  "```kod",
  "`",
  "<script>alert(1)</script>",
  "<b>",
  "[länk](javascript:alert(1))",
  "> citat",
  "&amp;",
  "&lt;",
  "<",
  ">",
  "|",
  "@channel",
];
const NUMBERS = ["0", "-1", "1e308", "3.14", "99999999999999999999", "0x1F", "Infinity", "-0", "١٢٣"];
const DATES = [
  "fredag",
  "på fredag",
  "i morgon kl 14",
  "idag kl 8",
  "igår",
  "yesterday",
  "tomorrow at 3pm",
  "by Friday",
  "next week",
  "nästa vecka",
  "om 3 veckor",
  "2026-02-30",
  "31/02",
  "tomorrow at 25:00",
  "kl 99",
  "13:60",
  "den 32 januari",
  "9999-12-31",
  "1970-01-01",
  "24:00",
  "senast 15 mars",
];
const PROMISES = [
  "jag skickar offerten till Acme",
  "skicka offerten",
  "jag ringer kunden",
  "vi återkommer till Volvo om priset",
  "I'll send the deck to Volvo",
  "send the report",
  "I will call the customer",
  "<@U0BOB|bob> ringer kunden",
  "Kan du skicka offerten?",
  "vi har redan skickat",
  "FYI the office is closed",
];
const COMMAND_WORDS = [
  "lista",
  "list",
  "mina",
  "team",
  "kund",
  "customer",
  "digest",
  "på",
  "av",
  "nu",
  "now",
  "förslag",
  "suggest",
  "inställningar",
  "settings",
  "hjälp",
  "help",
  "?",
];
const JSON_BITS = [
  '{"a":1}',
  "[",
  "]",
  '{"__proto__":{"x":1}}',
  "true",
  '"',
  "\\",
  "}",
  '{"payload":',
  "[[[[[[[[",
  '{"type":"block_actions"}',
];
const WORDS = ["a", "ö", "x".repeat(5000), "å".repeat(300), "Ω≈ç√∫", "𝕳𝖊𝖑𝖑𝖔", "ﷺ", "Ⅻ", "Error", "object"];

/**
 * What Lofte must never show a person: a value that leaked into a text, or an error's insides.
 * The generator never produces these, so finding one in a reply is Lofte's doing.
 */
export const UGLY: readonly RegExp[] = [
  /undefined/,
  /\[object \w+\]/,
  /\bNaN\b/,
  /\bnull\b/,
  /Invalid Date/,
  /\b(Type|Range|Syntax|Reference)Error\b/,
  /Prisma|prisma\./,
  /\n\s+at \S+ \(/,
  /node_modules|\.ts:\d+/,
];

const PIECES = [
  WHITESPACE,
  EMOJI,
  RTL,
  ZERO_WIDTH,
  CONTROL,
  LONE_SURROGATES,
  SQL,
  MARKUP,
  NUMBERS,
  DATES,
  PROMISES,
  COMMAND_WORDS,
  JSON_BITS,
  WORDS,
];

/** A seeded source of hostile input. */
export class Fuzz {
  private readonly next: () => number;

  constructor(readonly seed: number) {
    this.next = mulberry32(seed);
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /**
   * Text as a person, a bug or an attacker might send it: empty, whitespace, 40,000 characters,
   * or a few hostile pieces (emoji, RTL, zero-width, control characters, lone surrogates,
   * SQL- and markup-looking text, dates, numbers) mixed with real promise fragments.
   */
  text(): string {
    for (;;) {
      const text = this.anyText();
      if (!UGLY.some((pattern) => pattern.test(text))) return text;
    }
  }

  private anyText(): string {
    const roll = this.next();
    if (roll < 0.03) return "";
    if (roll < 0.06) return this.pick(WHITESPACE);
    if (roll < 0.08) return FORTY_THOUSAND;
    if (roll < 0.1) return this.pick(EMOJI).repeat(1 + this.int(50));
    const parts: string[] = [];
    const count = 1 + this.int(6);
    for (let i = 0; i < count; i++) parts.push(this.pick(this.pick(PIECES)));
    return parts.join(this.pick(["", " ", " ", " ", "\n", "\t", ", "]));
  }

  /** A short string that should be an id (user, team, channel, ts) but may not be. */
  idLike(valid: readonly string[]): string {
    const roll = this.next();
    if (roll < 0.4) return this.pick(valid);
    if (roll < 0.5) return "";
    if (roll < 0.6) return `U${this.int(1e6)}`;
    if (roll < 0.7) return "a".repeat(1 + this.int(3000));
    return this.text().slice(0, 200);
  }

  /** Any JSON value, of any type, nested up to `depth`. */
  value(depth = 2): unknown {
    const roll = this.int(depth > 0 ? 10 : 7);
    switch (roll) {
      case 0:
        return null;
      case 1:
        return this.chance(0.5);
      case 2:
        return this.pick([0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1]);
      case 3:
      case 4:
      case 5:
      case 6:
        return this.text();
      case 7:
      case 8:
        return Array.from({ length: this.int(4) }, () => this.value(depth - 1));
      default:
        return this.object(depth - 1);
    }
  }

  /** An object with hostile keys and values. */
  object(depth = 1): Record<string, unknown> {
    const keys = ["__proto__", "constructor", "", "type", "value", "id", "x".repeat(300), this.text().slice(0, 40)];
    const result: Record<string, unknown> = {};
    const count = this.int(4);
    // defineProperty, so "__proto__" becomes an own key (as JSON.parse makes it), not the prototype.
    for (let i = 0; i < count; i++)
      Object.defineProperty(result, this.pick(keys), { value: this.value(depth), enumerable: true, writable: true, configurable: true });
    return result;
  }

  /** `make()` most of the time, otherwise something of another type or nothing at all. */
  maybe<T>(make: () => T, p = 0.75): T | unknown {
    if (this.chance(p)) return make();
    return this.chance(0.3) ? undefined : this.value(1);
  }
}
