"""The framing resources and the word-by-word lexicon scan: dateline.nlp.framing.lexicon."""

from __future__ import annotations

import pytest

from dateline.errors import ResourceError
from dateline.nlp.framing.lexicon import CATEGORIES, _parse, find_terms, lexicon, patterns
from dateline.nlp.framing.quoting import QuoteIndex, is_scare_quote, quoted_regions


def test_every_lexicon_row_is_valid_and_the_golden_terms_are_there() -> None:
    lex = lexicon()
    entries = [*lex.words.values(), *(e for opts in lex.phrases.values() for _, e in opts)]
    assert len(entries) > 1500
    assert all(e.category in CATEGORIES and 0 < e.confidence <= 1 for e in entries)
    assert {lex.words[w].category for w in ("terrorist", "occupiers", "thugs", "takfiri")} == {
        "labeling"}
    assert lex.words["blatant"].category == "intensifier"
    assert "so" not in lex.words and "very" not in lex.words  # too common to be framing
    assert {c for p in patterns() for c in [p.category]} >= {"self_description", "distancing",
                                                             "doubt", "neutral"}


def test_bad_rows_are_resource_errors() -> None:
    with pytest.raises(ResourceError):
        _parse("term,category,pos,confidence\nfoo,not_a_category,,0.5\n")
    with pytest.raises(ResourceError):
        _parse("term,category,pos,confidence\nfoo,labeling,,high\n")


def terms(text: str) -> list[tuple[str, str]]:
    return [(text[h.start:h.end], h.entry.category) for h in find_terms(text)]


def test_phrases_match_across_spaces_and_hyphens_longest_first() -> None:
    assert terms("a witch hunt and a witch-hunt") == [("witch hunt", "labeling"),
                                                      ("witch-hunt", "labeling")]
    assert terms("the Zionist regime") == [("Zionist regime", "labeling")]
    assert terms("so called experts") == [("so called", "distancing")]


def test_plurals_possessives_and_lemmas() -> None:
    assert terms("the tyrants' palace") == [("tyrants", "labeling")]
    assert terms("the enemy's guns") == [("enemy", "labeling")]
    lemma = {(4, 14): "crucify"}
    assert find_terms("the crucifying") == []
    hits = find_terms("the crucifying", lemma=lambda s, e: lemma.get((s, e)))
    assert [(h.start, h.end, h.entry.term) for h in hits] == [(4, 14, "crucify")]


def test_quoted_regions_pair_marks_within_paragraphs() -> None:
    text = 'A "b c" d “e f” g\n\n“h i\n\n“j” k'
    assert [text[r.start:r.end] for r in quoted_regions(text)] == ["b c", "e f", "h i", "j"]
    index = QuoteIndex(text)
    assert index.region_at(3, 6) is not None and index.region_at(8, 9) is None


@pytest.mark.parametrize(("text", "scare"), [
    ('The "experts" met.', True),
    ('He said "no".', False),
    ('The minister said it was "unacceptable" today.', False),
    ('They read "The Long Night" again.', False),
    ('"Go home," she said.', False),
    ('The so-called "peace plan" failed.', True),
])  # fmt: skip
def test_scare_quotes(text: str, scare: bool) -> None:
    (region,) = quoted_regions(text)
    assert is_scare_quote(text, region) is scare
