"""Cue frames beyond say/tell: prepositional and noun objects, stance, belief and intent verbs,
noun and adjective cues, "in a poll", passive cues with an agent, transcript turns, two
apostrophes as quotation marks, and the cue lexicon itself. Fictional snippets only."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.nlp.quotes.lexicon import SOURCE_CLASSES, cue_class, lexicon
from dateline.nlp.quotes.marks import find_marked
from tests.nlp import test_quotes as base

one = base.one
quotes_of = base.quotes_of  # the fixture


@pytest.mark.parametrize(("text", "cue", "content", "speaker"), [
    ("Senator Lena Marsh called for an inquiry into the contracts.", "called for",
     "an inquiry into the contracts", "Lena Marsh"),
    ("Mayor Tomas Ferrand pointed to the falling crime figures.", "pointed to",
     "the falling crime figures", "Tomas Ferrand"),
    ("Lena Marsh talked about her years on the harbour board.", "talked about",
     "her years on the harbour board", "Lena Marsh"),
    ("Tomas Ferrand supports the new bridge tax.", "supports", "the new bridge tax",
     "Tomas Ferrand"),
    ("Lena Marsh vowed to close the old mine by June.", "vowed", "to close the old mine",
     "Lena Marsh"),
    ("Tomas Ferrand believes the mine can be saved.", "believes", "the mine can be saved",
     "Tomas Ferrand"),
])  # fmt: skip
def test_verb_frames(quotes_of: Any, text: str, cue: str, content: str, speaker: str) -> None:
    q = one(quotes_of(text), content)
    assert q.cue is not None and q.cue.text == cue
    assert q.content.text.startswith(content)
    assert speaker in (q.speaker.text or "")


def test_a_preposition_far_from_the_verb_is_no_cue(quotes_of: Any) -> None:
    qs = quotes_of("The board will refer all the harbour cases to the regional court.")
    assert not [q for q in qs if q.cue is not None and q.cue.text.startswith("refer")]


def test_stance_inside_a_reported_clause_is_part_of_it(quotes_of: Any) -> None:
    qs = quotes_of("Lena Marsh said that her party supports the new bridge tax.")
    q = one(qs, "her party supports")
    assert q.cue is not None and q.cue.text == "said"
    assert not [x for x in qs if x.cue is not None and x.cue.text == "supports"]


@pytest.mark.parametrize(("text", "cue", "content", "speaker"), [
    ("Tomas Ferrand's claim that the dam was sound surprised the engineers.", "claim",
     "that the dam was sound", "Tomas Ferrand"),
    ("Lena Marsh made the argument that the tax was unfair.", "argument",
     "that the tax was unfair", "Lena Marsh"),
    ("Tomas Ferrand is critical of the harbour plan.", "critical of", "the harbour plan",
     "Tomas Ferrand"),
    ("Lena Marsh was confident that the vote would pass.", "confident",
     "that the vote would pass", "Lena Marsh"),
])  # fmt: skip
def test_noun_and_adjective_cues(quotes_of: Any, text: str, cue: str, content: str,
                                 speaker: str) -> None:
    q = one(quotes_of(text), content)
    assert q.cue is not None and q.cue.text == cue
    assert speaker in (q.speaker.text or "")


def test_a_claim_of_nobody_is_no_quote(quotes_of: Any) -> None:
    qs = quotes_of("The claim that the dam was sound surprised the engineers.")
    assert not [q for q in qs if "dam was sound" in q.content.text]


def test_a_named_poll_holds_the_clause(quotes_of: Any) -> None:
    q = one(quotes_of("In a Harbour Gazette poll last week, Lena Marsh led by nine points."),
            "Lena Marsh led")
    assert q.cue is not None and q.cue.text == "In"
    assert q.speaker.kind == "document" and "poll" in (q.speaker.text or "")


def test_no_particular_poll_holds_nothing(quotes_of: Any) -> None:
    qs = quotes_of("Lena Marsh has been leading in the polls since May.")
    assert not [q for q in qs if q.cue is not None and q.cue.text == "in"]


def test_passive_cue_with_an_agent(quotes_of: Any) -> None:
    q = one(quotes_of("The harbour plan was criticized by Senator Lena Marsh."), "harbour plan")
    assert q.cue is not None and q.cue.text == "criticized by"
    assert "Lena Marsh" in (q.speaker.text or "")


def test_a_statement_saying(quotes_of: Any) -> None:
    q = one(quotes_of("The ministry issued a statement saying the border would reopen."),
            "border would reopen")
    assert q.speaker.kind == "document" and "statement" in (q.speaker.text or "")


def test_object_control_gives_the_object_as_speaker(quotes_of: Any) -> None:
    qs = quotes_of("Lena Marsh called on the harbour board to disclose the contracts.")
    inner = [q for q in qs if q.cue is not None and q.cue.text == "disclose"]
    assert all("board" in (q.speaker.text or "") for q in inner)


def test_weak_cue_leaves_the_quote_to_said(quotes_of: Any) -> None:
    qs = quotes_of('He called it "a dangerous and costly scam," Lena Marsh said on Monday.')
    said = [q for q in qs if q.cue is not None and q.cue.text == "said"]
    assert len(said) == 1 and "Marsh" in (said[0].speaker.text or "")
    assert "dangerous" in said[0].content.text  # Marsh's mixed quote holds the marks
    assert not [q for q in qs if q.kind == "direct" and q.cue is not None
                and q.cue.text == "called"]


def test_transcript_turns(quotes_of: Any) -> None:
    text = ("Partial transcript as follows:\n\n"
            "ORVIN: Will the bridge open this year? MARSH: It will open in May.\n\n"
            "SEE ALSO: Harbour board elects a new chair")
    qs = quotes_of(text)
    question, answer = one(qs, "bridge open"), one(qs, "open in May")
    assert question.kind == answer.kind == "direct"
    assert question.speaker.text == "ORVIN" and answer.speaker.text == "MARSH"
    assert not [q for q in qs if q.speaker.text == "SEE ALSO"]


def test_two_apostrophes_are_a_double_mark(quotes_of: Any) -> None:
    text = "''We will rebuild the bridge by spring,'' Mayor Tomas Ferrand said."
    (marked,) = [m for m in find_marked(text) if not m.single]
    assert text[marked.start : marked.end] == "We will rebuild the bridge by spring,"
    assert text[marked.close_at : marked.after] == "''"
    q = one(quotes_of(text), "rebuild")
    assert q.kind == "direct" and "Ferrand" in (q.speaker.text or "")


def test_misparsed_clause_before_a_comma_cue(quotes_of: Any) -> None:
    q = one(quotes_of("Those who take on heavy debt struggle, even with a good job, he said."),
            "heavy debt")
    assert q.cue is not None and q.cue.text == "said"


@pytest.mark.parametrize(("cue", "cls"), [
    ("said", "speech"), ("told", "speech"), ("slammed", "speech"), ("denies", "speech"),
    ("according to", "according"), ("quoted a source as saying", "speech"),
    ("supports", "stance"), ("believes", "belief"), ("vowed", "intent"), ("hoping", "belief"),
    ("critical of", "stance"), ("claim", "speech"), (None, "carried"), ("showed", "evidence"),
])  # fmt: skip
def test_cue_class(cue: str | None, cls: str) -> None:
    assert cue_class(cue) == cls


def test_lexicon_rows_are_well_formed() -> None:
    lex = lexicon()
    assert len(lex.verbs) > 150 and lex.cue_nouns and lex.cue_adjectives
    for table in (lex.verbs, lex.cue_nouns, lex.cue_adjectives):
        for entry in table.values():
            assert entry.frames or entry.preps, entry
            assert set(entry.frames) <= set("coinpq") and 0 < entry.confidence <= 1
    assert {"speech", "evidence"} <= SOURCE_CLASSES and "stance" not in SOURCE_CLASSES
    assert "point out" in lex.verbs and "point" in lex.phrasal
