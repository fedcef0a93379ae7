"""The location of an event: which of its sentence's toponyms (else the dateline) it happened at.

:func:`event_location` -> the :class:`~dateline.model.Location` of an event: a toponym attached to
the trigger ("in/at/near/outside ... X", or its object), else a toponym of the sentence that is no
actor metonym ("Washington said", "U.S. forces"), else the dateline place; a name the gazetteer
lacks, placed only in the article's country, ranks after the known ones. The toponyms come from
:func:`dateline.nlp.places.place_mentions`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Any

from dateline.geo.gazetteer import Place
from dateline.model import Event, Location, Span
from dateline.nlp.context import DocContext
from dateline.nlp.places import PlaceMention, place_mentions

LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "across", "inside", "into",
                      "throughout", "within", "on", "off", "over", "along", "toward", "towards",
                      "from", "through", "between", "north", "south", "east", "west"})
#: prepositions that introduce what an act is about, not where it is
_TOPIC = frozenset({"on", "about", "over", "regarding", "concerning"})
#: types whose recipient place is where the act happens ("attacked Kirkuk", "sent aid to Gaza",
#: "withdrew from Kirkuk"); a verbal act's toponym recipient is a party ("condemned Israel")
MATERIAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "PROTEST"})
#: how many sentences back a material event's place still holds for the next ones
CARRY_SENTENCES = 2
#: the party and state of a US legislator ("R-Texas", "D-N.Y.")
_PARTY_STATE = re.compile(r"(?<![A-Za-z])[RDI]-$")
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
    if head.dep_ == "compound" and head.pos_ == "PROPN" and parties.acts_there and (
            head.head.i in own or (
                trigger.dep_ == "relcl" and head.head.i == trigger.head.i)):
        return True  # "the London attack", "an India visit" (not "the Russia investigation")
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
        if gov.head == gov:
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
        if node.dep_ not in ("npadvmod", "nmod", "amod", "compound", "conj") or node.head == node:
            return False
        node = node.head
    return False


def _site_of(head: Any) -> Any:
    """"in a Kabul market", "at a Baghdad checkpoint": the toponym names where the site is, and
    the site's noun hangs on the event (never a party's: "in a US strike" stays a metonym)."""
    from dateline.nlp.events.lexicon import lexicon

    site = head
    while site.dep_ == "compound" and site.head != site:
        site = site.head
    if site is not head and site.pos_ == "NOUN" and site.lemma_.lower() in lexicon().classes[
            "place_noun"]:
        return site
    return head


def placed_sentences(ctx: DocContext) -> dict[int, frozenset[str]]:
    """The countries of the places each sentence names (no demonym, no dateline), by number."""
    starts = [s.start for s in ctx.doc.sents]
    out: dict[int, set[str]] = {}
    for m in place_mentions(ctx):
        if m.place is not None and m.place.country and m.label not in ("NORP", "EMBED",
                                                                        "DATELINE"):
            out.setdefault(bisect.bisect_right(starts, m.start) - 1, set()).add(m.place.country)
    return {n: frozenset(c) for n, c in out.items()}


def _party_role(head: Any) -> bool:
    """The toponym is a party of some act of the sentence, not a place: an object told to act
    ("prompted the U.S. to evacuate", "warned Iran"), or the "with/against/by/for" party
    ("fought with the U.S."); not the object of a move ("fled Myanmar", "stripped Kashmir of")."""
    if head.dep_ == "dative" or (head.dep_ == "dobj" and any(
            c.dep_ in ("xcomp", "ccomp") for c in head.head.children)):
        return True
    return bool(head.dep_ == "pobj" and head.head.lower_ in ("with", "against", "by", "for"))


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
        if _PARTY_STATE.search(ctx.article.text, max(0, m.span.start - 3), m.span.start):
            continue  # "Sen. Ted Cruz, R-Texas": the senator's state, not a place of the event
        head = _site_of(ctx.doc[m.start:m.end].root)
        if _attached(head, trigger, parties):
            attached.append(m)
        elif parties.material and not _metonym(head) and not _party_role(head):
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


def carry_forward(events: list[tuple[int, Event]], dateline: Span | None,
                  placed: dict[int, frozenset[str]] | None = None) -> list[Event]:
    """Events (with their sentence numbers, in text order) where a material act placed only by
    the dateline, or not at all, takes the place of the asserted material act just before it
    (at most :data:`CARRY_SENTENCES` sentences back): "Bou Habib referred to the gunfire in
    Beirut in which seven people were killed. Snipers fired at the crowd." is in Beirut, not in
    the Tehran of the dateline. Not when the event's parties, or the places its own sentence
    names (``placed``: countries by sentence number), belong to other countries than that place
    ("Iran tested a missile" after a strike on Gaza), nor for background events."""
    placed = placed or {}
    out: list[Event] = []
    last: tuple[int, Location] | None = None
    for n, ev in events:
        loc = ev.location
        material = ev.type in MATERIAL and not ev.historical
        told_here = loc is not None and loc.span is not None and loc.lat is not None and not (
            dateline is not None and dateline.start <= loc.span.start < dateline.end) and (
            ev.sentence.start <= loc.span.start < ev.sentence.end)
        if material and told_here and ev.modality == "asserted":
            assert loc is not None
            last = (n, loc)
        elif material and not told_here and last is not None \
                and n - last[0] <= CARRY_SENTENCES and _fits(ev, last[1]) \
                and last[1].country in placed.get(n, {last[1].country}):
            ev = replace(ev, location=last[1])
        out.append(ev)
    return out


def _fits(ev: Event, place: Location) -> bool:
    countries = {p.country for p in (*ev.actors, *ev.recipients) if p.country}
    return not countries or place.country in countries
