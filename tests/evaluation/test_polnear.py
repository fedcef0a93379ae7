"""Eval gate: PolNeAR quotes and speakers on a fixed subset (5 test + 5 dev documents)."""

from __future__ import annotations

import pytest

from dateline.evaluation import polnear
from tests.conftest import SHARED, need_shared
from tests.evaluation.gate import check


@pytest.mark.slow
def test_polnear_gate() -> None:
    need_shared("corpus", "annotations", "polnear", "test")
    scores = polnear.run(SHARED, limit=5)
    assert scores["test_docs"] == 5 and scores["dev_docs"] == 5
    check("polnear", scores)


def test_scoring_counts_overlap_exact_and_speakers() -> None:
    text = 'He said that "the bridge is safe" today, the mayor said.'
    gold = [polnear.Gold(content=((13, 34),), source=((0, 2),)),
            polnear.Gold(content=((41, 45),), source=None)]
    preds = [polnear.Pred(content=(14, 33), source=(0, 2)),  # same content without the marks
             polnear.Pred(content=(46, 55), source=None)]  # no overlap with any gold
    c = polnear.score_doc(text, gold, preds)
    assert (c["gold"], c["pred"], c["overlap"], c["exact"]) == (2, 2, 1, 1)
    assert (c["spk_n"], c["spk_ok"], c["spk_exact"]) == (1, 1, 1)
    s = polnear.summarise([c], "x_")
    assert s["x_content_overlap_f1"] == 0.5 and s["x_speaker_accuracy"] == 1.0
