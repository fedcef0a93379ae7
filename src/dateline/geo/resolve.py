"""Toponym resolution: the place each name in an article refers to, decided together.

Pure Python over the :class:`~dateline.geo.gazetteer.Gazetteer` (no spaCy). Each candidate gets a
prior (kind and population: a country over a village of the same name, a capital city over its
province) plus the article's own context:

- "City, State" / "City, Country" patterns ("Alexandria, La.", "Tripoli, Lebanon");
- the countries and first-level divisions of the article's other places, of its dateline and of
  its actors (``Hints``), counted as votes, without the mention's own vote;
- nearness to the article's other places;
- one sense per discourse: every mention of the same name gets the same place.

Two passes: the first resolves with priors and the plain votes, the second with the votes of the
first pass's choices.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

from dateline.geo.gazetteer import Gazetteer, Place, default_gazetteer, normalise
from dateline.geo.names import canonical, lookup

NAME = "dateline.geo.v1"

_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?"
#: "Barrow, Jackson and Madison counties": every name of the list is a county (parish)
_COUNTY_LIST = re.compile(rf"(?:\s*,\s*{_NAME})*\s*,?\s*(?:(?:and|or|&)\s+{_NAME}\s+)?"
                          r"(counties|parishes)\b")
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor|&)\s*$")
_AFTER_COMMA = re.compile(r"\s*,\s*((?:[A-Z][\w.'’-]*\.?)(?:\s+[A-Z][\w.'’-]*\.?){0,2})")
#: at most this many candidates per name are scored (the most prominent by prior)
MAX_CANDIDATES = 40
#: how fast a candidate's support fades with its distance in prior to its name's best candidate
SUPPORT_SCALE = 2.0
#: a province that holds another name's chosen place gains this much (a town near one gains 2)
PROVINCE_NEAR = 2.0
#: a province gains this much per other name with a candidate inside it (at most 3)
PROVINCE_SUPPORT = 1.0
#: a name resolved with this confidence after the first pass supports only its own place
SETTLED = 0.8
#: confidence factor of a place found inside a longer name or after a compass word
PARTIAL_CONFIDENCE = 0.6
#: candidates per name that lend support to the other names' nearby candidates
SUPPORT_CANDIDATES = 12


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


def haversine_km(a: Place, b: Place) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


class _Group:
    """All mentions of one name in the article."""

    __slots__ = ("cands", "choice", "container", "key", "prior", "spans")

    def __init__(self, key: str, cands: list[Place], prior: dict[str, float]) -> None:
        self.key = key
        self.cands = cands
        self.prior = prior
        self.spans: list[int] = []
        self.container: Place | None = None
        self.choice: Place | None = None


def prior(gaz: Gazetteer, place: Place, key: str, siblings: list[Place]) -> float:
    """Prominence of ``place`` for the name ``key`` before any context."""
    kind = place.kind
    if kind == "country":
        return 9.5 if normalise(place.name) == key else 9.0
    if key not in (normalise(place.name),) and place.kind in ("region", "province") \
            and gaz.demonym(key) is place:
        return 9.0
    if kind == "site":
        return 9.5
    if kind == "region":
        return 8.5
    if kind == "district":
        return 6.0 if normalise(place.name) == key else 4.0
    if kind == "province":
        score = 4.0 + 0.3 * math.log10(place.population + 1)
        # "Baghdad", "New York": the big city inside a province of the same name comes first
        if any(s.kind == "city" and s.admin1 == place.admin1 and s.population >= 100_000
               and normalise(s.name) == key for s in siblings):
            score -= 2.5
        return score
    score = 1.5 + 0.8 * math.log10(place.population + 1)
    if place.country and gaz.capitals.get(place.country) == key:
        score += 1.0
    primary = normalise(place.name)
    if primary != key and canonical(primary) != canonical(key):  # "St. Petersburg"
        # found under an alternate name: mostly other languages' names, but "New York" for
        # "New York City" is the usual English one (for a big city: not "Springfield Gardens")
        score -= 0.5 if primary.startswith(key + " ") and place.population >= 1_000_000 \
            else 2.5
    if any(s.kind in ("country", "region") for s in siblings):
        score -= 3.0  # "China" (Maine), "Canadian" (Texas): the country is meant
    return score


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


class _Votes:
    def __init__(self, neighbours: dict[str, tuple[str, ...]]) -> None:
        self.neighbours = neighbours
        self.country: dict[str, float] = defaultdict(float)
        self.admin1: dict[str, float] = defaultdict(float)
        self.points: list[tuple[str, Place]] = []

    def add(self, place: Place, weight: float, group: str) -> None:
        if place.country:
            self.country[place.country] += weight
        if place.admin1:
            self.admin1[place.admin1] += weight
        if place.kind in ("city", "district", "site") and place.lat is not None:
            self.points.append((group, place))


def _bonus(place: Place, votes: _Votes, own: Place | None, group: str,
           own_weight: float) -> float:
    """Context score of ``place``, leaving out the group's own vote (``own``)."""
    bonus = 0.0
    if place.country:
        total = sum(votes.country.values()) - (own_weight if own and own.country else 0.0)
        mine = votes.country.get(place.country, 0.0)
        if own is not None and own.country == place.country:
            mine -= own_weight
        near = sum(votes.country.get(n, 0.0) for n in votes.neighbours.get(place.country, ()))
        if total > 0:
            bonus += 3.0 * max(0.0, mine) / total + 1.0 * min(near, total) / total
    if place.admin1 and place.kind in ("city", "district", "province"):
        total = sum(votes.admin1.values()) - (own_weight if own and own.admin1 else 0.0)
        mine = votes.admin1.get(place.admin1, 0.0)
        if own is not None and own.admin1 == place.admin1:
            mine -= own_weight
        if total > 0:
            bonus += 3.0 * max(0.0, mine) / total
    if place.kind in ("city", "district", "site"):
        best = min((d for g, p in votes.points if g != group
                    if (d := haversine_km(place, p)) is not None), default=None)
        if best is not None:
            bonus += 2.0 if best < 50 else 1.2 if best < 200 else 0.5 if best < 500 else 0.0
    elif place.kind == "province" and any(g != group and p.admin1 == place.admin1
                                          for g, p in votes.points):
        bonus += PROVINCE_NEAR  # another name's place lies inside it: as near as can be
    return bonus


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


def _weight(place: Place | None) -> float:
    """Vote of a name for its place's country and division: an explicit state or country says
    more about the article's setting than a town does."""
    if place is None:
        return 0.0
    return 2.0 if place.kind in ("province", "country") else 1.0


class _Support:
    """Where the article's other names could be: their candidates' points on a 1-degree grid.

    A candidate near some candidate of another name ("Columbus" and "Platte County", both in
    Nebraska) is supported by it, whatever either name's first choice; the more so the more
    likely that candidate is for its own name (two small New England namesakes of English towns
    lend each other little)."""

    def __init__(self, groups: dict[str, _Group]) -> None:
        self.grid: dict[tuple[int, int], list[tuple[str, Place, float]]] = defaultdict(list)
        self.inside: dict[str, set[str]] = defaultdict(set)  # admin1 -> names with a place in it
        self.settled: dict[str, str] = {}  # name -> key of the place it surely is
        for key, g in groups.items():
            top = max((g.prior[c.key] for c in g.cands), default=0.0)
            for c in g.cands[:SUPPORT_CANDIDATES]:
                if c.kind in ("city", "district", "site") and c.lat is not None \
                        and c.lon is not None:
                    # 1 for the name's most likely place, e^-1 two prior points below it
                    weight = math.exp(-(top - g.prior[c.key]) / SUPPORT_SCALE)
                    self.grid[(math.floor(c.lat), math.floor(c.lon))].append((key, c, weight))
                    if c.admin1:
                        self.inside[c.admin1].add(key)

    def bonus(self, place: Place, group: str) -> float:
        if place.kind == "province" and place.admin1:
            others = len(self.inside.get(place.admin1, set()) - {group})
            return min(PROVINCE_SUPPORT * others, 3.0)
        if place.kind not in ("city", "district", "site") or place.lat is None \
                or place.lon is None:
            return 0.0
        cy, cx = math.floor(place.lat), math.floor(place.lon)
        best: dict[str, float] = {}
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for key, other, weight in self.grid.get((cy + dy, cx + dx), ()):
                    if key == group or other.key == place.key or \
                            self.settled.get(key, other.key) != other.key:
                        continue
                    d = haversine_km(place, other)
                    if d is None:
                        continue
                    s = weight * (1.5 if d < 30 else 1.0 if d < 80 else 0.5 if d < 150 else 0.0)
                    best[key] = max(best.get(key, 0.0), s)
        return min(sum(best.values()), 3.0)


def _pick(g: _Group, votes: _Votes, weight: float,
          support: _Support | None = None) -> tuple[Place, float]:
    scores: dict[str, float] = {}
    for c in g.cands:
        ctx = _bonus(c, votes, g.choice, g.key, weight)
        if support is not None:
            ctx += support.bonus(c, g.key)
        s = g.prior[c.key] + ctx
        if g.container is not None and _inside(c, g.container):
            s += 6.0
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
    groups: dict[str, _Group] = {}
    of_span: list[tuple[_Group, bool] | None] = []
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
            g = groups[key] = _Group(key, top, pri)
        g.spans.append(i)
        container = _container(gaz, text, e)
        if container is not None and any(_inside(c, container) for c in g.cands):
            g.container = container
        of_span.append((g, found.partial))
    base = _Votes(gaz.neighbours)
    where = dateline_place(gaz, hints.dateline) if hints.dateline else None
    if where is not None:
        base.add(where, 3.0, "\0dateline")
    for iso3 in hints.countries[:6]:
        base.country[iso3] += 0.5
    votes = base
    support = _Support(groups)
    for _ in range(2):
        chosen: dict[str, tuple[Place, float]] = {}
        for key, g in groups.items():
            chosen[key] = _pick(g, votes, _weight(g.choice), support)
        votes = _Votes(gaz.neighbours)
        votes.country.update(base.country)
        votes.admin1.update(base.admin1)
        votes.points.extend(base.points)
        for key, g in groups.items():
            g.choice = chosen[key][0]
            votes.add(g.choice, _weight(g.choice), key)
        # a name that is surely one place lends no support to the others' namesakes of it
        # ("Toronto" in an article about Canada: not Toronto, Ohio, next to Washington, Pa.)
        support.settled = {key: place.key for key, (place, conf) in chosen.items()
                           if conf >= SETTLED}
    out: list[Resolution | None] = []
    for item in of_span:
        place = item[0].choice if item is not None else None
        if item is None or place is None:
            out.append(None)
            continue
        g, partial = item
        _, conf = _pick(g, votes, _weight(place), support)
        # a place named inside a longer name ("University of Alberta") is a weaker reading
        out.append(Resolution(place, round(conf * PARTIAL_CONFIDENCE, 3) if partial else conf,
                              g.key))
    return out
