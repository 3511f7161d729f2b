"""Group robots (WeCom, Feishu, DingTalk): what the platforms accept, as pure functions.

`endpoints` checks and masks a pasted webhook URL, `signing` computes the platforms' signatures,
`render` turns channel-neutral notices into each platform's message within its limits. The HTTP
client that sends them is a delivery channel (bot/channels/robots.py).
"""
