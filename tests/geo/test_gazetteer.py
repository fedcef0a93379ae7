"""The bundled gazetteer: lookups, aliases, demonyms, divisions, sites."""

from __future__ import annotations

from dateline.geo.gazetteer import Gazetteer, default_gazetteer, is_known_place, normalise


def gaz() -> Gazetteer:
    return default_gazetteer()


def test_normalise_folds_case_accents_and_quotes() -> None:
    assert normalise("  São   Paulo ") == "sao paulo"
    assert normalise("Côte d’Ivoire") == "cote d'ivoire"


def test_city_and_country_lookup() -> None:
    kinds = {(p.kind, p.country) for p in gaz().lookup("Baghdad")}
    assert ("city", "IRQ") in kinds
    (iraq,) = [p for p in gaz().lookup("Iraq") if p.kind == "country"]
    assert iraq.geonameid == 99237 and iraq.lat is not None


def test_aliases_reach_the_country() -> None:
    for name in ("U.S.", "USA", "America"):
        assert any(p.kind == "country" and p.country == "USA" for p in gaz().lookup(name)), name
    assert gaz().lookup("UK")[0].country == "GBR"


def test_admin1_worldwide_and_us_counties() -> None:
    (tn,) = [p for p in gaz().lookup("Tamil Nadu") if p.kind == "province"]
    assert tn.country == "IND" and tn.geonameid == 1255053 and tn.admin1 == "IN.25"
    (parish,) = gaz().lookup("Rapides Parish")
    assert parish.kind == "district" and parish.admin1 == "US.LA" and parish.geonameid == 4338356
    assert parish.lat is not None and 30 < parish.lat < 32


def test_curated_site_has_country_and_coordinates() -> None:
    (site,) = gaz().lookup("Baghdad International Airport")
    assert site.kind == "site" and site.country == "IRQ"
    assert site.lat is not None and abs(site.lat - 33.26) < 0.1


def test_regions_and_continents() -> None:
    assert gaz().lookup("Middle East")[0].kind == "region"
    europe = [p for p in gaz().lookup("Europe") if p.kind == "region"]
    assert europe and europe[0].geonameid == 6255148


def test_demonyms_and_state_abbreviations() -> None:
    iraqis = gaz().demonym("Iraqis")
    assert iraqis is not None and iraqis.country == "IRQ"
    la = gaz().after_comma("La.")
    assert la is not None and la.admin1 == "US.LA"
    assert gaz().demonym("Nonexistentian") is None


def test_unknown_names_are_not_places() -> None:
    assert not is_known_place("Zorblaxville Quux")
    assert is_known_place("Kyiv")


def test_town_index_matches_the_town_rows() -> None:
    g = gaz()
    towns = g.towns()
    assert len(towns) > 150_000
    for i in range(0, len(towns), 4999):  # every town is found under its own name
        town = towns[i]
        assert town in g.candidates(normalise(town.name)), town
    kyiv = [p for p in g.lookup("Kiev") if p.kind == "city"]  # an alternate name
    assert kyiv and kyiv[0].country == "UKR" and kyiv[0].population > 1_000_000


def test_uk_counties_are_districts_of_their_nation() -> None:
    kent = [p for p in gaz().lookup("Kent") if p.kind == "district"]
    assert len(kent) == 1 and kent[0].admin1 == "GB.ENG" and kent[0].country == "GBR"
    assert kent[0].lat is not None and 50.8 < kent[0].lat < 51.6
    assert not any(p.kind == "district" and p.country == "GBR" for p in gaz().lookup("Reading"))
