"""English is complete, screen by screen over the whole catalogue (issue 15): every direction's
card, full text, eligibility details (no profile, a full one, a non-enterprise one), list line
and comparison, and the answers to questions, rendered in English, show Chinese only where they
quote the catalogue (tests/cjk.py). The e2e walk in test_e2e_english.py drives the same screens
through the bot; this covers every direction, which a walk cannot.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot import answers, render
from bot import eligibility_words as words
from bot.catalogue.facets import load_taxonomy
from bot.catalogue.models import Guideline, Leaf, Window
from bot.config import PROJECT_ROOT
from bot.core import CatalogueView
from bot.eligibility import Profile, conditions_for, evaluate, self_funding
from bot.flows.cards import details
from bot.lexicon import Lexicon
from bot.search import Searcher
from bot.windows import WindowRef
from tests.cjk import Allowed, catalogue_texts
from tests.conftest import DATA_DIR

NOW = datetime(2025, 6, 10, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
PROFILES = [
    None,
    Profile(city="桂林", applicant_kind="enterprise", is_above_scale=True, is_high_tech=True,
            is_gazelle=False, revenue_wan=30000, rd_spend_wan=200, platform_level="city",
            can_self_fund_wan=50),
    Profile(city="南宁", applicant_kind="university", platform_level="national",
            can_self_fund_wan=0),
    Profile(applicant_kind="hospital", revenue_wan=0, rd_spend_wan=10, is_high_tech=False,
            is_gazelle=False, is_tech_sme=False, is_above_scale=False),
]


@pytest.fixture(scope="module")
def texts(catalogue: list[Guideline]) -> list[str]:
    return catalogue_texts(catalogue)


@pytest.fixture(scope="module")
def allowed(texts: list[str]) -> Allowed:
    return Allowed(texts)


@pytest.fixture(scope="module")
def searcher(catalogue: list[Guideline]) -> Searcher:
    built = Searcher.build(Lexicon.from_data(PROJECT_ROOT / "data"),
                           [leaf for g in catalogue for leaf in g.leaves])
    answers.warm(built)
    return built


@pytest.fixture(scope="module")
def window_for(catalogue: list[Guideline]) -> Callable[[Leaf], Window | None]:
    windows = {g.meta.key: g.meta.window for g in catalogue}
    return lambda leaf: windows.get(leaf.guideline)


def _leaks(allowed: Allowed, screens: dict[str, str]) -> list[str]:
    return [f"[{name}] {line}" for name, text in screens.items()
            for line in allowed.leaks(render._plain(text))]


def test_every_direction_in_english(catalogue: list[Guideline], view: CatalogueView,
                                    allowed: Allowed) -> None:
    taxonomy = load_taxonomy(DATA_DIR / "sectors.toml")
    cities = render.city_namer(view.metas, "en")
    leaves = [leaf for g in catalogue for leaf in g.leaves]
    screens: dict[str, str] = {}
    for leaf in leaves:
        meta = view.metas.get(leaf.guideline)
        screens[f"card {leaf.id}"] = render.card(leaf, view, "en", NOW, taxonomy)
        screens[f"full {leaf.id}"] = render.full_view(leaf, meta, "en")
        screens[f"line {leaf.id}"] = render.result_line(
            1, leaf, "en", show_city=True, window=view.window_for(leaf), now=NOW,
            metas=view.metas)
        for number, profile in enumerate(PROFILES):
            screens[f"eligibility {leaf.id} #{number}"] = details(leaf, profile, "en", cities)
        grant = leaf.funding_max_wan or leaf.funding_min_wan or 10
        screens[f"self-funding {leaf.id}"] = words.self_funding(
            self_funding(leaf, grant * 3), leaf, "en")
    for left, right in itertools.pairwise(leaves):
        verdicts = [words.summary(1, 2, 1, 0, "en"), None]
        screens[f"compare {left.id}+{right.id}"] = render.compare(
            [left, right], view.window_for, "en", NOW, verdicts, view.metas)
    leaks = _leaks(allowed, screens)
    assert leaks == [], f"{len(leaks)} lines with Chinese outside quoted text:\n" + \
        "\n".join(leaks[:60])


def test_notices_in_english(catalogue: list[Guideline], view: CatalogueView,
                            allowed: Allowed) -> None:
    """Reminders, a changed window and a new guideline, as an English follower gets them."""
    baise = next(g for g in catalogue if g.meta.window.stages)
    meta, window = baise.meta, baise.meta.window
    title = render.window_title(view, WindowRef(meta.key), "en")
    moved = window.model_copy(update={"stages": [
        stage.model_copy(update={"ends_at": stage.ends_at + timedelta(days=3)})
        for stage in window.stages]})
    screens = {
        "reminder": render.reminder("en", [(title, stage) for stage in window.stages], NOW),
        "window change": render.window_change("en", title, window, moved, NOW),
        "published": render.published("en", meta, len(baise.leaves), window, NOW),
        "deadlines": "\n".join(render.deadline_lines(view, NOW, "en")),
    }
    leaks = _leaks(allowed, screens)
    assert leaks == [], "\n".join(leaks)
    assert "Baise published its 2025 science plan guideline" in screens["published"]


QUESTIONS = [
    "lithium battery Nanning 500k", "what does post-subsidy mean", "what is 配套",
    "when is the deadline for nanning applications", "when does Baise close",
    "what's the biggest grant in the Guilin guideline", "Liuzhou - max money per project?",
    "what documents do I need for Guilin's enterprise tech commercialization grant",
    "we're a high-tech enterprise in Baise with a city-level lab, R&D about 1.2M RMB last "
    "year. what can we apply for?",
    "tea plantation in liuzhou, ok with getting the money after acceptance",
    "Fangchenggang: can a hospital lead the project? clinical research, 2 years max",
    "smart tourism project in guilin, under 250k is fine. we are a university, can we lead?",
    "any projects without matching funds in Nanning", "zzzqqq",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_kind_of_answer_in_english(question: str, searcher: Searcher,
                                         window_for: Callable, view: CatalogueView,
                                         texts: list[str]) -> None:
    profile = PROFILES[1]
    result = answers.answer(searcher.understand(question), searcher, window_for=window_for,
                            now=NOW, profile=profile if "apply" in question else None)
    taxonomy = load_taxonomy(DATA_DIR / "sectors.toml")

    def sector_name(key: str) -> str:
        sector = taxonomy.get(key)
        return sector.name("en") if sector else key

    shown = answers.render(result, "en", window_for=window_for, now=NOW,
                           sector_name=sector_name,
                           city_name=render.city_namer(view.metas, "en"))
    typed = Allowed(texts, [question])
    screens = {"answer": shown.text,
               **{f"button {i}": b.label for i, row in enumerate(shown.keyboard) for b in row}}
    leaks = _leaks(typed, screens)
    assert leaks == [], "\n".join(leaks)


def test_conditions_are_kept_as_structure(catalogue: list[Guideline]) -> None:
    """Labels and reasons are rendered at display time from structure: the same verdicts say
    the same thing in both languages, and the Chinese is what the command line prints."""
    leaf = next(leaf for g in catalogue for leaf in g.leaves if leaf.id == "bs25-001")
    verdicts = evaluate(conditions_for(leaf), PROFILES[1])
    platform = next(v for v in verdicts if v.condition.kind == "platform_level")
    assert (platform.condition.op, platform.condition.value) == ("level_ge", "city")
    assert words.label(platform.condition, "zh_CN") == platform.condition.label == \
        "建有市级及以上科技创新平台"
    assert words.label(platform.condition, "en") == "Holds a city-level or higher R&D platform"
    assert words.reason(platform, "zh_CN") == platform.reason == "已有平台：市级"
    assert words.reason(platform, "en") == "your platform: city-level"
