"""Rules from the seventh pass: accidents, games and figures of speech that are no events,
found on the 1,200 written non-event sentences (docs/events.md). Fictional sentences."""

from __future__ import annotations

from typing import Any

import pytest

NO_EVENT = [
    # harm done by an accident: a vehicle, a works blast, a mishap clause
    "A minibus overturned on a mountain road near Tarsk, killing seven passengers.",
    "Two trams collided at a junction in Meridia, injuring four people.",
    "A boiler explosion at a textile factory in Tarsk killed three workers.",
    "A gas cylinder blast destroyed the ground floor of a block of flats in Meridia.",
    "A delivery lorry struck a lamp post in Tarsk, injuring its driver.",
    "The earthquake destroyed dozens of homes in the Valdorian highlands.",
    # a game told in the words of war
    "The Meridia rugby club crushed its rivals 45-7 in front of 12,000 fans.",
    "Golfer Ana Velsk shot a 6-under-par 66 to take the lead after the first round.",
    "Valdoria's attack looked sharper in the second half of the match, and the winger "
    "struck the post twice.",
    "The Tarsk defence has conceded only eight goals in 19 league games this season.",
    # captured what no one owns; a heart attack; a takeover bid
    "The Valdorian brewer aims to capture a larger share of the beer market.",
    "The telescope captured images of a distant galaxy.",
    "The heart attack struck while the senator was jogging near his home.",
    "Meridia Foods launched a hostile takeover bid for its smaller rival.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_accidents_games_and_figures_are_no_events(analyze: Any, text: str) -> None:
    assert [(e.type, e.trigger.text) for e in analyze(text).events] == []


EVENTS = [
    # the same words with an armed or policing party, or a weapon, stay events
    ("A car bomb exploded outside the Tarsk police station, killing six officers.", "ASSAULT"),
    ("Masked men snatched a Valdorian aid worker from her car in Tarsk on Friday.", "ASSAULT"),
    ("Fans clashed with riot police after the football match in Meridia, and police fired "
     "tear gas.", "ASSAULT"),
    ("Valdorian artillery pounded rebel positions with rocket fire on Monday.", "ASSAULT"),
    ("Gunmen stormed the stadium in Tarsk during the match and killed two guards.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype"), EVENTS)
def test_what_the_accident_and_game_rules_leave_alone(analyze: Any, text: str, etype: str) -> None:
    assert etype in {e.type for e in analyze(text).events}
