"""Numeric claims on fictional snippets and on the golden example: dateline.nlp.claims."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.ingest import make_article
from dateline.model import Claim, Quote, Span, Speaker
from dateline.nlp import claims
from dateline.nlp.context import DocContext
from dateline.nlp.prepare import parse_text


def found(analyze: Any, text: str) -> list[Claim]:
    analysis = analyze(text)
    for c in analysis.claims:
        assert analysis.article.text[c.span.start:c.span.end] == c.span.text
        assert c.extractor == claims.NAME and 0 <= c.confidence <= 1
        assert 0 <= c.checkworthiness <= 1
    return list(analysis.claims)


def by_value(cs: list[Claim]) -> dict[float | None, Claim]:
    return {c.value: c for c in cs}


def test_hedges_units_subjects_and_an_elided_unit(analyze: Any) -> None:
    cs = by_value(found(analyze, "There are nearly 2,500 Ostrian troops in Kelmar and some 900 "
                                 "in Dobrava, the Varnland ministry said."))
    a, b = cs[2500], cs[900]
    assert (a.qualifier, a.unit, a.subject) == ("nearly", "troops", "Ostrian troops in Kelmar")
    assert a.span.text == "nearly 2,500 Ostrian troops"
    assert (b.qualifier, b.unit, b.subject) == ("some", "troops", "troops in Dobrava")


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), [
    ("More than 90,000 people fled the valley of Orrin.", 90000, "people", "more than"),
    ("Two dozen guards left the Pelk fortress.", 24, "guards", None),
    ("The fire forced 1.5 million residents of Tarvo out.", 1_500_000, "residents", None),
    ("Prices in Quellin rose 40 percent.", 40, "percent", None),
    ("Ostria pledged $3 billion to the Marl fund.", 3_000_000_000, "dollars", None),
    ("At least 12 miners were trapped near Skell.", 12, "miners", "at least"),
    ("Up to 300 boats sailed from Vantry.", 300, "boats", "up to"),
    ("Hundreds of farmers marched in Dunmore.", None, "farmers", None),
])  # fmt: skip
def test_value_unit_qualifier(analyze: Any, text: str, value: float | None, unit: str,
                              qualifier: str | None) -> None:
    (c,) = found(analyze, text)
    assert (c.value, c.unit, c.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("text", [
    "The Kelmar accord was signed in 2019.",
    "The Varnland council met on March 3 in Dobrava.",
    "The vote in Quellin closed at 10:30 in the morning.",
    "A 45-year-old farmer from Orrin was questioned.",
    "The farmer, aged 45, was questioned in Orrin.",
    "The talks in Pelk lasted for three days.",
    "Council Resolution 2231 binds the Marl states.",
    "Ostrian F-16 jets and G20 envoys arrived after COVID-19.",
    "Since 9/11 the Tarvo office has been closed.",
    "Call the Vantry office on 555-123-4567 today.",
    "The Skell archive is at 12 Mill Street in Dunmore.",
    "She finished 3rd in the Quellin race.",
    "One of the envoys from Ostria left early.",
    "He spoke to the state-run Ostria 24 channel.",
    "The charges against Duke Orrin are cases 1000, 2000 and 4000.",
    "The Pelk council adopted a 10-point plan.",
])  # fmt: skip
def test_years_dates_times_ages_durations_names_and_numbers_in_names_are_no_claims(
        analyze: Any, text: str) -> None:
    assert found(analyze, text) == []


def test_coordinated_counts_share_the_noun(analyze: Any) -> None:
    cs = by_value(found(analyze, "Raiders from Skell took 30 and 40 sheep."))
    assert (cs[30].unit, cs[30].subject, cs[40].unit) == ("sheep", "sheep", "sheep")


def test_time_scope(analyze: Any) -> None:
    (a,) = found(analyze, "Since 2014 about 6,000 families have left Orrin.")
    (b,) = found(analyze, "Last year Ostria exported 40,000 tractors.")
    assert (a.time_scope, b.time_scope) == ("Since 2014", "Last year")


def test_checkworthiness_prefers_casualties_money_and_hedges(analyze: Any) -> None:
    dead = found(analyze, "At least 40 civilians were killed in Skell on Monday.")[0]
    plain = found(analyze, "The Dunmore library holds 40 chairs.")[0]
    assert dead.checkworthiness > plain.checkworthiness + 0.3


def test_claim_inside_a_quote_is_attributed_to_it(nlp: Any) -> None:
    text = 'Mayor Tilda Brenn said: "Nearly 300 homes in Vantry were flooded." Later 40 boats came.'
    article = make_article(text, id="t-claims-quote", language="en")
    start = text.index("Nearly")
    quote = Quote("quote-t1", "direct", Span.of(text, start, text.index('."') + 1), None,
                  Speaker("Mayor Tilda Brenn", Span.of(text, 6, 17), None, False, "person"))
    ctx = DocContext(article=article, doc=nlp(parse_text(article)), quotes=[quote])
    cs = by_value(claims.extract(ctx))
    assert cs[300].attributed_to == "quote-t1" and cs[300].qualifier == "nearly"
    assert cs[40].attributed_to is None


def test_golden_claims(golden_record: dict[str, Any]) -> None:
    cl = {c["value"]: c for c in golden_record["claims"]}
    assert (cl[2500]["qualifier"], cl[2500]["unit"]) == ("nearly", "troops")
    assert "Iraq" in cl[2500]["subject"] and cl[2500]["attributed_to"] is None
    assert (cl[900]["qualifier"], cl[900]["unit"]) == ("some", "troops")
    assert "Syria" in cl[900]["subject"]
    assert 2 not in cl and 2020 not in cl and 2017 not in cl  # "two decades", years


@pytest.mark.parametrize(("text", "value", "unit", "subject"), [
    ("Ostria and Varnland share a 1,258 km land border, the ministry said.", 1258, "km",
     "land border"),
    ("The Tarn Brigade seized nearly 23,000 square miles of territory.", 23000, "square miles",
     "territory"),
])  # fmt: skip
def test_a_unit_of_measure_is_the_unit(analyze: Any, text: str, value: int, unit: str,
                                       subject: str) -> None:
    c = by_value(found(analyze, text))[value]
    assert (c.unit, c.subject) == (unit, subject)


def test_a_year_before_a_singular_noun_is_no_claim(analyze: Any) -> None:
    cs = found(analyze, "The 1986 harbour disaster left the port of Orrin empty, and 1,200 "
                        "dockworkers lost their jobs.")
    assert [c.value for c in cs] == [1200]
