"""Speaker phrases named after their head, states, roles resolved to names, and pronouns that
never point into someone's reported words. Fictional snippets only."""

from __future__ import annotations

from typing import Any

from tests.nlp import test_quotes as base

one = base.one
quotes_of = base.quotes_of  # the fixture


def test_a_modifier_does_not_name_the_speaker(quotes_of: Any) -> None:
    qs = quotes_of("The deputy commissioner of police in Southeast Delhi said the suspect was "
                   "arrested. Indian slum dwellers said the wall was built overnight.")
    police = one(qs, "suspect was arrested")
    assert police.speaker.kind == "person" and police.speaker.name is None
    assert not police.speaker.anonymous  # an identified role, on the record
    dwellers = one(qs, "wall was built")
    assert dwellers.speaker.name is None and dwellers.speaker.name != "India"


def test_a_country_speaks_as_a_state(quotes_of: Any) -> None:
    q = one(quotes_of("Norway accused the harbour board of hiding the contracts."),
            "harbour board")
    assert q.speaker.kind == "organization" and not q.speaker.anonymous
    assert (q.speaker.kb_id or "").startswith("country:")


def test_the_party_member_is_not_the_party(quotes_of: Any) -> None:
    q = one(quotes_of("The No. 2 Republican in the House said the bill would pass."),
            "bill would pass")
    assert q.speaker.kind == "person" and q.speaker.kb_id is None


def test_a_bare_party_group_is_named(quotes_of: Any) -> None:
    q = one(quotes_of("House Republicans said the bill would pass."), "bill would pass")
    assert not q.speaker.anonymous and q.speaker.kind == "organization"


def test_an_organisation_named_by_its_owner(quotes_of: Any) -> None:
    q = one(quotes_of("The Marsh campaign said the rally would go ahead."), "rally would go")
    assert q.speaker.kind == "organization" and q.speaker.name == "Marsh campaign"


def test_a_role_resolves_forward_to_the_name_in_the_next_sentence(quotes_of: Any) -> None:
    text = ("The harbour will reopen next week, says the acting harbour secretary. "
            "Tomas Ferrand, the acting harbour secretary, visited the docks on Monday.")
    q = one(quotes_of(text), "harbour will reopen")
    assert q.speaker.name == "Tomas Ferrand" and q.speaker.kind == "person"


def test_a_role_resolves_back_to_a_titled_name(quotes_of: Any) -> None:
    text = ("President Lena Marsh arrived in Tallinn on Monday.\n\n"
            "The president said the talks had gone well.")
    q = one(quotes_of(text), "talks had gone well")
    assert q.speaker.name == "Lena Marsh"


def test_he_does_not_point_into_reported_words(quotes_of: Any) -> None:
    text = ("Prime Minister Tomas Ferrand said that the poet Aron Vell was born in Tartu, "
            "as he accused the neighbours of rewriting history.")
    (q,) = [q for q in quotes_of(text) if q.cue is not None and q.cue.text == "accused"]
    assert q.speaker.name == "Tomas Ferrand"


def test_a_speaker_inside_the_quoted_words_is_unknown(quotes_of: Any) -> None:
    qs = quotes_of('"Harbour Street, your game is over," read one of the posts.')
    for q in qs:
        assert "Harbour Street" not in (q.speaker.text or "")


def test_a_definite_description_with_an_organisation_resolves_back(quotes_of: Any) -> None:
    text = ("A senior Harbour Ministry official said the ferry would resume. "
            "The Harbour Ministry official added that fares would not change.")
    qs = quotes_of(text)
    first, second = one(qs, "ferry would resume"), one(qs, "fares would not")
    assert first.speaker.anonymous and second.speaker.span == first.speaker.span
