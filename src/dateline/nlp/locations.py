"""The location of an event: which of its sentence's toponyms (else the dateline) it happened at.

:func:`event_location` -> the :class:`~dateline.model.Location` of an event: a toponym attached to
the trigger ("in/at/near/outside ... X", or its object), else a toponym of the sentence that is no
actor metonym ("Washington said", "U.S. forces"), else the dateline place; a name the gazetteer
lacks, placed only in the article's country, ranks after the known ones. The toponyms come from
:func:`dateline.nlp.places.place_mentions`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dateline.geo.gazetteer import Place
from dateline.model import Location, Span
from dateline.nlp.context import DocContext
from dateline.nlp.places import PlaceMention, place_mentions

LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "across", "inside", "into",
                      "throughout", "within", "on", "off", "over", "along", "toward", "towards",
                      "from", "through", "between", "north", "south", "east", "west"})
#: prepositions that introduce what an act is about, not where it is
_TOPIC = frozenset({"on", "about", "over", "regarding", "concerning"})
#: dependency relations of a toponym that stands for an actor, not a place
_METONYM_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "compound", "amod", "nmod", "agent"})


def to_location(place: Place, span: Span | None) -> Location:
    return Location(text=span.text if span else place.name, name=place.name,
                    country=place.country, lat=place.lat, lon=place.lon, precision=place.kind,
                    span=span, geonameid=place.geonameid)


def _attached(head: Any, trigger: Any, parties: EventParties) -> bool:
    """The toponym is a locative complement or the object of the trigger (or of its event noun:
    "attended a meeting with Khamenei in Tehran"); a visit's destination ("visit to China")."""
    own = {trigger.i, parties.noun}
    if head.dep_ in ("dobj", "obj", "npadvmod") and head.head.i in own:
        return True
    prep = head.head
    if head.dep_ != "pobj" or not (prep.lower_ in LOCATIVE or (
            parties.visit and prep.lower_ == "to" and prep.head.i in own)):
        return False
    gov = prep.head
    for _ in range(3):  # "killed ... in a strike near Kabul": the prep may hang on a noun
        if gov.i in own:
            return True
        if gov.lower_ in _TOPIC or (gov.pos_ in ("VERB", "AUX") and not _participle(gov)):
            return False  # "talks on the developments in Syria", "agreed to discuss transit
            # through Syria": the place of a topic or of another clause ("Speaking in Brussels,
            # he urged": an adverbial clause's place is the act's)
        if gov.head is gov:
            return False
        gov = gov.head
    return False


def _participle(verb: Any) -> bool:
    """ "Speaking in Brussels, the minister urged ...": a bare participial adjunct."""
    return bool(verb.dep_ == "advcl" and verb.tag_ == "VBG"
                and not any(c.dep_ in ("mark", "aux", "nsubj") for c in verb.children))


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


@dataclass(frozen=True, slots=True)
class EventParties:
    """What the event extractor knows of an event, for its location.

    ``actors`` and ``recipients``: character spans of its parties; such a toponym is a party, not
    the place ("Jordan and Qatar supported", "Iran condemned Israel"), except a recipient of a
    material act or a visit (it happens there: "attacked Kirkuk", "visited Iraq"). ``countries``:
    countries that are parties themselves; no mention of them is the place ("Iran and Azerbaijan
    signed ... to import power from Azerbaijan"). ``material``: a material act may take a toponym
    of its sentence that hangs elsewhere ("a bomb exploded ... in the market near Kabul"); a
    verbal or cooperative act only one attached to it ("agreed to discuss transit through
    Azerbaijan" is not in Azerbaijan), a visit its destination too ("a visit to China")."""

    actors: frozenset[tuple[int, int]] = frozenset()
    recipients: frozenset[tuple[int, int]] = frozenset()
    countries: frozenset[str] = frozenset()
    material: bool = True
    #: token index of the event noun of a light verb ("attended a meeting"), if any
    noun: int | None = None
    #: a visit: "to X" is where it goes
    visit: bool = False

    @property
    def acts_there(self) -> bool:
        return self.material or self.visit

    def excludes(self, m: PlaceMention) -> bool:
        spans = self.actors if self.acts_there else self.actors | self.recipients
        return any(s <= m.span.start and m.span.end <= e for s, e in spans) or (
            m.place is not None and m.place.kind == "country" and m.place.country in self.countries)


def event_location(ctx: DocContext, sent_start: int, sent_end: int, trigger_i: int,
                   parties: EventParties | None = None) -> Location | None:
    """Where the event of ``trigger_i`` (a token index) in sentence ``[sent_start, sent_end)``
    happened, or ``None``. In order: a toponym attached to the trigger (one the gazetteer knows
    before one only placed in the article's country, "near the Zorbal River"), for a material
    act the nearest other toponym of the sentence that is no actor metonym, the dateline, the
    nearest inferred one; never one of the event's parties (:class:`EventParties`)."""
    parties = parties or EventParties()
    trigger = ctx.doc[trigger_i]
    attached: list[PlaceMention] = []
    loose: list[PlaceMention] = []
    for m in place_mentions(ctx):
        if not (sent_start <= m.start and m.end <= sent_end) or m.place is None \
                or m.label in ("NORP", "EMBED", "DATELINE") or parties.excludes(m):
            continue
        head = ctx.doc[m.start:m.end].root
        if _attached(head, trigger, parties):
            attached.append(m)
        elif parties.material and not _metonym(head):
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
