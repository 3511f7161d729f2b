"""What an English screen may still show in Chinese: text quoted from the catalogue, the user's
own words, and the language button "中文". Everything else in Chinese is a leak.

Quoted source text is recognised as it appears on a screen:
- a whole catalogue text (a title, a plan, a requirement sentence, a guideline title, an issuer,
  a contact, a stage label of a bureau's notice, a line of a guideline document);
- the start of one cut short with "…" (a title on a button, a content excerpt);
- a fragment of one (or of a guideline document, or of the user's words) inside quotes or
  brackets (“园区内”, (后补助)).
Texts are compared after NFKC folding, because the eligibility reader quotes sentences in that
form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from bot.catalogue.models import Guideline
from bot.catalogue.numbers import normalise
from bot.config import PROJECT_ROOT
from bot.eligibility import INFO_KINDS, conditions_for

CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
QUOTES = [re.compile(pattern) for pattern in (
    r"“([^”\n]*)”", r"「([^」\n]*)」", r"《([^》\n]*)》", r"\"([^\"\n]*)\"", r"\(([^()\n]*)\)")]
ALWAYS = ("中文",)  # the language button names the language in its own script


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def catalogue_texts(catalogue: list[Guideline]) -> list[str]:
    """Every text a screen may quote verbatim: the parsed catalogue's, and each line of the
    guideline documents themselves (long enough not to be a UI word)."""
    texts: list[str] = []
    for guideline in catalogue:
        meta = guideline.meta
        document = (PROJECT_ROOT / "data" / meta.source_file).read_text(encoding="utf-8")
        texts += [line for line in document.splitlines() if len(line.strip()) >= 8]
        texts += [meta.title, meta.issuer, meta.contact or "", meta.window.note or ""]
        texts += [stage.label for stage in meta.window.stages]
        for leaf in guideline.leaves:
            texts += [leaf.title, leaf.plan or "", leaf.group or "", leaf.parent or "",
                      leaf.code or "", leaf.office or "", leaf.content or "",
                      leaf.indicators or "", leaf.requirements or "", leaf.funding_text or "",
                      leaf.period_text or "", leaf.quota_text or "", leaf.matching_text or ""]
            texts += [*leaf.other_fields, *leaf.other_fields.values()]
            for condition in conditions_for(leaf):
                texts.append(condition.source)
                if condition.kind in INFO_KINDS or condition.kind == "other":
                    texts.append(condition.label)  # a clause of the sentence, quoted
    return [text for text in texts if text and CJK.search(text)]


class Allowed:
    """The quotable texts, and `leaks(text)`: the lines of `text` with Chinese left over."""

    def __init__(self, texts: Iterable[str], typed: Iterable[str] = ()) -> None:
        forms = set()
        for text in [*texts, *typed, *ALWAYS]:
            for form in (fold(text), fold(normalise(text))):
                forms.add(form.strip())
                forms.update(line.strip() for line in form.splitlines())
        self.whole = sorted((f for f in forms if f and CJK.search(f)), key=len, reverse=True)
        self.big = "\x00" + "\x00".join(self.whole) + "\x00"

    def quotable(self, fragment: str) -> bool:
        return bool(fragment) and fragment in self.big

    def quoted_spans(self, text: str) -> list[tuple[int, int]]:
        """Where `text` (folded) quotes: whole texts, cut-short starts ("…" is "..." once
        folded), and quoted or bracketed fragments; found independently, so one never hides
        another."""
        spans = []
        for whole in self.whole:
            at = text.find(whole)
            while at != -1:
                spans.append((at, at + len(whole)))
                at = text.find(whole, at + 1)
        for match in re.finditer(r"\.\.\.", text):
            end = match.start()
            starts = [0] + [i + 1 for i, ch in enumerate(text[:end])
                            if ch.isspace() or ch in "「“(《:·.>"]
            for start in starts:
                piece = text[start:end].strip()
                if piece and CJK.search(piece) and "\x00" + piece in self.big:
                    spans.append((start, match.end()))
                    break
        for quoted in QUOTES:  # each kind apart: (“…”) holds a quote inside brackets
            for match in quoted.finditer(text):
                if self.quotable(match.group(1).strip().rstrip(".")):
                    spans.append(match.span())
        return spans

    def leaks(self, text: str) -> list[str]:
        """The lines of `text` with a Chinese character outside every quoted span."""
        text = fold(text)
        covered = bytearray(len(text))
        for start, end in self.quoted_spans(text):
            covered[start:end] = b"\x01" * (end - start)
        found, line_start = [], 0
        for line in text.split("\n"):
            if any(CJK.match(ch) and not covered[line_start + i] for i, ch in enumerate(line)):
                found.append(line.strip())
            line_start += len(line) + 1
        return found
