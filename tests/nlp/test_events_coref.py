"""One happening told several times in an article (nlp/events/coref.py). Fictional articles:
invented people, places and groups."""

from __future__ import annotations

from typing import Any

from dateline.model import Entity, Event, Location, Span
from dateline.nlp.events.coref import link, same_happening

ARTICLE = (
    "TARSK, Meridia (Demo Wire) - Gunmen of the Orsk Front killed 12 Meridian soldiers at a "
    "checkpoint near Tarsk on Monday, officials said.\n\n"
    "The Meridian army said the attack on the soldiers was carried out by the Orsk Front.\n\n"
    "In a separate incident, Valdorian troops attacked a border post on Tuesday.\n\n"
    "Meridia condemned the Orsk Front on Tuesday. Valdoria condemned the Orsk Front too."
)


def test_a_recap_points_at_the_first_telling(analyze: Any) -> None:
    events = analyze(ARTICLE, published="2026-03-04").events
    killed = next(e for e in events if e.trigger.text == "killed")
    recap = next(e for e in events if e.trigger.text == "attack")
    assert killed.same_as is None and recap.same_as == killed.id
    # another attack, and statements (two condemnations are two acts), stay apart
    assert next(e for e in events if e.trigger.text == "attacked").same_as is None
    assert [e.same_as for e in events if e.type == "ACCUSE"] == [None, None]


TEXT = ("Valdorian jets struck Orsk on Monday. The strike on Orsk was condemned. "
        "Officials said Valdorian jets struck Orsk. Another strike hit Tarsk. "
        "Meridian jets struck Orsk. Valdorian jets struck Orsk again.")


def _event(trigger: str, *, actor: str | None = "Valdoria", recipient: str | None = "Orsk",
           where: str | None = None, nth: int = 1, **kw: Any) -> Event:
    at = -1
    for _ in range(nth):
        at = TEXT.index(trigger, at + 1)
    span = Span.of(TEXT, at, at + len(trigger))
    sentence_start = TEXT.rfind(". ", 0, at) + 2 if TEXT.rfind(". ", 0, at) >= 0 else 0
    sentence = Span.of(TEXT, sentence_start, TEXT.index(".", at) + 1)

    def party(name: str | None) -> tuple[Entity, ...]:
        return () if name is None else (Entity(name, None, name, None, None, kind="place"),)

    place = None if where is None else Location(where, where, "MRD", None, None, "city", None)
    return Event(id=f"e-{at}", type="ASSAULT", trigger=span, sentence=sentence,
                 actors=party(actor), recipients=party(recipient), location=place, **kw)


def test_the_same_parties_and_a_pointing_noun_tell_one_happening() -> None:
    first = _event("struck")
    recap = _event("strike", actor=None)  # "The strike on Orsk was condemned."
    assert same_happening(first, recap, TEXT)
    assert link([first, recap], TEXT)[1].same_as == first.id


def test_what_disagrees_keeps_two_happenings() -> None:
    first = _event("struck")
    assert not same_happening(first, _event("struck", actor="Meridia", nth=3), TEXT)
    assert not same_happening(first, _event("strike", actor=None, nth=2), TEXT)  # "Another"
    assert not same_happening(first, _event("struck", nth=2, modality="future"), TEXT)
    assert not same_happening(first, _event("struck", nth=2, historical=True), TEXT)
    assert not same_happening(_event("struck", where="Orsk"),
                              _event("struck", nth=2, where="Tarsk"), TEXT)
    assert not same_happening(first, _event("struck", nth=4), TEXT)  # "struck Orsk again"
    a, b = _event("struck", mode="aerial"), _event("struck", nth=2, mode="heavy-weapons")
    assert not same_happening(a, b, TEXT)


def test_statements_are_never_linked() -> None:
    first = _event("struck")
    said = _event("struck", nth=2)  # "Officials said Valdorian jets struck Orsk."
    assert same_happening(first, said, TEXT)
    assert not same_happening(Event(**{**_fields(first), "type": "ACCUSE"}),
                              Event(**{**_fields(said), "type": "ACCUSE"}), TEXT)


def _fields(e: Event) -> dict[str, Any]:
    return {name: getattr(e, name) for name in Event.__dataclass_fields__}
