"""The register of US local news as a vote for the United States (fictional snippets)."""

from __future__ import annotations

from dateline.geo.register import us_local_cues
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
