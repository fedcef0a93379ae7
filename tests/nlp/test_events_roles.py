"""Who is who around event nouns and complements: the possessor of a victim noun is its victim,
a document released is no release, a thing parsed as a subject is no actor."""

from __future__ import annotations

from typing import Any

import pytest


def _events(analysis: Any, etype: str) -> list[Any]:
    return [e for e in analysis.events if e.type == etype]


@pytest.mark.parametrize(("text", "etype", "victim"), [
    ("The Velmoran citizens' release came after months of talks.", "RETREAT",
     "Velmoran citizens"),
    ("The Voss killing shocked the capital.", "ASSAULT", "Voss"),
    ("Cal Dorran's killing sparked protests in Velmora.", "ASSAULT", "Cal Dorran"),
])
def test_the_possessor_of_a_victim_noun_is_its_victim(analyze: Any, text: str, etype: str,
                                                      victim: str) -> None:
    (ev,) = _events(analyze(text), etype)
    assert [r.text for r in ev.recipients] == [victim] and not ev.actors


def test_a_possessor_with_an_of_victim_is_the_doer(analyze: Any) -> None:
    (ev,) = _events(analyze("Tarsk condemned the Velmoran army's killing of three farmers."),
                    "ASSAULT")
    assert [a.text for a in ev.actors] == ["Velmoran army"]
    assert [r.text for r in ev.recipients] == ["three farmers"]


@pytest.mark.parametrize("text", [
    "Critics questioned how the minister handled the report's release.",
    "The Velmoran government's release of the findings angered the opposition.",
    "Velmoran brands are occupying four of the top five spots in the market.",
    "He has revived policies to block imports he considers threatening to Velmora.",
    "The quake spread vibrations as far away as Lebanon and occupied Palestine.",
])
def test_no_act(analyze: Any, text: str) -> None:
    assert [(e.type, e.trigger.text) for e in analyze(text).events] == []


def test_a_thing_parsed_as_the_subject_of_a_purpose_clause_is_no_actor(analyze: Any) -> None:
    (ev,) = _events(analyze("Arlen Voss has worn T-shirts to support the Tarsk movement."),
                    "SUPPORT")
    assert [a.text for a in ev.actors] == ["Arlen Voss"]


def test_a_participle_after_a_comma_belongs_to_the_clause_not_the_last_noun(analyze: Any) -> None:
    analysis = analyze("The Velmoran army responded overnight with its most direct assault on "
                       "Tarsk since the 1979 seizure of the Tarsk Embassy in Orvik, firing more "
                       "than a dozen missiles at two bases in Karesh.", published="2020-01-08")
    (firing,) = [e for e in analysis.events if e.trigger.text == "firing"]
    assert [a.text for a in firing.actors] == ["Velmoran army"] and not firing.historical


def test_warning_people_not_to_protest_is_their_negated_protest(analyze: Any) -> None:
    (ev,) = _events(analyze("Officers in riot gear warned people not to protest."), "PROTEST")
    assert [a.text for a in ev.actors] == ["people"] and ev.modality == "negated"


def test_a_bombing_named_by_its_town_is_an_event_there(analyze: Any) -> None:
    (ev,) = _events(analyze("Officials condemned the Kabul bombing."), "ASSAULT")
    assert [r.text for r in ev.recipients] == ["Kabul"] and ev.mode == "explosives"


def test_stones_are_no_actors_and_a_schoolboy_is_a_victim(analyze: Any) -> None:
    analysis = analyze("Rocks and bricks hit the Velmoran police. Three days later another "
                       "schoolboy was shot in the thigh.")
    assert all(a.text not in ("Rocks", "bricks") for e in analysis.events for a in e.actors)
    (shot,) = [e for e in analysis.events if e.trigger.text == "shot"]
    assert [r.text for r in shot.recipients] == ["another schoolboy"]



def test_what_was_suspended_or_what_surged_is_no_actor(analyze: Any) -> None:
    analysis = analyze("Talks were suspended in September when both sides seemed close to a "
                       "deal. A surge in violence in the town killed a Velmoran soldier. The "
                       "Tarsk rebels were demobilized last year.")
    actors = {a.text for e in analysis.events for a in e.actors}
    assert "Talks" not in actors and "surge" not in actors and "Tarsk rebels" in actors
