// @ts-check
/**
 * The playground page's script. The server draws everything (sidebar, conversation, Home,
 * modal) and this file only swaps it in and turns what the visitor does into calls to the
 * playground's endpoints, which act the way Slack does. A server-sent event says when anything
 * changed (Lofte posted, a reminder came), and the view is fetched again.
 */

/** @type {{ as: string, at: string, version: number, language: string, modalKey: string, mainKey: string, words: Record<string, any> }} */
const page = {
  as: new URLSearchParams(location.search).get("as") ?? localStorage.getItem("lofte.as") ?? "U0SVEN",
  at: new URLSearchParams(location.search).get("at") ?? localStorage.getItem("lofte.at") ?? "C0SALJ",
  lastTs: "",
  version: -1,
  language: "sv",
  modalKey: "",
  mainKey: "",
  words: {},
};

/** How long each interaction took: Lofte's answer, then the page drawn again (the browser test reads these). */
/** @type {{ name: string, answerMs: number, renderMs: number }[]} */
const timings = [];
Object.assign(window, { lofteTimings: timings });

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** Values the visitor has typed or picked, by element id, kept when the server redraws around them. */
const touched = new Map();

async function refresh() {
  const res = await fetch(`/playground/state?as=${encodeURIComponent(page.as)}&at=${encodeURIComponent(page.at)}`);
  if (!res.ok) return;
  render(await res.json());
}

/** @param {any} view */
function render(view) {
  page.version = view.version;
  page.words = view.chrome.words;
  const w = page.words;
  if (page.language !== view.language) document.documentElement.lang = view.language;
  page.language = view.language;
  document.title = `${view.title} · ${w.title}`;
  $("workspace").textContent = w.workspace;
  $("clock").textContent = view.clock;
  $("clock-legend").textContent = w.clock;
  $("hour").textContent = w.hourButton;
  $("day").textContent = w.dayButton;
  $("next").textContent = w.nextButton;
  $("start-over").textContent = w.startOver;
  $("person-label").textContent = w.youAre;
  $("send").textContent = w.send;
  $("hint").textContent = w.hint;
  $("connect").textContent = w.connect;
  const person = /** @type {HTMLSelectElement} */ ($("person"));
  if (person.options.length !== view.chrome.people.length) {
    person.replaceChildren(...view.chrome.people.map((/** @type {any} */ p) => new Option(p.name, p.id)));
  }
  person.value = page.as;
  $("sidebar").innerHTML = view.sidebar;
  $("place-title").textContent = view.title;
  const composer = /** @type {HTMLTextAreaElement} */ ($("composer"));
  composer.setAttribute("aria-label", view.composer.label);
  composer.placeholder = view.composer.placeholder;
  composer.disabled = !view.composer.enabled;
  $("composer-form").hidden = !view.composer.enabled;
  const mainKey = `${page.at}|${view.main.length}|${hash(view.main)}`;
  if (mainKey !== page.mainKey) {
    page.mainKey = mainKey;
    const stick = nearBottom($("conversation"));
    replaceKeeping($("conversation"), view.main);
    // A new message (a confirmation, a reminder) is scrolled into view.
    const articles = $("conversation").querySelectorAll("article[data-ts]");
    const last = /** @type {HTMLElement | undefined} */ (articles[articles.length - 1]);
    const lastTs = last?.dataset.ts ?? "";
    if (stick || lastTs !== page.lastTs) $("conversation").scrollTop = $("conversation").scrollHeight;
    page.lastTs = lastTs;
  }
  const modalKey = hash(view.modal);
  if (modalKey !== page.modalKey) {
    page.modalKey = modalKey;
    replaceKeeping($("modal-root"), view.modal);
    const first = /** @type {HTMLElement | null} */ ($("modal-root").querySelector("input, select, textarea, button"));
    if (first && !$("modal-root").contains(document.activeElement)) first.focus();
  }
}

/** Replaces a container's HTML, keeping what the visitor had typed or picked in it. */
function replaceKeeping(/** @type {HTMLElement} */ container, /** @type {string} */ html) {
  container.innerHTML = html;
  for (const [id, value] of touched) {
    const element = /** @type {any} */ (document.getElementById(id));
    if (!element) continue;
    if (Array.isArray(value)) {
      for (const box of element.querySelectorAll("input")) box.checked = value.includes(box.value);
    } else element.value = value;
  }
}

function nearBottom(/** @type {HTMLElement} */ element) {
  return element.scrollHeight - element.scrollTop - element.clientHeight < 80;
}

function hash(/** @type {string} */ text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return `${text.length}:${h}`;
}

/**
 * POSTs to a playground endpoint, then draws the page again; records how long Lofte took to
 * answer and how long the page took to show it.
 * @param {string} name @param {Record<string, unknown>} body
 */
async function post(name, body) {
  const started = performance.now();
  let answer;
  try {
    const res = await fetch(`/playground/${name}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    answer = await res.json();
  } catch {
    answer = { ok: false, problem: "lofteDown" };
  }
  const answered = performance.now();
  await refresh();
  timings.push({ name, answerMs: answered - started, renderMs: performance.now() - answered });
  say(answer);
  return answer;
}

/** A short note under the page for what the playground itself has to say. */
function say(/** @type {any} */ answer) {
  const w = page.words;
  let text = "";
  if (answer?.note?.startsWith("unknownCommand:"))
    text = w.unknownCommand.replace("{command}", answer.note.slice("unknownCommand:".length));
  else if (answer?.ok === false) text = w[answer.problem] ?? w.badRequest;
  else if (answer?.kind === null) text = w.nothingNext;
  $("status").textContent = text;
}

/**
 * Every input's value in a message, modal or Home tab, as Slack's `state.values`:
 * block id → action id → the element's value.
 * @param {Element} container
 */
function stateValues(container) {
  /** @type {Record<string, Record<string, Record<string, unknown>>>} */
  const values = {};
  for (const element of container.querySelectorAll("[data-action-id][data-block-id][data-type]")) {
    const el = /** @type {any} */ (element);
    const type = el.dataset.type;
    let value;
    if (type === "plain_text_input") value = { type, value: el.value === "" ? null : el.value };
    else if (type === "datepicker") value = { type, selected_date: el.value || null };
    else if (type === "timepicker") value = { type, selected_time: el.value || null };
    else if (type === "users_select") value = { type, selected_user: el.value || null };
    else if (type === "static_select" || type === "external_select")
      value = {
        type,
        selected_option: el.value ? { text: { type: "plain_text", text: el.selectedOptions[0]?.text ?? "" }, value: el.value } : null,
      };
    else if (type === "checkboxes")
      value = {
        type,
        selected_options: [...el.querySelectorAll("input:checked")].map((box) => ({
          text: { type: "plain_text", text: box.parentElement?.textContent?.trim() ?? "" },
          value: box.value,
        })),
      };
    else if (type === "radio_buttons") {
      const box = el.querySelector("input:checked");
      value = {
        type,
        selected_option: box
          ? { text: { type: "plain_text", text: box.parentElement?.textContent?.trim() ?? "" }, value: box.value }
          : null,
      };
    } else continue;
    values[el.dataset.blockId] ??= {};
    values[el.dataset.blockId][el.dataset.actionId] = value;
  }
  return values;
}

/** Where a control is: on a message (its channel and ts), or in a view (a modal or the Home tab). */
function whereOf(/** @type {Element} */ element) {
  const message = /** @type {HTMLElement | null} */ (element.closest("article[data-ts]"));
  if (message) return { where: { channel: message.dataset.channel, ts: message.dataset.ts }, container: message };
  const view = /** @type {HTMLElement | null} */ (element.closest("[data-view-id]"));
  if (view) return { where: { viewId: view.dataset.viewId }, container: view };
  return null;
}

/** A click or a choice that Slack sends to the app at once (not an input in a form, which waits for Save). */
async function dispatch(/** @type {HTMLElement} */ element, /** @type {Record<string, unknown>} */ extra) {
  const place = whereOf(element);
  if (!place) return;
  const d = element.dataset;
  await post("action", {
    as: page.as,
    where: place.where,
    action: { actionId: d.actionId, blockId: d.blockId, type: d.type, ...extra },
    values: stateValues(place.container),
  });
}

function inFormInput(/** @type {Element} */ element) {
  const block = element.closest(".bk-block");
  return Boolean(block?.classList.contains("bk-input") && !element.closest("[data-dispatch-action='true']"));
}

document.addEventListener("click", async (event) => {
  const target = /** @type {HTMLElement} */ (event.target);
  const button = /** @type {HTMLElement | null} */ (target.closest("button"));
  if (!button) return;
  const d = button.dataset;
  if (d.place) {
    page.at = d.place;
    localStorage.setItem("lofte.at", page.at);
    page.mainKey = "";
    if (d.place === "home") await post("home", { as: page.as });
    else await refresh();
    return;
  }
  if (d.clock) return void (await post("clock", { step: d.clock }));
  if (button.id === "start-over") {
    touched.clear();
    return void (await post("start-over", {}));
  }
  if (d.react) {
    const message = /** @type {HTMLElement | null} */ (button.closest("article[data-ts]"));
    if (message) await post("react", { as: page.as, channel: message.dataset.channel, ts: message.dataset.ts, emoji: d.react });
    return;
  }
  if (d.shortcut) {
    const message = /** @type {HTMLElement | null} */ (button.closest("article[data-ts]"));
    if (message) await post("shortcut", { as: page.as, channel: message.dataset.channel, ts: message.dataset.ts });
    return;
  }
  if (d.modal) {
    const dialog = /** @type {HTMLElement | null} */ (button.closest("[data-view-id]"));
    if (!dialog) return;
    if (d.modal === "submit") {
      const answer = await post("submit", { as: page.as, viewId: dialog.dataset.viewId, values: stateValues(dialog) });
      if (answer?.ok) for (const id of [...touched.keys()]) if (!document.getElementById(id)) touched.delete(id);
    } else await post("close", { as: page.as, viewId: dialog.dataset.viewId });
    return;
  }
  if (d.actionId && (d.type === "button" || d.type === "overflow")) {
    if (d.confirm) {
      const confirm = JSON.parse(d.confirm);
      if (!window.confirm(`${confirm.title}\n\n${confirm.text}`)) return;
    }
    button.closest("details")?.removeAttribute("open");
    await dispatch(
      button,
      d.type === "button"
        ? { value: d.value, selectedText: button.textContent?.trim() }
        : { selected: d.value, selectedText: button.textContent?.trim() },
    );
  }
});

document.addEventListener("change", async (event) => {
  const target = /** @type {any} */ (event.target);
  if (target.id === "person") {
    page.as = target.value;
    localStorage.setItem("lofte.as", page.as);
    page.mainKey = "";
    touched.clear();
    if (page.at === "home") await post("home", { as: page.as });
    else await refresh();
    return;
  }
  const control = /** @type {HTMLElement | null} */ (target.closest("[data-action-id][data-type]"));
  if (!control) return;
  if (control.id) {
    touched.set(
      control.id,
      control.dataset.type === "checkboxes"
        ? [...control.querySelectorAll("input:checked")].map((b) => /** @type {HTMLInputElement} */ (b).value)
        : /** @type {any} */ (control).value,
    );
  }
  if (inFormInput(control)) return;
  const type = control.dataset.type;
  if (type === "checkboxes")
    await dispatch(control, {
      selectedOptions: [...control.querySelectorAll("input:checked")].map((b) => ({
        value: /** @type {HTMLInputElement} */ (b).value,
        text: b.parentElement?.textContent?.trim() ?? "",
      })),
    });
  else if (type === "radio_buttons")
    await dispatch(control, { selected: target.value, selectedText: target.parentElement?.textContent?.trim() });
  else await dispatch(control, { selected: target.value, selectedText: target.selectedOptions?.[0]?.text });
});

document.addEventListener("input", (event) => {
  const target = /** @type {any} */ (event.target);
  if (target.id === "composer") {
    const usage = $("usage");
    usage.hidden = !target.value.startsWith("/");
    if (!usage.hidden) {
      const lines = /** @type {string[]} */ (page.words.usage ?? []);
      usage.replaceChildren(
        ...[page.words.usageTitle, ...lines].map((line, i) =>
          Object.assign(document.createElement(i ? "div" : "strong"), { textContent: line }),
        ),
      );
    }
    return;
  }
  const control = target.closest?.("[data-action-id][data-type]");
  if (control?.id && control.dataset.type === "plain_text_input") touched.set(control.id, target.value);
});

$("composer").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) {
    event.preventDefault();
    /** @type {HTMLFormElement} */ ($("composer-form")).requestSubmit();
  }
});

$("composer-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const composer = /** @type {HTMLTextAreaElement} */ ($("composer"));
  const text = composer.value;
  if (!text.trim()) return;
  composer.value = "";
  $("usage").hidden = true;
  const answer = await post("send", { as: page.as, at: page.at, text });
  // Nothing was sent: what was typed is kept, to change or to copy.
  if (answer?.ok === false) composer.value = text;
});

document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  const dialog = /** @type {HTMLElement | null} */ (document.querySelector("#modal-root [data-view-id]"));
  if (dialog) void post("close", { as: page.as, viewId: dialog.dataset.viewId });
});

let pending = false;
const events = new EventSource("/playground/events");
events.onmessage = (event) => {
  if (Number(event.data) === page.version || pending) return;
  pending = true;
  setTimeout(() => {
    pending = false;
    void refresh();
  }, 20);
};

// The clock shown moves on with playground time, and Lofte's messages arrive as they come.
setInterval(() => void refresh(), 20_000);

void (async () => {
  if (page.at === "home") await post("home", { as: page.as });
  else {
    // The server sent the first view with the page; it is used when it is the one wanted.
    const first = document.getElementById("first-view");
    const sent = first ? JSON.parse(first.textContent ?? "{}") : null;
    if (sent && sent.as === page.as && sent.at === page.at) render(sent.view);
    else await refresh();
  }
  // Slack closes a modal when the page is reloaded; so does the playground.
  const open = /** @type {HTMLElement | null} */ (document.querySelector("#modal-root [data-view-id]"));
  if (open) await post("close", { as: page.as, viewId: open.dataset.viewId });
})();
