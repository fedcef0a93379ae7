"""Toponym resolution: the place each name in an article refers to, decided together.

Pure Python over the :class:`~dateline.geo.gazetteer.Gazetteer` (no spaCy). A name's candidates
come from :mod:`dateline.geo.names`; each gets a prior (kind and population: a country over a
village of the same name, a capital city over its province) plus the article's own context
(:mod:`dateline.geo.evidence`):

- "City, State" / "City, Country" patterns ("Alexandria, La.", "Tripoli, Lebanon");
- the countries and first-level divisions of the article's other places, of its dateline and of
  its actors (``Hints``), counted as votes, without the mention's own vote;
- nearness to the article's other places, and support from the likely candidates of its other
  names ("Columbus" and "Platte County", Nebraska), provinces from the names inside them;
- "Jackson and Madison counties": each listed name is a county;
- one sense per discourse: every mention of the same name gets the same place.

Two passes: the first resolves with priors and the plain votes, the second with the votes of the
first pass's choices.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from dateline.geo.evidence import (
    Group,
    Support,
    Votes,
    context_bonus,
    haversine_km,
    prior,
    vote_weight,
)
from dateline.geo.gazetteer import CONTEXT_KEY, Gazetteer, Place, default_gazetteer, normalise
from dateline.geo.names import lookup
from dateline.geo.register import US_LOCAL_MIN_CUES, local_role, us_local_cues

__all__ = ["Hints", "Resolution", "dateline_place", "haversine_km", "resolve_spans"]

NAME = "dateline.geo.v1"

_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?"
#: "Barrow, Jackson and Madison counties": every name of the list is a county (parish)
_COUNTY_LIST = re.compile(rf"(?:\s*,\s*{_NAME})*\s*,?\s*(?:(?:and|or|&)\s+{_NAME}\s+)?"
                          r"(counties|parishes)\b")
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor|&)\s*$")
_AFTER_COMMA = re.compile(r"\s*,\s*((?:[A-Z][\w.'’-]*\.?)(?:\s+[A-Z][\w.'’-]*\.?){0,2})")
#: at most this many candidates per name are scored (the most prominent by prior)
MAX_CANDIDATES = 40
#: a name resolved with this confidence after the first pass supports only its own place
SETTLED = 0.8
#: confidence factor of a place found inside a longer name or after a compass word
PARTIAL_CONFIDENCE = 0.6
#: a name with no gazetteer entry is placed in the article's leading country (precision
#: ``country``, no coordinates) when that country holds at least this share of the votes,
#: ahead of any other
CONTEXT_SHARE = 0.5
#: the vote for the United States of an article in the register of US local news
US_LOCAL_VOTE = 1.0
#: a name the words around it make a town ("Jordan Elementary School", in a local paper) or a US
#: state ("the Georgia state line"): the bonus of the candidates of that kind
ROLE_BONUS = 6.0


@dataclass(frozen=True, slots=True)
class Hints:
    """What the article says besides its toponyms: actor countries (ISO3) and the dateline."""

    countries: tuple[str, ...] = ()
    dateline: str | None = None


@dataclass(frozen=True, slots=True)
class Resolution:
    place: Place
    confidence: float
    matched: str  # the name that was looked up


def _container(gaz: Gazetteer, text: str, end: int) -> Place | None:
    m = _AFTER_COMMA.match(text, end, min(len(text), end + 40))
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        place = gaz.after_comma(" ".join(words[:n]))
        if place is not None:
            return place
    return None


def _inside(place: Place, container: Place) -> bool:
    if container.kind == "country":
        return place.country == container.country and place.key != container.key
    if container.kind == "province":
        return place.admin1 == container.admin1 and place.key != container.key
    return False


def dateline_place(gaz: Gazetteer, dateline: str) -> Place | None:
    """The most likely place of a dateline ("BAGHDAD", "Arlington, Va."), without context."""
    name, _, rest = dateline.partition(",")
    found = lookup(gaz, name)
    if found is None:
        return None
    key, cands = found.key, found.cands
    container = gaz.after_comma(rest.strip()) if rest.strip() else None
    if container is not None and any(_inside(c, container) for c in cands):
        cands = [c for c in cands if _inside(c, container)]
    return max(cands, key=lambda c: prior(gaz, c, key, cands), default=None)


def _pick(g: Group, votes: Votes, weight: float,
          support: Support | None = None) -> tuple[Place, float]:
    scores: dict[str, float] = {}
    top = max(g.prior[c.key] for c in g.cands)
    for c in g.cands:
        ctx = context_bonus(c, votes, g.choice, g.key, weight, top - g.prior[c.key])
        if support is not None:
            ctx += support.bonus(c, g.key)
        s = g.prior[c.key] + ctx
        if g.container is not None and _inside(c, g.container):
            s += 6.0
        if (g.role == "town" and c.kind == "city") or \
                (g.role == "state" and c.kind == "province" and c.country == "USA"):
            s += ROLE_BONUS
        scores[c.key] = s
    ranked = sorted(g.cands, key=lambda c: -scores[c.key])
    best = ranked[0]
    margin = scores[best.key] - scores[ranked[1].key] if len(ranked) > 1 else 4.0
    return best, round(1 / (1 + math.exp(-margin)), 3)


def resolve_spans(text: str, spans: list[tuple[int, int]], *, hints: Hints | None = None,
                  gazetteer: Gazetteer | None = None) -> list[Resolution | None]:
    """The place of each ``text[start:end]`` span (``None`` when no gazetteer entry fits)."""
    gaz = gazetteer or default_gazetteer()
    hints = hints or Hints()
    groups: dict[str, Group] = {}
    of_span: list[tuple[Group, bool] | None] = []
    local = us_local_cues(text) >= US_LOCAL_MIN_CUES
    for i, (s, e) in enumerate(spans):
        listed = _COUNTY_LIST.match(text, e, min(len(text), e + 160))
        if listed is not None and listed.start(1) - e < 2 \
                and not _LIST_BEFORE.search(text, max(0, s - 6), s):
            listed = None  # "Indiana counties", "the metro Athens counties": no list
        found = None
        if listed is not None:  # "Jackson and Madison counties" -> "Jackson County"
            found = lookup(gaz, text[s:e] + (" County" if listed.group(1) == "counties"
                                             else " Parish"))
        found = found or lookup(gaz, text[s:e])
        if found is None:
            of_span.append(None)
            continue
        key, cands = found.key, found.cands
        g = groups.get(key)
        if g is None:
            pri = {c.key: prior(gaz, c, key, cands) for c in cands}
            top = sorted(cands, key=lambda c: -pri[c.key])[:MAX_CANDIDATES]
            g = groups[key] = Group(key, top, pri)
        g.spans.append(i)
        container = _container(gaz, text, e)
        if container is not None and any(_inside(c, container) for c in g.cands):
            g.container = container
        role = local_role(text, s, e)
        if role == "state" or (role == "town" and local):  # a town's words: only a local paper's
            g.role = g.role or role
        of_span.append((g, found.partial))
    base = Votes(gaz.neighbours)
    where = dateline_place(gaz, hints.dateline) if hints.dateline else None
    if where is not None:
        base.add(where, 3.0, "\0dateline")
    for iso3 in hints.countries[:6]:
        base.country[iso3] += 0.5
    whole = {item[0].key for item in of_span if item is not None and not item[1]}
    if len(whole) == 1 and local:
        # a local paper's only place, "Athens": Athens, Georgia (its other places speak louder)
        base.country["USA"] += US_LOCAL_VOTE
    votes = base
    support = Support(groups)
    for _ in range(2):
        chosen: dict[str, tuple[Place, float]] = {}
        for key, g in groups.items():
            chosen[key] = _pick(g, votes, vote_weight(g.choice), support)
        votes = Votes(gaz.neighbours)
        votes.country.update(base.country)
        votes.admin1.update(base.admin1)
        votes.points.extend(base.points)
        for key, g in groups.items():
            g.choice = chosen[key][0]
            votes.add(g.choice, vote_weight(g.choice), key)
        # a name that is surely one place lends no support to the others' namesakes of it
        # ("Toronto" in an article about Canada: not Toronto, Ohio, next to Washington, Pa.)
        support.settled = {key: place.key for key, (place, conf) in chosen.items()
                           if conf >= SETTLED}
    out: list[Resolution | None] = []
    lead = _leading_country(votes)
    for (s, e), item in zip(spans, of_span, strict=True):
        place = item[0].choice if item is not None else None
        if item is None or place is None:
            within = _container(gaz, text, e)  # "BAGRAM AIR FIELD, Afghanistan": its country
            here = (within.country, 1.0) if within is not None and within.country else lead
            out.append(_inferred(text[s:e], here) if here is not None else None)
            continue
        g, partial = item
        _, conf = _pick(g, votes, vote_weight(place), support)
        # a place named inside a longer name ("University of Alberta") is a weaker reading
        out.append(Resolution(place, round(conf * PARTIAL_CONFIDENCE, 3) if partial else conf,
                              g.key))
    return out


def _leading_country(votes: Votes) -> tuple[str, float] | None:
    """The country that leads the article's votes, with its share, when it holds at least
    :data:`CONTEXT_SHARE` of them and is strictly ahead of the next one."""
    ranked = sorted(votes.country.items(), key=lambda kv: -kv[1])
    total = sum(v for _, v in ranked)
    if not ranked or total <= 0 or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    share = ranked[0][1] / total
    return (ranked[0][0], share) if share >= CONTEXT_SHARE else None


def _inferred(name: str, lead: tuple[str, float]) -> Resolution:
    """A name with no gazetteer entry ("Flint River", "Camp Bucca", a hamlet) placed in the
    article's leading country: precision ``country``, no coordinates, a confidence of half that
    country's share of the votes."""
    iso3, share = lead
    key = normalise(name)
    return Resolution(Place(None, name, iso3, None, None, "country",
                            key=f"{CONTEXT_KEY}{iso3}:{key}"), round(0.5 * share, 3), key)
