"""Eval gate: PLOVER gold sentences (first 120 records: dev and held-out halves) and the scorer."""

from __future__ import annotations

import pytest

from dateline.evaluation import plover
from dateline.model import Entity, Event, Span
from tests.conftest import SHARED, need_shared
from tests.evaluation.gate import check


@pytest.mark.slow
def test_plover_gate() -> None:
    need_shared(*plover.GOLD)
    scores = plover.run(SHARED, limit=120)
    assert scores["all_sentences"] == 120
    assert scores["dev_sentences"] + scores["heldout_sentences"] == 120
    check("plover", scores)


def test_gold_loading_maps_v05_names_and_marks_triggers() -> None:
    golds = plover.load(need_shared("."))
    assert len(golds) == 322
    assert {g.type for g in golds} <= {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
                                       "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
                                       "SANCTION", "THREATEN", "PROTEST", "MOBILIZE", "COERCE",
                                       "ASSAULT"}
    assert sum(g.type == "REQUEST" for g in golds) == 34  # DEMAND
    assert all(g.text[s:e] for g in golds for s, e in g.triggers)
    assert {g.split for g in golds} == {"dev", "heldout"}


def _event(start: int, end: int, etype: str, *, confidence: float = 0.5,
           actors: tuple[Entity, ...] = ()) -> Event:
    return Event(id="e", type=etype, trigger=Span(start, end, "x" * (end - start)),
                 sentence=Span(0, 10, "x" * 10), actors=actors, confidence=confidence)


def test_pick_prefers_the_gold_trigger_then_confidence() -> None:
    a, b = _event(0, 4, "ACCUSE", confidence=0.9), _event(10, 15, "ASSAULT", confidence=0.3)
    assert plover.pick([a, b], ((11, 14),)) is b
    assert plover.pick([a, b], ((30, 34),)) is a
    assert plover.pick([], ((0, 1),)) is None


def test_actor_matching_by_word_or_country() -> None:
    valdoria = Entity(text="the Valdorian government", span=None, country="VLD")
    assert plover.matches(valdoria, ("Valdorian", ""))
    assert plover.matches(valdoria, ("Kingdom", "VLD"))
    assert not plover.matches(valdoria, ("Karesh", "KRS"))
    assert plover.match_counts((valdoria,), (("Valdorian", ""), ("Karesh", ""))) == (1, 1, 2)
