import { renderBlocks } from "../render/blocks.js";
import type { Directory } from "../render/directory.js";
import { emojiFor } from "../render/emoji.js";
import { escapeHtml, renderMrkdwn } from "../render/mrkdwn.js";
import { LOFTE_USER, type Message, type OpenView, type SlackState } from "../stand-in/state.js";
import { CHANNELS, PEOPLE, pageLanguage } from "../team.js";
import { type PageWords, pageWords } from "./words.js";

/**
 * What one person sees on the playground page, as HTML drawn on the server: the sidebar, the
 * conversation or Home tab they are in, and the modal on top. The page's script swaps these in.
 */

export type Place = string | "home";

export interface PageView {
  language: "sv" | "en";
  version: number;
  /** The person's zone, for the clock. */
  timeZone: string;
  title: string;
  sidebar: string;
  main: string;
  modal: string;
  composer: { label: string; placeholder: string; enabled: boolean };
  clock: string;
}

const LOCALES = { sv: "sv-SE", en: "en-GB" } as const;

/** The reactions offered on every message: Lofte's answers first. */
export const QUICK_REACTIONS = ["white_check_mark", "+1", "alarm_clock", "x", "eyes", "tada"];

export function directoryOf(state: SlackState): Directory {
  return {
    userName: (id) => (id === LOFTE_USER ? "Lofte" : (state.members.get(id)?.name ?? null)),
    channelName: (id) => state.channels.get(id)?.name ?? null,
    users: () => PEOPLE.map((p) => ({ id: p.id, name: p.name })),
  };
}

/** Who is looking, and how to speak to them. */
interface Viewer {
  id: string;
  language: "sv" | "en";
  t: PageWords;
  timeZone: string;
  now: Date;
  directory: Directory;
}

export function pageView(state: SlackState, viewerId: string, place: Place, now: Date): PageView {
  const person = state.members.get(viewerId);
  const language = pageLanguage(person);
  const t = pageWords(language);
  const timeZone = person?.tz ?? "Europe/Stockholm";
  const directory = directoryOf(state);
  const viewer: Viewer = { id: viewerId, language, t, timeZone, now, directory };
  // "dm" is the Lofte DM of whoever is looking (a DM id of someone else's is theirs, never shown).
  const dm = state.dmOf(viewerId).id;
  const known = state.channels.get(place);
  const here = place === "home" ? "home" : known && !known.dmWith ? place : dm;
  const channel = here === "home" ? null : state.channels.get(here);
  const where = channel?.dmWith ? t.lofte : `#${channel?.name ?? ""}`;
  return {
    language,
    version: state.version,
    timeZone,
    title: here === "home" ? `${t.lofte} · ${t.home}` : where,
    sidebar: sidebar(state, viewerId, here, t),
    main: here === "home" ? home(state, viewer) : conversation(state, viewer, here),
    modal: modal(state.modals.get(viewerId)?.at(-1), viewer),
    composer: { label: t.message, placeholder: t.messageTo(where), enabled: here !== "home" },
    clock: clockLabel(now, timeZone, language),
  };
}

function sidebar(state: SlackState, viewer: string, here: string, t: PageWords): string {
  const entry = (id: string, label: string) =>
    `<li><button type="button" class="nav${here === id ? " current" : ""}" data-place="${escapeHtml(id)}"${here === id ? ' aria-current="page"' : ""}>${escapeHtml(label)}</button></li>`;
  const channels = CHANNELS.map((c) => entry(c.id, `#${c.name}`)).join("");
  const dm = state.dmOf(viewer).id;
  const lofte = `<li><button type="button" class="nav${here === dm ? " current" : ""}" data-place="dm"${here === dm ? ' aria-current="page"' : ""}>${escapeHtml(t.lofte)}</button></li>`;
  return `<h2 class="nav-heading">${escapeHtml(t.channels)}</h2><ul>${channels}</ul><h2 class="nav-heading">${escapeHtml(t.apps)}</h2><ul>${lofte}${entry("home", t.home)}</ul>`;
}

function conversation(state: SlackState, viewer: Viewer, channel: string): string {
  const visible = state.messages.filter((m) => m.channel === channel && (!m.ephemeralTo || m.ephemeralTo === viewer.id));
  if (visible.length === 0) return `<p class="empty">${escapeHtml(viewer.t.channelEmpty)}</p>`;
  const sorted = [...visible].sort((a, b) => a.postedAt - b.postedAt || Number(a.ts) - Number(b.ts));
  return `<ol class="messages">${sorted.map((m) => `<li>${message(m, viewer)}</li>`).join("")}</ol>`;
}

function message(m: Message, viewer: Viewer): string {
  const { language, directory, t, timeZone, now } = viewer;
  const author = directory.userName(m.user) ?? m.user;
  const scope = `m${m.ts.replace(/\D/g, "")}`;
  const body =
    m.blocks && m.blocks.length > 0
      ? renderBlocks(m.blocks, { directory, language, surface: "message", scope })
      : `<div class="text">${renderMrkdwn(m.text, directory)}</div>`;
  const files = (m.files ?? [])
    .map((f) => `<a class="file" href="/playground/files/${encodeURIComponent(f.id)}" download>${escapeHtml(`${t.file}: ${f.name}`)}</a>`)
    .join("");
  const reactions = Object.entries(m.reactions)
    .map(([name, who]) => {
      const mine = who.includes(viewer.id);
      return `<button type="button" class="reaction${mine ? " mine" : ""}" data-react="${escapeHtml(name)}" aria-pressed="${mine}">${emojiFor(name) ?? `:${escapeHtml(name)}:`} ${who.length}</button>`;
    })
    .join("");
  const quick = QUICK_REACTIONS.map(
    (name) =>
      `<button type="button" class="quick" data-react="${name}" title="${escapeHtml(t.react(emojiFor(name) ?? name))}">${emojiFor(name) ?? name}</button>`,
  ).join("");
  const hover = m.ephemeralTo
    ? ""
    : `<div class="hover-actions">${quick}<button type="button" class="shortcut" data-shortcut="1">${escapeHtml(t.track)}</button></div>`;
  const time = postedLabel(new Date(m.postedAt), now, timeZone, language);
  const ephemeral = m.ephemeralTo ? `<span class="ephemeral">${escapeHtml(t.onlyYou)}</span>` : "";
  const edited = m.edited ? ` <span class="edited">${escapeHtml(t.edited)}</span>` : "";
  return `<article role="article" class="message${m.ephemeralTo ? " is-ephemeral" : ""}${m.user === LOFTE_USER ? " from-app" : ""}" data-channel="${escapeHtml(m.channel)}" data-ts="${escapeHtml(m.ts)}" aria-label="${escapeHtml(author)}">
<header><span class="author">${escapeHtml(author)}</span>${m.user === LOFTE_USER ? '<span class="app-badge">APP</span>' : ""}<time>${escapeHtml(time)}</time>${edited}${ephemeral}</header>
${body}${files}${reactions ? `<div class="reactions" aria-label="${escapeHtml(t.reactions)}">${reactions}</div>` : ""}${hover}</article>`;
}

function home(state: SlackState, viewer: Viewer): string {
  const view = state.homes.get(viewer.id);
  if (!view) return `<p class="empty">${escapeHtml(viewer.t.homeEmpty)}</p>`;
  const blocks = renderBlocks(view.view.blocks, {
    directory: viewer.directory,
    language: viewer.language,
    surface: "home",
    scope: `h${view.id}`,
  });
  return `<section class="home" data-view-id="${escapeHtml(view.id)}">${blocks}</section>`;
}

function modal(view: OpenView | undefined, { language, directory, t }: Viewer): string {
  if (!view) return "";
  const title = textOf(view.view.title) || t.lofte;
  const id = `modal-title-${view.id}`;
  const submit = textOf(view.view.submit);
  const close = textOf(view.view.close) || t.close;
  const blocks = renderBlocks(view.view.blocks, { directory, language, surface: "modal", scope: `v${view.id}`, errors: view.errors });
  return `<div class="modal-backdrop"><div role="dialog" aria-modal="true" aria-labelledby="${id}" class="modal" data-view-id="${escapeHtml(view.id)}">
<header><h2 id="${id}">${escapeHtml(title)}</h2></header>
<form class="modal-body" novalidate>${blocks}</form>
<footer><button type="button" class="secondary" data-modal="close">${escapeHtml(close)}</button>${submit ? `<button type="button" class="primary" data-modal="submit">${escapeHtml(submit)}</button>` : ""}</footer>
</div></div>`;
}

function textOf(text: unknown): string {
  return typeof text === "object" && text !== null && typeof (text as { text?: unknown }).text === "string"
    ? (text as { text: string }).text
    : "";
}

/** When a message was posted: "08:45" today, "fre 08:45" on another day, on the viewer's clock. */
function postedLabel(posted: Date, now: Date, timeZone: string, language: "sv" | "en"): string {
  const time = new Intl.DateTimeFormat("sv-SE", { timeZone, hour: "2-digit", minute: "2-digit" }).format(posted);
  const day = (d: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
  if (day(posted) === day(now)) return time;
  const date = new Intl.DateTimeFormat(LOCALES[language], { timeZone, weekday: "short", day: "numeric", month: "short" }).format(posted);
  return `${date} ${time}`;
}

/** "tisdag 8 december kl 08:45" on the viewer's clock. */
export function clockLabel(now: Date, timeZone: string, language: "sv" | "en"): string {
  const t = pageWords(language);
  const locale = LOCALES[language];
  const weekday = new Intl.DateTimeFormat(locale, { timeZone, weekday: "long" }).format(now);
  const date = new Intl.DateTimeFormat(locale, { timeZone, day: "numeric", month: "long" }).format(now);
  const time = new Intl.DateTimeFormat("sv-SE", { timeZone, hour: "2-digit", minute: "2-digit" }).format(now);
  return t.time(weekday, date, time);
}
