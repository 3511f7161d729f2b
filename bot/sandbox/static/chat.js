// Web chat for the Zhinan sandbox: act as a user, talk to the bot, watch its replies live.
// Talks only to the sandbox control API (/sandbox/*); no build step, no dependencies.
"use strict";

const ui = {
  messages: document.getElementById("messages"),
  userPicker: document.getElementById("user-picker"),
  chatPicker: document.getElementById("chat-picker"),
  title: document.getElementById("chat-title"),
  subtitle: document.getElementById("chat-subtitle"),
  avatar: document.getElementById("chat-avatar"),
  form: document.getElementById("send-form"),
  input: document.getElementById("input"),
  attachButton: document.getElementById("attach-button"),
  attachInput: document.getElementById("attach-input"),
  replyBar: document.getElementById("reply-bar"),
  replyName: document.getElementById("reply-bar-name"),
  replySnippet: document.getElementById("reply-bar-snippet"),
  replyCancel: document.getElementById("reply-cancel"),
  replyKeyboard: document.getElementById("reply-keyboard"),
  toast: document.getElementById("toast"),
  alertDialog: document.getElementById("alert-dialog"),
  alertText: document.getElementById("alert-text"),
};

const view = {
  world: null, // GET /sandbox/state
  userId: null,
  chatId: null,
  messages: new Map(), // message_id → message, for the current chat
  replyTo: null,
  lastSeq: 0,
  myPresses: new Set(), // callback query ids pressed in this tab, to show their answers
};

// ---------- control API ----------

async function api(path, body) {
  const options = body === undefined ? {} : {
    method: "POST",
    headers: {"Content-Type": "application/json"},
    body: JSON.stringify(body),
  };
  const response = await fetch(path, options);
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.error || `${response.status} ${response.statusText}`);
  return data;
}

// ---------- rendering Telegram formatting ----------

const ALLOWED_TAGS = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
  "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji"]);

function safeUrl(href) {
  return /^(https?:|tg:)/i.test(href || "") ? href : null;
}

function spoiler(children) {
  const span = document.createElement("span");
  span.className = "spoiler";
  span.append(...children);
  span.addEventListener("click", (event) => {
    event.stopPropagation();
    span.classList.add("revealed");
  });
  return span;
}

// Rebuild the bot's HTML from a whitelist: the sandbox validated it as Telegram HTML, but the
// page must never trust markup it did not build itself.
function sanitizedNode(node) {
  if (node.nodeType === Node.TEXT_NODE) return withCommands(node.textContent);
  if (node.nodeType !== Node.ELEMENT_NODE) return document.createDocumentFragment();
  const children = [...node.childNodes].map(sanitizedNode);
  const tag = node.tagName.toLowerCase();
  if (!ALLOWED_TAGS.has(tag)) {
    const fragment = document.createDocumentFragment();
    fragment.append(...children);
    return fragment;
  }
  if (tag === "tg-spoiler" || tag === "span") return spoiler(children);
  if (tag === "tg-emoji") return spanWith(children);
  const element = document.createElement(tag);
  if (tag === "a") {
    const href = safeUrl(node.getAttribute("href"));
    if (href) element.href = href;
    element.target = "_blank";
    element.rel = "noopener noreferrer";
  }
  element.append(...children);
  return element;
}

function spanWith(children) {
  const span = document.createElement("span");
  span.append(...children);
  return span;
}

function renderHtml(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const fragment = document.createDocumentFragment();
  fragment.append(...[...parsed.body.childNodes].map(sanitizedNode));
  return fragment;
}

const ENTITY_TAGS = {bold: "b", italic: "i", underline: "u", strikethrough: "s", code: "code",
  pre: "pre", blockquote: "blockquote", expandable_blockquote: "blockquote"};

// Plain text plus entities (offsets are UTF-16, exactly like JavaScript strings).
function renderEntities(text, entities) {
  const bounds = new Set([0, text.length]);
  for (const e of entities || []) {
    bounds.add(e.offset);
    bounds.add(e.offset + e.length);
  }
  const points = [...bounds].filter((p) => p <= text.length).sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const active = (entities || []).filter((e) => e.offset <= start && e.offset + e.length >= end);
    fragment.append(wrapSegment(text.slice(start, end), active));
  }
  return fragment;
}

function wrapSegment(segment, active) {
  let node = active.some((e) => e.type === "bot_command") ? commandLink(segment)
    : document.createTextNode(segment);
  for (const e of active) {
    if (e.type === "spoiler") node = spoiler([node]);
    else if (e.type === "text_link" || e.type === "url") {
      const a = document.createElement("a");
      const href = safeUrl(e.type === "url" ? segment : e.url);
      if (href) a.href = href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.append(node);
      node = a;
    } else if (ENTITY_TAGS[e.type]) {
      const element = document.createElement(ENTITY_TAGS[e.type]);
      element.append(node);
      node = element;
    }
  }
  return node;
}

// Telegram makes /commands in the bot's messages tappable; so does the sandbox.
function withCommands(text) {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(/(^|\s)(\/[A-Za-z0-9_]{1,32})/g)) {
    const start = match.index + match[1].length;
    fragment.append(text.slice(last, start), commandLink(match[2]));
    last = start + match[2].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

function commandLink(command) {
  const span = document.createElement("span");
  span.className = "command";
  span.textContent = command;
  span.addEventListener("click", (event) => {
    event.stopPropagation();
    sendText(command.split("@")[0]);
  });
  return span;
}

function messageBody(message) {
  if (message.html) return renderHtml(message.html);
  const text = message.text ?? message.caption ?? "";
  const entities = message.text !== undefined ? message.entities : message.caption_entities;
  return renderEntities(text, entities);
}

function snippet(message) {
  if (message.text) return message.text;
  if (message.document) return `📄 ${message.document.file_name}`;
  return message.caption || "";
}

// ---------- messages ----------

function userName(user) {
  return [user.first_name, user.last_name].filter(Boolean).join(" ");
}

function formatTime(unix) {
  return new Date(unix * 1000).toLocaleTimeString([], {hour: "2-digit", minute: "2-digit"});
}

function serviceText(message) {
  if (message.migrate_to_chat_id) return `Group upgraded to a supergroup (${message.migrate_to_chat_id})`;
  if (message.migrate_from_chat_id) return `Supergroup created from group ${message.migrate_from_chat_id}`;
  return null;
}

function documentCard(document_) {
  const link = document.createElement("a");
  link.className = "document";
  link.href = document_.url;
  link.download = document_.file_name;
  link.addEventListener("click", (event) => event.stopPropagation());
  const icon = document.createElement("div");
  icon.className = "document-icon";
  icon.textContent = "⬇";
  const info = document.createElement("div");
  const name = document.createElement("div");
  name.className = "document-name";
  name.textContent = document_.file_name;
  const size = document.createElement("div");
  size.className = "document-size";
  size.textContent = `${(document_.file_size / 1024).toFixed(1)} KB · ${document_.mime_type}`;
  info.append(name, size);
  link.append(icon, info);
  return link;
}

function quoteBlock(original) {
  const quote = document.createElement("div");
  quote.className = "quote";
  const name = document.createElement("div");
  name.className = "quote-name";
  name.textContent = userName(original.from);
  const text = document.createElement("div");
  text.textContent = snippet(original);
  quote.append(name, text);
  return quote;
}

function inlineKeyboard(message) {
  const keyboard = document.createElement("div");
  keyboard.className = "keyboard";
  for (const row of message.reply_markup.inline_keyboard) {
    const rowElement = document.createElement("div");
    rowElement.className = "keyboard-row";
    for (const button of row) rowElement.append(inlineButton(message, button));
    keyboard.append(rowElement);
  }
  return keyboard;
}

function inlineButton(message, button) {
  if (button.url) {
    const link = document.createElement("a");
    link.className = "button-link";
    link.href = safeUrl(button.url) || "#";
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    link.textContent = `${button.text} ↗`;
    return link;
  }
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = button.text;
  if (button.callback_data !== undefined) {
    element.addEventListener("click", () => press(message, button.callback_data));
  } else {
    element.disabled = true;
  }
  return element;
}

function messageRow(message) {
  const row = document.createElement("div");
  row.dataset.messageId = message.message_id;
  const service = serviceText(message);
  if (service) {
    row.className = "service";
    row.textContent = service;
    return row;
  }
  const mine = message.from.id === view.userId;
  row.className = `row${mine ? " mine" : ""}`;
  if (view.replyTo === message.message_id) row.classList.add("selected");
  const bubble = document.createElement("div");
  bubble.className = "bubble";
  if (!mine && isGroup()) {
    const sender = document.createElement("div");
    sender.className = "sender";
    sender.textContent = userName(message.from);
    bubble.append(sender);
  }
  if (message.reply_to_message) bubble.append(quoteBlock(message.reply_to_message));
  if (message.document) bubble.append(documentCard(message.document));
  const meta = document.createElement("span");
  meta.className = "meta";
  meta.textContent = `${message.edit_date ? "edited " : ""}${formatTime(message.edit_date || message.date)}`;
  bubble.append(messageBody(message), meta);
  bubble.addEventListener("click", () => startReply(message));
  row.append(bubble);
  if (message.reply_markup?.inline_keyboard?.length) row.append(inlineKeyboard(message));
  return row;
}

function isGroup() {
  const chat = currentChat();
  return chat && chat.type !== "private";
}

function showMessage(message) {
  view.messages.set(message.message_id, message);
  const existing = ui.messages.querySelector(`[data-message-id="${message.message_id}"]`);
  const row = messageRow(message);
  const atBottom = ui.messages.scrollHeight - ui.messages.scrollTop - ui.messages.clientHeight < 80;
  ui.messages.querySelector(".empty")?.remove();
  if (existing) existing.replaceWith(row);
  else ui.messages.append(row);
  if (!existing && (atBottom || message.from.id === view.userId)) row.scrollIntoView({block: "end"});
}

function removeMessage(messageId) {
  view.messages.delete(messageId);
  ui.messages.querySelector(`[data-message-id="${messageId}"]`)?.remove();
}

function showEmpty() {
  const empty = document.createElement("div");
  empty.className = "empty";
  empty.textContent = "No messages yet — say hello, or send /start";
  ui.messages.append(empty);
}

// Telegram keeps the last reply keyboard the bot sent until it removes it.
function updateReplyKeyboard() {
  ui.replyKeyboard.replaceChildren();
  const withKeyboard = [...view.messages.values()].filter((m) => m.reply_keyboard);
  const latest = withKeyboard[withKeyboard.length - 1]?.reply_keyboard;
  ui.replyKeyboard.hidden = !latest?.keyboard;
  if (!latest?.keyboard) return;
  for (const row of latest.keyboard) {
    const rowElement = document.createElement("div");
    rowElement.className = "keyboard-row";
    for (const button of row) {
      const label = typeof button === "string" ? button : button.text;
      const element = document.createElement("button");
      element.type = "button";
      element.textContent = label;
      element.addEventListener("click", () => sendText(label));
      rowElement.append(element);
    }
    ui.replyKeyboard.append(rowElement);
  }
}

// ---------- actions ----------

async function sendText(text) {
  if (!text.trim()) return;
  const body = {user_id: view.userId, chat_id: view.chatId, text};
  if (view.replyTo) body.reply_to_message_id = view.replyTo;
  try {
    const result = await api("/sandbox/send", body);
    cancelReply();
    showMessage(result.message);
  } catch (error) {
    toast(error.message);
  }
}

async function sendFile(file) {
  // a document (a bureau's guideline for /guideline), its caption from the input line
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  const body = {
    user_id: view.userId, chat_id: view.chatId, text: ui.input.value,
    document: {file_name: file.name, mime_type: file.type || "application/octet-stream",
               content_base64: btoa(binary)},
  };
  if (view.replyTo) body.reply_to_message_id = view.replyTo;
  ui.input.value = "";
  autoGrow();
  try {
    const result = await api("/sandbox/send", body);
    cancelReply();
    showMessage(result.message);
  } catch (error) {
    toast(error.message);
  }
}

async function press(message, data) {
  try {
    const result = await api("/sandbox/press", {
      user_id: view.userId, chat_id: view.chatId, message_id: message.message_id, data,
    });
    view.myPresses.add(result.callback_query_id);
  } catch (error) {
    toast(error.message);
  }
}

function startReply(message) {
  view.replyTo = message.message_id;
  ui.replyName.textContent = `Reply to ${userName(message.from)}`;
  ui.replySnippet.textContent = snippet(message);
  ui.replyBar.hidden = false;
  ui.messages.querySelectorAll(".row.selected").forEach((row) => row.classList.remove("selected"));
  ui.messages.querySelector(`[data-message-id="${message.message_id}"]`)?.classList.add("selected");
  ui.input.focus();
}

function cancelReply() {
  view.replyTo = null;
  ui.replyBar.hidden = true;
  ui.messages.querySelectorAll(".row.selected").forEach((row) => row.classList.remove("selected"));
}

let toastTimer = null;

function toast(text) {
  ui.toast.textContent = text;
  ui.toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { ui.toast.hidden = true; }, 3000);
}

function showCallbackAnswer(callback) {
  if (!view.myPresses.has(callback.id) || !callback.answer?.text) return;
  if (callback.answer.show_alert) {
    ui.alertText.textContent = callback.answer.text;
    ui.alertDialog.showModal();
  } else {
    toast(callback.answer.text);
  }
}

// ---------- users and chats ----------

function currentChat() {
  return view.world?.chats.find((chat) => chat.id === view.chatId);
}

function chatLabel(chat) {
  if (chat.type === "private") return `${view.world.bot.first_name} (private)`;
  return chat.title;
}

function chatsFor(userId) {
  return view.world.chats.filter((chat) => {
    if (chat.migrated_to) return false;
    if (chat.type === "private") return chat.id === userId;
    const status = chat.members[String(userId)];
    return status && status !== "left" && status !== "kicked";
  });
}

function fillPickers() {
  ui.userPicker.replaceChildren(...view.world.users.map((user) =>
    new Option(`${userName(user)} (${user.id})`, user.id, false, user.id === view.userId)));
  ui.chatPicker.replaceChildren(...chatsFor(view.userId).map((chat) =>
    new Option(chatLabel(chat), chat.id, false, chat.id === view.chatId)));
}

function updateHeader() {
  const chat = currentChat();
  if (!chat) return;
  const isPrivate = chat.type === "private";
  ui.title.textContent = isPrivate ? view.world.bot.first_name : chat.title;
  ui.subtitle.textContent = isPrivate ? `@${view.world.bot.username} · bot`
    : `${Object.keys(chat.members).length} members · ${chat.type}`;
  ui.avatar.textContent = ui.title.textContent.slice(0, 1);
}

async function loadWorld() {
  view.world = await api("/sandbox/state");
  const users = view.world.users.map((user) => user.id);
  const saved = Number(localStorage.getItem("sandbox.user"));
  if (!users.includes(view.userId)) view.userId = users.includes(saved) ? saved : users[0];
  const chats = chatsFor(view.userId).map((chat) => chat.id);
  const savedChat = Number(localStorage.getItem("sandbox.chat"));
  if (!chats.includes(view.chatId)) view.chatId = chats.includes(savedChat) ? savedChat : view.userId;
  fillPickers();
}

async function openChat() {
  localStorage.setItem("sandbox.user", view.userId);
  localStorage.setItem("sandbox.chat", view.chatId);
  cancelReply();
  updateHeader();
  const messages = await api(`/sandbox/chats/${view.chatId}/messages`);
  view.messages = new Map();
  ui.messages.replaceChildren();
  messages.forEach(showMessage);
  if (!messages.length) showEmpty();
  updateReplyKeyboard();
  ui.messages.scrollTop = ui.messages.scrollHeight;
}

// ---------- live updates ----------

async function handleEvent(event) {
  if (event.type === "reset") {
    view.myPresses.clear();
    await loadWorld();
    await openChat();
  } else if (event.type === "callback_answer") {
    showCallbackAnswer(event.callback);
  } else if (event.chat_id === view.chatId) {
    if (event.type === "deleted") removeMessage(event.message_id);
    else showMessage(event.message);
    updateReplyKeyboard();
  } else if (event.type === "message" && !view.world.chats.some((c) => c.id === event.chat_id)) {
    await loadWorld(); // a chat appeared (e.g. a migration); refresh the pickers
  }
}

async function followEvents() {
  for (;;) {
    try {
      const result = await api(`/sandbox/events?after=${view.lastSeq}&timeout=25`);
      if (result.last_seq < view.lastSeq) view.lastSeq = 0; // the sandbox restarted
      for (const event of result.events) {
        view.lastSeq = Math.max(view.lastSeq, event.seq);
        await handleEvent(event);
      }
    } catch (error) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

// ---------- wiring ----------

function autoGrow() {
  ui.input.style.height = "auto";
  ui.input.style.height = `${ui.input.scrollHeight}px`;
}

function wire() {
  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = ui.input.value;
    ui.input.value = "";
    autoGrow();
    sendText(text);
  });
  ui.input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      ui.form.requestSubmit();
    }
  });
  ui.input.addEventListener("input", autoGrow);
  ui.attachButton.addEventListener("click", () => ui.attachInput.click());
  ui.attachInput.addEventListener("change", () => {
    const [file] = ui.attachInput.files;
    ui.attachInput.value = "";
    if (file) sendFile(file);
  });
  ui.replyCancel.addEventListener("click", cancelReply);
  ui.userPicker.addEventListener("change", async () => {
    view.userId = Number(ui.userPicker.value);
    const chats = chatsFor(view.userId).map((chat) => chat.id);
    if (!chats.includes(view.chatId)) view.chatId = view.userId;
    fillPickers();
    await openChat();
  });
  ui.chatPicker.addEventListener("change", async () => {
    view.chatId = Number(ui.chatPicker.value);
    await openChat();
  });
}

async function main() {
  wire();
  await loadWorld();
  view.lastSeq = view.world.last_seq;
  await openChat();
  followEvents();
}

main().catch((error) => toast(`Cannot reach the sandbox: ${error.message}`));
