"""Event types: one fictional sentence per PLOVER 2.0 type, and who did what to whom."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import EVENT_TYPES, Event

# (sentence, type, actor word, recipient word or None)
CASES = [
    ("Valdoria agreed to a ceasefire with the Karesh Liberation Front on Tuesday.",
     "AGREE", "Valdoria", "Karesh"),
    ("Karesh held talks with Ostria in Meridia on Monday.", "CONSULT", "Karesh", "Ostria"),
    ("The Ostrian president praised the Valdorian mediators.", "SUPPORT", "president",
     "Valdorian"),
    ("Valdoria apologized to Karesh for the border incident.", "CONCEDE", "Valdoria", "Karesh"),
    ("Valdoria shared intelligence with Ostria about the smuggling network.", "COOPERATE",
     "Valdoria", "Ostria"),
    ("The Ostrian navy rescued 30 Valdorian fishermen off the coast.", "AID", "navy",
     "fishermen"),
    ("The rebels released twelve hostages after a week of negotiations.", "RETREAT", "rebels",
     "hostages"),
    ("The Ostrian prime minister demanded that Valdoria release the detained journalists.",
     "REQUEST", "prime minister", "Valdoria"),
    ("Karesh accused Valdoria of shelling civilian homes.", "ACCUSE", "Karesh", "Valdoria"),
    ("The Valdorian government rejected the Karesh proposal for new elections.", "REJECT",
     "government", "Karesh"),
    ("The Karesh army chief threatened to attack Valdorian border posts.", "THREATEN",
     "army chief", "border posts"),
    ("Thousands of students protested against the new tax in Ostria on Friday.", "PROTEST",
     "students", None),
    ("Ostria imposed sanctions on three Valdorian banks.", "SANCTION", "Ostria", "banks"),
    ("Valdoria deployed 3,000 troops to the northern border.", "MOBILIZE", "Valdoria", None),
    ("Police arrested 40 protesters in the capital on Saturday.", "COERCE", "Police",
     "protesters"),
    ("The Karesh Liberation Front carried out an attack on a police station in Meridia.",
     "ASSAULT", "Karesh Liberation Front", "police station"),
]


def _has(entities: tuple[Any, ...], word: str) -> bool:
    return any(word.lower() in (e.text + " " + (e.name or "")).lower() for e in entities)


def _first(events: tuple[Event, ...], etype: str) -> Event:
    found = [e for e in events if e.type == etype]
    assert found, f"no {etype} in {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


def test_every_plover_type_is_covered() -> None:
    assert sorted({c[1] for c in CASES}) == sorted(EVENT_TYPES)


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), CASES,
                         ids=[c[1] for c in CASES])
def test_type_actor_recipient(analyze: Any, text: str, etype: str, actor: str,
                              recipient: str | None) -> None:
    ev = _first(analyze(text, published="2024-05-10").events, etype)
    assert _has(ev.actors, actor), [a.text for a in ev.actors]
    if recipient is not None:
        assert _has(ev.recipients, recipient), [r.text for r in ev.recipients]
    assert ev.extractor == "dateline.events.v1"
    assert 0.0 < ev.confidence <= 1.0
    assert ev.trigger.text in text and ev.sentence.text in text


def test_modes_are_plover_modes(analyze: Any) -> None:
    events = analyze("The Valdorian army launched a drone strike on a Front camp. Karesh police "
                     "fired tear gas at protesters. The rebels were attacked by Valdorian "
                     "helicopters near Meridia.").events
    assert [e.mode for e in events if e.type == "ASSAULT"] == ["drone", "crowd-control",
                                                               "aerial"]


def test_spans_read_the_article(analyze: Any) -> None:
    a = analyze("Ostria condemned the Valdorian strike on the hospital and called for talks.")
    a.check()  # every span of every record reads its own text
    assert {e.type for e in a.events} >= {"ACCUSE", "ASSAULT", "REQUEST"}


@pytest.mark.parametrize("text", [
    "Two gangsters were killed in an encounter with the police in Meridia on Tuesday.",
    "A wanted smuggler was shot dead in a police encounter near Karesh.",
    "Three rebels were killed in a clash with police near the border.",
    "A rebel commander was killed in an exchange of fire with the police in Karesh.",
])
def test_killed_in_a_fight_takes_the_other_side_as_actor(analyze: Any, text: str) -> None:
    killing = next(e for e in analyze(text).events if e.type == "ASSAULT")
    assert [a.sector for a in killing.actors] == ["COP"], killing
    assert killing.fatalities is not None and killing.fatalities >= 1


def test_succumbing_to_pressure_is_a_concession_to_injuries_no_event(analyze: Any) -> None:
    gave_in = analyze("The Valdorian government succumbed to international pressure.").events
    assert [e.type for e in gave_in] == ["CONCEDE"]
    died = analyze("The farmer succumbed to his injuries in a Meridia hospital.").events
    assert died == ()


@pytest.mark.parametrize(("text", "types"), [
    ("Valdoria seized a Karesh oil tanker in the strait.", ["COERCE"]),
    ("The ship was suspected of breaking Ostrian sanctions on Karesh.", []),
    ("The company evaded Ostrian sanctions on Karesh.", []),
    ("The ministry issued an alert to all embassies.", []),
    ("The search for remains from the crash that killed all 224 people on board ended.", []),
])
def test_third_pass_senses(analyze: Any, text: str, types: list[str]) -> None:
    assert [e.type for e in analyze(text).events] == types


def test_a_country_name_before_an_attack_is_its_place_not_its_actor(analyze: Any) -> None:
    (attack,) = analyze("Officials suspect the Libya attack targeted Americans.").events
    assert attack.actors == ()
    (strike,) = analyze("A US strike killed the commander.").events
    assert [a.country for a in strike.actors] == ["USA"]


def test_a_year_naming_a_law_does_not_date_the_event(analyze: Any) -> None:
    text = ("The War Powers Resolution of 1973 requires a vote in Congress before any strike "
            "against the Valdorian government.")
    (strike,) = [e for e in analyze(text, published="2013-08-27").events if e.type == "ASSAULT"]
    assert not strike.historical
    assert strike.date is None


def test_a_lower_case_security_force_acronym_is_the_actor(analyze: Any) -> None:
    # a lower-case article (Times of India style): truecased, then found in the curated KB
    text = ("the rebel commander was killed in an exchange of fire with the crpf in the forest "
            "on tuesday. police said the operation began after a tip-off about the movement of "
            "the rebels in the area. the bodies were sent for post-mortem examination, and a "
            "search operation is under way in the district, an officer said.")
    killing = next(e for e in analyze(text).events if e.type == "ASSAULT")
    assert [(a.sector, a.country) for a in killing.actors] == [("COP", "IND")]
