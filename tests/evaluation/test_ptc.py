"""PTC (SemEval-2020 task 11) span scoring, and the eval gate on a fixed subset of the train split
(the first 30 train articles by id; the design/held-out halves are split by id parity)."""

from __future__ import annotations

import pytest

from dateline.evaluation import ptc
from tests.conftest import SHARED, need_shared
from tests.evaluation.gate import check


def test_partial_overlap_precision_and_recall() -> None:
    gold = {"a": [(0, 10)], "b": [(0, 4)]}
    pred = {"a": [(5, 10), (20, 30)]}  # half of a gold span, and a span on nothing
    p, r, f = ptc.prf(pred, gold)
    assert p == pytest.approx(1 / 2)  # (5/5 + 0) / 2 predictions
    assert r == pytest.approx(0.5 / 2)  # (5/10 + 0) / 2 gold spans
    assert f == pytest.approx(2 * p * r / (p + r))


def test_overlapping_spans_are_merged_before_scoring() -> None:
    assert ptc.merge([(5, 9), (0, 6), (9, 12), (20, 21)]) == [(0, 9), (9, 12), (20, 21)]
    p, r, _ = ptc.prf({"a": [(0, 4), (2, 6)]}, {"a": [(0, 6)]})
    assert (p, r) == (1.0, 1.0)


def test_nothing_predicted_scores_zero_not_an_error() -> None:
    assert ptc.prf({}, {"a": [(0, 3)]}) == (0.0, 0.0, 0.0)


def test_categories_map_to_the_two_techniques() -> None:
    assert ptc.TECHNIQUE == {"loaded_language": ptc.LOADED, "intensifier": ptc.LOADED,
                             "labeling": ptc.LABELING}
    assert ptc.is_design("ptc-111111112") and not ptc.is_design("ptc-111111111")


@pytest.mark.slow
def test_ptc_gate() -> None:
    need_shared(*ptc.ARTICLES)
    scores = ptc.run(SHARED, limit=30)
    assert scores["articles"] == 30
    assert scores["design_articles"] + scores["heldout_articles"] == 30
    check("ptc", scores)
