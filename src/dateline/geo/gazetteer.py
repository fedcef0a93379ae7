"""Offline gazetteer: GeoNames countries, first-level divisions, US counties, towns of 1,000+
inhabitants, plus curated regions, sites (airports, bases, crossings), aliases and demonyms.

The index is built once per process from the compact files in ``dateline/resources/geo`` (see
:mod:`dateline.geo.load` and ``scripts/build_gazetteer.py``) and shared by every thread.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from typing import Literal

PlaceKind = Literal["site", "city", "district", "province", "country", "region"]

#: how a kind ranks when nothing else tells two same-named places apart
KIND_RANK: dict[str, int] = {"country": 0, "region": 1, "province": 2, "site": 3, "city": 4,
                             "district": 5}


#: key prefix of an inferred place (:func:`dateline.geo.resolve.resolve_spans`)
CONTEXT_KEY = "context:"


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. ``admin1`` is the GeoNames admin-1 key ("US.LA") of the place."""

    geonameid: int | None
    name: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    kind: PlaceKind
    population: int = 0
    admin1: str | None = None
    key: str = ""  # stable id: "gn:<id>" or "site:<name>" / "region:<name>"

    @property
    def precision(self) -> PlaceKind:
        return self.kind

    @property
    def inferred(self) -> bool:
        """A name with no gazetteer entry, placed only in the country its article is about."""
        return self.key.startswith(CONTEXT_KEY)


def normalise(name: str) -> str:
    """Lookup key: case, accents, curly quotes and spacing folded ("São Paulo" -> "sao paulo")."""
    name = name.replace("’", "'").replace("`", "'")
    if not name.isascii():
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name)
                       if not unicodedata.combining(ch))
    return " ".join(name.lower().split())


class Gazetteer:
    """Name -> candidate places (unordered; :mod:`dateline.geo.resolve` ranks them)."""

    def __init__(self) -> None:
        self._by_name: dict[str, list[Place]] = {}
        self._after_comma: dict[str, Place] = {}
        self._demonyms: dict[str, Place] = {}
        self._bare: dict[str, list[Place]] = {}  # county names without "County"
        self.countries: dict[str, Place] = {}  # ISO3 -> place
        self.iso2_to_iso3: dict[str, str] = {}
        self.capitals: dict[str, str] = {}  # ISO3 -> normalised name of the capital
        self.neighbours: dict[str, tuple[str, ...]] = {}  # ISO3 -> ISO3 of bordering countries
        self.admin1: dict[str, Place] = {}  # "US.LA" -> place
        self.by_key: dict[str, Place] = {}
        # towns are many: kept as raw rows (``cities.tsv.gz``) with a prebuilt key -> "row|row"
        # index (``cities.keys.gz``), made into Places on first lookup
        self._town_rows: list[str] = []
        self._town_index: dict[str, str] = {}
        self._towns: dict[int, Place] = {}

    # -- building ---------------------------------------------------------------------------
    def add(self, name: str, place: Place) -> None:
        key = normalise(name)
        if not key:
            return
        bucket = self._by_name.setdefault(key, [])
        if place not in bucket:
            bucket.append(place)
        self.by_key.setdefault(place.key, place)

    def set_towns(self, rows: list[str], index: dict[str, str]) -> None:
        """Towns as raw ``cities.tsv.gz`` rows and the index of their normalised names and
        alternate names: key -> row numbers joined by "|" (parsed on lookup)."""
        self._town_rows = rows
        self._town_index = index
        self._towns = {}

    def towns(self) -> list[Place]:
        """Every town (slow: for evaluation tools, not for lookups)."""
        return [self._town(i) for i in range(len(self._town_rows))]

    def _town(self, i: int) -> Place:
        place = self._towns.get(i)
        if place is None:
            gid, name, iso2, a1, lat, lon, pop = self._town_rows[i].split("\t")
            place = Place(int(gid), name, self.iso2_to_iso3.get(iso2), float(lat), float(lon),
                          "city", int(pop), f"{iso2}.{a1}" if a1 else None, f"gn:{gid}")
            self._towns[i] = place
        return place

    def add_bare(self, name: str, place: Place) -> None:
        """A division findable by its bare name only when nothing else has that name."""
        self._bare.setdefault(normalise(name), []).append(place)

    def bare(self, key: str) -> list[Place]:
        return self._bare.get(key, [])

    def add_after_comma(self, name: str, place: Place) -> None:
        self._after_comma[normalise(name)] = place

    def add_demonym(self, word: str, place: Place) -> None:
        key = normalise(word)
        self._demonyms.setdefault(key, place)
        if not key.endswith(("s", "sh", "ch", "ese", "i")):
            self._demonyms.setdefault(key + "s", place)
        if key.endswith("i") and not key.endswith("ni"):
            self._demonyms.setdefault(key + "s", place)  # "Iraqis", "Saudis"

    # -- lookups ----------------------------------------------------------------------------
    def lookup(self, name: str) -> list[Place]:
        """Every place called ``name``, most prominent first (countries, then by population)."""
        places = self.candidates(normalise(name))
        return sorted(places, key=lambda p: (KIND_RANK[p.kind], -p.population))

    def candidates(self, key: str) -> list[Place]:
        """Unsorted candidates for a normalised name (the resolver's fast path)."""
        places = self._by_name.get(key, [])
        towns = self._town_index.get(key)
        if towns:
            places = places + [self._town(int(i)) for i in towns.split("|")]
        return places

    def after_comma(self, name: str) -> Place | None:
        """A state or country written after a comma ("Springfield, Ill."), or ``None``."""
        key = normalise(name)
        hit = self._after_comma.get(key)
        if hit is not None:
            return hit
        for p in self._by_name.get(key, ()):
            if p.kind in ("province", "country"):
                return p
        return None

    def demonym(self, word: str) -> Place | None:
        """The country or region of a demonym or adjective ("Iraqi", "Europeans")."""
        return self._demonyms.get(normalise(word))

    def __contains__(self, name: str) -> bool:
        key = normalise(name)
        return key in self._by_name or key in self._town_index

    def __len__(self) -> int:
        return len(self._by_name) + len(self._town_index)


_lock = threading.Lock()
_default: Gazetteer | None = None


def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built from the bundled resources on first use (~1 s)."""
    global _default
    with _lock:
        if _default is None:
            from dateline.geo.load import build_gazetteer

            _default = build_gazetteer()
        return _default


def is_known_place(name: str) -> bool:
    return name in default_gazetteer()
