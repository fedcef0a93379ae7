"""The sourcing grade: counts, relayed flag and the A-E scale, on hand-made quotes."""

from __future__ import annotations

import pytest

from dateline.ingest import make_article
from dateline.model import Quote, Span, Speaker
from dateline.sourcing import grade, grade_sourcing

TEXT = "x" * 400


def quote(n: int, speaker: str | None, *, anonymous: bool = False, kind: str = "person",
          via: tuple[str, ...] = (), start: int | None = None, cue: str | None = None,
          kb_id: str | None = None, text: str | None = None) -> Quote:
    s = start if start is not None else n * 10
    sp = Speaker(text=text or speaker, span=Span.of(TEXT, s, s + 3) if speaker else None,
                 name=None if anonymous or speaker is None else speaker,
                 anonymous=anonymous, kind=kind, kb_id=kb_id)  # type: ignore[arg-type]
    cue_span = Span(300, 300 + len(cue), cue) if cue else None
    return Quote(id=f"q{n}", kind="indirect", content=Span.of(TEXT, 200 + n, 201 + n),
                 cue=cue_span, speaker=sp, via=via)


@pytest.mark.parametrize(("named", "anonymous", "relayed", "letter"), [
    (0, 0, False, "none"),
    (4, 1, False, "A"),
    (3, 0, False, "A"),
    (3, 2, False, "B"),
    (2, 1, False, "B"),
    (1, 0, False, "C"),
    (2, 2, False, "C"),
    (1, 3, False, "D"),
    (0, 3, False, "D"),
    (0, 1, False, "E"),
    (0, 2, True, "E"),
    (4, 0, True, "B"),
    (1, 3, True, "E"),
    (6, 2, False, "A"),
    (6, 3, False, "B"),
])  # fmt: skip
def test_scale(named: int, anonymous: int, relayed: bool, letter: str) -> None:
    got, reasons = grade(named, anonymous, relayed)
    assert got == letter
    assert reasons and all(isinstance(r, str) and r for r in reasons)


def test_scale_is_ordered_from_many_named_to_single_relayed_anonymous() -> None:
    order = ["A", "B", "C", "D", "E"]
    best = grade(5, 0, False)[0]
    worst = grade(0, 1, True)[0]
    assert order.index(best) == 0 and order.index(worst) == 4


def test_distinct_sources_are_counted_once() -> None:
    article = make_article(TEXT, source="<test>", language="en")
    qs = [quote(1, "Lena Marsh"), quote(2, "Lena Marsh"), quote(3, "Tomas Ferrand"),
          quote(4, "an unnamed source", anonymous=True, start=50),
          quote(5, "an unnamed source", anonymous=True, start=50), quote(6, None, kind="unknown")]
    s = grade_sourcing(article, qs)
    assert (s.named_sources, s.anonymous_sources) == (2, 1)
    assert s.grade == "B" and not s.relayed
    assert any("Lena Marsh" in r for r in s.reasons)


def test_single_anonymous_source_relayed_through_another_outlet() -> None:
    article = make_article(TEXT, source="<test>", language="en", outlet="Radio Example")
    qs = [quote(i, "an unnamed source", anonymous=True, via=("Valdoria Herald",), start=50)
          for i in range(3)]
    s = grade_sourcing(article, qs)
    assert (s.named_sources, s.anonymous_sources, s.relayed) == (0, 1, True)
    assert s.grade == "E" and s.relays == ("Valdoria Herald",)
    assert any("Valdoria Herald" in r for r in s.reasons)


def test_minority_of_relayed_quotes_is_not_a_relayed_article() -> None:
    article = make_article(TEXT, source="<test>", language="en")
    qs = [quote(1, "Lena Marsh"), quote(2, "Tomas Ferrand"), quote(3, "Ada Brook"),
          quote(4, "Ivo Lind", via=("Valdoria Herald",))]
    s = grade_sourcing(article, qs)
    assert not s.relayed and s.grade == "A"


def test_no_quotes() -> None:
    s = grade_sourcing(make_article(TEXT, source="<test>", language="en"), [])
    assert s.grade == "none" and s.named_sources == s.anonymous_sources == 0 and not s.relayed


@pytest.mark.parametrize(("named", "states", "letter"), [
    (4, 0, "A"), (4, 1, "A"), (4, 2, "B"), (4, 3, "C"), (3, 3, "C"), (5, 3, "B"),
])  # fmt: skip
def test_states_never_lift_the_grade_on_their_own(named: int, states: int, letter: str) -> None:
    got, reasons = grade(named, 0, False, states=states)
    assert got == letter
    assert not states or any("states" in r for r in reasons)


def test_countries_and_governments_count_as_states() -> None:
    article = make_article(TEXT, source="<test>", language="en")
    qs = [quote(1, "Valdoria", kind="organization", kb_id="country:VAL"),
          quote(2, "Norland government", kind="organization", kb_id="NOR.GOV"),
          quote(3, "Ostmark", kind="organization", kb_id="country:OST"),
          quote(4, "Lena Marsh")]
    s = grade_sourcing(article, qs)
    assert s.named_sources == 4 and s.grade == "C"  # not A: three of the four are states


def test_reported_positions_are_not_sources() -> None:
    article = make_article(TEXT, source="<test>", language="en")
    qs = [quote(1, "Lena Marsh", cue="supports"), quote(2, "Tomas Ferrand", cue="believes"),
          quote(3, "Ada Brook", cue="vowed"), quote(4, "Ivo Lind", cue="said")]
    s = grade_sourcing(article, qs)
    assert s.named_sources == 1 and s.grade == "C"


def test_the_outlets_own_correspondent_is_no_source() -> None:
    article = make_article(TEXT, source="<test>", language="en", outlet="Harbour Times")
    qs = [quote(1, "Ada Brook", text="the Harbour Times's Ada Brook", cue="reports"),
          quote(2, "Lena Marsh", cue="said")]
    s = grade_sourcing(article, qs)
    assert s.named_sources == 1 and not any("Ada Brook" in r for r in s.reasons)


def test_one_name_is_one_source() -> None:
    article = make_article(TEXT, source="<test>", language="en")
    qs = [quote(1, "Harbour News", kind="organization", kb_id="media:harbour-news"),
          quote(2, "Harbour News", kind="document", text="a Harbour News poll"),
          quote(3, "Lena Marsh")]
    assert grade_sourcing(article, qs).named_sources == 2
