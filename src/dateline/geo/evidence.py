"""The evidence for each candidate place of a name: its prior, the article's votes and
support (used by :mod:`dateline.geo.resolve`).

- prior: kind and population (a country over a village of the same name, a capital over its
  province, a big city over its namesake province);
- votes: the countries and first-level divisions of the article's other chosen places, and
  nearness to them (a province holding one is as near as can be);
- support: nearness to *any* likely candidate of another name (towns), or other names with
  candidates inside a province; a candidate's support fades with how unlikely it is for its own
  name, and a name already resolved with confidence supports only its own place.
"""

from __future__ import annotations

import math
from collections import defaultdict

from dateline.geo.gazetteer import Gazetteer, Place, normalise
from dateline.geo.names import canonical

#: how fast a candidate's support fades with its distance in prior to its name's best candidate
SUPPORT_SCALE = 2.0
#: how fast the vote of the article's divisions fades with a candidate's distance in prior to its
#: name's best candidate
DIVISION_VOTE_SCALE = 8.0
#: a province that holds another name's chosen place gains this much (a town near one gains 2)
PROVINCE_NEAR = 2.0
#: a province gains this much per other name with a candidate inside it (at most 3)
PROVINCE_SUPPORT = 1.0
#: candidates per name that lend support to the other names' nearby candidates
SUPPORT_CANDIDATES = 12


def haversine_km(a: Place, b: Place) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


class Group:
    """All mentions of one name in the article."""

    __slots__ = ("cands", "choice", "container", "key", "prior", "role", "spans")

    def __init__(self, key: str, cands: list[Place], prior: dict[str, float]) -> None:
        self.key = key
        self.cands = cands
        self.prior = prior
        self.spans: list[int] = []
        self.container: Place | None = None
        self.choice: Place | None = None
        self.role: str | None = None  # "town" or "state" (:func:`dateline.geo.register.local_role`)


def is_capital(gaz: Gazetteer, place: Place, siblings: list[Place]) -> bool:
    """The national capital: the biggest town of the capital's name in its country (not every
    Washington of the United States)."""
    if place.kind != "city" or not place.country:
        return False
    name = normalise(place.name)
    if gaz.capitals.get(place.country) != name:
        return False
    return all(s.population <= place.population for s in siblings
               if s.kind == "city" and s.country == place.country and normalise(s.name) == name)


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
    if is_capital(gaz, place, siblings):
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


class Votes:
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


def context_bonus(place: Place, votes: Votes, own: Place | None, group: str,
                  own_weight: float, gap: float = 0.0) -> float:
    """Context score of ``place``, leaving out the group's own vote (``own``). ``gap``: how far
    its prior lies below its name's best candidate; the division vote fades with it ("New Jersey
    officials flew to Washington": the capital, not the New Jersey town)."""
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
            bonus += 3.0 * max(0.0, mine) / total * math.exp(-gap / DIVISION_VOTE_SCALE)
    if place.kind in ("city", "district", "site"):
        best = min((d for g, p in votes.points if g != group
                    if (d := haversine_km(place, p)) is not None), default=None)
        if best is not None:
            bonus += 2.0 if best < 50 else 1.2 if best < 200 else 0.5 if best < 500 else 0.0
    elif place.kind == "province" and any(g != group and p.admin1 == place.admin1
                                          for g, p in votes.points):
        bonus += PROVINCE_NEAR  # another name's place lies inside it: as near as can be
    return bonus


def vote_weight(place: Place | None) -> float:
    """Vote of a name for its place's country and division: an explicit state or country says
    more about the article's setting than a town does."""
    if place is None:
        return 0.0
    return 2.0 if place.kind in ("province", "country") else 1.0


class Support:
    """Where the article's other names could be: their candidates' points on a 1-degree grid.

    A candidate near some candidate of another name ("Columbus" and "Platte County", both in
    Nebraska) is supported by it, whatever either name's first choice; the more so the more
    likely that candidate is for its own name (two small New England namesakes of English towns
    lend each other little)."""

    def __init__(self, groups: dict[str, Group]) -> None:
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
