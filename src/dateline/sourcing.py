"""Sourcing grade of an article from its quotes (no spaCy here).

Counts the distinct sources behind the article's quotes (named vs anonymous; a speaker is
counted once however often it speaks; quotes with no identified speaker, and people described
only by a role that nothing names or places, "the journalist", are not counted; "a Pentagon
spokesman" counts, on the record for the Pentagon),
decides whether the article is *relayed* (its statements come second-hand: a wire credit of
another agency, or at least half of the attributed statements passed through another outlet
or document, or were made by another outlet), and grades it:

====  ==========================================================================================
A     three or more named on-record sources besides states, anonymous ones at most a third as
      many as the named ones; first-hand
B     two or more named sources besides states, more named than anonymous
C     thin or mixed: a single named source (or only states), or as many anonymous as named
D     mostly anonymous: anonymous sources outnumber named ones, or only anonymous sources
E     a single anonymous source, or only anonymous sources relayed through another outlet
none  no attributed statements: everything is in the outlet's own voice
====  ==========================================================================================

*States*: a country, a capital or a national government speaking as a whole ("Iran said",
"Washington rejected", "the Chinese government") is a named organisational source and counts
among the named sources, but a state is not a source anybody can be held to or asked about in
person: states alone never lift an article above C, and A/B need three/two named sources
besides them (a wire story built on "Iran said ... the US said ... Israel said" is C, not A).

Only quotes that show where the article got something count: someone's own words (direct
quotes), statements ("said", "told", "accused"), documents' findings and "according to".
Positions the article reports ("X supports Y", "X believes", "X vowed to") are not sources.

A relayed article drops one grade (A->B ... D->E). The grade is about sourcing, never about
whether the article is true. ``reasons`` explain each step in words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dateline.model import Article, Quote, Sourcing, Speaker
from dateline.nlp.quotes.lexicon import SOURCE_CLASSES, cue_class, is_outlet_phrase, lexicon
from dateline.nlp.quotes.relays import publisher_names

NAME = "dateline.sourcing.v1"
_GOVERNMENT = re.compile(r"[A-Z]{3}\.GOV")  # a national government as a whole ("IRN.GOV")
GRADES = ("A", "B", "C", "D", "E")


def _key(sp: Speaker) -> str | None:
    """Identity of a source: its canonical name, knowledge-base id or its words."""
    if sp.kb_id:
        return f"kb:{sp.kb_id}"
    if sp.name:
        return f"name:{sp.name.lower()}"
    if sp.text and sp.span is not None:
        return f"text:{sp.span.start}:{sp.text.lower()}"
    return None


def _second_hand(q: Quote, publisher: set[str]) -> bool:
    if q.via:
        return True
    name = (q.speaker.name or q.speaker.text or "").strip()
    return bool(name) and name.lower() not in publisher and is_outlet_phrase(name) \
        and q.speaker.kind != "person"


def _own_reporter(sp: Speaker, own: set[str]) -> bool:
    """"the BBC's Laura Bicker" in a BBC story: the outlet's own correspondent."""
    text = (sp.text or "").lower()
    return any(f"{name}'s " in text or f"{name}’s " in text for name in own if name)


def is_sourced(q: Quote) -> bool:
    """A quote that shows where the article got something: someone's own words (direct), a
    statement, a document's finding, "according to". Positions the article reports ("X
    supports Y", "X believes", "X vowed to") are not sources."""
    return q.kind == "direct" or cue_class(q.cue.text if q.cue else None) in SOURCE_CLASSES


def _publisher(article: Article) -> set[str]:
    names = {n.lower() for n in (article.outlet,) if n}
    if article.dateline and article.dateline.source_code:
        names.add(article.dateline.source_code.lower())
    return names


def grade(named: int, anonymous: int, relayed: bool, *, states: int = 0) -> tuple[str, list[str]]:
    """The grade for these counts (``states``: how many of the ``named`` are states), with the
    reasons for it."""
    if named + anonymous == 0:
        return "none", ["no attributed statements: the article speaks in its own voice"]
    if named == 0:
        letter = "E" if anonymous == 1 or relayed else "D"
        why = ("a single anonymous source" if anonymous == 1
               else f"only anonymous sources ({anonymous})")
        reasons = [f"{why}: nobody speaks on the record"]
        if relayed and letter == "E" and anonymous > 1:
            reasons.append("anonymous sources relayed through another outlet")
        return letter, reasons
    core = named - states
    if anonymous > named:
        letter, why = "D", f"anonymous sources outnumber named ones ({anonymous} to {named})"
    elif core >= 3 and anonymous * 3 <= named:
        letter, why = "A", f"{named} named on-record sources"
    elif core >= 2 and anonymous < named:
        letter, why = "B", f"{named} named sources, {anonymous} anonymous"
    elif core == 0:
        letter, why = "C", f"only states speak by name ({states})"
    elif named == 1 and anonymous == 0:
        letter, why = "C", "a single named source"
    elif anonymous < named:
        letter, why = "C", f"{core} named source besides states"
    else:
        letter, why = "C", f"as many anonymous as named sources ({anonymous} and {named})"
    reasons = [why]
    if states and named > core:
        which = "is a state" if states == 1 else "are states"
        reasons.append(f"{states} of the named sources {which} speaking as a whole: states "
                       "do not lift the grade on their own")
    if relayed:
        letter = GRADES[min(len(GRADES) - 1, GRADES.index(letter) + 1)]
        reasons.append("one grade lower: relayed second-hand through another outlet")
    return letter, reasons


def is_state(sp: Speaker) -> bool:
    """A country, a capital or a national government speaking as a whole ("Iran said")."""
    kb = sp.kb_id or ""
    return sp.kind == "organization" and not sp.anonymous and (
        kb.startswith("country:") or _GOVERNMENT.fullmatch(kb) is not None)


def grade_sourcing(article: Article, quotes: Sequence[Quote]) -> Sourcing:
    """The sourcing of ``article`` from its ``quotes`` (see the module docstring)."""
    named: dict[str, str] = {}
    anonymous: dict[str, str] = {}
    states: set[str] = set()
    own = publisher_names(article, lexicon())
    quotes = [q for q in quotes if is_sourced(q)]
    for q in quotes:
        if (q.speaker.name or "").lower() in own or _own_reporter(q.speaker, own):
            continue  # the publisher's own reporting and reporters are not sources
        key = _key(q.speaker)
        sp = q.speaker
        if key is None or sp.kind == "unknown" or (
                sp.kind == "person" and not sp.anonymous and not sp.name
                and not (sp.kb_id or sp.country or sp.sector)):
            continue  # no speaker, or a role nobody named or placed ("the journalist")
        label = q.speaker.name or q.speaker.text or key
        target = anonymous if q.speaker.anonymous else named
        if not q.speaker.anonymous and label in target.values() and key not in target:
            continue  # "CNN" the network and "a CNN poll": one named source
        target.setdefault(key, label)
        if is_state(sp):
            states.add(key)
    publisher = _publisher(article)
    relays = tuple(dict.fromkeys(v for q in quotes for v in q.via))
    second = sum(_second_hand(q, publisher) for q in quotes)
    relayed = bool(quotes) and second * 2 >= len(quotes)
    letter, reasons = grade(len(named), len(anonymous), relayed, states=len(states))
    if named:
        reasons.append("named: " + "; ".join(list(named.values())[:6]))
    if anonymous:
        reasons.append("anonymous: " + "; ".join(list(anonymous.values())[:6]))
    if relays:
        reasons.append(f"relayed via {', '.join(relays)} ({second} of {len(quotes)} "
                       "attributed statements second-hand)")
    return Sourcing(len(named), len(anonymous), relayed, letter, tuple(reasons), relays, NAME)
