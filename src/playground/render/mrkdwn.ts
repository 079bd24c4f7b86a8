import type { Directory } from "./directory.js";
import { replaceEmoji } from "./emoji.js";

/**
 * Slack mrkdwn → HTML, as Slack's clients show it. The input follows Slack's escaping: a raw `<`
 * starts a control sequence (link, mention), and the literal characters are written `&amp;`,
 * `&lt;`, `&gt;`. Every character of the input reaches the page escaped, so no input can add
 * markup or attributes; only the tags made here are real.
 */

const ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITY[c]);
}

/** Slack decodes only these three, in one pass, so "&amp;lt;" shows as "&lt;". */
function decodeSlack(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_, name: string) => (name === "amp" ? "&" : name === "lt" ? "<" : ">"));
}

/** Text as it is shown: decoded, escaped, emoji replaced. */
function plain(raw: string): string {
  return replaceEmoji(escapeHtml(decodeSlack(raw)));
}

export interface MrkdwnOptions {
  /** Slack's `verbatim`: when true, bare URLs are not made into links. */
  verbatim?: boolean;
}

// ---- Control sequences: <https://…|label>, <@U…>, <#C…>, <!here>, <!subteam^…>, <!date^…> ----

const LINK = /^(?:https?:\/\/|mailto:)/i;

function link(url: string, label: string): string {
  return `<a href="${escapeHtml(decodeSlack(url))}" target="_blank" rel="noopener noreferrer">${plain(label)}</a>`;
}

function mention(text: string, special = false): string {
  return `<span class="bk-mention${special ? " bk-special" : ""}">${text}</span>`;
}

/** What a control sequence stands for: HTML, or plain text when inside code. */
function controlSequence(inner: string, directory: Directory, asText: boolean): string {
  const bar = inner.indexOf("|");
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? null : inner.slice(bar + 1);
  const show = (text: string) => (asText ? text : mention(escapeHtml(text)));
  if (target.startsWith("@")) {
    const id = target.slice(1);
    return show(`@${directory.userName(id) ?? (label ? decodeSlack(label) : id)}`);
  }
  if (target.startsWith("#")) {
    const id = target.slice(1);
    return show(`#${directory.channelName(id) ?? (label ? decodeSlack(label) : id)}`);
  }
  if (/^!(here|channel|everyone)$/.test(target)) return asText ? `@${target.slice(1)}` : mention(`@${target.slice(1)}`, true);
  if (target.startsWith("!subteam^")) return show(label ? decodeSlack(label) : `@${target.slice("!subteam^".length)}`);
  if (target.startsWith("!date^") && label !== null) return asText ? decodeSlack(label) : plain(label);
  if (LINK.test(target)) return asText ? decodeSlack(label || target) : link(target, label || target);
  // Anything else (javascript:, <script>, …) is shown as the characters it is.
  return asText ? decodeSlack(`<${inner}>`) : plain(`<${inner}>`);
}

/** Code shows its characters as typed: no formatting, no emoji; links and mentions as their text. */
function codeText(raw: string, directory: Directory): string {
  const text = raw.replace(/<([^<>\n]*)>|[^<]+|</g, (part, inner?: string) =>
    inner === undefined ? decodeSlack(part) : controlSequence(inner, directory, true),
  );
  return escapeHtml(text);
}

// ---- Inline: atoms (code, control sequences, bare URLs), then *bold* _italic_ ~strike~ ----

/** Code spans, control sequences and bare URLs are cut out first so that their `*`, `_` and `~` are not formatting. */
const ATOM = /`([^`\n]+)`|<([^<>\n]*)>|(https?:\/\/(?:(?!&[lg]t;)[^\s<>"`])+)/g;
/** Placeholder for the n-th atom: private-use characters, removed from the input beforehand. */
const OPEN = "\uE000";
const CLOSE = "\uE001";
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

const TAGS: Readonly<Record<string, string>> = { "*": "b", _: "i", "~": "s" };
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

/** Slack formats only at word edges: `*bold*` after a space, start or punctuation; `a*b*c` stays. */
function opensAt(s: string, i: number): boolean {
  return !isWordChar(s[i - 1]) && s[i + 1] !== undefined && !SPACE.test(s[i + 1]);
}

function closesAt(s: string, j: number): boolean {
  return !SPACE.test(s[j - 1] ?? " ") && !isWordChar(s[j + 1]);
}

/** For each marker, the first position at or after k where it can close: one pass, so long lines stay linear. */
function closers(s: string): Map<string, Int32Array> {
  const table = new Map<string, Int32Array>();
  for (const marker of Object.keys(TAGS)) {
    const next = new Int32Array(s.length + 1).fill(-1);
    for (let k = s.length - 1; k >= 0; k--) next[k] = s[k] === marker && closesAt(s, k) ? k : next[k + 1];
    table.set(marker, next);
  }
  return table;
}

/** Formats s[start, end): the first opening marker pairs with its nearest closing one; inside is formatted again. */
function format(s: string, start: number, end: number, next: Map<string, Int32Array>): string {
  let out = "";
  let textFrom = start;
  for (let i = start; i < end; i++) {
    const tag = TAGS[s[i]];
    if (tag === undefined || !opensAt(s, i)) continue;
    const j = next.get(s[i])?.[i + 2] ?? -1;
    if (j === -1 || j >= end) continue;
    out += `${replaceEmoji(escapeHtml(s.slice(textFrom, i)))}<${tag}>${format(s, i + 1, j, next)}</${tag}>`;
    i = j;
    textFrom = j + 1;
  }
  return out + replaceEmoji(escapeHtml(s.slice(textFrom, end)));
}

function renderInline(raw: string, directory: Directory, options: MrkdwnOptions): string {
  const atoms: string[] = [];
  const keep = (html: string) => `${OPEN}${atoms.push(html) - 1}${CLOSE}`;
  const cut = raw.replace(/[\uE000\uE001]/g, "\uFFFD").replace(ATOM, (whole, code?: string, inner?: string, url?: string, at?: number) => {
    if (code !== undefined) return keep(`<code>${codeText(code, directory)}</code>`);
    if (inner !== undefined) return keep(controlSequence(inner, directory, false));
    if (url === undefined || options.verbatim || isWordChar(raw[(at ?? 0) - 1])) return whole;
    // A sentence's full stop or closing bracket is not part of the link.
    const trailing = /[.,;:!?'")\]*_~]+$/.exec(url)?.[0] ?? "";
    const href = url.slice(0, url.length - trailing.length);
    return keep(link(href, href)) + trailing;
  });
  const text = decodeSlack(cut);
  return format(text, 0, text.length, closers(text)).replace(PLACEHOLDER, (_, n: string) => atoms[Number(n)]);
}

// ---- Lines: quotes and line breaks; then ```pre``` blocks around them ----

const QUOTE = /^(?:>|&gt;)/;
const QUOTE_REST = /^(?:>>>|&gt;&gt;&gt;)/;

/** Lines starting with `>` are quoted, consecutive ones together; `>>>` quotes all that follows. */
function renderLines(text: string, directory: Directory, options: MrkdwnOptions): string {
  if (text === "") return "";
  const runs: { quoted: boolean; lines: string[] }[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (QUOTE_REST.test(line)) {
      const rest = [line.replace(QUOTE_REST, "").replace(/^ /, ""), ...lines.slice(i + 1)];
      runs.push({ quoted: true, lines: rest });
      break;
    }
    const quoted = QUOTE.test(line);
    const content = quoted ? line.replace(QUOTE, "").replace(/^ /, "") : line;
    const last = runs.at(-1);
    if (last && last.quoted === quoted) last.lines.push(content);
    else runs.push({ quoted, lines: [content] });
  }
  return runs
    .map((run) => {
      const html = run.lines.map((line) => renderInline(line, directory, options)).join("<br>");
      return run.quoted ? `<blockquote>${html}</blockquote>` : html;
    })
    .join("");
}

/** Slack mrkdwn → HTML. */
export function renderMrkdwn(text: string, directory: Directory, options: MrkdwnOptions = {}): string {
  // Split at ```…```: even parts are text, odd parts preformatted. A block's own line breaks are not shown twice.
  const parts = text.split(/```([\s\S]*?)```/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return `<pre>${codeText(part.replace(/^\n/, "").replace(/\n$/, ""), directory)}</pre>`;
      let flow = part;
      if (i > 0) flow = flow.replace(/^\n/, "");
      if (i < parts.length - 1) flow = flow.replace(/\n$/, "");
      return renderLines(flow, directory, options);
    })
    .join("");
}

/** What rendered mrkdwn says, as plain text (for a confirm dialog or a notification). */
export function mrkdwnToPlain(text: string, directory: Directory): string {
  return renderMrkdwn(text, directory, { verbatim: true })
    .replace(/<br>|<\/blockquote>|<\/pre>/g, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => Object.keys(ENTITY).find((c) => ENTITY[c] === entity) ?? entity)
    .trim();
}
