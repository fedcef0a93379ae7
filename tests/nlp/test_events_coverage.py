"""Wider trigger coverage and typing decisions: idioms, light verbs with nominalized objects,
demands stated as "X must", intentions, announced threats, crowds, expulsions, the main event
of a sentence. Fictional sentences only."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import Event

# (sentence, the main event's type, a word of its trigger)
MAIN = [
    ("The Ostrian foreign minister said Valdoria must release the detained fishermen.",
     "REQUEST", "must release"),
    ("Valdoria asked Karesh to extradite the former interior minister.", "REQUEST", "asked"),
    ("Karesh expressed its willingness to cooperate with the Ostrian inquiry.", "AGREE",
     "willingness"),
    ("The Valdorian army said it would crush any uprising in the capital.", "THREATEN",
     "crush"),
    ("The Front said it would release the hostages if the government withdrew its troops.",
     "AGREE", "release"),
    ("Rioters set fire to government buildings in Meridia on Sunday.", "PROTEST", "set"),
    ("Thousands of Ostrian teachers went on strike on Monday.", "PROTEST", "strike"),
    ("Karesh students took to the streets after the verdict.", "PROTEST", "took"),
    ("Karesh militias drove thousands of villagers out of the Elsen valley.", "ASSAULT",
     "drove"),
    ("The Valdorian rebels captured the town of Elsen after five days of fighting.", "ASSAULT",
     "captured"),
    ("The Karesh army prepared to resume shelling the rebel positions.", "MOBILIZE",
     "shelling"),
    ("A Meridia court sentenced the Ostrian journalist to three years in prison.", "COERCE",
     "sentenced"),
    ("Valdoria denied entry to the Karesh delegation.", "REJECT", "denied"),
    ("The Ostrian police handed over the suspect to Valdorian authorities.", "COOPERATE",
     "handed"),
    ("About 300 Front fighters laid down their weapons on Friday.", "RETREAT", "laid"),
    ("Ostria sent 500 soldiers to help with relief work after the floods.", "AID", "sent"),
    ("The Karesh workers staged a general strike over fuel prices.", "PROTEST", "staged"),
    ("Valdoria pulled out of the fishing treaty with Karesh.", "SANCTION", "pulled"),
    ("The Ostrian navy held joint exercises with Valdorian ships.", "COOPERATE", "joint"),
    ("The Karesh delegation walked out of the border talks on Tuesday.", "SANCTION", "walked"),
    ("The Valdorian government summoned the Karesh ambassador over the incident.", "ACCUSE",
     "summoned"),
    ("The Karesh government lifted martial law in the northern provinces.", "CONCEDE",
     "lifted"),
    ("The Karesh president issued a commendation to the Valdorian rescue team.", "SUPPORT",
     "commendation"),
]


def _main(events: tuple[Event, ...]) -> Event:
    assert events, "no event"
    return max(events, key=lambda e: e.confidence)


@pytest.mark.parametrize(("text", "etype", "word"), MAIN, ids=[f"{c[1]}-{c[2]}" for c in MAIN])
def test_main_event(analyze: Any, text: str, etype: str, word: str) -> None:
    main = _main(analyze(text, published="2024-05-10").events)
    assert (main.type, word in main.trigger.text) == (etype, True), main


def test_a_demand_names_who_demands_and_who_must_act(analyze: Any) -> None:
    ev = _main(analyze("The Ostrian foreign minister said Valdoria must release the detained "
                       "fishermen.").events)
    assert [a.text for a in ev.actors] == ["Ostrian foreign minister"]
    assert [r.text for r in ev.recipients] == ["Valdoria"]
    assert ev.modality == "asserted"


def test_subordinate_events_are_kept_but_rank_lower(analyze: Any) -> None:
    events = analyze("Valdoria asked Karesh to extradite the former interior minister.").events
    by_type = {e.type: e for e in events}
    assert set(by_type) == {"REQUEST", "COOPERATE"}
    assert by_type["COOPERATE"].modality == "hypothetical"
    assert by_type["COOPERATE"].confidence < by_type["REQUEST"].confidence


def test_the_demands_of_a_protest_are_its_topic(analyze: Any) -> None:
    events = analyze("Thousands of Karesh farmers marched in Meridia demanding the resignation "
                     "of the agriculture minister.").events
    assert "PROTEST" in {e.type for e in events}
    assert "REQUEST" not in {e.type for e in events}


@pytest.mark.parametrize("text", [
    "The Ostrian minister said we must remain vigilant.",
    "The minister denied the allegations of torture.",
    "Karesh police found the bodies in a field.",
    "The recruits were shipping out to basic training.",
    "The women are fighting a running battle with the censors.",
    "The militants hid in the caves to protect themselves from the drones.",
    "He spoke with a neighbor on the phone.",
])
def test_no_false_events(analyze: Any, text: str) -> None:
    types = [e.type for e in analyze(text).events]
    assert not set(types) & {"REQUEST", "REJECT", "SANCTION", "RETREAT", "ASSAULT", "AID",
                             "CONSULT", "COERCE"}, types


def test_an_inverted_should_is_a_condition_not_a_demand(analyze: Any) -> None:
    events = analyze("Should Valdoria close the border, the Ostrian minister said, the talks "
                     "would fail.").events
    assert "REQUEST" not in {e.type for e in events}
    assert all(e.modality != "asserted" for e in events), events


def test_unresolved_allowed_clause_and_negated_permission(analyze: Any) -> None:
    assert [e.type for e in analyze("The Front was allowed to take part in the "
                                    "elections.").events][:1] == ["CONCEDE"]
    assert not analyze("The prisoners were not allowed to leave the camp.").events


def test_inflections_the_tagger_lemmatizes_wrongly(analyze: Any) -> None:
    """"staged" is lemmatized "stag", "forgave" left as it is."""
    assert "AID" in {e.type for e in analyze("Ostria forgave $40 million of Karesh's "
                                             "debt.").events}
    assert "MOBILIZE" in {e.type for e in analyze("Valdoria staged military exercises near "
                                                  "the border.").events}


def test_place_stands_for_recipient_of_material_events(analyze: Any) -> None:
    ev = _main(analyze("The Karesh government imposed a curfew in Meridia on Monday.").events)
    assert ev.type == "COERCE"
    assert [r.text for r in ev.recipients] in (["Meridia"], [])
