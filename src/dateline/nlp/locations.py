"""The location of an event: which of its sentence's toponyms (else the dateline) it happened at.

:func:`event_location` -> the :class:`~dateline.model.Location` of an event: a toponym attached to
the trigger ("in/at/near/outside ... X", or its object), else a toponym of the sentence that is no
actor metonym ("Washington said", "U.S. forces"), else the dateline place; a name the gazetteer
lacks, placed only in the article's country, ranks after the known ones. The toponyms come from
:func:`dateline.nlp.places.place_mentions`.
"""

from __future__ import annotations

from typing import Any

from dateline.geo.gazetteer import Place
from dateline.model import Location, Span
from dateline.nlp.context import DocContext
from dateline.nlp.places import PlaceMention, place_mentions

LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "across", "inside", "into",
                      "throughout", "within", "on", "off", "over", "along", "toward", "towards",
                      "from", "through", "between", "north", "south", "east", "west"})
#: dependency relations of a toponym that stands for an actor, not a place
_METONYM_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "compound", "amod", "nmod", "agent"})


def to_location(place: Place, span: Span | None) -> Location:
    return Location(text=span.text if span else place.name, name=place.name,
                    country=place.country, lat=place.lat, lon=place.lon, precision=place.kind,
                    span=span, geonameid=place.geonameid)


def _attached(head: Any, trigger: Any) -> bool:
    """The toponym is a locative complement or the object of the trigger."""
    if head.dep_ in ("dobj", "obj", "npadvmod") and head.head.i == trigger.i:
        return True
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in LOCATIVE:
        return False
    gov = prep.head
    for _ in range(3):  # "killed ... in a strike near Kabul": the prep may hang on a noun
        if gov.i == trigger.i:
            return True
        if gov.head is gov:
            return False
        gov = gov.head
    return False


def _metonym(head: Any) -> bool:
    """The toponym names or qualifies a party ("Washington said", "a US-led coalition invaded"):
    up through modifiers, never through a preposition ("a bomb in Kabul killed" is in Kabul)."""
    node = head
    for _ in range(4):
        if node.dep_ in _METONYM_DEPS:
            return True
        if node.dep_ not in ("npadvmod", "nmod", "amod", "compound", "conj") or node.head is node:
            return False
        node = node.head
    return False


def dateline_location(ctx: DocContext) -> Location | None:
    """The dateline's place, resolved with the article's other toponyms as context."""
    for m in reversed(place_mentions(ctx)):
        if m.label == "DATELINE":
            return to_location(m.place, m.span) if m.place is not None else None
    return None


def event_location(ctx: DocContext, sent_start: int, sent_end: int, trigger_i: int, *,
                   actors: frozenset[tuple[int, int]] = frozenset(),
                   recipients: frozenset[tuple[int, int]] = frozenset(),
                   recipient_place: bool = True) -> Location | None:
    """Where the event of ``trigger_i`` (a token index) in sentence ``[sent_start, sent_end)``
    happened, or ``None``. In order: a toponym attached to the trigger (one the gazetteer knows
    before one only placed in the article's country, "near the Zorbal River"), the nearest other
    toponym of the sentence that is no actor metonym, the dateline, the nearest inferred one.
    ``actors`` and ``recipients``: character spans of the event's parties; such a toponym is a
    party, not the place ("Jordan and Qatar supported", "Iran condemned Israel"), except a
    recipient where ``recipient_place`` (the act happens there: "attacked Kirkuk", "visited
    Iraq")."""
    trigger = ctx.doc[trigger_i]
    attached: list[PlaceMention] = []
    loose: list[PlaceMention] = []
    for m in place_mentions(ctx):
        if not (sent_start <= m.start and m.end <= sent_end) or m.place is None \
                or m.label in ("NORP", "EMBED", "DATELINE"):
            continue
        if any(s <= m.span.start and m.span.end <= e
               for s, e in (actors if recipient_place else actors | recipients)):
            continue
        head = ctx.doc[m.start:m.end].root
        if _attached(head, trigger):
            attached.append(m)
        elif not _metonym(head):
            loose.append(m)
    known = [m for m in loose if m.place is not None and not m.place.inferred]
    for found in (sorted(attached, key=lambda m: m.place is not None and m.place.inferred),
                  sorted(known, key=lambda m: abs(m.start - trigger_i))):
        if found:
            return _located(found[0])
    where = dateline_location(ctx)
    if where is None and loose:
        return _located(min(loose, key=lambda m: abs(m.start - trigger_i)))
    return where


def _located(m: PlaceMention) -> Location:
    assert m.place is not None
    return to_location(m.place, m.span)
