"""Eval gate: IndiaPoliceEvents document labels (first 40 documents) and the label rules."""

from __future__ import annotations

import pytest

from dateline.evaluation import ipe
from dateline.model import Analysis, Article, Entity, Event, Modality, Span
from tests.conftest import SHARED, need_shared
from tests.evaluation.gate import check


@pytest.mark.slow
def test_ipe_gate() -> None:
    need_shared(*ipe.DOCS)
    scores = ipe.run(SHARED, limit=40)
    assert scores["documents"] == 40
    check("ipe", scores)


def _event(etype: str, trigger: str, *, actor: str | None, mode: str | None = None,
           modality: Modality = "asserted", dead: int | None = None) -> Event:
    actors = (Entity(text=actor, span=None),) if actor else ()
    return Event(id="e", type=etype, trigger=Span(0, len(trigger), trigger),
                 sentence=Span(0, len(trigger), trigger), mode=mode, modality=modality,
                 actors=actors, fatalities=dead)


def _labels(*events: Event) -> set[str]:
    return ipe.labels_of(Analysis(article=Article(id="d", text="x"), events=events))


def test_police_killing_force_and_arrests() -> None:
    assert _labels(_event("ASSAULT", "killed", actor="the police")) == {"KILL", "FORCE"}
    assert _labels(_event("ASSAULT", "lathi-charged", actor="policemen",
                          mode="crowd-control")) == {"FORCE"}
    assert _labels(_event("ASSAULT", "fired", actor="the mob")) == set()
    assert _labels(_event("COERCE", "arrested", actor=None, mode="arrest")) == {"ARREST"}
    assert _labels(_event("ASSAULT", "killed", actor="police", modality="negated")) == set()


def test_score_per_label_and_micro() -> None:
    gold = {"a": {"KILL", "FORCE"}, "b": {"ARREST"}, "c": set()}
    pred = {"a": {"FORCE"}, "b": {"ARREST", "FORCE"}, "c": set()}
    s = ipe.score(gold, pred)
    assert s["force_precision"] == 0.5 and s["force_recall"] == 1.0
    assert s["kill_recall"] == 0.0 and s["arrest_f1"] == 1.0
    assert s["micro_precision"] == round(2 / 3, 4) and s["micro_recall"] == round(2 / 3, 4)
