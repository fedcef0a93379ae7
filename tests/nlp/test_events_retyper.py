"""The learned event re-typer: when it overrides the rules, what an override changes, the shipped
weights, and that the extractor leaves the rules' types alone while it is disabled."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from dateline.nlp.events import retyper
from dateline.nlp.events.retyper import Retyper

TEXT = "Valdorian troops attacked the village of Dorn on Monday."


def _toy(*, threshold: float = 0.6, max_confidence: float = 0.7) -> Retyper:
    """A two-feature model: ``lemma=attack`` votes ASSAULT, ``lemma=blast`` votes ACCUSE."""
    labels = ("ACCUSE", "ASSAULT")
    weights = np.array([[0.0, 4.0], [4.0, 0.0]])
    return Retyper(labels=labels, index={"lemma=attack": 0, "lemma=blast": 1}, weights=weights,
                   bias=np.zeros(2), threshold=threshold, max_confidence=max_confidence)


def _event(analyze: Any) -> Any:
    (ev,) = analyze(TEXT, published="2024-05-10").events
    return ev


def test_probabilities_are_a_distribution() -> None:
    probs = _toy().probabilities(("lemma=blast", "unknown"))
    assert abs(sum(probs.values()) - 1.0) < 1e-9
    assert probs["ACCUSE"] > 0.95


def test_overrides_only_a_confident_disagreement_with_a_weak_rule(analyze: Any) -> None:
    ev = replace(_event(analyze), confidence=0.6)
    assert ev.type == "ASSAULT"
    assert _toy().choose(ev, ("lemma=blast",)) == "ACCUSE"
    assert _toy().choose(ev, ("lemma=attack",)) == "ASSAULT"  # agrees with the rule
    assert _toy().choose(ev, ()) == "ASSAULT"  # 0.5 is under the threshold
    assert _toy(max_confidence=0.5).choose(ev, ("lemma=blast",)) == "ASSAULT"  # rule too strong


def test_an_override_gives_a_valid_mode_and_a_new_id(analyze: Any) -> None:
    ev = replace(_event(analyze), confidence=0.6, mode="firearms")
    modes = {"ACCUSE": frozenset({"disapprove"}), "ASSAULT": frozenset({"firearms"})}
    new = retyper.apply(_toy(), ev, ("lemma=blast",), valid_modes=modes)
    assert (new.type, new.mode) == ("ACCUSE", None) and new.id != ev.id
    assert retyper.apply(_toy(), ev, ("lemma=attack",), valid_modes=modes) is ev


def test_shipped_weights_load() -> None:
    model = retyper.model()
    assert "ASSAULT" in model.labels and len(model.labels) == 16
    assert model.weights.shape == (len(model.index), len(model.labels))
    assert 0.0 < model.threshold <= 1.0


def test_features_read_the_trigger_and_its_context(pipeline: Any) -> None:
    from dateline.ingest import make_article
    from dateline.nlp import entities, events
    from dateline.nlp.context import DocContext
    from dateline.nlp.prepare import parse_text

    article = make_article(TEXT, id="t", source="t", published="2024-05-10")
    ctx = DocContext(article=article, doc=pipeline.nlp(parse_text(article, pipeline.truecase)))
    ctx.mentions = entities.extract(ctx)
    ((ev, feats),) = events.featured(ctx)
    assert {"rule=ASSAULT", "lemma=attack", "dobj=village", "prep=on|monday"} <= set(feats)
    # disabled by default: the extractor keeps the rules' events as they are
    assert not retyper.ENABLED and events.extract(ctx) == [ev]
