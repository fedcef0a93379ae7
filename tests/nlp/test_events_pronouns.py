"""Pronoun arguments (`dateline.nlp.events.pronouns`): a subject pronoun that opens its
sentence stands for the subject of the sentence before when it fits, not for a party named
later in that sentence."""

from __future__ import annotations

from typing import Any

import pytest


def _actors(analysis: Any, etype: str, trigger: str) -> list[str]:
    (ev,) = [e for e in analysis.events if e.type == etype and e.trigger.text == trigger]
    return [a.text for a in ev.actors]


@pytest.mark.parametrize(("text", "etype", "trigger", "actor"), [
    ("Prosecutors charged a soldier with plotting to target members of the Tarsk League. "
     "They indicted him on one count of distributing weapons.", "ACCUSE", "indicted",
     "Prosecutors"),
    ("Arlen Voss told an undercover agent about his plans to target candidate Mira Holt. "
     "He also discussed plans to travel to Velmora.", "CONSULT", "discussed", "Arlen Voss"),
    ("Maria Kessler criticized David Orrin on Monday. She accused him of corruption.",
     "ACCUSE", "accused", "Maria Kessler"),
    ("The rebels attacked the Tarsk Brigade on Monday. Then they withdrew to the hills.",
     "RETREAT", "withdrew", "rebels"),
    ("The two brothers moved to Orvik in 2002 with the Tarsk League. They rarely met Velmoran "
     "officials, a friend said.", "CONSULT", "met", "two brothers"),
])
def test_an_opening_subject_pronoun_is_the_previous_subject(analyze: Any, text: str, etype: str,
                                                           trigger: str, actor: str) -> None:
    assert _actors(analyze(text), etype, trigger) == [actor]


def test_the_previous_subject_must_fit_the_pronoun(analyze: Any) -> None:
    # "it" is no person: the previous subject (a minister) is passed over for the ministry
    analysis = analyze("Minister David Orrin visited the Velmoran Defence Ministry on Monday. "
                       "It condemned the Tarsk League.")
    assert _actors(analysis, "ACCUSE", "condemned") == ["Velmoran Defence Ministry"]


def test_a_possessive_in_a_fronted_participle_clause_is_the_main_subject(analyze: Any) -> None:
    analysis = analyze("Speaking to the broadcaster Kanal 9 before her detention, Maria Kessler "
                       "said the authorities were trying to intimidate the opposition.")
    (ev,) = [e for e in analysis.events if e.type == "COERCE"]
    assert [r.text for r in ev.recipients] == ["Maria Kessler"]


def test_it_can_be_a_named_institution_phrase(analyze: Any) -> None:
    analysis = analyze("The strikes will force Karesh to reconsider, the Karesh security council "
                       "said.\n\nIraq’s Foreign Ministry said it would summon the Velmoran envoy.")
    assert _actors(analysis, "ACCUSE", "summon") == ["Iraq’s Foreign Ministry"]
