// The sandbox's fake group robots (WeCom, Feishu, DingTalk) beside the Telegram chat: each
// group shows what the bot posted to its webhook. Reads GET /sandbox/robots only.
"use strict";

const PLATFORMS = {
  wecom: { name: "企业微信", className: "wecom" },
  feishu: { name: "飞书", className: "feishu" },
  dingtalk: { name: "钉钉", className: "dingtalk" },
};

function robotText(platform, text) {
  // WeCom and DingTalk markdown: **bold** lines as bold, the rest as plain text.
  const fragment = document.createDocumentFragment();
  for (const line of text.split("\n")) {
    const div = document.createElement("div");
    const bold = line.match(/^(?:#+\s*)?\*\*(.*)\*\*$/) || line.match(/^#+\s+(.*)$/);
    if (bold) {
      const b = document.createElement("b");
      b.textContent = bold[1];
      div.appendChild(b);
    } else {
      div.textContent = line || "\u00a0";
    }
    fragment.appendChild(div);
  }
  return fragment;
}

function robotGroup(robot) {
  const platform = PLATFORMS[robot.platform] || { name: robot.platform, className: "" };
  const section = document.createElement("section");
  section.className = `robot-group ${platform.className}`;
  const header = document.createElement("header");
  header.className = "robot-group-title";
  header.textContent = `${platform.name} · ${robot.name}`;
  section.appendChild(header);
  const list = document.createElement("div");
  list.className = "robot-messages";
  for (const message of robot.received) {
    const card = document.createElement("div");
    card.className = "robot-message";
    const who = document.createElement("div");
    who.className = "robot-sender";
    who.textContent = `🤖 指南 · ${new Date(message.at * 1000).toLocaleTimeString()}`;
    card.appendChild(who);
    card.appendChild(robotText(robot.platform, message.text));
    list.appendChild(card);
  }
  if (!robot.received.length) {
    const empty = document.createElement("div");
    empty.className = "robot-empty";
    empty.textContent = "（还没有消息）";
    list.appendChild(empty);
  }
  section.appendChild(list);
  return section;
}

async function refreshRobots() {
  const aside = document.getElementById("robot-groups");
  try {
    const response = await fetch("/sandbox/robots");
    const body = await response.json();
    const robots = body.robots || [];
    aside.hidden = robots.length === 0;
    aside.replaceChildren(...robots.map(robotGroup));
  } catch (error) {
    // the sandbox is stopping; try again on the next round
  }
}

refreshRobots();
setInterval(refreshRobots, 1500);
