"""A press conference followed live on a news app (图文直播): each post opens with its time and
who speaks (10:05　【发布人】谭明亮), the guideline is in the officials' posts, and from the first
reporter's question on (10:19　【记者】…) the posts are questions and answers. Read as the
guideline: the post lines blank, and the first question's line a 答记者问 heading, so the answers
after it (which restate and qualify the terms) stand apart from the last direction read before
them. Only where six or more posts open so. Lines keep their numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

# 10:05　【发布人】谭明亮 / 10:19　【记者】重庆日报记者 / 10:20　【答】县科技局副局长　刘　静
_POST = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s*[【\[](?P<role>[^】\]]{1,6})[】\]]")
_ASKER = re.compile(r"记者|网友|提问|问")
MIN_POSTS = 6


def as_read(raw_lines: list[str]) -> list[str]:
    """The posts' words without their time and speaker lines (see the module's note)."""
    posts = [found for raw in raw_lines if (found := _POST.match(raw))]
    if len(posts) < MIN_POSTS or not any(_ASKER.search(post["role"]) for post in posts):
        return raw_lines
    out: list[str] = []
    asked = False
    for raw in raw_lines:
        found = _POST.match(raw)
        if found is None:
            out.append(raw)
        elif not asked and _ASKER.search(found["role"]):
            out.append("答记者问")
            asked = True
        else:
            out.append("")
    return out
