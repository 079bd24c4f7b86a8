import { z } from "zod";
import type { Directory } from "./directory.js";
import { replaceEmoji } from "./emoji.js";
import { escapeHtml, mrkdwnToPlain, renderMrkdwn } from "./mrkdwn.js";

export type { Directory } from "./directory.js";

/**
 * Block Kit → HTML for the playground, on the server. Blocks come from the app as untrusted JSON:
 * each is read with zod, and one that cannot be read shows as a small grey note instead. Every
 * interactive element carries data-action-id, data-block-id and data-type (and data-value,
 * data-url, data-confirm where Slack has them) so the page's script can send `block_actions`.
 */

export type Surface = "message" | "modal" | "home";

export interface RenderOptions {
  directory: Directory;
  language: "sv" | "en";
  surface: Surface;
  /** A prefix unique to this message/view on the page, for element ids (labels need for/id). */
  scope: string;
  /** Modal validation errors from response_action "errors": block_id → message, shown under that input block. */
  errors?: Readonly<Record<string, string>>;
}

/** The renderer's own words; everything else on the page is the app's. */
const WORDS = {
  sv: {
    moreOptions: "Fler val",
    optional: "(valfritt)",
    unsupported: "[block som inte stöds]",
    choosePerson: "Välj en person",
    choose: "Välj",
    pickDate: "Välj ett datum",
    pickTime: "Välj en tid",
  },
  en: {
    moreOptions: "More options",
    optional: "(optional)",
    unsupported: "[unsupported block]",
    choosePerson: "Choose a person",
    choose: "Choose",
    pickDate: "Pick a date",
    pickTime: "Pick a time",
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

// ---- Shapes ----

const Text = z.object({
  type: z.enum(["plain_text", "mrkdwn"]),
  text: z.string(),
  emoji: z.boolean().optional(),
  verbatim: z.boolean().optional(),
});
type Text = z.infer<typeof Text>;

const Option = z.object({ text: Text, value: z.string(), description: Text.optional(), url: z.string().optional() });
type Option = z.infer<typeof Option>;

const Confirm = z.object({ title: Text, text: Text, confirm: Text, deny: Text });

/** What every interactive element may have. */
const Interactive = { action_id: z.string().min(1).optional(), confirm: Confirm.optional() };

const Button = z.object({
  ...Interactive,
  text: Text,
  value: z.string().optional(),
  url: z.string().optional(),
  style: z.string().optional(),
  accessibility_label: z.string().optional(),
});

const StaticSelect = z.object({
  ...Interactive,
  placeholder: Text.optional(),
  options: z.array(Option).optional(),
  option_groups: z.array(z.object({ label: Text, options: z.array(Option) })).optional(),
  initial_option: Option.optional(),
});

const UsersSelect = z.object({ ...Interactive, placeholder: Text.optional(), initial_user: z.string().optional() });
const Overflow = z.object({ ...Interactive, options: z.array(Option).min(1) });
const DatePicker = z.object({ ...Interactive, placeholder: Text.optional(), initial_date: z.string().optional() });
const TimePicker = z.object({ ...Interactive, placeholder: Text.optional(), initial_time: z.string().optional() });
const Checkboxes = z.object({ ...Interactive, options: z.array(Option).min(1), initial_options: z.array(Option).optional() });
const RadioButtons = z.object({ ...Interactive, options: z.array(Option).min(1), initial_option: Option.optional() });
const PlainTextInput = z.object({
  ...Interactive,
  placeholder: Text.optional(),
  initial_value: z.string().optional(),
  multiline: z.boolean().optional(),
  max_length: z.number().int().positive().optional(),
  min_length: z.number().int().nonnegative().optional(),
});
const ImageElement = z.object({ image_url: z.string(), alt_text: z.string() });

const BlockBase = { type: z.string(), block_id: z.string().min(1).optional() };
const HeaderBlock = z.object({ ...BlockBase, text: Text });
const SectionBlock = z
  .object({ ...BlockBase, text: Text.optional(), fields: z.array(Text).optional(), accessory: z.unknown().optional() })
  .refine((block) => block.text !== undefined || (block.fields?.length ?? 0) > 0);
const ContextBlock = z.object({ ...BlockBase, elements: z.array(z.unknown()).min(1) });
const ActionsBlock = z.object({ ...BlockBase, elements: z.array(z.unknown()).min(1) });
const InputBlock = z.object({
  ...BlockBase,
  label: Text,
  element: z.unknown(),
  hint: Text.optional(),
  optional: z.boolean().optional(),
  dispatch_action: z.boolean().optional(),
});
const ImageBlock = z.object({ ...BlockBase, image_url: z.string(), alt_text: z.string(), title: Text.optional() });

// ---- Small helpers ----

/** ` name="value"`, escaped; nothing when there is no value. */
function attr(name: string, value: string | number | null | undefined): string {
  return value === undefined || value === null ? "" : ` ${name}="${escapeHtml(String(value))}"`;
}

function flag(name: string, on: boolean | undefined): string {
  return on ? ` ${name}` : "";
}

/** Only web addresses become images: no data:, javascript: or file: URLs on the page. */
function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/** A text object as the characters it shows, for attributes, <option> and confirm dialogs. */
function textToPlain(text: Text, directory: Directory): string {
  if (text.type === "mrkdwn") return mrkdwnToPlain(text.text, directory);
  return text.emoji === false ? text.text : replaceEmoji(text.text);
}

/** A text object {type:"plain_text"|"mrkdwn", text, emoji?, verbatim?} → HTML. */
export function renderText(text: unknown, directory: Directory): string {
  const parsed = Text.safeParse(text);
  if (!parsed.success) return "";
  const { type, text: value, emoji, verbatim } = parsed.data;
  if (type === "mrkdwn") return renderMrkdwn(value, directory, { verbatim });
  return emoji === false ? escapeHtml(value) : replaceEmoji(escapeHtml(value));
}

// ---- Elements ----

interface ElementContext {
  options: RenderOptions;
  words: Words;
  blockId: string;
  actionId: string;
  /** The element's id on the page: what an input block's label points at. */
  id: string;
  /** In an input block: the label's HTML (a group shows it as its legend), and the hint and error ids. */
  input?: { label: string; describedBy: string | undefined; invalid: boolean };
  dispatchAction?: boolean;
}

function elementId(scope: string, blockId: string, actionId: string): string {
  return `${scope}-${blockId}-${actionId}`.replace(/[^A-Za-z0-9_-]/g, "_");
}

/** The attributes the page's script reads to turn a click or a change into `block_actions`. */
function actionAttributes(ctx: ElementContext, type: string, confirm: z.infer<typeof Confirm> | undefined): string {
  return (
    attr("data-action-id", ctx.actionId) +
    attr("data-block-id", ctx.blockId) +
    attr("data-type", type) +
    attr("data-confirm", confirm ? confirmJson(confirm, ctx.options.directory) : undefined) +
    flag('data-dispatch-action="true"', ctx.dispatchAction)
  );
}

function confirmJson(confirm: z.infer<typeof Confirm>, directory: Directory): string {
  const plain = (text: Text) => textToPlain(text, directory);
  return JSON.stringify({
    title: plain(confirm.title),
    text: plain(confirm.text),
    confirm: plain(confirm.confirm),
    deny: plain(confirm.deny),
  });
}

/** The id, name and accessible name of a form control: labelled by the input block, else by its placeholder. */
function controlAttributes(ctx: ElementContext, placeholder: string | undefined): string {
  const named = ctx.input ? "" : attr("aria-label", placeholder);
  const described = ctx.input ? attr("aria-describedby", ctx.input.describedBy) + flag('aria-invalid="true"', ctx.input.invalid) : "";
  return attr("id", ctx.id) + attr("name", ctx.id) + named + described;
}

function renderButton(raw: unknown, ctx: ElementContext): string | null {
  const parsed = Button.safeParse(raw);
  if (!parsed.success) return null;
  const b = parsed.data;
  const style = b.style === "primary" || b.style === "danger" ? ` bk-${b.style}` : "";
  const url = b.url && isWebUrl(b.url) ? b.url : undefined;
  return (
    `<button type="button" class="bk-button${style}"${attr("id", ctx.id)}${actionAttributes(ctx, "button", b.confirm)}` +
    `${attr("data-value", b.value)}${attr("data-url", url)}${attr("aria-label", b.accessibility_label)}>` +
    `${renderText(b.text, ctx.options.directory)}</button>`
  );
}

function optionTag(option: Option, selected: boolean, directory: Directory): string {
  return `<option${attr("value", option.value)}${flag("selected", selected)}>${escapeHtml(textToPlain(option.text, directory))}</option>`;
}

/** A select's first option: the placeholder, chosen only while nothing else is. */
function placeholderOption(placeholder: string, nothingChosen: boolean): string {
  return `<option value="" disabled${flag("selected", nothingChosen)}>${escapeHtml(placeholder)}</option>`;
}

function renderStaticSelect(raw: unknown, ctx: ElementContext, type: string): string | null {
  const parsed = StaticSelect.safeParse(raw);
  if (!parsed.success) return null;
  const s = parsed.data;
  const { directory } = ctx.options;
  const placeholder = s.placeholder ? textToPlain(s.placeholder, directory) : ctx.words.choose;
  const chosen = s.initial_option?.value;
  const options = (list: Option[]) => list.map((o) => optionTag(o, o.value === chosen, directory)).join("");
  const groups = (s.option_groups ?? [])
    .map((g) => `<optgroup${attr("label", textToPlain(g.label, directory))}>${options(g.options)}</optgroup>`)
    .join("");
  // external_select's options come from the app on demand; the chosen one is all that is known.
  const known = [...(s.options ?? []), ...(s.option_groups ?? []).flatMap((g) => g.options)];
  const extra = s.initial_option && !known.some((o) => o.value === chosen) ? optionTag(s.initial_option, true, directory) : "";
  return (
    `<select class="bk-select"${controlAttributes(ctx, placeholder)}${actionAttributes(ctx, type, s.confirm)}>` +
    `${placeholderOption(placeholder, chosen === undefined)}${extra}${options(s.options ?? [])}${groups}</select>`
  );
}

function renderUsersSelect(raw: unknown, ctx: ElementContext): string | null {
  const parsed = UsersSelect.safeParse(raw);
  if (!parsed.success) return null;
  const s = parsed.data;
  const { directory } = ctx.options;
  const placeholder = s.placeholder ? textToPlain(s.placeholder, directory) : ctx.words.choosePerson;
  const users = [...directory.users()];
  // Someone the app names but the workspace's list lacks still shows as chosen.
  if (s.initial_user && !users.some((u) => u.id === s.initial_user))
    users.unshift({ id: s.initial_user, name: directory.userName(s.initial_user) ?? s.initial_user });
  const options = users
    .map((u) => `<option${attr("value", u.id)}${flag("selected", u.id === s.initial_user)}>${escapeHtml(u.name)}</option>`)
    .join("");
  return (
    `<select class="bk-select"${controlAttributes(ctx, placeholder)}${actionAttributes(ctx, "users_select", s.confirm)}>` +
    `${placeholderOption(placeholder, s.initial_user === undefined)}${options}</select>`
  );
}

function renderOverflow(raw: unknown, ctx: ElementContext): string | null {
  const parsed = Overflow.safeParse(raw);
  if (!parsed.success) return null;
  const { options, confirm } = parsed.data;
  const items = options
    .map((o) => {
      const url = o.url && isWebUrl(o.url) ? o.url : undefined;
      return (
        `<button type="button" role="menuitem"${actionAttributes(ctx, "overflow", confirm)}${attr("data-value", o.value)}` +
        `${attr("data-url", url)}>${escapeHtml(textToPlain(o.text, ctx.options.directory))}</button>`
      );
    })
    .join("");
  return (
    `<details class="bk-overflow"${attr("id", ctx.id)}><summary${attr("aria-label", ctx.words.moreOptions)}>⋯</summary>` +
    `<div role="menu">${items}</div></details>`
  );
}

function renderDatePicker(raw: unknown, ctx: ElementContext): string | null {
  const parsed = DatePicker.safeParse(raw);
  if (!parsed.success) return null;
  const d = parsed.data;
  const placeholder = d.placeholder ? textToPlain(d.placeholder, ctx.options.directory) : ctx.words.pickDate;
  const value = d.initial_date && /^\d{4}-\d{2}-\d{2}$/.test(d.initial_date) ? d.initial_date : undefined;
  return `<input type="date" class="bk-date"${controlAttributes(ctx, placeholder)}${actionAttributes(ctx, "datepicker", d.confirm)}${attr("value", value)}>`;
}

function renderTimePicker(raw: unknown, ctx: ElementContext): string | null {
  const parsed = TimePicker.safeParse(raw);
  if (!parsed.success) return null;
  const t = parsed.data;
  const placeholder = t.placeholder ? textToPlain(t.placeholder, ctx.options.directory) : ctx.words.pickTime;
  const value = t.initial_time && /^\d{2}:\d{2}$/.test(t.initial_time) ? t.initial_time : undefined;
  return `<input type="time" class="bk-time"${controlAttributes(ctx, placeholder)}${actionAttributes(ctx, "timepicker", t.confirm)}${attr("value", value)}>`;
}

/** Checkboxes and radio buttons: a fieldset, its legend the input block's label when there is one. */
function renderChoices(
  ctx: ElementContext,
  kind: "checkbox" | "radio",
  options: Option[],
  chosen: Set<string>,
  confirm?: z.infer<typeof Confirm>,
) {
  const { directory } = ctx.options;
  const type = kind === "checkbox" ? "checkboxes" : "radio_buttons";
  const legend = ctx.input ? `<legend class="bk-label">${ctx.input.label}</legend>` : "";
  const described = ctx.input ? attr("aria-describedby", ctx.input.describedBy) : "";
  const items = options
    .map((o) => {
      const description = o.description ? `<span class="bk-option-description">${renderText(o.description, directory)}</span>` : "";
      return (
        `<label class="bk-choice"><input type="${kind}"${attr("name", ctx.id)}${attr("value", o.value)}${flag("checked", chosen.has(o.value))}>` +
        ` <span>${renderText(o.text, directory)}${description}</span></label>`
      );
    })
    .join("");
  return `<fieldset class="bk-${type}"${attr("id", ctx.id)}${actionAttributes(ctx, type, confirm)}${described}>${legend}${items}</fieldset>`;
}

function renderCheckboxes(raw: unknown, ctx: ElementContext): string | null {
  const parsed = Checkboxes.safeParse(raw);
  if (!parsed.success) return null;
  const { options, initial_options, confirm } = parsed.data;
  return renderChoices(ctx, "checkbox", options, new Set((initial_options ?? []).map((o) => o.value)), confirm);
}

function renderRadioButtons(raw: unknown, ctx: ElementContext): string | null {
  const parsed = RadioButtons.safeParse(raw);
  if (!parsed.success) return null;
  const { options, initial_option, confirm } = parsed.data;
  return renderChoices(ctx, "radio", options, new Set(initial_option ? [initial_option.value] : []), confirm);
}

function renderPlainTextInput(raw: unknown, ctx: ElementContext): string | null {
  const parsed = PlainTextInput.safeParse(raw);
  if (!parsed.success) return null;
  const p = parsed.data;
  const placeholder = p.placeholder ? textToPlain(p.placeholder, ctx.options.directory) : undefined;
  const common =
    controlAttributes(ctx, placeholder) +
    actionAttributes(ctx, "plain_text_input", p.confirm) +
    attr("placeholder", placeholder) +
    attr("maxlength", p.max_length) +
    attr("minlength", p.min_length);
  if (p.multiline) return `<textarea class="bk-textarea" rows="4"${common}>${escapeHtml(p.initial_value ?? "")}</textarea>`;
  return `<input type="text" class="bk-text-input"${common}${attr("value", p.initial_value)}>`;
}

function renderImageElement(raw: unknown, className: string): string | null {
  const parsed = ImageElement.safeParse(raw);
  if (!parsed.success || !isWebUrl(parsed.data.image_url)) return null;
  return `<img class="${className}"${attr("src", parsed.data.image_url)}${attr("alt", parsed.data.alt_text)} loading="lazy">`;
}

const ELEMENTS: Readonly<Record<string, (raw: unknown, ctx: ElementContext) => string | null>> = {
  button: renderButton,
  static_select: (raw, ctx) => renderStaticSelect(raw, ctx, "static_select"),
  external_select: (raw, ctx) => renderStaticSelect(raw, ctx, "external_select"),
  users_select: renderUsersSelect,
  overflow: renderOverflow,
  datepicker: renderDatePicker,
  timepicker: renderTimePicker,
  checkboxes: renderCheckboxes,
  radio_buttons: renderRadioButtons,
  plain_text_input: renderPlainTextInput,
  image: (raw) => renderImageElement(raw, "bk-accessory-image"),
};

const ElementHead = z.object({ type: z.string(), action_id: z.string().min(1).optional() });

/** The element's type and context; null when it has no type at all. */
function elementContext(
  raw: unknown,
  index: number,
  blockId: string,
  options: RenderOptions,
  extra: Pick<ElementContext, "input" | "dispatchAction"> = {},
): { type: string; ctx: ElementContext } | null {
  const head = ElementHead.safeParse(raw);
  if (!head.success) return null;
  // Slack makes up an action_id when the app gives none; a stable one keeps the page's ids stable.
  const actionId = head.data.action_id ?? `a${index}`;
  const ctx = { options, words: WORDS[options.language], blockId, actionId, id: elementId(options.scope, blockId, actionId), ...extra };
  return { type: head.data.type, ctx };
}

function unsupported(options: RenderOptions, tag: "div" | "span" = "span"): string {
  return `<${tag} class="bk-unsupported">${escapeHtml(WORDS[options.language].unsupported)}</${tag}>`;
}

function renderElement(raw: unknown, index: number, blockId: string, options: RenderOptions): string {
  const found = elementContext(raw, index, blockId, options);
  const html = found ? ELEMENTS[found.type]?.(raw, found.ctx) : null;
  return html ?? unsupported(options);
}

// ---- Blocks ----

type BlockRenderer = (raw: unknown, blockId: string, options: RenderOptions) => string | null;

function blockOpen(kind: string, blockId: string): string {
  return `<div class="bk-block bk-${kind}"${attr("data-block-id", blockId)}>`;
}

const renderHeader: BlockRenderer = (raw, _blockId, options) => {
  const parsed = HeaderBlock.safeParse(raw);
  if (!parsed.success) return null;
  return `<div class="bk-header" role="heading" aria-level="3">${renderText(parsed.data.text, options.directory)}</div>`;
};

const renderSection: BlockRenderer = (raw, blockId, options) => {
  const parsed = SectionBlock.safeParse(raw);
  if (!parsed.success) return null;
  const { text, fields, accessory } = parsed.data;
  const { directory } = options;
  const body = text ? `<div class="bk-text">${renderText(text, directory)}</div>` : "";
  const grid = fields?.length
    ? `<div class="bk-fields">${fields.map((f) => `<div class="bk-field">${renderText(f, directory)}</div>`).join("")}</div>`
    : "";
  const side = accessory === undefined ? "" : `<div class="bk-accessory">${renderElement(accessory, 0, blockId, options)}</div>`;
  return `${blockOpen("section", blockId)}<div class="bk-section-body">${body}${grid}</div>${side}</div>`;
};

const renderDivider: BlockRenderer = () => `<hr class="bk-divider">`;

const renderContext: BlockRenderer = (raw, blockId, options) => {
  const parsed = ContextBlock.safeParse(raw);
  if (!parsed.success) return null;
  const items = parsed.data.elements.map((element) => {
    const text = Text.safeParse(element);
    if (text.success) return `<span class="bk-context-text">${renderText(text.data, options.directory)}</span>`;
    // An image that cannot be shown is left out, as Slack leaves out one that does not load.
    return renderImageElement(element, "bk-context-image") ?? "";
  });
  return `${blockOpen("context", blockId)}${items.join("")}</div>`;
};

const renderActions: BlockRenderer = (raw, blockId, options) => {
  const parsed = ActionsBlock.safeParse(raw);
  if (!parsed.success) return null;
  const elements = parsed.data.elements.map((element, i) => renderElement(element, i, blockId, options));
  return `${blockOpen("actions", blockId)}${elements.join("")}</div>`;
};

/** Elements that are a group of controls: labelled by a legend, not a <label for>. */
const GROUPS = new Set(["checkboxes", "radio_buttons"]);

const renderInput: BlockRenderer = (raw, blockId, options) => {
  const parsed = InputBlock.safeParse(raw);
  if (!parsed.success) return null;
  const block = parsed.data;
  const words = WORDS[options.language];
  const error = options.errors?.[blockId];
  const found = elementContext(block.element, 0, blockId, options);
  if (!found) return null;
  const { id } = found.ctx;
  const hint = block.hint ? `<div class="bk-hint"${attr("id", `${id}-hint`)}>${renderText(block.hint, options.directory)}</div>` : "";
  const errorHtml = error !== undefined ? `<div class="bk-error" role="alert"${attr("id", `${id}-error`)}>${escapeHtml(error)}</div>` : "";
  const describedBy = [hint && `${id}-hint`, errorHtml && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const optional = block.optional ? ` <span class="bk-optional">${escapeHtml(words.optional)}</span>` : "";
  const label = `${renderText(block.label, options.directory)}${optional}`;
  const ctx: ElementContext = {
    ...found.ctx,
    input: { label, describedBy, invalid: error !== undefined },
    dispatchAction: block.dispatch_action,
  };
  const element = ELEMENTS[found.type]?.(block.element, ctx) ?? unsupported(options);
  const labelHtml = GROUPS.has(found.type) ? "" : `<label class="bk-label"${attr("for", id)}>${label}</label>`;
  return `${blockOpen("input", blockId)}${labelHtml}${element}${hint}${errorHtml}</div>`;
};

const renderImage: BlockRenderer = (raw, blockId, options) => {
  const parsed = ImageBlock.safeParse(raw);
  if (!parsed.success || !isWebUrl(parsed.data.image_url)) return null;
  const { image_url, alt_text, title } = parsed.data;
  const caption = title ? `<div class="bk-image-title">${renderText(title, options.directory)}</div>` : "";
  return `${blockOpen("image", blockId)}${caption}<img class="bk-image-img"${attr("src", image_url)}${attr("alt", alt_text)} loading="lazy"></div>`;
};

const BLOCKS: Readonly<Record<string, BlockRenderer>> = {
  header: renderHeader,
  section: renderSection,
  divider: renderDivider,
  context: renderContext,
  actions: renderActions,
  input: renderInput,
  image: renderImage,
};

const BlockHead = z.object(BlockBase);

function renderBlock(raw: unknown, index: number, options: RenderOptions): string {
  const head = BlockHead.safeParse(raw);
  if (!head.success) return unsupported(options, "div");
  // The same generated id on the block, its elements and its error, so a click and an error find it.
  const blockId = head.data.block_id ?? `b${index}`;
  try {
    return BLOCKS[head.data.type]?.(raw, blockId, options) ?? unsupported(options, "div");
  } catch {
    // A Directory that throws, or a case not thought of: one block is lost, not the page.
    return unsupported(options, "div");
  }
}

/** Block Kit blocks → HTML. Never throws. */
export function renderBlocks(blocks: unknown, options: RenderOptions): string {
  // The options come from the playground's own code, but a wrong language must not cost the page.
  const safe: RenderOptions = { ...options, language: options.language === "en" ? "en" : "sv" };
  const list = Array.isArray(blocks) ? blocks : [blocks];
  const html = list.map((block, i) => renderBlock(block, i, safe)).join("");
  return `<div class="bk-blocks"${attr("data-surface", options.surface)}>${html}</div>`;
}
