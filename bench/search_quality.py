"""Search quality on labelled keyword queries and sentence questions, and search latency.

    .venv/bin/python bench/search_quality.py [--json] [--repeat N] [--scale N] [--misses]
                                             [--questions PATH ...]

Keyword queries (tests/data/queries.toml) run through three systems over the real catalogue:
  ours       bot.search.Searcher (conditions, segmentation, synonyms, typos, weighting), its
             results in the order shown: those meeting every condition, then those not stating
             a field;
  substring  the query's whitespace/punctuation-separated words of 3+ characters, leaves
             ranked by how many of them their text contains (what a trigram index can do);
  fuzz       rapidfuzz fuzz.partial_ratio of the whole query against title + content.
For queries with relevant leaves: hit@5 and MRR (first relevant within 10); for queries that
should find nothing: the share that found nothing.

Sentence questions (any file in the QUESTION_FORMAT.md format; default tests/data/questions.toml)
run through the whole pipeline a chat message takes (bot.query.understand → bot.answers.answer):
  intent          the kind of answer matches the label;
  topic hit@5     a relevant leaf among the first five the answer shows (search, materials);
  precision@5     of the first five results presented as meeting the conditions, the share that
                  meets every labelled constraint (the format's predicates on the leaf fields;
                  eligible questions: the profile's city, R&D spend and qualifications);
                  `shown` also counts the separately listed "field not stated" ones;
  empty           answers with nothing at all to show, where the label expects an answer;
  expect_empty ok labelled "nothing fits" and nothing is presented as fitting topic + constraints;
  answer ok       glossary: the term explained; deadline: the scope's window; max_amount: exactly
                  the directions with the largest cap; materials: the direction asked about.
A question's `set` (dev | holdout; dev when missing) splits the report.

`--scale N` builds the searcher on a synthetic catalogue N times the real one (433 → 100k
leaves) and times every query and question once right after the build (cold) and once more.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `bot` importable from a checkout
    sys.path.insert(0, str(ROOT))

from bot.answers import (  # noqa: E402
    Answer,
    DeadlineAnswer,
    EligibleAnswer,
    GlossaryAnswer,
    MaxAmountAnswer,
    SearchAnswer,
    answer,
    warm,
)
from bot.catalogue.loader import load_catalogue  # noqa: E402
from bot.catalogue.models import Guideline, Leaf, Window  # noqa: E402
from bot.lexicon import Lexicon  # noqa: E402
from bot.search import Searcher  # noqa: E402

DATA_DIR = ROOT / "data"
QUERIES = ROOT / "tests" / "data" / "queries.toml"
QUESTIONS = ROOT / "tests" / "data" / "questions.toml"
TOP_K, MRR_DEPTH = 5, 10
WORD_SPLIT = re.compile(r"[\s,.;:!?，。；：！？、()（）\"“”'/]+")

System = Callable[[str], list[str]]


# --------------------------------------------------------------------------- keyword queries


@dataclass(frozen=True)
class Labelled:
    text: str
    relevant: frozenset[str]
    expect: str = "hits"  # hits | nothing | facets
    tags: tuple[str, ...] = ()
    set: str = "dev"  # dev (tuned with) | holdout (written after tuning, never tuned against)


@dataclass
class Report:
    name: str
    queries: int = 0
    hit_at_5: float = 0.0
    mrr: float = 0.0
    nothing_queries: int = 0
    nothing_ok: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    misses: list[str] = field(default_factory=list)

    def row(self) -> dict[str, Any]:
        return {"system": self.name, "queries": self.queries, "hit@5": round(self.hit_at_5, 3),
                "mrr": round(self.mrr, 3), "nothing_queries": self.nothing_queries,
                "nothing_ok": round(self.nothing_ok, 3), "p50_ms": self.p50_ms,
                "p99_ms": self.p99_ms, "misses": self.misses}


def load_queries(path: Path = QUERIES) -> list[Labelled]:
    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    return [Labelled(text=q["text"], relevant=frozenset(q.get("relevant", [])),
                     expect=q.get("expect", "hits"), tags=tuple(q.get("tags", ())),
                     set=q.get("set", "dev"))
            for q in raw["query"]]


def real_catalogue(data_dir: Path = DATA_DIR) -> list[Guideline]:
    return load_catalogue(data_dir)[0]


def ours(searcher: Searcher) -> System:
    def run(text: str) -> list[str]:
        found = searcher.search(text, limit=MRR_DEPTH)
        return [hit.leaf.id for hit in found.hits + found.unknown][:MRR_DEPTH]
    return run


def substring_baseline(leaves: Sequence[Leaf]) -> System:
    """Words of 3+ characters, leaves ranked by how many their text contains."""
    docs = [(leaf.id, " ".join(filter(None, [leaf.title, leaf.content, leaf.indicators,
                                             leaf.requirements])).lower()) for leaf in leaves]

    def run(text: str) -> list[str]:
        words = [w.lower() for w in WORD_SPLIT.split(text) if len(w) >= 3]
        scored = [(sum(w in doc for w in words), i, leaf_id)
                  for i, (leaf_id, doc) in enumerate(docs)]
        scored = [s for s in scored if s[0]]
        scored.sort(key=lambda s: (-s[0], s[1]))
        return [leaf_id for _, _, leaf_id in scored[:MRR_DEPTH]]
    return run


def fuzz_baseline(leaves: Sequence[Leaf]) -> System:
    """partial_ratio of the whole query against title + content, best first."""
    docs = [(leaf.id, f"{leaf.title} {leaf.content or ''}".lower()) for leaf in leaves]

    def run(text: str) -> list[str]:
        scored = [(fuzz.partial_ratio(text.lower(), doc), leaf_id) for leaf_id, doc in docs]
        scored.sort(key=lambda pair: -pair[0])
        return [leaf_id for _, leaf_id in scored[:MRR_DEPTH]]
    return run


def evaluate(name: str, system: System, queries: list[Labelled], repeat: int = 3) -> Report:
    report = Report(name)
    hits5: list[float] = []
    ranks: list[float] = []
    nothing: list[float] = []
    samples: list[float] = []
    for query in queries:
        if query.expect == "facets":
            continue
        result: list[str] = []
        for _ in range(repeat):
            start = time.perf_counter()
            result = system(query.text)
            samples.append((time.perf_counter() - start) * 1000)
        if query.expect == "nothing":
            nothing.append(float(not result))
            if result:
                report.misses.append(f"{query.text} → {result[:3]} (wanted nothing)")
            continue
        first = next((i for i, leaf_id in enumerate(result[:MRR_DEPTH], 1)
                      if leaf_id in query.relevant), None)
        hits5.append(float(first is not None and first <= TOP_K))
        ranks.append(1 / first if first else 0.0)
        if not first or first > TOP_K:
            report.misses.append(f"{query.text} → {result[:5]} (first relevant: {first})")
    report.queries = len(hits5)
    report.hit_at_5 = statistics.fmean(hits5) if hits5 else 0.0
    report.mrr = statistics.fmean(ranks) if ranks else 0.0
    report.nothing_queries = len(nothing)
    report.nothing_ok = statistics.fmean(nothing) if nothing else 0.0
    report.p50_ms, report.p99_ms = percentiles(samples)
    return report


def percentiles(samples: list[float]) -> tuple[float, float]:
    if not samples:
        return 0.0, 0.0
    ordered = sorted(samples)
    p50 = ordered[len(ordered) // 2]
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return round(p50, 2), round(p99, 2)


# --------------------------------------------------------------------------- sentence questions


@dataclass(frozen=True)
class Question:
    text: str
    intent: str
    lang: str = "zh"
    constraints: dict[str, Any] = field(default_factory=dict)
    relevant: frozenset[str] = frozenset()
    expect_empty: bool = False
    term: str | None = None
    scope: str | None = None
    expect_ids: tuple[str, ...] | None = None
    profile: dict[str, Any] = field(default_factory=dict)
    set: str = "dev"


def load_questions(path: Path = QUESTIONS) -> list[Question]:
    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    out = []
    for q in raw.get("question", []):
        ids = q.get("expect_ids")
        out.append(Question(
            text=q["text"], intent=q.get("intent", "search"), lang=q.get("lang", "zh"),
            constraints=dict(q.get("constraints", {})),
            relevant=frozenset(q.get("relevant", [])), expect_empty=q.get("expect_empty", False),
            term=q.get("term"), scope=q.get("scope"),
            expect_ids=tuple(ids) if ids is not None else None,
            profile=dict(q.get("profile", {})), set=q.get("set", "dev")))
    return out


def meets(leaf: Leaf, constraints: dict[str, Any]) -> bool:
    """The labelled constraints as predicates on a leaf's fields (QUESTION_FORMAT.md)."""
    for key, want in constraints.items():
        cap = leaf.funding_max_wan
        ok = {
            "city": lambda w: leaf.city == w,
            "year": lambda w: leaf.year == w,
            "funding_mode": lambda w: w in (leaf.funding_mode or ""),
            "funding_max_gte": lambda w: cap is not None and cap >= w,  # noqa: B023
            "funding_max_lte": lambda w: cap is not None and cap <= w,  # noqa: B023
            "lead_open": lambda w: not w or leaf.enterprise_lead_only is False,
            "enterprise_lead_only": lambda w: not w or leaf.enterprise_lead_only is True,
            "period_max_lte": lambda w: leaf.period_years_max is not None
            and leaf.period_years_max <= w,
            "matching_required": lambda w: (leaf.matching_ratio is not None) == w,
            "rd_spend_wan": lambda w: leaf.min_rd_spend_wan is None or leaf.min_rd_spend_wan <= w,
            "sector": lambda w: w in leaf.sectors,
        }.get(key, lambda w: True)(want)
        if not ok:
            return False
    return True


def eligible_for(leaf: Leaf, profile: dict[str, Any]) -> bool:
    """A labelled profile's city, R&D spend and qualifications (as the dev check script)."""
    if profile.get("city") and leaf.city != profile["city"]:
        return False
    rd = profile.get("rd_spend_wan", 0)
    if leaf.min_rd_spend_wan is not None and leaf.min_rd_spend_wan > rd:
        return False
    quals = set(leaf.qualifications)
    return not quals or bool(quals & set(profile.get("qualifications", [])))


@dataclass
class QuestionReport:
    questions: int = 0
    intent_ok: float = 0.0
    topic_questions: int = 0
    topic_hit_at_5: float = 0.0
    precision_questions: int = 0
    precision_at_5: float = 0.0
    precision_shown_at_5: float = 0.0
    empty_answers: int = 0
    answerable: int = 0
    expect_empty: int = 0
    expect_empty_ok: float = 0.0
    answer_checks: int = 0
    answer_ok: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    misses: list[str] = field(default_factory=list)

    def row(self) -> dict[str, Any]:
        return {key: (round(value, 3) if isinstance(value, float) else value)
                for key, value in self.__dict__.items()}


def run_question(question: Question, searcher: Searcher, window_for: Callable[[Leaf], Any],
                 now: datetime) -> Answer:
    return answer(searcher.understand(question.text), searcher, window_for=window_for, now=now,
                  limit=MRR_DEPTH)


def evaluate_questions(questions: list[Question], searcher: Searcher,
                       window_for: Callable[[Leaf], Any], now: datetime) -> QuestionReport:
    report = QuestionReport(questions=len(questions))
    intent, topic, precision, shown_precision, empty_ok, checks = [], [], [], [], [], []
    samples = []
    for q in questions:
        start = time.perf_counter()
        result = run_question(q, searcher, window_for, now)
        samples.append((time.perf_counter() - start) * 1000)
        intent.append(float(result.query.intent == q.intent))
        if result.query.intent != q.intent:
            report.misses.append(f"intent {result.query.intent} ≠ {q.intent}: {q.text}")
        shown = [leaf.id for leaf in result.leaves]
        if q.relevant and not q.expect_empty:
            hit = any(leaf_id in q.relevant for leaf_id in shown[:TOP_K])
            topic.append(float(hit))
            if not hit:
                report.misses.append(f"topic: {q.text} → {shown[:5]} (want {sorted(q.relevant)})")
        _precision(q, result, precision, shown_precision, report)
        if q.expect_empty:
            fits = isinstance(result, SearchAnswer) and result.found.hits \
                and not result.found.topic_missed
            empty_ok.append(float(not fits))
            if fits:
                report.misses.append(f"expected nothing: {q.text} → {shown[:5]}")
        else:
            report.answerable += 1
            if result.empty:
                report.empty_answers += 1
                report.misses.append(f"empty: {q.text}")
        check = _answer_check(q, result, searcher)
        if check is not None:
            checks.append(float(check))
            if not check:
                report.misses.append(f"answer: {q.text} → {shown[:5]}")
    report.intent_ok = _mean(intent)
    report.topic_questions, report.topic_hit_at_5 = len(topic), _mean(topic)
    report.precision_questions, report.precision_at_5 = len(precision), _mean(precision)
    report.precision_shown_at_5 = _mean(shown_precision)
    report.expect_empty, report.expect_empty_ok = len(empty_ok), _mean(empty_ok)
    report.answer_checks, report.answer_ok = len(checks), _mean(checks)
    report.p50_ms, report.p99_ms = percentiles(samples)
    return report


def _precision(q: Question, result: Answer, precision: list[float], shown: list[float],
               report: QuestionReport) -> None:
    """Constraint precision@5 over the results presented as fitting (and over all shown)."""
    if isinstance(result, EligibleAnswer) and q.profile:
        def check(leaf: Leaf) -> bool:
            return eligible_for(leaf, q.profile)
    elif q.constraints and isinstance(result, SearchAnswer):
        def check(leaf: Leaf) -> bool:
            return meets(leaf, q.constraints)
    else:
        return
    main, everything = result.main[:TOP_K], result.leaves[:TOP_K]
    if main:
        share = sum(check(leaf) for leaf in main) / len(main)
        precision.append(share)
        if share < 1:
            report.misses.append(f"precision {share:.1f}: {q.text} → "
                                 f"{[leaf.id for leaf in main if not check(leaf)]} break it")
    if everything:
        shown.append(sum(check(leaf) for leaf in everything) / len(everything))


def _answer_check(q: Question, result: Answer, searcher: Searcher) -> bool | None:
    """Whether a non-search answer says what the label asks for (None: nothing to check)."""
    if q.intent == "glossary" and q.term:
        names = searcher.lexicon.glossary.get(getattr(result, "term", ""), ())
        return isinstance(result, GlossaryAnswer) and any(
            q.term in name or name in q.term for name in names)
    if q.intent == "deadline" and q.scope:
        cities = {item.city for item in result.items} if isinstance(result, DeadlineAnswer) \
            else set()
        return cities == {q.scope}
    if q.intent == "max_amount" and q.expect_ids is not None:
        return isinstance(result, MaxAmountAnswer) and \
            {leaf.id for leaf in result.top} == set(q.expect_ids)
    if q.intent == "materials" and q.relevant:
        return any(leaf.id in q.relevant for leaf in result.leaves[:3])
    return None


def _mean(values: list[float]) -> float:
    return statistics.fmean(values) if values else 0.0


# --------------------------------------------------------------------------- running


def window_lookup(guidelines: list[Guideline]) -> Callable[[Leaf], Window | None]:
    windows = {g.meta.key: g.meta.window for g in guidelines}
    return lambda leaf: windows.get(leaf.guideline)


SUBSETS = ("all", "dev", "holdout")


def run_all(queries: list[Labelled], repeat: int = 3, data_dir: Path = DATA_DIR,
            subsets: tuple[str, ...] = ("all",)) -> dict[str, dict[str, Report]]:
    """Ours and both baselines over the real catalogue: subset → system → report."""
    guidelines = real_catalogue(data_dir)
    leaves = [leaf for g in guidelines for leaf in g.leaves]
    lexicon = Lexicon.from_data(data_dir).with_cities(g.meta for g in guidelines)
    searcher = Searcher.build(lexicon, leaves)
    systems = {"ours": ours(searcher), "substring": substring_baseline(leaves),
               "fuzz_partial": fuzz_baseline(leaves)}
    out: dict[str, dict[str, Report]] = {}
    for subset in subsets:
        chosen = [q for q in queries if subset == "all" or q.set == subset]
        out[subset] = {name: evaluate(name, system, chosen, repeat)
                       for name, system in systems.items()}
    return out


def run_questions(questions: list[Question], data_dir: Path = DATA_DIR,
                  now: datetime | None = None) -> dict[str, QuestionReport]:
    """Sentence questions over the real catalogue: subset → report."""
    guidelines = real_catalogue(data_dir)
    lexicon = Lexicon.from_data(data_dir).with_cities(g.meta for g in guidelines)
    searcher = Searcher.build(lexicon, [leaf for g in guidelines for leaf in g.leaves])
    warm(searcher)  # as the bot does at start-up
    moment = now or datetime.now().astimezone()
    window_for = window_lookup(guidelines)
    subsets = ["all", *sorted({q.set for q in questions})]
    return {subset: evaluate_questions([q for q in questions if subset in ("all", q.set)],
                                       searcher, window_for, moment)
            for subset in dict.fromkeys(subsets)}


def big_latency(texts: list[str], scale: int, data_dir: Path = DATA_DIR) -> dict[str, Any]:
    """Latency over a synthetic catalogue `scale` times the real one, right after the build
    (the first pass includes the very first query) and warm."""
    from bot.bench import synthetic_guidelines

    guidelines = synthetic_guidelines(data_dir, scale)
    leaves = [leaf for g in guidelines for leaf in g.leaves]
    lexicon = Lexicon.from_data(data_dir)
    started = time.perf_counter()
    searcher = Searcher.build(lexicon, leaves)
    warm(searcher)  # as the bot does at start-up (a no-op this large)
    build_s = time.perf_counter() - started
    window_for = window_lookup(guidelines)
    now = datetime.now().astimezone()
    passes = []
    for _ in range(2):
        samples = []
        for text in texts:
            start = time.perf_counter()
            answer(searcher.understand(text), searcher, window_for=window_for, now=now,
                   limit=MRR_DEPTH)
            samples.append((time.perf_counter() - start) * 1000)
        passes.append(samples)
    _, cold_p99 = percentiles(passes[0])
    p50, p99 = percentiles(passes[1])
    return {"scale": scale, "leaves": len(leaves), "build_s": round(build_s, 2),
            "first_query_ms": round(passes[0][0], 2), "cold_p99_ms": cold_p99,
            "cold_max_ms": round(max(passes[0]), 2), "p50_ms": p50, "p99_ms": p99,
            "p99_all_ms": percentiles(passes[0] + passes[1])[1]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per keyword query")
    parser.add_argument("--scale", type=int, default=0,
                        help="also time ours on a synthetic catalogue this many times larger")
    parser.add_argument("--questions", type=Path, action="append",
                        help="sentence questions (QUESTION_FORMAT.md); default "
                             "tests/data/questions.toml; may be given more than once")
    parser.add_argument("--misses", action="store_true", help="list what each system missed")
    args = parser.parse_args(argv)
    queries = load_queries()
    reports = run_all(queries, args.repeat, subsets=SUBSETS)
    question_files = args.questions or [QUESTIONS]
    asked = {str(path): run_questions(load_questions(path)) for path in question_files}
    texts = [q.text for q in queries] + [q.text for path in question_files
                                         for q in load_questions(path)]
    big = big_latency(texts, args.scale) if args.scale else None
    if args.json:
        out: dict[str, Any] = {
            "queries": len(queries),
            "subsets": {subset: [r.row() for r in by_system.values()]
                        for subset, by_system in reports.items()},
            "questions": {path: {subset: r.row() for subset, r in by_subset.items()}
                          for path, by_subset in asked.items()},
        }
        if big:
            out["big"] = big
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    _print_keywords(queries, reports)
    for path, by_subset in asked.items():
        _print_questions(path, by_subset)
    if big:
        print(f"\nours on {big['leaves']} synthetic leaves (x{big['scale']}): built in "
              f"{big['build_s']} s; first query {big['first_query_ms']} ms, p99 right after "
              f"the build {big['cold_p99_ms']} ms (max {big['cold_max_ms']}); warm p50 "
              f"{big['p50_ms']} ms, p99 {big['p99_ms']} ms")
    if args.misses:
        for report in reports["all"].values():
            print(f"\n{report.name} misses:")
            for miss in report.misses:
                print("  " + miss)
        for path, by_subset in asked.items():
            print(f"\nquestion misses ({path}):")
            for miss in by_subset["all"].misses:
                print("  " + miss)
    return 0


def _print_keywords(queries: list[Labelled], reports: dict[str, dict[str, Report]]) -> None:
    for subset, by_system in reports.items():
        chosen = [q for q in queries if subset == "all" or q.set == subset]
        ranked = next(iter(by_system.values()))
        print(f"\n[keywords {subset}] {len(chosen)} queries: {ranked.queries} ranked, "
              f"{ranked.nothing_queries} expecting nothing, "
              f"{len(chosen) - ranked.queries - ranked.nothing_queries} facets only (not scored)")
        print(f"{'system':<14}{'hit@5':>8}{'MRR':>8}{'nothing':>9}{'p50 ms':>9}{'p99 ms':>9}")
        for report in by_system.values():
            print(f"{report.name:<14}{report.hit_at_5:>8.3f}{report.mrr:>8.3f}"
                  f"{report.nothing_ok:>9.2f}{report.p50_ms:>9.2f}{report.p99_ms:>9.2f}")


def _print_questions(path: str, by_subset: dict[str, QuestionReport]) -> None:
    print(f"\n[questions {path}]")
    print(f"{'set':<9}{'n':>4}{'intent':>8}{'hit@5':>8}{'prec@5':>8}{'shown':>7}{'empty':>8}"
          f"{'exp∅':>7}{'answer':>8}{'p99 ms':>8}")
    for subset, r in by_subset.items():
        print(f"{subset:<9}{r.questions:>4}{r.intent_ok:>8.2f}{r.topic_hit_at_5:>8.3f}"
              f"{r.precision_at_5:>8.3f}{r.precision_shown_at_5:>7.2f}"
              f"{r.empty_answers:>4}/{r.answerable:<3}{r.expect_empty_ok:>7.2f}"
              f"{r.answer_ok:>8.2f}{r.p99_ms:>8.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
