"""A call posted as a numbered thread on a social-media page (微博 【1/9】…【9/9】) and saved as the
page shows it: the pinned first post, then the newest first — 【9/9】 down to 【2/9】 — with other
posts between, each post's counts (转发 46　评论 23　赞 88) and its comments under it. Read as
the thread's posts in their numbers' order, each post's words from its 【k/n】 line to its
counts (the comments, the profile and the other posts left out), each line on the line of the
page it came from.
"""

from __future__ import annotations

import re

# 【3/9】一、重点研发项目… / (3/9) …: a thread's post numbered k of n, at its first line's start
_NUMBERED = re.compile(r"^\s*[【\[(（]\s*(?P<k>\d{1,2})\s*/\s*(?P<n>\d{1,2})\s*[】\])）]\s*")
# where a post's own words end: its counts, the 收起 toggle, the comments' sort, a rule
_POST_END = re.compile(r"^\s*(?:收起|展开|转发\s*\d|评论\s*\d|赞\s*\d|按热度|按时间|查看更多评论"
                       r"|[—\-=─━_]{6,}\s*$)")
# 转发 46    评论 23    赞 88: a post's counts, the mark of a social page (not a paper's 1/3)
_COUNTS = re.compile(r"^\s*转发\s*\d+.*评论\s*\d+")
MIN_POSTS = 3


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The thread's posts in order and the line each line came from; None for other texts."""
    starts = [(at, match) for at, raw in enumerate(raw_lines)
              if (match := _NUMBERED.match(raw)) is not None and raw[match.end():].strip()]
    totals = {match["n"] for _, match in starts}  # (one thread: every post says "of 9")
    if len(totals) != 1 or len(starts) < MIN_POSTS \
            or sum(1 for raw in raw_lines if _COUNTS.match(raw)) < MIN_POSTS \
            or len({match["k"] for _, match in starts}) != len(starts):
        return None
    posts: list[tuple[int, list[tuple[str, int]]]] = []
    for at, match in starts:
        said = [(raw_lines[at][match.end():], at + 1)]
        for later in range(at + 1, len(raw_lines)):
            if _POST_END.match(raw_lines[later]) or _NUMBERED.match(raw_lines[later]):
                break
            said.append((raw_lines[later], later + 1))
        posts.append((int(match["k"]), said))
    kept = [line for _, said in sorted(posts, key=lambda post: post[0]) for line in said]
    return [text for text, _ in kept], [at for _, at in kept]
