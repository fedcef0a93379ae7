"""Toponym disambiguation with the article's own context (fictional snippets)."""

from __future__ import annotations

from dateline.geo.resolve import Hints, haversine_km, resolve_spans


def spans(text: str, *names: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for n in names:
        at = text.index(n, at)
        out.append((at, at + len(n)))
        at += len(n)
    return out


def resolve(text: str, *names: str, hints: Hints | None = None) -> list[tuple[str, str | None]]:
    res = resolve_spans(text, spans(text, *names), hints=hints)
    return [(r.place.kind, r.place.admin1 or r.place.country) if r else ("none", None)
            for r in res]


def test_prominent_sense_without_context() -> None:
    text = "A fictional summit was held in Paris on Monday."
    (r,) = resolve_spans(text, spans(text, "Paris"))
    assert r is not None and r.place.country == "FRA"


def test_city_state_pattern_picks_the_state() -> None:
    text = "Officials in Springfield, Ill., said the fair would reopen."
    assert resolve(text, "Springfield") == [("city", "US.IL")]


def test_nearby_names_support_each_other() -> None:
    text = ("COLUMBUS -- A Columbus woman was fined. The Platte County attorney said a "
            "Norfolk man had been questioned.")
    got = resolve(text, "COLUMBUS", "Columbus", "Platte County", "Norfolk")
    assert got == [("city", "US.NE"), ("city", "US.NE"), ("district", "US.NE"), ("city", "US.NE")]


def test_state_context_beats_the_bigger_town() -> None:
    text = "Tyler and Longview residents drove to Paris, Texas, for the rodeo."
    assert resolve(text, "Tyler", "Longview", "Paris") == [("city", "US.TX")] * 3


def test_country_not_its_namesake_town_in_us_news() -> None:
    text = "Chicago and Boston traders watched China closely as Denver firms sold."
    got = resolve(text, "Chicago", "Boston", "China", "Denver")
    assert got[2] == ("country", "CHN")


def test_georgia_follows_its_neighbours() -> None:
    caucasus = "Troops left Tbilisi; Georgia and Armenia signed a truce."
    south = "Fans from Atlanta and Savannah said Georgia would vote early."
    assert resolve(caucasus, "Tbilisi", "Georgia", "Armenia")[1] == ("country", "GEO")
    assert resolve(south, "Atlanta", "Savannah", "Georgia")[2] == ("province", "US.GA")


def test_demonym_resolves_to_its_country() -> None:
    text = "Canadian officials met Mexican envoys."
    assert resolve(text, "Canadian", "Mexican") == [("country", "CAN"), ("country", "MEX")]


def test_dateline_hint_sets_the_country() -> None:
    text = "The mayor of Alexandria spoke to reporters."
    bare = resolve_spans(text, spans(text, "Alexandria"))[0]
    hinted = resolve_spans(text, spans(text, "Alexandria"),
                           hints=Hints(dateline="Arlington, Va."))[0]
    assert bare is not None and bare.place.country == "EGY"
    assert hinted is not None and hinted.place.admin1 == "US.VA"


def test_one_sense_per_article_and_unknown_names() -> None:
    text = "Springfield, Mo., voted. Later Springfield counted. Zorblaxville did not."
    a, b, c = resolve_spans(text, spans(text, "Springfield", "Springfield", "Zorblaxville"))
    assert a is not None and b is not None and a.place == b.place and a.place.admin1 == "US.MO"
    # no gazetteer entry: placed in the article's country only, without coordinates
    assert c is not None and c.place.inferred and c.place.country == "USA"
    assert (c.place.kind, c.place.lat, c.place.geonameid) == ("country", None, None)
    assert c.place.name == "Zorblaxville" and c.confidence <= 0.5
    assert not a.place.inferred


def test_unknown_name_without_a_leading_country_stays_unresolved() -> None:
    alone = "Zorblaxville did not vote."
    assert resolve_spans(alone, spans(alone, "Zorblaxville")) == [None]
    split = "Quito and Lima met in Zorblaxville."  # ECU and PER split the votes: no lead
    *_, z = resolve_spans(split, spans(split, "Quito", "Lima", "Zorblaxville"))
    assert z is None
    led = "Quito, Guayaquil and Lima met in Zorblaxville."
    *_, z = resolve_spans(led, spans(led, "Quito", "Guayaquil", "Lima", "Zorblaxville"))
    assert z is not None and z.place.country == "ECU"


def test_confidence_and_distance() -> None:
    text = "Rain fell on Baghdad."
    (r,) = resolve_spans(text, spans(text, "Baghdad"))
    assert r is not None and r.place.kind == "city" and 0.5 < r.confidence <= 1.0
    (kabul,) = resolve_spans("Kabul", [(0, 5)])
    assert kabul is not None
    km = haversine_km(r.place, kabul.place)
    assert km is not None and 2000 < km < 2400


def test_a_province_holding_the_other_places_beats_its_namesake_town() -> None:
    dc = "The fictional mayor flew from Washington, D.C., to Arlington and back to D.C. on Friday."
    got = resolve(dc, "Washington", "D.C.", "Arlington", "D.C.")
    assert got[1] == got[3] == ("province", "US.DC") and got[0] == ("city", "US.DC")
    upstate = "Quux officials in Albany and Rochester said New York would appeal."
    assert resolve(upstate, "Albany", "Rochester", "New York")[2] == ("province", "US.NY")


def test_names_listed_before_counties_are_counties() -> None:
    text = "Schools in Barrow, Jackson and Madison counties closed; Athens stayed open."
    got = resolve(text, "Barrow", "Jackson", "Madison", "Athens")
    assert got == [("district", "US.GA")] * 3 + [("city", "US.GA")]
    plain = "Most Indiana counties reported rain."
    assert resolve(plain, "Indiana") == [("province", "US.IN")]


def test_a_place_inside_a_longer_name_is_less_certain() -> None:
    text = "The University of Alberta and Alberta's fictional quux league met in Calgary."
    inside, plain, calgary = resolve_spans(text, spans(text, "University of Alberta", "Alberta",
                                                       "Calgary"))
    assert inside is not None and plain is not None and calgary is not None
    assert inside.place == plain.place and inside.place.kind == "province"
    assert inside.confidence < plain.confidence


def test_curated_regions_and_sites_carry_geonames_ids() -> None:
    text = "Envoys left the White House for the Middle East."
    house, east = resolve_spans(text, spans(text, "White House", "Middle East"))
    assert house is not None and house.place.kind == "site" and house.place.geonameid == 9675434
    assert east is not None and east.place.geonameid == 6269133


def test_small_namesakes_lend_each_other_little_support() -> None:
    # Colchester and Manchester, Conn., lie 25 km apart; the English towns are far bigger
    text = ("A veteran from Colchester who fought in Syria met a comrade from Manchester and an "
            "American from Texas.")
    got = resolve(text, "Colchester", "Syria", "Manchester", "American", "Texas")
    assert got[0] == got[2] == ("city", "GB.ENG")


def test_one_state_named_does_not_pull_the_capital_into_it() -> None:
    # Washington, N.J., is a town of 9,000; only the biggest Washington is the national capital
    text = "New Jersey officials flew to Washington on Monday."
    assert resolve(text, "New Jersey", "Washington") == [("province", "US.NJ"), ("city", "US.DC")]
    text = "Fictional lawmakers from Pennsylvania and New Jersey met in Washington."
    assert resolve(text, "Pennsylvania", "New Jersey", "Washington")[2] == ("city", "US.DC")
    local = "Officials in Washington, N.J., closed Main Street."
    assert resolve(local, "Washington") == [("city", "US.NJ")]


def test_air_field_spellings_and_an_unknown_name_in_a_named_country() -> None:
    from dateline.geo.resolve import resolve_spans

    text = ("BAGRAM AIR FIELD, Afghanistan (AP) - The fictional convoy left ZORBAL CAMP, "
            "Afghanistan, for Washington, Baltimore and Chicago.")
    spans = [(text.index(n), text.index(n) + len(n)) for n in (
        "BAGRAM AIR FIELD", "ZORBAL CAMP", "Washington", "Baltimore", "Chicago")]
    bagram, zorbal, *_ = resolve_spans(text, spans)
    assert bagram is not None and bagram.place.name == "Bagram Air Base"
    # no gazetteer entry: placed in the country named after it, not the article's leading one
    assert zorbal is not None and zorbal.place.country == "AFG" and zorbal.place.lat is None
