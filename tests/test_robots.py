"""Group robots without a network: signatures, webhook checks, rendering within the platforms'
limits, digests, what the platforms' answers mean, and pacing per robot."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from urllib.parse import quote_plus

import pytest

from bot.channels.robots import outcome
from bot.messenger import Misconfigured, RateLimited, Refused, Transient
from bot.notify import Pacing
from bot.robots.endpoints import WebhookError, mask, mask_secret, parse_webhook
from bot.robots.render import MAX_BYTES, Notice, decode, fitted, pack, size
from bot.robots.signing import dingtalk_sign, feishu_sign, signed_request

SECRET = "SECtest0123456789abcdef"


# ---------------------------------------------------------------------------- signatures


def test_feishu_signature_golden() -> None:
    """Feishu: key = f"{timestamp}\\n{secret}", message empty, Base64."""
    timestamp = 1700000000
    expected = "R9sugg1yeI3YQr9rgdGGtTPc1xPgB+4G136nVzRFCNg="
    by_definition = base64.b64encode(hmac.new(f"{timestamp}\n{SECRET}".encode(), b"",
                                              hashlib.sha256).digest()).decode()
    assert by_definition == expected
    assert feishu_sign(SECRET, timestamp) == expected


def test_dingtalk_signature_golden() -> None:
    """DingTalk: key = secret, message = f"{timestamp}\\n{secret}", Base64, then URL-encoded."""
    timestamp_ms = 1700000000123
    expected = "506JSsIXpHEy0tpD3Ujb384mOz6WJlXHAfInBsEG3uA%3D"
    digest = hmac.new(SECRET.encode(), f"{timestamp_ms}\n{SECRET}".encode(),
                      hashlib.sha256).digest()
    assert quote_plus(base64.b64encode(digest).decode()) == expected
    assert dingtalk_sign(SECRET, timestamp_ms) == expected


def test_signed_requests_put_the_signature_where_each_platform_reads_it() -> None:
    message = {"msg_type": "post", "content": {}}
    url, body = signed_request("feishu", "https://open.feishu.cn/open-apis/bot/v2/hook/x",
                               message, SECRET, 1700000000.9)
    sent = json.loads(body)
    assert url == "https://open.feishu.cn/open-apis/bot/v2/hook/x"
    assert (sent["timestamp"], sent["sign"]) == ("1700000000", feishu_sign(SECRET, 1700000000))
    url, body = signed_request("dingtalk", "https://oapi.dingtalk.com/robot/send?access_token=t",
                               {"msgtype": "markdown"}, SECRET, 1700000000.123)
    assert url == ("https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1700000000123"
                   f"&sign={dingtalk_sign(SECRET, 1700000000123)}")
    assert json.loads(body) == {"msgtype": "markdown"}
    url, body = signed_request("dingtalk", "https://oapi.dingtalk.com/robot/send?access_token=t",
                               {}, None, 1.0)
    assert url.endswith("access_token=t")  # no secret: nothing added


# ---------------------------------------------------------------------------- webhooks

WECOM = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa"
FEISHU = "https://open.feishu.cn/open-apis/bot/v2/hook/5e3d587e-d78e-4a07-bd07-265f269f86fd"
LARK = "https://open.larksuite.com/open-apis/bot/v2/hook/5e3d587e-d78e-4a07-bd07-265f269f86fd"
DINGTALK = "https://oapi.dingtalk.com/robot/send?access_token=35fd4b08dea143f19921121f0a6282dc"


@pytest.mark.parametrize(("url", "channel"), [(WECOM, "wecom"), (FEISHU, "feishu"),
                                              (LARK, "feishu"), (DINGTALK, "dingtalk")])
def test_the_platforms_webhooks_are_recognised(url: str, channel: str) -> None:
    assert parse_webhook(f"  {url}\n").channel == channel


@pytest.mark.parametrize(("url", "reason"), [
    ("not a url", "not_url"),
    (WECOM.replace("https", "http"), "not_https"),
    (WECOM.replace("qyapi.weixin.qq.com", "qyapi.weixin.qq.com.evil.example"), "host"),
    (WECOM.replace("qyapi.weixin.qq.com", "qyapi.weixin.qq.com:8443"), "host"),
    (FEISHU.replace("open.feishu.cn", "open.feishu.cn@evil.example"), "not_url"),
    ("https://oapi.dingtalk.com/robot/send", "shape"),  # no token
    ("https://example.com/open-apis/bot/v2/hook/abc", "host"),
    ("http://127.0.0.1:8080/robots/wecom/cgi-bin/webhook/send?key=k", "not_https"),
    ("ftp://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", "not_url"),
])
def test_other_urls_are_refused(url: str, reason: str) -> None:
    with pytest.raises(WebhookError) as caught:
        parse_webhook(url)
    assert caught.value.reason == reason


def test_a_sandbox_host_is_allowed_only_when_the_setting_names_it() -> None:
    local = "http://127.0.0.1:8080/robots/feishu/open-apis/bot/v2/hook/abc"
    assert parse_webhook(local, ["127.0.0.1:8080"]).channel == "feishu"
    assert parse_webhook(local, ["127.0.0.1"]).channel == "feishu"
    with pytest.raises(WebhookError):
        parse_webhook(local, ["127.0.0.1:9090"])
    with pytest.raises(WebhookError):  # plain http only on the loopback interface
        parse_webhook("http://10.0.0.5/robots/wecom/cgi-bin/webhook/send?key=k", ["10.0.0.5"])


def test_credentials_are_never_shown_back_in_full() -> None:
    assert mask(WECOM) == "qyapi.weixin.qq.com …5aaa"
    assert "693a91f6" not in mask(WECOM)
    assert mask(DINGTALK) == "oapi.dingtalk.com …82dc"
    assert mask_secret(SECRET) == "SEC…(23)" and SECRET[3:] not in mask_secret(SECRET)


# ---------------------------------------------------------------------------- rendering


def _text(channel: str, message: dict) -> str:
    if channel == "wecom":
        return str(message["markdown"]["content"])
    return json.dumps(message, ensure_ascii=False)


@pytest.mark.parametrize("channel", ["wecom", "feishu", "dingtalk"])
def test_a_long_notice_is_cut_to_the_limit_with_the_keyword_kept(channel: str) -> None:
    long = Notice("📣 2025年度南宁市科技计划项目申报通知", tuple("申报材料说明" * 40
                                                                  for _ in range(60)))
    message = fitted(channel, [long], "科技通知", "zh_CN")  # type: ignore[arg-type]
    assert size(channel, message) <= MAX_BYTES[channel]  # type: ignore[arg-type]
    text = _text(channel, message)
    assert "科技通知" in text and "全文请在 Telegram 中查看" in text
    assert "2025年度南宁市科技计划项目申报通知" in text


@pytest.mark.parametrize("channel", ["wecom", "feishu", "dingtalk"])
def test_a_burst_packs_into_few_digests_that_each_fit(channel: str) -> None:
    texts = [Notice(f"申报时间有变化 {i}", ("电子申报材料截止：2025-06-20 18:00 → 2025-07-04 18:00",
                                         "请以科技局通知为准。")).dumps() for i in range(100)]
    digests = []
    while texts:
        merged, used = pack(channel, texts)  # type: ignore[arg-type]
        assert used >= 1
        digests.append(decode(merged))
        texts = texts[used:]
    assert sum(len(d) for d in digests) == 100
    assert len(digests) <= 10
    for notices in digests:
        message = fitted(channel, notices, "字" * 20, "en")  # type: ignore[arg-type]
        assert size(channel, message) <= MAX_BYTES[channel]  # type: ignore[arg-type]
    first = fitted(channel, digests[0], None, "zh_CN")  # type: ignore[arg-type]
    assert f"{len(digests[0])} 条通知" in _text(channel, first)


def test_a_telegram_notice_becomes_plain_lines() -> None:
    notice = Notice.from_html("📢 <b>申报时间有变化</b>\n南宁 &lt;2025&gt;\n\n<i>以通知为准</i>")
    assert notice == Notice("📢 申报时间有变化", ("南宁 <2025>", "", "以通知为准"))
    assert decode(notice.dumps()) == [notice]


def test_markdown_characters_in_a_notice_stay_text() -> None:
    message = fitted("wecom", [Notice("标题", ("**不是粗体** [链接](x) <font>",))], None,
                     "zh_CN")
    assert "**不是粗体**" not in message["markdown"]["content"]
    assert "<font>" not in message["markdown"]["content"]


# ---------------------------------------------------------------------------- answers


@pytest.mark.parametrize(("channel", "status", "body", "expected"), [
    ("wecom", 200, {"errcode": 0, "errmsg": "ok"}, None),
    ("wecom", 200, {"errcode": 45009, "errmsg": "api freq out of limit"}, RateLimited),
    ("wecom", 200, {"errcode": 93000, "errmsg": "invalid webhook url"}, Misconfigured),
    ("wecom", 200, {"errcode": 40058, "errmsg": "too long"}, Refused),
    ("feishu", 200, {"code": 0, "msg": "success", "data": {}}, None),
    ("feishu", 200, {"code": 11232, "msg": "frequency limited"}, RateLimited),
    ("feishu", 200, {"code": 19021, "msg": "sign match fail"}, Misconfigured),
    ("feishu", 200, {"code": 19024, "msg": "Key Words Not Found"}, Misconfigured),
    ("dingtalk", 200, {"errcode": 130101, "errmsg": "send too fast"}, RateLimited),
    ("dingtalk", 200, {"errcode": 310000, "errmsg": "sign not match"}, Misconfigured),
    ("dingtalk", 429, None, RateLimited),
    ("dingtalk", 502, None, Transient),
    ("feishu", 302, None, Refused),
])
def test_what_the_platforms_answers_mean(channel: str, status: int, body: dict | None,
                                         expected: type | None) -> None:
    result = outcome(channel, status, body)
    assert (type(result) if result is not None else None) is expected


def test_dingtalk_too_fast_waits_out_its_ten_minute_throttle() -> None:
    result = outcome("dingtalk", 200, {"errcode": 130101, "errmsg": "send too fast"})
    assert isinstance(result, RateLimited) and result.retry_after == 600


# ---------------------------------------------------------------------------- pacing


def test_each_robot_is_paced_on_its_own_under_its_platform_limit() -> None:
    now = [100.0]
    pacing = Pacing(per_second=25, clock=lambda: now[0], gaps={"wecom": 3.6, "feishu": 0.75})
    assert pacing.reserve(1, "wecom") == 0
    assert pacing.reserve(1, "wecom") == pytest.approx(3.6)
    assert pacing.reserve(2, "wecom") == 0  # another robot
    assert pacing.reserve(1, "feishu") == 0  # robot 1 of another platform
    assert pacing.reserve(1) == 0  # Telegram chat 1 is not robot 1
    moments = [pacing.reserve(7, "wecom") for _ in range(21)]
    assert sum(1 for m in moments if m < 60) <= 17  # 20 a minute, with a margin


def test_robot_credentials_in_a_log_line_are_redacted() -> None:
    from bot.logs import REDACTED, Redactor

    line = Redactor([])(f"POST {WECOM} / {FEISHU} / {DINGTALK}&timestamp=1&sign=abc%3D")
    for secret in ("693a91f6", "5e3d587e", "35fd4b08", "abc%3D"):
        assert secret not in line
    assert line.count(REDACTED) == 4 and "timestamp=1" in line
