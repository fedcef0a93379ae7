"""Eval gate: PolNeAR quotes and speakers on a fixed subset (10 test + 10 dev documents, ~10 s)."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.evaluation import polnear
from tests.conftest import SHARED, need_shared
from tests.evaluation.gate import check


@pytest.mark.slow
def test_polnear_gate() -> None:
    need_shared("corpus", "annotations", "polnear", "test")
    scores = polnear.run(SHARED, limit=10)
    assert scores["test_docs"] == 10 and scores["dev_docs"] == 10
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


def test_split_quote_is_one_attribution(nlp: Any) -> None:
    from dateline.ingest import make_article
    from dateline.nlp import entities
    from dateline.nlp.context import DocContext
    from dateline.nlp.prepare import parse_text

    text = ('"The bridge is safe," Lena Marsh said. "It will open in May."\n\n'
            '"We are ready," she added.')
    article = make_article(text, source="<test>", language="en")
    ctx = DocContext(article=article, doc=nlp(parse_text(article)))
    ctx.mentions = entities.extract(ctx)
    preds = polnear.predictions(ctx)
    spans = [text[p.content[0] : p.content[1]] for p in preds]
    assert len(preds) == 2, spans  # the split quote, then the next paragraph's quote
    assert spans[0].startswith("The bridge is safe") and spans[0].endswith("open in May.")
    assert spans[1].startswith("We are ready")
    assert preds[0].source is not None and text[slice(*preds[0].source)] == "Lena Marsh"
