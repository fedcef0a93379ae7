"""Numbers and hedges in plain text (no parse): dateline.nlp.claims.numbers."""

from __future__ import annotations

import pytest

from dateline.nlp.claims.numbers import find_numbers, hedge_before


def numbers(text: str) -> list[tuple[str, float | None, str, str | None]]:
    return [(text[n.start:n.end], n.value, n.kind, n.unit) for n in find_numbers(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("nearly 2,500 troops", ("2,500", 2500, "count", None)),
    ("two dozen guards", ("two dozen", 24, "count", None)),
    ("1.5 million voters", ("1.5 million", 1_500_000, "count", None)),
    ("rose 40 percent", ("40 percent", 40, "percent", "percent")),
    ("fell 3.5% overall", ("3.5%", 3.5, "percent", "percent")),
    ("up 12 per cent", ("12 per cent", 12, "percent", "percent")),
    ("a $3 billion deal", ("$3 billion", 3_000_000_000, "money", "dollars")),
    ("a $3bn deal", ("$3bn", 3_000_000_000, "money", "dollars")),
    ("a €40m fund", ("€40m", 40_000_000, "money", "euros")),
    ("Twenty-five sailors", ("Twenty-five", 25, "count", None)),
    ("a million tourists", ("a million", 1_000_000, "count", None)),
    ("hundreds of farmers", ("hundreds", None, "vague", None)),
])  # fmt: skip
def test_number_forms(text: str, expected: tuple[str, float | None, str, str | None]) -> None:
    assert numbers(text) == [expected]


@pytest.mark.parametrize("text", [
    "the G20 summit", "F-16 jets", "after COVID-19", "since 9/11", "at 10:30", "the 3rd round",
    "the 1st brigade", "call 555-123-4567", "the 2014-2015 season",
])  # fmt: skip
def test_numbers_glued_to_names_dates_and_times_are_not_numbers(text: str) -> None:
    assert numbers(text) == []


@pytest.mark.parametrize(("text", "hedge"), [
    ("There are nearly 2,500", "nearly"), ("some 900", "some"), ("More than 90,000", "more than"),
    ("About 30", "about"), ("at least 12", "at least"), ("up to 40", "up to"),
    ("as many as 7,000", "as many as"), ("fewer than 10", "fewer than"),
    ("an estimated 60", "an estimated"), ("approximately 15", "approximately"),
    ("the 2,500", None), ("handsome 90", None),
])  # fmt: skip
def test_hedge_is_found_outside_the_number(text: str, hedge: str | None) -> None:
    (num,) = find_numbers(text)
    found = hedge_before(text, num.start)
    assert (found[1] if found else None) == hedge
    if found:
        assert text[found[0]:num.start].strip().lower() == hedge
