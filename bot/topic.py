"""The topic of a message: the words left once its conditions are read, as search terms.

Chinese has no spaces, so each run of Chinese characters is segmented against the lexicon's
vocabulary (synonyms, sector words, stopwords), choosing the split that covers the most
characters with known words; a stopword is dropped only when it stands as a word of its own
(新能源车 keeps its 能). A run the vocabulary does not cover is checked for a one-character slip
from a known word (人工只能 → 人工智能, 螺丝粉 → 螺蛳粉), else kept as an unknown fragment that is
matched literally or by its character bigrams. Latin text is matched against multi-word phrases
(big data, fuel cell), then single words, and reaches the Chinese catalogue through the bilingual
synonym and sector lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Hamming

from bot.lexicon import CJK, Lexicon

TOKEN = re.compile(rf"(?P<cjk>[{CJK}]+)|(?P<latin>[a-z0-9]+)|(?P<gap>[^{CJK}a-z0-9]+)")
SPACES = re.compile(r"\s+")


@dataclass
class Topic:
    """The words to search for, how each was read, and the sectors they point at."""

    terms: list[str] = field(default_factory=list)
    sectors_hinted: list[str] = field(default_factory=list)
    # how each term was read: "word" (known), "typo" (corrected), "fragment" (unknown Chinese),
    # "english" (translated by the dictionary), "latin" (unknown Latin word); terms missing
    # here are treated as "word"
    kinds: dict[str, str] = field(default_factory=dict)
    corrections: dict[str, str] = field(default_factory=dict)  # typed → read as
    # an English word no list knows → the dictionary's translations the catalogue uses
    alternatives: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.terms)


# The catalogue's string that differs from a typed one only at the given position, if any
Near = Callable[[str, int], str | None]


def read_topic(rest: str, lexicon: Lexicon, occurs: Callable[[str], bool] | None = None,
               near: Near | None = None) -> Topic:
    """Search terms from what is left of a message once its conditions were taken out.

    `occurs` says whether a text appears in the catalogue: a word found there as typed is
    not a slip (创新券, 钠离子电池 are real words, not slips for 企业创新, 锂离子电池). `near`
    corrects an unknown fragment's one-character slip against the catalogue's own text
    (人照板 → 人造板), where no list knows the word."""
    topic = Topic()
    terms = _segment(rest.lower(), lexicon, occurs)
    if occurs is not None and near is not None:
        terms = [piece for found in terms for piece in _catalogue_slip(found, occurs, near)]
    for term, kind, typed in terms:
        if term not in topic.kinds:
            topic.terms.append(term)
            topic.kinds[term] = kind
            if typed != term:
                topic.corrections[typed] = term
            if kind == "english":
                topic.alternatives[term] = translations(term, lexicon, occurs)
    topic.sectors_hinted = hinted_sectors(topic.terms, lexicon)
    return topic


def _catalogue_slip(found: tuple[str, str, str], occurs: Callable[[str], bool],
                    near: Near) -> list[tuple[str, str, str]]:
    """An unknown fragment the catalogue does not have, split around a window of three or
    four characters that it has with one character changed (无醛人照板 → 无醛 + 人造板).

    The slip need not sound the same (a stroke or handwriting keyboard, a mistyped pinyin);
    so that a real but rare word is not "corrected", the character changed must lie inside the
    window (the catalogue's text on both sides: 刚重新认 is no slip for 者重新认) and make no
    pair the catalogue has with either neighbour (人照, 照板), and the window as typed must
    occur nowhere."""
    term, kind, _ = found
    if kind != "fragment" or len(term) < 3 or occurs(term):
        return [found]
    for size in (4, 3):
        for start in range(len(term) - size + 1):
            window = term[start:start + size]
            if occurs(window):
                continue
            for at in range(1, size - 1):  # the catalogue's text on both sides confirms it
                k = start + at
                if occurs(term[k - 1:k + 1]) or occurs(term[k:k + 2]):
                    continue
                fixed = near(window, at)
                if fixed is None:
                    continue
                before, after = term[:start], term[start + size:]
                return [*([(before, "fragment", before)] if len(before) >= 2 else []),
                        (fixed, "typo", window),
                        *([(after, "fragment", after)] if len(after) >= 2 else [])]
    return [found]


def hinted_sectors(terms: list[str], lexicon: Lexicon) -> list[str]:
    """Sectors whose names, synonyms or keywords a term (or one of its synonyms) is."""
    hinted: list[str] = []
    for term in terms:
        for word in lexicon.expand(term):
            for key in lexicon.sector_of_word.get(word.lower(), ()):
                if key not in hinted:
                    hinted.append(key)
    return hinted


def translations(word: str, lexicon: Lexicon,
                 occurs: Callable[[str], bool] | None = None) -> tuple[str, ...]:
    """The dictionary's Chinese for an English word or two-word phrase, kept only where the
    catalogue uses it (every one when there is no catalogue to ask)."""
    found = lexicon.dictionary.translate(word)
    return tuple(w for w in found if occurs is None or occurs(w))


def _segment(text: str, lexicon: Lexicon,
             occurs: Callable[[str], bool] | None) -> list[tuple[str, str, str]]:
    """(term, kind, as typed) for the topic words of lowercased text, in order."""
    out: list[tuple[str, str, str]] = []
    latin: list[str] = []
    for match in TOKEN.finditer(text):
        if match["latin"]:
            latin.append(match["latin"])
            continue
        if match["gap"] and not SPACES.fullmatch(match["gap"]) and latin:
            out += _latin_terms(latin, lexicon, occurs)  # punctuation ends a Latin phrase
            latin = []
        if match["cjk"]:
            out += _latin_terms(latin, lexicon, occurs)
            latin = []
            out += _cjk_terms(match["cjk"], lexicon, occurs)
    return out + _latin_terms(latin, lexicon, occurs)


def _latin_terms(words: list[str], lexicon: Lexicon,
                 occurs: Callable[[str], bool] | None = None) -> list[tuple[str, str, str]]:
    """Longest known phrase first (fuel cell), then single words; stopwords dropped; a word
    no list knows is looked up in the dictionary (a two-word phrase first: red mud)."""
    out: list[tuple[str, str, str]] = []
    phrases = lexicon._latin_phrases
    stop = lexicon.stopword_set
    i = 0
    while i < len(words):
        for size in (4, 3, 2, 1):
            key = tuple(words[i:i + size])
            if len(key) == size and key in phrases:
                word = phrases[key]
                if word not in stop:
                    out.append((word, "word", word))
                i += size
                break
        else:
            word = words[i]
            pair = " ".join(words[i:i + 2])
            if (i + 1 < len(words) and words[i + 1] not in stop
                    and translations(pair, lexicon, occurs)):
                out.append((pair, "english", pair))
                i += 2
                continue
            i += 1
            singular = word[:-1] if word.endswith("s") else None
            if singular and (singular,) in phrases:
                if phrases[(singular,)] not in stop:  # whats → what: a stopword still
                    out.append((phrases[(singular,)], "word", word))
            elif len(word) >= 3 and not word.isdigit() and translations(word, lexicon, occurs):
                out.append((word, "english", word))
            elif len(word) >= 5 and (fixed := process.extractOne(
                    word, lexicon._latin_singles, scorer=fuzz.ratio, score_cutoff=80)):
                out.append((fixed[0], "typo", word))
            elif len(word) >= 2 and not word.isdigit():
                out.append((word, "latin", word))
    return out


def _cjk_terms(run: str, lexicon: Lexicon,
               occurs: Callable[[str], bool] | None = None) -> list[tuple[str, str, str]]:
    """Segment a Chinese run: known words, one-character slips, unknown fragments."""
    pieces = _best_split(run, lexicon)
    unknown = sum(len(text) for text, kind in pieces if kind == "unknown")
    if unknown and len(run) >= 3:
        slip = _find_slip(run, pieces, lexicon, occurs)
        if slip is not None:
            start, end, word = slip
            typed = run[start:end]
            # a "slip" the catalogue has as typed is a real word (钠离子电池): search it as is
            term = (typed, "fragment", typed) if word == typed else (word, "typo", typed)
            return [*_cjk_terms(run[:start], lexicon, occurs), term,
                    *_cjk_terms(run[end:], lexicon, occurs)]
    out = []
    for text, kind in pieces:
        if kind == "word":
            out.append((text, "word", text))
        elif kind == "unknown" and len(text) >= 2:
            out.append((text, "fragment", text))
    return out


def _best_split(run: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    """Split covering the most characters with lexicon words, then the fewest pieces.

    Pieces are (text, "word" | "stop" | "unknown"); adjacent unknown characters are merged.
    """
    words, longest = lexicon._cjk_words, lexicon._cjk_max_len
    n = len(run)
    best: list[tuple[int, int, int]] = [(0, 0, 0)] * (n + 1)  # (covered, -pieces, next cut)
    for i in range(n - 1, -1, -1):
        covered, negative_count, _ = best[i + 1]
        choice = (covered, negative_count - 1, i + 1)  # run[i] as an unknown character
        for j in range(i + 2, min(n, i + longest) + 1):
            if run[i:j] in words:
                after = best[j]
                choice = max(choice, (after[0] + j - i, after[1] - 1, j))
        if run[i] in words:
            after = best[i + 1]
            choice = max(choice, (after[0] + 1, after[1] - 1, i + 1))
        best[i] = choice
    pieces: list[tuple[str, str]] = []
    i = 0
    while i < n:
        j = best[i][2]
        piece = run[i:j]
        kind = ("stop" if words[piece] else "word") if piece in words else "unknown"
        if kind == "unknown" and pieces and pieces[-1][1] == "unknown":
            pieces[-1] = (pieces[-1][0] + piece, "unknown")
        else:
            pieces.append((piece, kind))
        i = j
    return pieces


def _find_slip(run: str, pieces: list[tuple[str, str]], lexicon: Lexicon,
               occurs: Callable[[str], bool] | None) -> tuple[int, int, str] | None:
    """A known word typed with one wrong character (人工只能 → 人工智能) covering unknown text.

    Only substitutions: that is the slip a pinyin keyboard makes (same sound, wrong character).
    """
    unknown_at: set[int] = set()
    position = 0
    for text, kind in pieces:
        if kind != "word":
            unknown_at.update(range(position, position + len(text)))
        position += len(text)
    best: tuple[int, int, int, str] | None = None  # (fresh chars, length, -start, word)
    for size, words in lexicon._typo_targets.items():
        for start in range(len(run) - size + 1):
            fresh = sum(1 for k in range(start, start + size) if k in unknown_at)
            if not fresh:
                continue
            window = run[start:start + size]
            found = process.extractOne(window, words, scorer=Hamming.distance, score_cutoff=1)
            if found is None or found[1] != 1:
                continue
            real = occurs is not None and occurs(window)  # the catalogue has it as typed
            candidate = (fresh, size, -start, window if real else found[0])
            if best is None or candidate > best:
                best = candidate
    if best is None:
        return None
    _, size, neg_start, word = best
    return -neg_start, -neg_start + size, word
