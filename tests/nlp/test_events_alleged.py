"""Alleged acts (`dateline.nlp.events.alleged`): what a party is accused, charged or suspected
of is flagged, with the accused as its actor; the accusation itself and acts that surely
happened are not."""

from __future__ import annotations

from typing import Any

import pytest


def _assaults(analysis: Any) -> list[Any]:
    return [e for e in analysis.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Lawmakers accuse Karesh-backed forces of killing civilians.", "Karesh-backed forces"),
    ("The guard was charged with murdering two inmates.", "guard"),
    ("Police arrested three men for attacking a bus.", "three men"),
    ("The army accused the rebels of an attack on a convoy.", "rebels"),
    ("Valdorian soldiers allegedly tortured the detainees.", "Valdorian soldiers"),
    ("Activists alleged that police fired on the crowd.", "police"),
])
def test_the_content_of_an_accusation_is_alleged(analyze: Any, text: str, actor: str) -> None:
    (ev,) = _assaults(analyze(text))
    assert ev.alleged and ev.modality == "asserted"
    assert [a.text for a in ev.actors] == [actor]
    assert not any(e.alleged for e in analyze(text).events if e.type == "ACCUSE")


@pytest.mark.parametrize("text", [
    "Police arrested three men over the bombing of a bus.",
    "Police arrested three men for the bombing of a bus.",
    "Rebels attacked the town and killed five people.",
])
def test_acts_told_as_fact_are_not_alleged(analyze: Any, text: str) -> None:
    (ev,) = _assaults(analyze(text))
    assert not ev.alleged


def test_the_flag_reaches_the_record(analyze: Any) -> None:
    from dateline.serialize import from_dict, to_dict

    analysis = analyze("The guard was charged with murdering two inmates.")
    record = to_dict(analysis)
    assert [e["alleged"] for e in record["events"] if e["type"] == "ASSAULT"] == [True]
    assert from_dict(record) == analysis


@pytest.mark.parametrize("text", [
    "Prosecutors charged a soldier with plotting to make bombs to blow up a newspaper office.",
    "The rebels were accused of plotting to kill the governor.",
])
def test_what_one_is_accused_of_plotting_is_alleged_and_not_done(analyze: Any, text: str) -> None:
    (ev,) = _assaults(analyze(text))
    assert ev.alleged and ev.modality == "future"
