"""Speakers: pronouns and descriptions resolved across sentences, anonymity and its kinds,
relay chains and wire credits. Fictional snippets only."""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp import test_quotes as base

one = base.one
quotes_of = base.quotes_of  # the fixture


def test_pronoun_resolves_to_the_person_named_before(quotes_of: Any) -> None:
    text = ('Mayor Tomas Ferrand visited the flooded district on Monday.\n\n'
            '"The water will be gone by Friday," he said.')
    q = one(quotes_of(text), "water will be gone")
    assert q.speaker.text and "Ferrand" in q.speaker.text
    assert q.speaker.kind == "person" and not q.speaker.anonymous


def test_description_resolves_to_the_earlier_source(quotes_of: Any) -> None:
    text = ("A senior official said the talks would resume next week. "
            "The official added that no venue had been chosen.")
    qs = quotes_of(text)
    first, second = one(qs, "talks would resume"), one(qs, "no venue")
    assert first.speaker.anonymous and second.speaker.anonymous
    assert second.speaker.span == first.speaker.span  # the same source, not a new one


@pytest.mark.parametrize(("text", "words", "kind"), [
    ("Officials, who spoke on condition of anonymity, said the convoy was delayed.",
     "convoy was delayed", "person"),
    ("Sources close to the negotiations said a deal was near.", "deal was near", "person"),
    ("Diplomats said the embassy would reopen.", "embassy would reopen", "person"),
    ("An unnamed source said the fleet had left port.", "fleet had left", "person"),
    ("The harbour will close for a month, according to a report.", "harbour will close",
     "document"),
])  # fmt: skip
def test_anonymous_sources(quotes_of: Any, text: str, words: str, kind: str) -> None:
    q = one(quotes_of(text), words)
    assert q.speaker.anonymous is True
    assert q.speaker.kind == kind
    assert q.speaker.name is None


def test_named_speaker_is_not_anonymous(quotes_of: Any) -> None:
    q = one(quotes_of("Foreign Minister Lena Marsh said the border would stay open."),
            "border would stay open")
    assert not q.speaker.anonymous and q.speaker.kind == "person"


def test_quoted_as_saying_relays_through_the_outlet(quotes_of: Any) -> None:
    text = ("The Valdoria Herald quoted an unnamed official as saying that the dam was cracked. "
            "The official added that repairs would take a year.")
    qs = quotes_of(text)
    first, second = one(qs, "dam was cracked"), one(qs, "repairs would take")
    assert first.speaker.anonymous and first.via == ("Valdoria Herald",)
    assert second.via == ("Valdoria Herald",)  # the chain carries over with the source


def test_told_state_media_is_a_relay(quotes_of: Any) -> None:
    q = one(quotes_of("Minister Lena Marsh told state media that the port would close."),
            "port would close")
    assert q.via == ("state media",)


def test_outlet_reporting_someone_else_is_a_relay(quotes_of: Any) -> None:
    qs = quotes_of("The Eastport Gazette reported that the governor said the port would close.")
    (q,) = [q for q in qs if q.content.text == "the port would close"]
    assert q.via == ("Eastport Gazette",) and "governor" in (q.speaker.text or "")


def test_according_to_which_cited(quotes_of: Any) -> None:
    text = ("The mine will reopen, according to the Eastport Gazette, which cited "
            "a company engineer.")
    q = one(quotes_of(text), "mine will reopen")
    assert q.via == ("Eastport Gazette",)
    assert q.speaker.text and "engineer" in q.speaker.text


def test_wire_credit_of_another_agency_is_a_relay(quotes_of: Any) -> None:
    text = "KABUL, Afghanistan (AP) — Governor Lena Marsh said the road was open again."
    q = one(quotes_of(text, outlet="ABC News"), "road was open")
    assert q.via[:1] == ("Associated Press",)
    assert q.speaker.text == "Governor Lena Marsh"  # the dateline does not leak into it


def test_own_wire_credit_is_not_a_relay(quotes_of: Any) -> None:
    text = "KABUL, Afghanistan (AP) — Governor Lena Marsh said the road was open again."
    q = one(quotes_of(text, outlet="Associated Press"), "road was open")
    assert q.via == ()


def test_publisher_code_in_dateline_is_not_a_relay(quotes_of: Any) -> None:
    text = ("Havana, May 2 (RHC)-- The Valdoria Herald quoted a local source as saying that "
            "the mill had closed.")
    q = one(quotes_of(text, outlet="Radio Habana Cuba"), "mill had closed")
    assert q.via == ("Valdoria Herald",)
