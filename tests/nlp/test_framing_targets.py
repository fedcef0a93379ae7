"""Name-calling rules over the parse: dateline.nlp.framing.targets and .naming (fictional
snippets only)."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import Framing
from dateline.nlp.framing.targets import ADJ_ENDINGS, is_person, people


def framings(analyze: Any, text: str) -> list[Framing]:
    analysis = analyze(text)
    for f in analysis.framing:
        assert analysis.article.text[f.span.start:f.span.end] == f.span.text
    return list(analysis.framing)


def labels(analyze: Any, text: str) -> list[str]:
    return [f.span.text for f in framings(analyze, text) if f.category == "labeling"]


@pytest.mark.parametrize(("text", "label"), [
    # a loaded adjective on a person noun: the whole noun phrase, with its "of" phrase
    ("The execrable officials of Vantry signed the deal on Monday.",
     "The execrable officials of Vantry"),
    # conjoined adjectives share one phrase
    ("They met the noble and courageous farmers of Skell.",
     "the noble and courageous farmers of Skell"),
    # an adjective used as a noun (spaCy tags it NOUN here)
    ("The wicked will not rule Dunmore, the abbot wrote.", "The wicked"),
    # a loaded noun predicated of a person
    ("Mayor Tilda Brenn is a disgrace, the council said.", "a disgrace"),
    # a label noun with its modifiers
    ("The ministers of Orrin are corrupt career politicians.", "corrupt career politicians"),
    # an apposition to a person
    ("The envoy, a notorious liar, left Orrin.", "a notorious liar"),
    # a label noun in front of a name stops before the name
    ("They attacked the supremacist Tom Ferd in Vantry.", "the supremacist"),
])  # fmt: skip
def test_loaded_words_about_people_are_labels_over_the_noun_phrase(analyze: Any, text: str,
                                                                   label: str) -> None:
    assert label in labels(analyze, text)


@pytest.mark.parametrize(("text", "word"), [
    ("The council members were furious about the vote.", "furious"),  # a state, not a label
    ("Troops carried out a brutal raid on the Skell camp.", "brutal raid"),  # a thing
])  # fmt: skip
def test_loaded_words_about_states_and_things_stay_loaded_language(analyze: Any, text: str,
                                                                   word: str) -> None:
    fs = framings(analyze, text)
    assert [f.category for f in fs if f.span.text == word] == ["loaded_language"]
    assert labels(analyze, text) == []


@pytest.mark.parametrize(("text", "label"), [
    ("Senator Pell Varno dubbed the governor a weathervane.", "a weathervane"),
    ("The rebels were described as bandits by the Kelmar press.", "bandits"),
    ("Ostria called the report a whitewash.", "a whitewash"),
])  # fmt: skip
def test_a_naming_verb_gives_a_label(analyze: Any, text: str, label: str) -> None:
    fs = [f for f in framings(analyze, text) if f.span.text == label and f.category == "labeling"]
    assert fs and not fs[0].in_quote


def test_a_naming_verb_with_a_proper_name_is_no_label(analyze: Any) -> None:
    assert labels(analyze, "The settlers called the new town Vantry.") == []


def test_a_scare_quoted_word_about_a_person_is_a_quoted_label(analyze: Any) -> None:
    fs = framings(analyze, 'The "shepherd" of Marl resigned on Friday, the diocese said.')
    label = [f for f in fs if f.category == "labeling"]
    assert [(f.span.text, f.in_quote, f.term) for f in label] == [
        ('The "shepherd" of Marl', True, "scare-quoted label")]
    scare = [f for f in fs if f.term == "scare quotes"]
    assert [(f.span.text, f.in_quote) for f in scare] == [('"shepherd"', False)]


def test_a_scare_quoted_word_about_a_thing_is_only_distancing(analyze: Any) -> None:
    fs = framings(analyze, 'The "reform" of the Marl tax office began in May.')
    assert [f.category for f in fs] == ["distancing"]


def test_the_voice_is_that_of_the_word_not_of_the_widened_phrase(analyze: Any) -> None:
    fs = framings(analyze, 'Mayor Tilda Brenn said: "Their tyrants will fall." Ulm disagreed.')
    tyrants = [f for f in fs if "tyrants" in f.span.text]
    assert [(f.span.text, f.in_quote) for f in tyrants] == [("Their tyrants", True)]


def test_degree_adverbs_join_the_loaded_word(analyze: Any) -> None:
    fs = framings(analyze, "The plan for the Skell dam was utterly disgusting.")
    assert "utterly disgusting" in [f.span.text for f in fs if f.category == "loaded_language"]


def test_a_phrase_never_crosses_a_line_break(analyze: Any) -> None:
    fs = framings(analyze, "Kelmar News\n\nCorrupt officials of Vantry fled on Monday.")
    assert all("\n" not in f.span.text for f in fs)
    assert "Corrupt officials of Vantry" in [f.span.text for f in fs]


def test_people_nouns_and_pronouns(nlp: Any) -> None:
    assert {"politicians", "priests", "officials", "regime"} <= people()
    assert "wicked".endswith(ADJ_ENDINGS)
    doc = nlp("They met the farmers near the river.")
    assert [t.text for t in doc if is_person(t)] == ["They", "farmers"]
