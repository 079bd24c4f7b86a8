import { describe, expect, it } from "vitest";
import { type Directory, type RenderOptions, renderBlocks, renderText } from "../../src/playground/render/blocks.js";
import { emojiFor, replaceEmoji } from "../../src/playground/render/emoji.js";
import { escapeHtml, renderMrkdwn } from "../../src/playground/render/mrkdwn.js";

/**
 * The playground's Block Kit renderer: what a person would see of the app's messages, modals and
 * Home tab, and that nothing the app (or a user through it) writes can add markup to the page.
 * The payloads are copied by hand from the shapes Lofte's builders make.
 */

const directory: Directory = {
  userName: (id) => ({ U1: "Sven Lindqvist", U2: "Anna Berg", U3: "<b>Eve</b>" })[id] ?? null,
  channelName: (id) => ({ C1: "sälj" })[id] ?? null,
  users: () => [
    { id: "U1", name: "Sven Lindqvist" },
    { id: "U2", name: "Anna Berg" },
  ],
};

function options(extra: Partial<RenderOptions> = {}): RenderOptions {
  return { directory, language: "sv", surface: "message", scope: "m1", ...extra };
}

const plain = (text: string) => ({ type: "plain_text", text });
const mrkdwn = (text: string) => ({ type: "mrkdwn", text });
const option = (text: string, value: string) => ({ text: plain(text), value });

/** What a reader sees: the text without tags, entities decoded. */
function visible(html: string): string {
  return html
    .replace(/<br>/g, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ({ "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" })[e] ?? e);
}

/** The start tag of the element with this id (or first matching pattern), for checking its attributes. */
function tag(html: string, pattern: RegExp): string {
  const found = html.match(pattern);
  if (!found) throw new Error(`no ${pattern} in ${html}`);
  return found[0];
}

const TAG = /<\/?([a-z][a-z0-9]*)((?:\s+[a-z][a-z0-9-]*(?:="[^"<>]*")?)*)\s*>/y;
const SAFE_TAGS = new Set(
  "div span b i s code pre blockquote br a hr button select option optgroup input textarea label fieldset legend details summary img".split(
    " ",
  ),
);

/**
 * Every `<` in the output must open one of the tags the renderer makes, with plain attribute
 * names, no event handlers, and only web or mail links: a tiny check of what a browser would parse.
 */
function assertOnlyOwnMarkup(html: string): void {
  for (let i = html.indexOf("<"); i !== -1; i = html.indexOf("<", i + 1)) {
    TAG.lastIndex = i;
    const match = TAG.exec(html);
    expect(match, `stray "<" at ${html.slice(i, i + 40)}`).not.toBeNull();
    const [, name, attributes] = match ?? [];
    expect(SAFE_TAGS.has(name), `tag <${name}>`).toBe(true);
    for (const [, attribute, value] of (attributes ?? "").matchAll(/([a-z][a-z0-9-]*)(?:="([^"]*)")?/g)) {
      expect(attribute.startsWith("on"), `attribute ${attribute}`).toBe(false);
      if (attribute === "href" || attribute === "src" || attribute === "data-url") expect(value).toMatch(/^(https?:|mailto:)/);
    }
  }
}

describe("mrkdwn formatting", () => {
  const md = (text: string) => renderMrkdwn(text, directory);

  it.each([
    ["bold", "*skicka offerten*", "<b>skicka offerten</b>"],
    ["italic", "_senast fredag_", "<i>senast fredag</i>"],
    ["strike", "~inställt~", "<s>inställt</s>"],
    ["inline code", "skriv `/lofte lista`", "skriv <code>/lofte lista</code>"],
    ["bold after punctuation", "(*klar*), sen", "(<b>klar</b>), sen"],
    ["bold inside italic", "_*båda*_", "<i><b>båda</b></i>"],
    ["italic inside bold", "*fet och _kursiv_ här*", "<b>fet och <i>kursiv</i> här</b>"],
    ["markers inside a word stay", "a*b*c och snake_case_name", "a*b*c och snake_case_name"],
    ["a marker before a space does not open", "2 * 3 * 4", "2 * 3 * 4"],
    ["a space before the closing marker does not close", "*inte fet *", "*inte fet *"],
    ["a closing marker before a letter does not close", "*inte*fet", "*inte*fet"],
    ["crossed markers nest, not overlap", "*a _b* c_", "<b>a _b</b> c_"],
    ["formatting does not cross lines", "*över\nrader*", "*över<br>rader*"],
    ["nothing formats inside code", "`*ingen* _stil_ :x:`", "<code>*ingen* _stil_ :x:</code>"],
    ["newlines become breaks", "rad 1\nrad 2\n\nrad 4", "rad 1<br>rad 2<br><br>rad 4"],
    [
      "quoted lines join in one quote",
      "Du skrev:\n>ring Acme\n>imorgon\nslut",
      "Du skrev:<blockquote>ring Acme<br>imorgon</blockquote>slut",
    ],
    ["a quote written as Slack escapes it", "&gt; citat", "<blockquote>citat</blockquote>"],
    [">>> quotes the rest", "före\n>>>allt\nresten", "före<blockquote>allt<br>resten</blockquote>"],
    ["pre keeps lines and markers", "```\n*ingen*\n  indrag\n```\nefter", "<pre>*ingen*\n  indrag</pre>efter"],
    ["pre decodes Slack's escapes once", "```a &amp;lt; b &lt; c```", "<pre>a &amp;lt; b &lt; c</pre>"],
    ["escaped ampersand shows as &", "Acme &amp; Co", "Acme &amp; Co"],
    ["an escaped entity shows as typed", "skriv &amp;lt; för <", "skriv &amp;lt; för &lt;"],
    ["bold around a mention", "*<@U1>*", '<b><span class="bk-mention">@Sven Lindqvist</span></b>'],
  ])("%s", (_name, input, html) => {
    expect(md(input)).toBe(html);
  });

  it("shows Slack's escaped characters as the characters, never as entities", () => {
    expect(visible(md("Acme &amp; Co &lt;AB&gt; &amp;lt;"))).toBe("Acme & Co <AB> &lt;");
  });

  it("stays fast on a long line of unmatched markers", () => {
    const text = "*a _b ~c ".repeat(5000);
    const started = performance.now();
    expect(visible(md(text))).toBe(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("mrkdwn links and mentions", () => {
  const md = (text: string) => renderMrkdwn(text, directory);
  const a = (href: string, text: string) => `<a href="${href}" target="_blank" rel="noopener noreferrer">${text}</a>`;

  it.each([
    ["a labelled link", "<https://example.com/a_b_c|offerten>", a("https://example.com/a_b_c", "offerten")],
    ["a bare link in brackets", "<https://example.com>", a("https://example.com", "https://example.com")],
    ["a link with an escaped query", "<https://x.se/?a=1&amp;b=2|länk>", a("https://x.se/?a=1&amp;b=2", "länk")],
    ["a mail link", "<mailto:anna@acme.se|Anna>", a("mailto:anna@acme.se", "Anna")],
    ["a permalink arrow", "klar <https://lofte.slack.com/archives/C1/p1|↗>", `klar ${a("https://lofte.slack.com/archives/C1/p1", "↗")}`],
    ["a bare URL is linked, without the full stop", "se https://x.se/a_b.", `se ${a("https://x.se/a_b", "https://x.se/a_b")}.`],
    ["a user, by the directory's name", "<@U1>", '<span class="bk-mention">@Sven Lindqvist</span>'],
    ["a user the directory does not know, by label", "<@U9|nisse>", '<span class="bk-mention">@nisse</span>'],
    ["a user nobody knows, by id", "<@U9>", '<span class="bk-mention">@U9</span>'],
    ["a channel", "<#C1>", '<span class="bk-mention">#sälj</span>'],
    ["a channel by label", "<#C9|allmänt>", '<span class="bk-mention">#allmänt</span>'],
    ["@here", "<!here>", '<span class="bk-mention bk-special">@here</span>'],
    ["@channel with a label", "<!channel|channel>", '<span class="bk-mention bk-special">@channel</span>'],
    ["@everyone", "<!everyone>", '<span class="bk-mention bk-special">@everyone</span>'],
    ["a user group", "<!subteam^S1|@säljteam>", '<span class="bk-mention">@säljteam</span>'],
    ["a date shows its fallback", "<!date^1392734382^{date_short}|18 feb 2014>", "18 feb 2014"],
    ["a javascript: link is text", "<javascript:alert(1)|klicka>", "&lt;javascript:alert(1)|klicka&gt;"],
    ["an unknown sequence is text", "<foo bar>", "&lt;foo bar&gt;"],
    ["inside code, a mention is its name", "`<@U1>`", "<code>@Sven Lindqvist</code>"],
  ])("%s", (_name, input, html) => {
    expect(md(input)).toBe(html);
  });

  it("escapes a directory's name as text", () => {
    expect(md("<@U3>")).toBe('<span class="bk-mention">@&lt;b&gt;Eve&lt;/b&gt;</span>');
  });

  it("leaves a bare URL alone when the text is verbatim", () => {
    expect(renderText({ type: "mrkdwn", text: "https://x.se", verbatim: true }, directory)).toBe("https://x.se");
  });
});

describe("emoji", () => {
  it.each([
    "white_check_mark",
    "+1",
    "thumbsup",
    "alarm_clock",
    "x",
    "rotating_light",
    "warning",
    "red_circle",
    "large_blue_circle",
    "sparkles",
    "calendar",
    "new",
    "eyes",
    "pencil2",
    "wastebasket",
    "speech_balloon",
    "busts_in_silhouette",
    "information_source",
    "arrows_counterclockwise",
    "heavy_check_mark",
    "ballot_box_with_check",
  ])("knows Slack's :%s:", (name) => {
    expect(emojiFor(name)).toMatch(/\p{Extended_Pictographic}/u);
  });

  it.each([
    ["white_check_mark", "✅"],
    ["+1", "👍"],
    ["thumbsup", "👍"],
    ["red_circle", "🔴"],
    ["large_blue_circle", "🔵"],
    ["warning", "⚠️"],
    ["+1::skin-tone-2", "👍🏻"],
    ["+1::skin-tone-3", "👍🏼"],
    ["wave::skin-tone-6", "👋🏿"],
    ["handshake::skin-tone-4", "🤝🏽"],
    ["skin-tone-5", "🏾"],
    ["no_such_emoji", null],
    ["+1::skin-tone-9", null],
  ])("%s → %s", (code, emoji) => {
    expect(emojiFor(code)).toBe(emoji);
  });

  it.each([
    [":rocket: kör", "🚀 kör"],
    [":+1::skin-tone-2: bra", "👍🏻 bra"],
    ["kl 12:30:45 :x:", "kl 12:30:45 ❌"],
    [":inte_en_emoji: :eyes:", ":inte_en_emoji: 👀"],
    ["1:2:3", "1:2:3"],
  ])("%s → %s", (text, shown) => {
    expect(replaceEmoji(text)).toBe(shown);
  });

  it("replaces emoji in mrkdwn and plain_text, but not in code or when emoji is false", () => {
    expect(renderMrkdwn(":calendar: När? `:calendar:`", directory)).toBe("📆 När? <code>:calendar:</code>");
    expect(renderText(plain(":eyes: Spåra"), directory)).toBe("👀 Spåra");
    expect(renderText({ type: "plain_text", text: ":eyes:", emoji: false }, directory)).toBe(":eyes:");
  });
});

describe("hostile input", () => {
  it.each([
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<javascript:alert(1)|klicka här>",
    "<JaVaScRiPt:alert(1)>",
    "<data:text/html,<script>alert(1)</script>|x>",
    '<https://x.se" onmouseover="alert(1)|x>',
    "<https://x.se|<img src=x onerror=alert(1)>>",
    "*<img src=x onerror=alert(1)>*",
    "`<script>`",
    "```</pre><script>alert(1)</script>```",
    "&lt;!channel&gt; &lt;@U1&gt;",
    "\uE0000\uE001 <@U1>",
    'https://x.se/"onmouseover=alert(1)',
  ])("%s shows as text", (input) => {
    const html = renderMrkdwn(input, directory);
    assertOnlyOwnMarkup(html);
    expect(html).not.toMatch(/<(script|img)/i);
  });

  it("shows a mention spelled with entities as text, not as a mention", () => {
    const html = renderMrkdwn("&lt;!channel&gt; &lt;@U1&gt;", directory);
    expect(html).not.toContain("bk-mention");
    expect(visible(html)).toBe("<!channel> <@U1>");
  });

  it("escapes every string a payload puts in an attribute or text", () => {
    const evil = '"><script>alert(1)</script>';
    const html = renderBlocks(
      [
        { type: "header", text: plain(evil) },
        {
          type: "actions",
          block_id: evil,
          elements: [
            { type: "button", action_id: evil, text: plain(evil), value: evil, url: "javascript:alert(1)" },
            { type: "static_select", action_id: "s", placeholder: plain(evil), options: [option(evil, evil)] },
            { type: "overflow", options: [{ ...option(evil, evil), url: "javascript:alert(1)" }] },
          ],
        },
        {
          type: "input",
          block_id: "b",
          label: plain(evil),
          element: { type: "plain_text_input", initial_value: evil, placeholder: plain(evil) },
        },
        { type: "input", label: plain("x"), element: { type: "plain_text_input", multiline: true, initial_value: "</textarea><script>" } },
        { type: "image", image_url: "javascript:alert(1)", alt_text: evil },
        { type: "context", elements: [{ type: "image", image_url: "data:image/png;base64,AAAA", alt_text: evil }, mrkdwn(evil)] },
      ],
      options({ scope: evil, errors: { b: evil } }),
    );
    assertOnlyOwnMarkup(html);
    expect(html).not.toMatch(/<script|javascript:|data:image/i);
    expect(visible(html)).toContain(evil);
  });

  it("escapeHtml escapes the five characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});

describe("blocks", () => {
  it("draws a confirmation with Edit and Undo (capture reply)", () => {
    const html = renderBlocks(
      [
        {
          type: "section",
          text: mrkdwn(":white_check_mark: Noterat: du lovar att *skicka offerten till Acme* — senast fre 14 mars 17:00."),
        },
        {
          type: "actions",
          elements: [
            { type: "button", action_id: "commitment_edit", text: plain("Ändra"), value: "c1" },
            { type: "button", action_id: "commitment_undo", text: plain("Ångra"), value: "c1", style: "danger" },
          ],
        },
      ],
      options(),
    );
    expect(html).toContain(
      '<div class="bk-block bk-section" data-block-id="b0"><div class="bk-section-body"><div class="bk-text">✅ Noterat: du lovar att <b>skicka offerten till Acme</b> — senast fre 14 mars 17:00.</div></div></div>',
    );
    expect(tag(html, /<button[^>]*commitment_edit[^>]*>/)).toBe(
      '<button type="button" class="bk-button" id="m1-b1-commitment_edit" data-action-id="commitment_edit" data-block-id="b1" data-type="button" data-value="c1">',
    );
    expect(tag(html, /<button[^>]*commitment_undo[^>]*>[^<]*/)).toMatch(/class="bk-button bk-danger".*>Ångra$/);
  });

  it("draws the Home tab: header, primary button, list items with a menu, context and dividers", () => {
    const html = renderBlocks(
      [
        { type: "header", text: plain("Dina löften") },
        { type: "actions", elements: [{ type: "button", action_id: "home_new_promise", style: "primary", text: plain("Nytt löfte") }] },
        { type: "section", text: mrkdwn("*Mina öppna löften*") },
        {
          type: "section",
          block_id: "item:c1",
          text: mrkdwn(":red_circle: *skicka offerten till Acme* · <@U1> · *försenat* fre 14 mars (för 2 dagar sedan)"),
          accessory: {
            type: "overflow",
            action_id: "list_item_menu",
            options: [option("Klar", "done|h"), option("Skjut upp 1 timme", "1h|h")],
          },
        },
        { type: "context", elements: [mrkdwn("Inget här just nu.")] },
        { type: "divider" },
      ],
      options({ surface: "home" }),
    );
    expect(html).toMatch(/^<div class="bk-blocks" data-surface="home">/);
    expect(html).toContain('<div class="bk-header" role="heading" aria-level="3">Dina löften</div>');
    expect(tag(html, /<button[^>]*home_new_promise[^>]*>/)).toContain('class="bk-button bk-primary"');
    expect(tag(html, /<button[^>]*home_new_promise[^>]*>/)).not.toContain("data-value");
    expect(html).toContain(
      '<div class="bk-accessory"><details class="bk-overflow" id="m1-item_c1-list_item_menu"><summary aria-label="Fler val">⋯</summary><div role="menu">' +
        '<button type="button" role="menuitem" data-action-id="list_item_menu" data-block-id="item:c1" data-type="overflow" data-value="done|h">Klar</button>' +
        '<button type="button" role="menuitem" data-action-id="list_item_menu" data-block-id="item:c1" data-type="overflow" data-value="1h|h">Skjut upp 1 timme</button>' +
        "</div></details></div>",
    );
    expect(html).toContain(
      '<div class="bk-block bk-context" data-block-id="b4"><span class="bk-context-text">Inget här just nu.</span></div>',
    );
    expect(html).toContain('<hr class="bk-divider">');
    expect(
      renderBlocks(
        [{ type: "section", text: mrkdwn("x"), accessory: { type: "overflow", options: [option("a", "a")] } }],
        options({ language: "en" }),
      ),
    ).toContain('<summary aria-label="More options">⋯</summary>');
  });

  it("draws a reminder: a snooze menu with its placeholder, and a confirm dialog on a button", () => {
    const confirm = {
      title: plain("Säker?"),
      text: mrkdwn("*Ångra* löftet till Acme &amp; Co?"),
      confirm: plain("Ja"),
      deny: plain("Nej"),
    };
    const html = renderBlocks(
      [
        {
          type: "actions",
          block_id: "owner:c1",
          elements: [
            { type: "button", action_id: "nudge_done", text: plain("Klar"), value: "c1", style: "primary", confirm },
            {
              type: "static_select",
              action_id: "nudge_snooze",
              placeholder: plain("Skjut upp"),
              options: [option("1 timme", "1h"), option("Till imorgon", "tomorrow")],
            },
          ],
        },
      ],
      options(),
    );
    const button = tag(html, /<button[^>]*nudge_done[^>]*>/);
    const json = /data-confirm="([^"]*)"/.exec(button)?.[1] ?? "";
    expect(JSON.parse(visible(json))).toEqual({ title: "Säker?", text: "Ångra löftet till Acme & Co?", confirm: "Ja", deny: "Nej" });
    expect(html).toContain(
      '<select class="bk-select" id="m1-owner_c1-nudge_snooze" name="m1-owner_c1-nudge_snooze" aria-label="Skjut upp" data-action-id="nudge_snooze" data-block-id="owner:c1" data-type="static_select">' +
        '<option value="" disabled selected>Skjut upp</option><option value="1h">1 timme</option><option value="tomorrow">Till imorgon</option></select>',
    );
  });

  it("draws a select's option groups and chosen option, and external_select alike", () => {
    const html = renderBlocks(
      [
        {
          type: "actions",
          elements: [
            {
              type: "static_select",
              action_id: "day",
              option_groups: [
                { label: plain("Vardagar"), options: [option("måndag", "1"), option("tisdag", "2")] },
                { label: plain("Helg"), options: [option("lördag", "6")] },
              ],
              initial_option: option("tisdag", "2"),
            },
            { type: "external_select", action_id: "customer", initial_option: option("Acme", "acme") },
          ],
        },
      ],
      options({ language: "en" }),
    );
    expect(html).toContain(
      '<option value="" disabled>Choose</option><optgroup label="Vardagar"><option value="1">måndag</option><option value="2" selected>tisdag</option></optgroup>',
    );
    expect(tag(html, /<select[^>]*customer[^>]*>/)).toContain('data-type="external_select"');
    expect(html).toContain('<option value="acme" selected>Acme</option>');
  });

  it("draws the deadline question: date and time pickers and Save", () => {
    const html = renderBlocks(
      [
        { type: "section", text: mrkdwn(":calendar: När ska det vara klart?\nDu skrev:\n>ring Acme") },
        {
          type: "actions",
          elements: [
            { type: "datepicker", action_id: "deadline_date", placeholder: plain("Välj dag") },
            { type: "timepicker", action_id: "deadline_time", initial_time: "17:00", placeholder: plain("Välj tid") },
            { type: "button", action_id: "deadline_save", style: "primary", text: plain("Spara"), value: "ring Acme" },
          ],
        },
      ],
      options(),
    );
    expect(tag(html, /<input type="date"[^>]*>/)).toBe(
      '<input type="date" class="bk-date" id="m1-b1-deadline_date" name="m1-b1-deadline_date" aria-label="Välj dag" data-action-id="deadline_date" data-block-id="b1" data-type="datepicker">',
    );
    expect(tag(html, /<input type="time"[^>]*>/)).toContain(
      'aria-label="Välj tid" data-action-id="deadline_time" data-block-id="b1" data-type="timepicker" value="17:00"',
    );
    expect(html).toContain("<blockquote>ring Acme</blockquote>");
  });

  it("gives pickers and selects the renderer's own placeholder when the app gives none", () => {
    const elements = [
      { type: "datepicker", action_id: "d" },
      { type: "timepicker", action_id: "t" },
      { type: "users_select", action_id: "u" },
      { type: "static_select", action_id: "s", options: [option("a", "a")] },
    ];
    const sv = renderBlocks([{ type: "actions", elements }], options());
    const en = renderBlocks([{ type: "actions", elements }], options({ language: "en" }));
    for (const [html, words] of [
      [sv, ["Välj ett datum", "Välj en tid", "Välj en person", "Välj"]],
      [en, ["Pick a date", "Pick a time", "Choose a person", "Choose"]],
    ] as const) {
      for (const word of words) expect(html).toContain(`aria-label="${word}"`);
    }
  });

  it("draws the lead's alert: a users_select of everyone", () => {
    const html = renderBlocks(
      [
        {
          type: "actions",
          block_id: "lead:c1",
          elements: [{ type: "users_select", action_id: "lead_reassign", placeholder: plain("Ge till någon annan") }],
        },
      ],
      options(),
    );
    expect(html).toContain(
      '<select class="bk-select" id="m1-lead_c1-lead_reassign" name="m1-lead_c1-lead_reassign" aria-label="Ge till någon annan" data-action-id="lead_reassign" data-block-id="lead:c1" data-type="users_select">' +
        '<option value="" disabled selected>Ge till någon annan</option><option value="U1">Sven Lindqvist</option><option value="U2">Anna Berg</option></select>',
    );
  });

  it("draws the promise modal: labels for their inputs, optional, hint, prefilled values", () => {
    const html = renderBlocks(
      [
        {
          type: "input",
          block_id: "owner",
          label: plain("Vem"),
          element: { type: "users_select", action_id: "owner", initial_user: "U2" },
        },
        {
          type: "input",
          block_id: "task",
          label: plain("Vad"),
          element: {
            type: "plain_text_input",
            action_id: "task",
            max_length: 200,
            min_length: 2,
            initial_value: "skicka offerten & prislistan",
          },
        },
        {
          type: "input",
          block_id: "customer",
          optional: true,
          label: plain("Kund"),
          hint: plain("Vem löftet gäller"),
          element: { type: "plain_text_input", action_id: "customer", max_length: 80 },
        },
        {
          type: "input",
          block_id: "date",
          label: plain("Dag"),
          element: { type: "datepicker", action_id: "date", initial_date: "2025-03-14" },
        },
        { type: "input", block_id: "time", label: plain("Tid"), element: { type: "timepicker", action_id: "time", initial_time: "17:00" } },
        {
          type: "input",
          block_id: "lead",
          optional: true,
          label: plain("Ansvarig"),
          element: { type: "users_select", action_id: "lead", initial_user: "U7" },
        },
      ],
      options({ surface: "modal", scope: "v1" }),
    );
    expect(html).toContain('<label class="bk-label" for="v1-owner-owner">Vem</label><select class="bk-select" id="v1-owner-owner"');
    expect(html).toContain('<option value="U2" selected>Anna Berg</option>');
    expect(tag(html, /<select[^>]*v1-owner-owner[^>]*>/)).not.toContain("aria-label");
    expect(tag(html, /<input type="text"[^>]*v1-task-task[^>]*>/)).toBe(
      '<input type="text" class="bk-text-input" id="v1-task-task" name="v1-task-task" data-action-id="task" data-block-id="task" data-type="plain_text_input" maxlength="200" minlength="2" value="skicka offerten &amp; prislistan">',
    );
    expect(html).toContain('<label class="bk-label" for="v1-customer-customer">Kund <span class="bk-optional">(valfritt)</span></label>');
    expect(tag(html, /<input[^>]*v1-customer-customer[^>]*>/)).toContain('aria-describedby="v1-customer-customer-hint"');
    expect(html).toContain('<div class="bk-hint" id="v1-customer-customer-hint">Vem löftet gäller</div>');
    expect(tag(html, /<input type="date"[^>]*>/)).toContain('id="v1-date-date"');
    expect(tag(html, /<input type="date"[^>]*>/)).toContain('value="2025-03-14"');
    expect(tag(html, /<input type="time"[^>]*>/)).toContain('value="17:00"');
    // Someone not in the directory's list is still shown as chosen.
    expect(html).toContain('<option value="U7" selected>U7</option>');
    expect(
      renderBlocks([{ type: "input", optional: true, label: plain("x"), element: { type: "datepicker" } }], options({ language: "en" })),
    ).toContain('<span class="bk-optional">(optional)</span>');
  });

  it("draws a multiline note as a textarea", () => {
    const html = renderBlocks(
      [
        {
          type: "input",
          block_id: "note",
          optional: true,
          label: plain("Anteckning"),
          element: {
            type: "plain_text_input",
            action_id: "note",
            multiline: true,
            max_length: 500,
            initial_value: "rad 1\nrad 2",
            placeholder: plain("Varför?"),
          },
        },
      ],
      options({ surface: "modal" }),
    );
    expect(html).toContain(
      '<textarea class="bk-textarea" rows="4" id="m1-note-note" name="m1-note-note" data-action-id="note" data-block-id="note" data-type="plain_text_input" placeholder="Varför?" maxlength="500">rad 1\nrad 2</textarea>',
    );
  });

  it("draws the settings modal's checkboxes and a radio group as fieldsets with the label as legend", () => {
    const days = [option("måndag", "1"), option("tisdag", "2"), option("onsdag", "3")];
    const html = renderBlocks(
      [
        {
          type: "input",
          block_id: "working_days",
          label: plain("Arbetsdagar"),
          element: { type: "checkboxes", action_id: "working_days", options: days, initial_options: days.slice(0, 2) },
        },
        {
          type: "input",
          block_id: "language",
          label: plain("Språk"),
          element: {
            type: "radio_buttons",
            action_id: "language",
            options: [option("Svenska", "sv"), { text: plain("English"), value: "en", description: mrkdwn("_för alla_") }],
            initial_option: option("English", "en"),
          },
        },
      ],
      options({ surface: "modal" }),
    );
    expect(html).toContain(
      '<fieldset class="bk-checkboxes" id="m1-working_days-working_days" data-action-id="working_days" data-block-id="working_days" data-type="checkboxes"><legend class="bk-label">Arbetsdagar</legend>' +
        '<label class="bk-choice"><input type="checkbox" name="m1-working_days-working_days" value="1" checked> <span>måndag</span></label>',
    );
    expect(html).toContain('<input type="checkbox" name="m1-working_days-working_days" value="3"> <span>onsdag</span>');
    expect(html).not.toContain('<label class="bk-label" for=');
    expect(html).toContain('<input type="radio" name="m1-language-language" value="sv"> <span>Svenska</span>');
    expect(html).toContain(
      '<input type="radio" name="m1-language-language" value="en" checked> <span>English<span class="bk-option-description"><i>för alla</i></span></span>',
    );
  });

  it("shows a validation error under its input block, with the same generated block id", () => {
    const html = renderBlocks(
      [
        { type: "section", text: mrkdwn("Inställningar") },
        { type: "input", label: plain("Tidszon"), element: { type: "plain_text_input", action_id: "time_zone" } },
      ],
      options({ surface: "modal", errors: { b1: "Okänd tidszon: Europe/Stokholm" } }),
    );
    expect(html).toContain('<div class="bk-block bk-input" data-block-id="b1">');
    expect(tag(html, /<input type="text"[^>]*>/)).toContain(
      'id="m1-b1-time_zone" name="m1-b1-time_zone" aria-describedby="m1-b1-time_zone-error" aria-invalid="true" data-action-id="time_zone" data-block-id="b1"',
    );
    expect(html).toMatch(
      /<\/label><input[^>]*><div class="bk-error" role="alert" id="m1-b1-time_zone-error">Okänd tidszon: Europe\/Stokholm<\/div><\/div>/,
    );
  });

  it("draws a section's fields in a grid and an image accessory", () => {
    const html = renderBlocks(
      [
        {
          type: "section",
          fields: [mrkdwn("*Kund*\nAcme"), mrkdwn("*Senast*\nfre 14 mars")],
          accessory: { type: "image", image_url: "https://example.com/a.png", alt_text: "Acme-logga" },
        },
      ],
      options(),
    );
    expect(html).toContain(
      '<div class="bk-fields"><div class="bk-field"><b>Kund</b><br>Acme</div><div class="bk-field"><b>Senast</b><br>fre 14 mars</div></div>',
    );
    expect(html).toContain(
      '<div class="bk-accessory"><img class="bk-accessory-image" src="https://example.com/a.png" alt="Acme-logga" loading="lazy"></div>',
    );
  });

  it("draws image blocks and context images, and only from web addresses", () => {
    const html = renderBlocks(
      [
        { type: "image", image_url: "https://example.com/chart.png", alt_text: "Löften per vecka", title: plain("Veckan") },
        {
          type: "context",
          elements: [
            { type: "image", image_url: "https://example.com/u1.png", alt_text: "Sven" },
            { type: "image", image_url: "file:///etc/passwd", alt_text: "nej" },
            plain("Gjort i #sälj"),
          ],
        },
      ],
      options(),
    );
    expect(html).toContain(
      '<div class="bk-image-title">Veckan</div><img class="bk-image-img" src="https://example.com/chart.png" alt="Löften per vecka" loading="lazy">',
    );
    expect(html).toContain(
      '<img class="bk-context-image" src="https://example.com/u1.png" alt="Sven" loading="lazy"><span class="bk-context-text">Gjort i #sälj</span>',
    );
    expect(html).not.toContain("file:");
  });

  it("passes a link button's URL to the page", () => {
    const html = renderBlocks(
      [{ type: "actions", elements: [{ type: "button", action_id: "open", text: plain("Öppna"), url: "https://example.com/x?a=1&b=2" }] }],
      options(),
    );
    expect(tag(html, /<button[^>]*>/)).toContain('data-url="https://example.com/x?a=1&amp;b=2"');
  });

  it("marks dispatch_action inputs so the page sends their changes", () => {
    const html = renderBlocks(
      [{ type: "input", dispatch_action: true, label: plain("Sök"), element: { type: "plain_text_input", action_id: "q" } }],
      options({ surface: "modal" }),
    );
    expect(tag(html, /<input[^>]*>/)).toContain('data-dispatch-action="true"');
  });

  it("gives an element without action_id a stable one, and sanitises ids", () => {
    const html = renderBlocks(
      [{ type: "actions", block_id: "a b/c", elements: [{ type: "button", text: plain("x") }] }],
      options({ scope: "m 1" }),
    );
    expect(tag(html, /<button[^>]*>/)).toContain('id="m_1-a_b_c-a0" data-action-id="a0" data-block-id="a b/c"');
  });
});

describe("what cannot be read", () => {
  const note = '<div class="bk-unsupported">[block som inte stöds]</div>';

  it.each([
    ["not an array", "blocks"],
    ["null", [null]],
    ["a number", [42]],
    ["no type", [{ text: mrkdwn("x") }]],
    ["an unknown type", [{ type: "rich_text", elements: [] }]],
    ["a section without text", [{ type: "section" }]],
    ["a section whose text is a string", [{ type: "section", text: "hej" }]],
    ["actions whose elements are not a list", [{ type: "actions", elements: "x" }]],
    ["an input without label", [{ type: "input", element: { type: "plain_text_input" } }]],
    ["an image from javascript:", [{ type: "image", image_url: "javascript:alert(1)", alt_text: "x" }]],
  ])("%s is a small note", (_name, blocks) => {
    expect(renderBlocks(blocks, options())).toContain(note);
  });

  it("says it in English for an English reader", () => {
    expect(renderBlocks([{ type: "nope" }], options({ language: "en" }))).toContain("[unsupported block]");
  });

  it("keeps the other blocks and elements when one cannot be read", () => {
    const html = renderBlocks(
      [
        { type: "section", text: mrkdwn("före") },
        {
          type: "actions",
          elements: [
            { type: "button", action_id: "ok", text: plain("OK") },
            { type: "button", action_id: "bad" },
            { type: "conversations_select" },
          ],
        },
        { type: "divider" },
      ],
      options(),
    );
    expect(html).toContain("före");
    expect(html).toContain(">OK</button>");
    expect(html.match(/<span class="bk-unsupported">/g)).toHaveLength(2);
    expect(html).toContain('<hr class="bk-divider">');
  });

  it("never throws, even when the directory does", () => {
    const broken: Directory = {
      userName: () => {
        throw new Error("down");
      },
      channelName: () => null,
      users: () => {
        throw new Error("down");
      },
    };
    const garbage: unknown[] = [
      undefined,
      {},
      [[[]]],
      [{ type: "section", text: { type: "mrkdwn", text: 5 } }],
      [{ type: "section", text: mrkdwn("<@U1>") }],
      [{ type: "actions", elements: [{ type: "users_select" }, null, 7, { type: "overflow", options: [] }] }],
      [{ type: "input", label: plain("x"), element: null }],
      [{ type: "context", elements: [null, { type: "image" }] }],
    ];
    for (const blocks of garbage) expect(() => renderBlocks(blocks, options({ directory: broken }))).not.toThrow();
    expect(renderBlocks([{ type: "section", text: mrkdwn("<@U1>") }], options({ directory: broken }))).toContain(note);
  });

  it("renders a text object that is not one as nothing", () => {
    expect(renderText({ type: "html", text: "<b>x</b>" }, directory)).toBe("");
    expect(renderText("x", directory)).toBe("");
  });
});
