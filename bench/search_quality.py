"""Search quality on the labelled queries: our Searcher against two naive baselines.

    .venv/bin/python bench/search_quality.py [--json] [--repeat N] [--scale N]

Loads the real catalogue (data/) into a temporary SQLite file and runs every query of
tests/data/queries.toml through
  ours   bot.search.Searcher (facets, segmentation, synonyms, typo tolerance, weighting);
  fts    FTS5 trigram over `leaves_fts`, the query's whitespace/punctuation-separated words
         OR-ed (words under 3 characters cannot match a trigram index: that is its weakness);
  fuzz   rapidfuzz fuzz.partial_ratio of the whole query against each leaf's title + content.
For queries with relevant leaves it reports hit@5 (a relevant leaf in the top 5) and MRR (1/rank
of the first relevant leaf in the top 10, 0 if none); for queries that should find nothing, the
share that indeed returned nothing; and p50/p99 latency per query. `--scale N` also times ours on
a synthetic catalogue N times the real one (bot.bench.synthetic_guidelines).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `bot` importable from a checkout
    sys.path.insert(0, str(ROOT))

from bot.catalogue.loader import load_catalogue  # noqa: E402
from bot.catalogue.models import Leaf  # noqa: E402
from bot.search import Lexicon, Searcher  # noqa: E402

DATA_DIR = ROOT / "data"
QUERIES = ROOT / "tests" / "data" / "queries.toml"
TOP_K, MRR_DEPTH = 5, 10
WORD_SPLIT = re.compile(r"[\s,.;:!?，。；：！？、()（）\"“”'/]+")

System = Callable[[str], list[str]]


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


def real_leaves(data_dir: Path = DATA_DIR) -> list[Leaf]:
    """The real catalogue, parsed."""
    return [leaf for g in load_catalogue(data_dir)[0] for leaf in g.leaves]


def fts_index(leaves: list[Leaf]) -> sqlite_utils.Database:
    """The baseline's index: an in-memory SQLite table with sqlite-utils' trigram FTS5."""
    db = sqlite_utils.Database(memory=True)
    db["leaves"].insert_all(({"id": leaf.id, "title": leaf.title, "content": leaf.content or "",
                              "indicators": leaf.indicators or "",
                              "requirements": leaf.requirements or ""} for leaf in leaves),
                            pk="id")
    db["leaves"].enable_fts(["title", "content", "indicators", "requirements"],
                            tokenize="trigram")
    return db


# --------------------------------------------------------------------------- the systems


def ours(searcher: Searcher) -> System:
    def run(text: str) -> list[str]:
        _, hits = searcher.search(text, limit=MRR_DEPTH)
        return [hit.leaf.id for hit in hits]
    return run


def fts_baseline(db: sqlite_utils.Database) -> System:
    """Whitespace/punctuation words, 3+ characters each, quoted and OR-ed, bm25 order."""
    def run(text: str) -> list[str]:
        words = [w for w in WORD_SPLIT.split(text) if len(w) >= 3]
        if not words:
            return []
        expr = " OR ".join('"' + w.replace('"', '""') + '"' for w in words)
        return [row["id"] for row in db["leaves"].search(expr, limit=MRR_DEPTH, columns=["id"])]
    return run


def fuzz_baseline(leaves: list[Leaf]) -> System:
    """partial_ratio of the whole query against title + content, best first."""
    docs = [(leaf.id, f"{leaf.title} {leaf.content or ''}".lower()) for leaf in leaves]

    def run(text: str) -> list[str]:
        scored = [(fuzz.partial_ratio(text.lower(), doc), leaf_id) for leaf_id, doc in docs]
        scored.sort(key=lambda pair: -pair[0])
        return [leaf_id for _, leaf_id in scored[:MRR_DEPTH]]
    return run


# --------------------------------------------------------------------------- measuring


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
    report.p50_ms, report.p99_ms = _percentiles(samples)
    return report


def _percentiles(samples: list[float]) -> tuple[float, float]:
    if not samples:
        return 0.0, 0.0
    ordered = sorted(samples)
    p50 = ordered[len(ordered) // 2]
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return round(p50, 2), round(p99, 2)


SUBSETS = ("all", "dev", "holdout")


def run_all(queries: list[Labelled], repeat: int = 3, data_dir: Path = DATA_DIR,
            subsets: tuple[str, ...] = ("all",)) -> dict[str, dict[str, Report]]:
    """Our system and both baselines over the real catalogue: subset → system → report."""
    leaves = real_leaves(data_dir)
    searcher = Searcher.build(Lexicon.from_data(data_dir), leaves)
    systems = {"ours": ours(searcher), "fts_trigram": fts_baseline(fts_index(leaves)),
               "fuzz_partial": fuzz_baseline(leaves)}
    out: dict[str, dict[str, Report]] = {}
    for subset in subsets:
        chosen = [q for q in queries if subset == "all" or q.set == subset]
        out[subset] = {name: evaluate(name, system, chosen, repeat)
                       for name, system in systems.items()}
    return out


def big_latency(queries: list[Labelled], scale: int, data_dir: Path = DATA_DIR) -> dict[str, Any]:
    """Our latency over a synthetic catalogue `scale` times the real one.

    The first pass is reported on its own (it builds the in-memory title and facet indexes);
    p50/p99 are from a second, warm pass.
    """
    from bot.bench import synthetic_guidelines

    leaves = [leaf for g in synthetic_guidelines(data_dir, scale) for leaf in g.leaves]
    searcher = Searcher(Lexicon.from_data(data_dir), leaves)
    passes = []
    for _ in range(2):
        samples = []
        for query in queries:
            start = time.perf_counter()
            searcher.search(query.text, limit=MRR_DEPTH)
            samples.append((time.perf_counter() - start) * 1000)
        passes.append(samples)
    p50, p99 = _percentiles(passes[1])
    return {"scale": scale, "leaves": len(leaves), "p50_ms": p50, "p99_ms": p99,
            "cold_max_ms": round(max(passes[0]), 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per query")
    parser.add_argument("--scale", type=int, default=0,
                        help="also time ours on a synthetic catalogue this many times larger")
    parser.add_argument("--misses", action="store_true", help="list the queries each system missed")
    args = parser.parse_args(argv)
    queries = load_queries()
    reports = run_all(queries, args.repeat, subsets=SUBSETS)
    big = big_latency(queries, args.scale) if args.scale else None
    if args.json:
        out: dict[str, Any] = {
            "queries": len(queries),
            "subsets": {subset: [r.row() for r in by_system.values()]
                        for subset, by_system in reports.items()},
        }
        if big:
            out["big"] = big
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for subset, by_system in reports.items():
        chosen = [q for q in queries if subset == "all" or q.set == subset]
        ranked = next(iter(by_system.values()))
        print(f"\n[{subset}] {len(chosen)} queries: {ranked.queries} ranked, "
              f"{ranked.nothing_queries} expecting nothing, "
              f"{len(chosen) - ranked.queries - ranked.nothing_queries} facets only (not scored)")
        print(f"{'system':<14}{'hit@5':>8}{'MRR':>8}{'nothing':>9}{'p50 ms':>9}{'p99 ms':>9}")
        for report in by_system.values():
            print(f"{report.name:<14}{report.hit_at_5:>8.3f}{report.mrr:>8.3f}"
                  f"{report.nothing_ok:>9.2f}{report.p50_ms:>9.2f}{report.p99_ms:>9.2f}")
    if big:
        print(f"\nours on {big['leaves']} synthetic leaves (x{big['scale']}): "
              f"p50 {big['p50_ms']} ms, p99 {big['p99_ms']} ms warm; "
              f"slowest cold query {big['cold_max_ms']} ms")
    if args.misses:
        for report in reports["all"].values():
            print(f"\n{report.name} misses:")
            for miss in report.misses:
                print("  " + miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
