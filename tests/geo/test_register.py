"""The register of US local news as a vote for the United States (fictional snippets)."""

from __future__ import annotations

from dateline.geo.register import local_role, us_local_cues
from dateline.geo.resolve import resolve_spans


def _country(text: str, name: str) -> str | None:
    at = text.index(name)
    (r,) = resolve_spans(text, [(at, at + len(name))])
    return r.place.country if r is not None else None


def test_cues_are_counted_once_each() -> None:
    text = ("The school board met at the high school; the School Board approved the sheriff's "
            "budget for the 1200 Maple St. station.")
    assert us_local_cues(text) == 4  # school board, high school, sheriff's, a street address
    # a city council or a city hall is no American word: Rome, Oxford and Dublin have them
    assert us_local_cues("Rome's city hall said the City Council would meet.") == 0
    assert us_local_cues("The Athens summit ended without a deal.") == 0


def test_a_local_papers_only_place_is_its_american_namesake() -> None:
    text = ("The Athens school board voted on Tuesday to repave Brookside Lane, and the Public "
            "Works director said the work would start in May.")
    assert _country(text, "Athens") == "USA"


def test_the_famous_city_without_the_register() -> None:
    text = "Ministers met in Athens on Tuesday to discuss the debt talks."
    assert _country(text, "Athens") == "GRC"


def test_other_places_outvote_the_register() -> None:
    text = ("Ministers from Greece and Cyprus met in Athens; the public works office of the Greek "
            "capital hosted a dinner at a high school.")
    at = text.index("Athens")
    res = resolve_spans(text, [(text.index("Greece"), text.index("Greece") + 6),
                               (text.index("Cyprus"), text.index("Cyprus") + 6), (at, at + 6)])
    assert res[2] is not None and res[2].place.country == "GRC"


def test_words_of_a_town_make_a_country_name_a_local_town() -> None:
    text = ("Jordan Elementary School principal Dana Korvel thanked the school board for the "
            "new playground.")
    assert _country(text, "Jordan") == "USA"
    text = ("Services will be held at the Brethren chapel, 400 S. Locust St., Lebanon, and the "
            "sheriff's office will direct traffic.")
    assert _country(text, "Lebanon") == "USA"
    # the same names with no words of a town, or in a paper of the wider world
    assert _country("Jordan closed its border crossing on Tuesday.", "Jordan") == "JOR"
    assert _country("Lebanon residents fled north as shelling went on.", "Lebanon") == "LBN"


def test_words_of_a_us_state_make_georgia_the_state() -> None:
    text = "The cooperative serves customers from the Kentucky border to the Georgia state line."
    assert _country(text, "Georgia") == "USA"
    assert _country("Iran state media said the talks in Georgia had ended.", "Georgia") == "GEO"


def test_local_role() -> None:
    text = "The Lebanon High School band and Iran state media."
    at = text.index("Lebanon")
    assert local_role(text, at, at + 7) == "town"
    at = text.index("Iran")
    assert local_role(text, at, at + 4) is None
    text = "near the Georgia state line"
    assert local_role(text, text.index("Georgia"), text.index("Georgia") + 7) == "state"
