"""Eval gate: ECB+ within-article event coreference (``same_as``), and the scorer itself."""

from __future__ import annotations

import pytest

from dateline.evaluation import ecbplus
from dateline.model import Analysis, Article, Event, Span
from tests.conftest import SHARED, need_shared
from tests.evaluation.gate import check

TEXT = "Police shot a man .\nThe shooting shocked the town .\nPolice arrested two men ."


def _event(eid: str, word: str, same_as: str | None = None, etype: str = "ASSAULT") -> Event:
    at = TEXT.index(word)
    span = Span.of(TEXT, at, at + len(word))
    return Event(id=eid, type=etype, trigger=span, sentence=span, same_as=same_as)


def test_pairs_are_scored_against_the_gold_chains() -> None:
    # gold: "shot" (line 0, token 1) and "shooting" (line 1, token 1) are one chain; "arrested"
    # (line 2, token 1) is a singleton
    doc = ecbplus.Doc("1_1ecb", 1, TEXT, {(0, 1): "A", (1, 1): "A", (2, 1): ""})
    events = (_event("e1", "shot"), _event("e2", "shooting", same_as="e1"),
              _event("e3", "arrested", etype="COERCE"))
    analysis = Analysis(article=Article(id="1_1ecb", text=TEXT), events=events)
    scores = ecbplus.score([doc], {"1_1ecb": analysis})
    assert scores["dev_matched_events"] == 3
    assert (scores["dev_gold_pairs"], scores["dev_linked_pairs"]) == (1, 1)
    assert scores["dev_pair_precision"] == 1.0 and scores["dev_pair_recall"] == 1.0
    assert scores["dev_same_type_precision"] == 1.0
    unlinked = (events[0], _event("e2", "shooting"), events[2])
    analysis = Analysis(article=Article(id="1_1ecb", text=TEXT), events=unlinked)
    assert ecbplus.score([doc], {"1_1ecb": analysis})["dev_pair_recall"] == 0.0


@pytest.mark.slow
def test_ecbplus_gate() -> None:
    need_shared(*ecbplus.GOLD)
    scores = ecbplus.run(SHARED, topics=ecbplus.TEST_TOPICS)  # 210 articles
    check("ecbplus", scores)
