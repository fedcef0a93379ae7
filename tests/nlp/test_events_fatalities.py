"""Fatalities: the dead of an attack as the sentence counts them."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.nlp.events.fatalities import number


@pytest.mark.parametrize(("text", "value"), [
    ("12", 12), ("1,200", 1200), ("twelve", 12), ("twenty-five", 25), ("dozen", 12),
    ("dozens", None), ("several", None),
])
def test_number_words(text: str, value: int | None) -> None:
    assert number(text) == value


@pytest.mark.parametrize(("text", "dead"), [
    ("Valdorian jets bombed a Karesh weapons depot, killing at least 12 people.", 12),
    ("Gunmen killed two people and wounded five in Meridia on Sunday.", 2),
    ("Two people died in the shelling of Meridia.", 2),
    ("Three soldiers were killed and four wounded in the ambush.", 3),
    ("The bombing left 15 dead.", 15),
    ("The Front attacked a Valdorian convoy; the death toll rose to 40.", 40),
    ("Gunmen killed two soldiers and three civilians at the checkpoint.", 5),
    # one victim named in the singular counts one
    ("Gunmen shot dead a journalist in the Karesh market.", 1),
    ("A youth was beaten to death in police custody in Meridia.", 1),
    ("The soldier and his brother were killed in the ambush.", 2),
    ("A Valdorian drone strike killed Tomas Verbek near the border.", 1),
    ("The police shot dead two smugglers near Karesh on Monday night.", 2),
    ("A Valdorian drone strike killed the Front's top commander, General Tomas Verbek, and "
     "deputy commander of the Karesh Brigade, Ilan Dor, outside Meridia airport.", 2),
    ("The farmer succumbed to injuries sustained when police fired on the crowd.", 1),
])
def test_fatalities(analyze: Any, text: str, dead: int) -> None:
    assaults = [e for e in analyze(text).events if e.type == "ASSAULT"]
    assert [e.fatalities for e in assaults if e.fatalities is not None] == [dead]


def test_wounded_and_vague_counts_are_not_fatalities(analyze: Any) -> None:
    for text in ("Gunmen wounded five people at the checkpoint.",
                 "Valdorian shelling killed dozens of villagers in Meridia.",
                 "A family was killed when a Valdorian airstrike hit their house.",
                 "Gunmen attacked the convoy; a court later sentenced the leader to death.",
                 "Each victim was killed with a single shot in the Karesh raid.",
                 "If the Front kills my son, there will be war, his father said.",
                 "Prosecutors said the men plotted to kill two Valdorian envoys."):
        assert all(e.fatalities is None for e in analyze(text).events), text


def test_a_killing_noun_counts_its_victims(analyze: Any) -> None:
    (ev,) = [e for e in analyze("Tensions rose after the killing of 20 Valdorian soldiers by "
                                "Karesh forces in a border dispute.").events
             if e.type == "ASSAULT"]
    assert ev.fatalities == 20 and [a.text for a in ev.actors] == ["Karesh forces"]


def test_no_one_killed_is_zero_dead(analyze: Any) -> None:
    (ev,) = [e for e in analyze("No one was killed in the attack on the Karesh embassy.").events
             if e.type == "ASSAULT"]
    assert ev.fatalities == 0 and ev.modality == "asserted"
