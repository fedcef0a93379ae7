"""One happening told several times in an article: the lede, a recap, a quote.

"Gunmen killed 12 soldiers near Tarsk on Monday ... The attack on the soldiers was the
deadliest this year": both sentences give an ASSAULT; counting both counts one attack twice.
A later event that tells the same happening as an earlier one keeps its own evidence (its
trigger, sentence and quote) and points at the first telling through ``same_as``; an analyst
who counts happenings counts the events with no ``same_as``.

Two events tell the same happening only when nothing they say disagrees and they share enough:
- the same type, the same ``historical`` flag and modality (a threat is no attack, a background
  attack no fresh one);
- no party, place, date or mode that disagrees: where both name actors (recipients) they share
  one (by knowledge-base name, else by country and sector, else by text); where both have a
  place, it is the same place or one lies in the other's country; where both have a date, the
  dates overlap; where both have a mode, it is the same one;
- and at least one party in common, or, for events with no party named at all, the same place
  at better than country precision.

Precision first: a missed merge leaves two events that were there before; a wrong merge hides
a happening. Measured on ECB+ within-document coreference (``dateline evaluate ecbplus``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dateline.model import Entity, Event, EventDate, Location

NAME = "coref-v1"
#: acts whose repeated tellings are one happening; statements, meetings and appeals are often
#: made again (a second "urged", another meeting), so they are never linked
MATERIAL = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID", "RETREAT", "SANCTION"})
#: a campaign holds many incidents: "the offensive" is not "the attack" in it
_CAMPAIGNS = frozenset({"offensive", "campaign", "war", "fighting", "violence", "conflict",
                        "operation", "operations", "crackdown", "insurgency", "unrest",
                        "protests", "demonstrations", "clashes", "attacks", "strikes", "raids",
                        "arrests", "killings", "bombings", "shootings"})


def _campaign(e: Event) -> bool:
    return e.trigger.text.lower().rsplit(" ", 1)[-1] in _CAMPAIGNS


def link(events: list[Event], text: str) -> list[Event]:
    """The article's events (in text order) with ``same_as`` set on each later telling of a
    happening to the id of its first telling (``text``: the article's)."""
    out: list[Event] = []
    for event in events:
        first = next((e for e in reversed(out) if same_happening(e, event, text)), None)
        if first is not None and first.sentence != event.sentence:
            event = replace(event, same_as=first.same_as or first.id)
        out.append(event)
    return out


def same_happening(a: Event, b: Event, text: str) -> bool:
    """Does ``b`` tell the happening ``a`` told before it (see the module doc)?"""
    if (a.type, a.historical, a.modality) != (b.type, b.historical, b.modality) \
            or b.type not in MATERIAL or _campaign(a) or _campaign(b):
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    if not (_places_agree(a.location, b.location) and _dates_agree(a.date, b.date)):
        return False
    if _another(b, text):
        return False  # "another attack", "a second shooting", "imposed new sanctions"
    actors = _parties_agree(a.actors, b.actors)
    recipients = _parties_agree(a.recipients, b.recipients)
    if actors is False or recipients is False:
        return False
    if _stem(a) != _stem(b) and not (_definite(b, text) and _stem(b) in _ANAPHORS
                                     and (actors or recipients)):
        return False  # "beat" and "molested" are two acts; "the attack" on the same party may
        # point back at "struck"
    if actors == "named" or recipients == "named":
        return True
    if actors or recipients:  # only groups in common ("soldiers"): the later telling must
        # point back ("the attack", "Monday's raid") or agree on the toll or on the place
        return _definite(b, text) or (a.fatalities is not None and a.fatalities == b.fatalities) \
            or _same_site(a.location, b.location)
    # no party to compare: only a telling that points back ("the shooting") to the nearest
    # earlier one
    return _definite(b, text)


_OTHER = frozenset({"another", "second", "third", "new", "separate", "fresh", "earlier",
                    "previous", "latest", "further", "other", "similar", "more", "two", "three",
                    "several", "many", "first"})


def _words_before(e: Event, text: str) -> list[str]:
    """The words of the trigger's sentence in the 40 characters before it, lower case."""
    return text[max(e.sentence.start, e.trigger.start - 40) : e.trigger.start].lower().split()


def _another(e: Event, text: str) -> bool:
    """"another attack", "a second shooting", "imposed new sanctions", "struck again"; a running
    count ("the fourth killed in two weeks") or a general statement ("Christians are murdered")."""
    before = _words_before(e, text)
    after = re.findall(r"[a-z]+", text[e.trigger.end : e.sentence.end].lower())
    return bool(set(before[-3:] + e.trigger.text.lower().split()) & (_OTHER | _ORDINALS)) or bool(
        {"again", "anew"} & set(after[:6])) or (bool(before) and before[-1] in ("are", "is"))


_ORDINALS = frozenset({"fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                       "latest", "every", "each", "whenever"})


def _stem(e: Event) -> str:
    """The first letters of the trigger's last word: "killing" and "killed", "arrest" and
    "arrested", "resignation" twice."""
    return e.trigger.text.lower().rsplit(" ", 1)[-1][:4]


#: stems of the nouns that name a happening told before whatever its verb was ("the attack")
_ANAPHORS = frozenset({"atta", "assa", "bomb", "raid", "stri", "shoo", "blas", "expl", "inci",
                       "kill", "arre", "prot", "demo", "rall", "dete", "depl", "with"})


_POINTERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her",
                       "'s", "’s"})


def _definite(e: Event, text: str) -> bool:
    """The trigger points back at something told: "the attack", "Monday's raid", "the same
    strike"."""
    before = _words_before(e, text)
    return bool(before) and (before[-1] in _POINTERS or before[-1].endswith(("'s", "’s"))
                             or (len(before) > 1 and before[-2] in _POINTERS
                                 and before[-1].isalpha()))


def _same_site(a: Location | None, b: Location | None) -> bool:
    return a is not None and b is not None and a.precision not in ("country", "region") \
        and a.name == b.name


def _key(e: Entity) -> str | None:
    """What identifies a party: its knowledge-base name, its country and sector, or the text of
    a named one; None for a generic group ("gunmen", "12 soldiers")."""
    if e.name:
        return e.name.lower()
    if e.country:
        return f"{e.country}/{e.sector or ''}"
    if e.kind == "person":  # "Deputy Sheriff Jerry Ortiz", later "Ortiz"
        return e.text.lower().rsplit(" ", 1)[-1]
    if e.kind in ("organization", "place"):
        return e.text.lower().removeprefix("the ")
    return None


def _head(e: Entity) -> str:
    return e.text.lower().rsplit(" ", 1)[-1]


def _parties_agree(a: tuple[Entity, ...], b: tuple[Entity, ...]) -> str | bool | None:
    """"named": they share an identified party; "group": only a generic group ("soldiers", by
    its head word); False: both identify parties and share none; None: nothing to compare (a
    generic group never disagrees)."""
    ids_a = {k for x in a if (k := _key(x))}
    ids_b = {k for y in b if (k := _key(y))}
    if ids_a & ids_b:
        return "named"
    if ids_a and ids_b:
        # a country and a body of it told without a knowledge-base name: same country, one
        # without a sector ("Valdoria" and "Valdorian officials")
        countries = {(x.country, x.sector) for x in a if x.country}
        if any(y.country and any(c == y.country and (s is None or y.sector is None)
                                 for c, s in countries) for y in b):
            return "named"
        return False
    generic_a = {_head(x) for x in a if _key(x) is None}
    generic_b = {_head(y) for y in b if _key(y) is None}
    return "group" if generic_a & generic_b else None


def _places_agree(a: Location | None, b: Location | None) -> bool:
    if a is None or b is None or a.name == b.name:
        return True
    if a.precision == "country" and b.country == a.country:
        return True
    return b.precision == "country" and a.country == b.country


def _dates_agree(a: EventDate | None, b: EventDate | None) -> bool:
    if a is None or b is None:
        return True
    return a.start[: len(b.end)] <= b.end and b.start[: len(a.end)] <= a.end
