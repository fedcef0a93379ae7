"""Surface forms to gazetteer candidates: plainer forms and partial matches (invented names where
the name itself does not matter)."""

from __future__ import annotations

from dateline.geo.gazetteer import Gazetteer, default_gazetteer
from dateline.geo.names import Lookup, keys, lookup, spellings
from dateline.geo.resolve import resolve_spans


def gaz() -> Gazetteer:
    return default_gazetteer()


def found(surface: str) -> Lookup:
    hit = lookup(gaz(), surface)
    assert hit is not None, surface
    return hit


def test_abbreviations_are_spelt_out_and_shortened() -> None:
    assert "saint paris" in spellings("st. paris")
    assert "mount pleasant" in spellings("mt. pleasant")
    assert "st. louis" in spellings("saint louis")
    assert keys("the Gulf's") == ["the gulf", "gulf"]
    assert keys("Enugu State") == ["enugu state", "enugu"]
    # both spellings are candidates, and the full one is no mere alternate name
    text = "Flights left Moscow for St. Petersburg."
    at = text.index("St.")
    picked = resolve_spans(text, [(at, at + len("St. Petersburg"))])[0]
    assert picked is not None and picked.place.country == "RUS"


def test_a_division_word_asks_for_the_division() -> None:
    enugu = found("Enugu State")
    assert {p.kind for p in enugu.cands} == {"province"} and enugu.cands[0].country == "NGA"
    assert all(p.kind == "district" for p in found("Orange County").cands)


def test_a_county_is_never_its_namesake_town() -> None:
    # "DeSoto Parish" is spelt "De Soto Parish" in GeoNames: no parish, and no town DeSoto
    assert lookup(gaz(), "DeSoto Parish") is None
    assert lookup(gaz(), "Zorblax County") is None


def test_an_abbreviation_without_its_final_dot() -> None:
    (calif,) = found("Calif").cands
    assert calif.admin1 == "US.CA" and calif.kind == "province"
    (ny,) = found("N.Y").cands
    assert ny.admin1 == "US.NY"


def test_a_compass_word_is_dropped_as_a_partial_match() -> None:
    florida = found("South Florida")
    assert florida.partial and florida.cands[0].admin1 == "US.FL"
    assert lookup(gaz(), "South Side") is None  # Side is a small Turkish town: not strong enough


def test_the_place_inside_a_longer_name() -> None:
    alberta = found("University of Alberta")
    assert alberta.partial and [p.kind for p in alberta.cands] == ["province"]
    assert found("Bank of Japan").cands[0].country == "JPN"
    embassy = found("British Embassy")
    assert embassy.partial and embassy.cands[0].country == "GBR"
    assert found("Zorblax Federal Reserve of Mexico").cands[0].country == "MEX"


def test_streets_and_inner_words_are_no_places() -> None:
    for name in ("Washington Drive", "Memphis St.", "High Dam", "Convention Centre",
                 "Kendale Lakes Elementary School", "North Quux Street"):
        assert lookup(gaz(), name) is None, name


def test_exact_names_are_not_partial() -> None:
    baghdad = found("Baghdad")
    assert not baghdad.partial and any(p.country == "IRQ" for p in baghdad.cands)
