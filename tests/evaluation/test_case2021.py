"""Eval gate: CASE 2021 task 2 snippets (first 150) and the ACLED -> PLOVER scorer."""

from __future__ import annotations

import pytest

from dateline.evaluation import case2021
from dateline.model import EVENT_TYPES, Analysis, Article, Event, Span
from tests.conftest import SHARED, need_shared
from tests.evaluation.gate import check


@pytest.mark.slow
def test_case2021_gate() -> None:
    need_shared(*case2021.TSV)
    scores = case2021.run(SHARED, limit=150)
    assert scores["snippets"] == 150
    check("case2021", scores)


def test_mapping_uses_plover_types_only() -> None:
    assert all(types <= set(EVENT_TYPES) for types in case2021.MAPPING.values())
    assert not case2021.DISASTERS & set(case2021.MAPPING)


def _analysis(aid: str, *types: str) -> Analysis:
    text = "x" * 20
    events = tuple(Event(id=f"{aid}{n}", type=t, trigger=Span(n, n + 1, "x"),
                         sentence=Span(0, 20, text), confidence=0.9 - n / 10)
                   for n, t in enumerate(types))
    return Analysis(article=Article(id=aid, text=text), events=events)


def test_score_counts_main_event_any_event_and_disasters() -> None:
    rows = [("a", "", "AIR_STRIKE"), ("b", "", "ARREST"), ("c", "", "PEACE_PROTEST"),
            ("d", "", "NATURAL_DISASTER"), ("e", "", "OTHER")]
    results = {"a": _analysis("a", "ASSAULT"), "b": _analysis("b", "ACCUSE", "COERCE"),
               "c": _analysis("c"), "d": _analysis("d", "ASSAULT")}
    s = case2021.score(rows, results)
    assert s["mapped"] == 3 and s["type_accuracy"] == round(1 / 3, 4)
    assert s["any_accuracy"] == round(2 / 3, 4) and s["coverage"] == round(2 / 3, 4)
    assert s["disaster_assault_rate"] == 1.0
