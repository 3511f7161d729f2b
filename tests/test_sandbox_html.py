"""The sandbox's Telegram-HTML parser accepts what Telegram accepts and refuses what it refuses."""

import pytest

from bot.telegram_html import (
    HtmlParseError,
    ParsedText,
    parse_html,
    strip_text,
    utf16_len,
)


def entity(kind: str, offset: int, length: int, **extra: str) -> dict[str, object]:
    return {"type": kind, "offset": offset, "length": length, **extra}


@pytest.mark.parametrize(
    ("html", "text", "entities"),
    [
        ("plain", "plain", []),
        ("<b>粗</b>体", "粗体", [entity("bold", 0, 1)]),
        (
            "<strong>a</strong><em>b</em><ins>c</ins><del>d</del>",
            "abcd",
            [
                entity("bold", 0, 1),
                entity("italic", 1, 1),
                entity("underline", 2, 1),
                entity("strikethrough", 3, 1),
            ],
        ),
        ("<B>upper</B>", "upper", [entity("bold", 0, 5)]),
        ("<b>x <i>y</i></b>", "x y", [entity("bold", 0, 3), entity("italic", 2, 1)]),
        (
            '<a href="https://example.com/?a=1&amp;b=2">link</a>',
            "link",
            [entity("text_link", 0, 4, url="https://example.com/?a=1&b=2")],
        ),
        (
            "<a href='https://x.cn'>单引号</a>",
            "单引号",
            [entity("text_link", 0, 3, url="https://x.cn")],
        ),
        (
            '<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>',
            "st",
            [entity("spoiler", 0, 1), entity("spoiler", 1, 1)],
        ),
        (
            '<pre><code class="language-python">x = 1</code></pre>',
            "x = 1",
            [entity("pre", 0, 5, language="python")],
        ),
        (
            "<pre>block</pre><code>inline</code>",
            "blockinline",
            [entity("pre", 0, 5), entity("code", 5, 6)],
        ),
        (
            "<blockquote expandable>q</blockquote><blockquote>r</blockquote>",
            "qr",
            [entity("expandable_blockquote", 0, 1), entity("blockquote", 1, 1)],
        ),
        (
            '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
            "👍",
            [entity("custom_emoji", 0, 2, custom_emoji_id="5368324170671202286")],
        ),
        ("&lt;tag&gt; &amp; &quot;q&quot; &#20013;&#x6587;", '<tag> & "q" 中文', []),
        ("a > b", "a > b", []),
        ("😀<b>x</b>", "😀x", [entity("bold", 2, 1)]),  # offsets count UTF-16 units
        ("<b></b>empty", "empty", []),  # empty entities are dropped
        ("<a>no href</a>", "no href", []),
    ],
)
def test_valid_html_gives_visible_text_and_entities(
    html: str, text: str, entities: list[dict[str, object]]
) -> None:
    assert parse_html(html) == ParsedText(text, entities)


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("<br>", 'Unsupported start tag "br" at byte offset 0'),
        ("<div>x</div>", 'Unsupported start tag "div" at byte offset 0'),
        ("中<p>", 'Unsupported start tag "p" at byte offset 3'),  # offsets are UTF-8 bytes
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b", "Unclosed start tag at byte offset 0"),
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ('<a href="x>y</a>', 'Unclosed value of an attribute of the tag "a" at byte offset 0'),
        ("R&D", "Character '&' is reserved and must be escaped as &amp; at byte offset 1"),
        ("&nbsp;", "Character '&' is reserved and must be escaped as &amp; at byte offset 0"),
        ("&#0;", "Character '&' is reserved and must be escaped as &amp; at byte offset 0"),
    ],
)
def test_invalid_html_is_refused_with_telegrams_reason(html: str, reason: str) -> None:
    with pytest.raises(HtmlParseError) as caught:
        parse_html(html)
    assert str(caught.value) == reason


def test_strip_keeps_entities_on_the_same_characters() -> None:
    parsed = parse_html("\n\n  <b>标题</b>\n正文  \n")
    assert strip_text(parsed) == ParsedText("标题\n正文", [entity("bold", 0, 2)])


def test_utf16_length_counts_astral_characters_twice() -> None:
    assert (utf16_len("abc"), utf16_len("中文"), utf16_len("😀")) == (3, 2, 2)
