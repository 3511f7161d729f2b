"""A guideline kept in a corpus as CoNLL-U (a tagger such as UDPipe run over policy texts): a
`# text = …` comment holding each sentence, split at 。, then one tab-separated row per token
(ID, FORM, LEMMA, UPOS, … MISC), `# newpar` before each paragraph and `# newdoc` before each
document. Read back as each paragraph's sentences joined on the line of its first `# text`
(so a heading is its own line and a field's sentences stay together); comments, token rows
and the sentences after a paragraph's first blank.
"""

from __future__ import annotations

import re

_TEXT = re.compile(r"^#\s*text\s*=\s?(?P<text>.*)$")
_PARAGRAPH = re.compile(r"^#\s*new(?:par|doc)\b")
_TOKEN = re.compile(r"^\d+(?:[-.]\d+)?\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*"
                    r"\t[^\t]*\t[^\t]*$")
MIN_SENTENCES = 5


def is_conllu(raw_lines: list[str]) -> bool:
    """CoNLL-U: sentences in `# text =` comments, each followed by ten-column token rows."""
    if not any(raw.startswith("#") and "text" in raw for raw in raw_lines):
        return False
    texts = sum(1 for raw in raw_lines if _TEXT.match(raw))
    tokens = sum(1 for raw in raw_lines if _TOKEN.match(raw))
    return texts >= MIN_SENTENCES and tokens >= texts


def as_read(raw_lines: list[str]) -> list[str]:
    """The sentences as paragraphs, each on its first sentence's line (unchanged when the
    lines are no CoNLL-U)."""
    if not is_conllu(raw_lines):
        return raw_lines
    out = [""] * len(raw_lines)
    paragraph: int | None = None  # the line holding the paragraph read so far
    marked = any(_PARAGRAPH.match(raw) for raw in raw_lines)  # (else: a sentence a paragraph)
    for at, raw in enumerate(raw_lines):
        if _PARAGRAPH.match(raw):
            paragraph = None
            continue
        text = _TEXT.match(raw)
        if text is None:
            continue
        if paragraph is None or not marked:
            paragraph = at
            out[at] = text["text"].strip()
        else:
            out[paragraph] += text["text"].strip()
    return out
