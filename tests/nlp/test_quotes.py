"""Quotes on fictional snippets: marks, cues, split and multi-paragraph quotes, indirect speech."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import Quote


@pytest.fixture
def quotes_of(nlp: Any) -> Any:
    """quotes_of(text, **meta) -> the quotes of a snippet (entities, then quotes; nothing else)."""
    from dateline.ingest import make_article
    from dateline.nlp import entities, quotes
    from dateline.nlp.context import DocContext
    from dateline.nlp.prepare import parse_text

    def run(text: str, **meta: Any) -> list[Quote]:
        article = make_article(text, source="<test>", language="en", **meta)
        ctx = DocContext(article=article, doc=nlp(parse_text(article)))
        ctx.mentions = entities.extract(ctx)
        found = quotes.extract(ctx)
        for q in found:  # every span reads its own text
            q.content.check(article.text)
            if q.cue:
                q.cue.check(article.text)
            if q.speaker.span:
                q.speaker.span.check(article.text)
        return found

    return run


def one(found: list[Quote], words: str) -> Quote:
    hits = [q for q in found if words in q.content.text]
    assert len(hits) == 1, [q.content.text for q in found]
    return hits[0]


def test_straight_quote_with_cue_after(quotes_of: Any) -> None:
    qs = quotes_of('"We will rebuild the old bridge by spring," Mayor Tomas Ferrand said.')
    q = one(qs, "rebuild")
    assert q.kind == "direct"
    assert q.content.text == "We will rebuild the old bridge by spring"
    assert q.cue is not None and q.cue.text == "said"
    assert "Ferrand" in (q.speaker.text or "") and not q.speaker.anonymous


def test_curly_quote_with_cue_before(quotes_of: Any) -> None:
    qs = quotes_of("Tomas Ferrand told the council: “The bridge will open in May.”")
    q = one(qs, "bridge will open")
    assert q.kind == "direct"
    assert q.content.text == "The bridge will open in May."
    assert "Ferrand" in (q.speaker.text or "")


def test_split_quote_keeps_one_speaker(quotes_of: Any) -> None:
    qs = quotes_of("“The bridge is safe,” Ferrand said. “It will open in May and stay open.”")
    first, second = one(qs, "bridge is safe"), one(qs, "open in May")
    assert first.kind == second.kind == "direct"
    assert first.speaker.text == second.speaker.text and "Ferrand" in (first.speaker.text or "")


def test_quote_over_two_paragraphs(quotes_of: Any) -> None:
    text = ("Lena Marsh spoke to the crowd on Friday.\n\n"
            "“We have waited for this road for ten long years.\n\n"
            "“Now the work begins, and it begins today,” Marsh said.")
    qs = quotes_of(text)
    q = one(qs, "waited for this road")
    assert "Now the work begins" in q.content.text  # one quote across the paragraph break
    assert q.kind == "direct" and "Marsh" in (q.speaker.text or "")


def test_scare_quotes_are_not_quotes(quotes_of: Any) -> None:
    qs = quotes_of("The council praised the “reform” while critics mocked the plan as costly.")
    assert not [q for q in qs if q.content.text == "reform"]


def test_cue_less_quote_continues_previous_speaker(quotes_of: Any) -> None:
    text = ('"The river is rising fast," Mira Kovan said.\n\n'
            '"We will close the lower road tonight and open shelters."')
    q = one(quotes_of(text), "close the lower road")
    assert q.kind == "direct" and q.cue is None and "Kovan" in (q.speaker.text or "")


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Ferrand said that the bridge would reopen in May.", "said",
     "that the bridge would reopen in May"),
    ("Ferrand told reporters the bridge would reopen in May.", "told",
     "the bridge would reopen in May"),
    ("Ferrand warned that the bridge could collapse.", "warned", "that the bridge could collapse"),
    ("Ferrand insisted the repairs were finished.", "insisted", "the repairs were finished"),
    ("Ferrand denied that the contract was rigged.", "denied", "that the contract was rigged"),
    ("The bridge will reopen in May, according to Ferrand.", "according to",
     "The bridge will reopen in May"),
    ("Ferrand added that the repairs cost little.", "added", "that the repairs cost little"),
])  # fmt: skip
def test_indirect_cues(quotes_of: Any, text: str, cue: str, content: str) -> None:
    q = one(quotes_of(text), content)
    assert q.kind == "indirect"
    assert q.content.text == content
    assert q.cue is not None and q.cue.text.startswith(cue)
    assert "Ferrand" in (q.speaker.text or "")


def test_in_a_statement(quotes_of: Any) -> None:
    q = one(quotes_of("The Ministry of Roads said in a statement that the toll would be lifted."),
            "toll")
    assert q.cue is not None and q.cue.text == "said in a statement"
    assert q.speaker.kind == "organization" and not q.speaker.anonymous


def test_statement_read(quotes_of: Any) -> None:
    q = one(quotes_of("“We reject the offer in full,” the statement read."), "reject the offer")
    assert q.kind == "direct" and q.speaker.kind == "document"


def test_mixed_quote_stays_one_indirect_quote(quotes_of: Any) -> None:
    qs = quotes_of("Ferrand said the plan was “a gift to the builders” and would fail.")
    q = one(qs, "gift to the builders")
    assert q.kind == "indirect" and q.content.text.startswith("the plan was")


def test_speaker_is_never_a_relative_pronoun(quotes_of: Any) -> None:
    qs = quotes_of("Mayor Tomas Ferrand, who said the bridge would reopen soon, left early.")
    q = one(qs, "bridge would reopen")
    assert q.speaker.text not in ("who", "that") and "Ferrand" in (q.speaker.text or "")


def test_quotes_inside_quotes_are_left_to_the_outer_quote(quotes_of: Any) -> None:
    qs = quotes_of("“I think the plan will fail badly,” Ferrand said.")
    assert [q.content.text for q in qs] == ["I think the plan will fail badly"]


def test_object_of_a_speech_act(quotes_of: Any) -> None:
    q = one(quotes_of("Tomas Ferrand accused the council of hiding the repair costs."),
            "the council of hiding")
    assert q.kind == "indirect" and q.cue is not None and q.cue.text == "accused"


def test_evidence_verbs_need_a_document(quotes_of: Any) -> None:
    assert one(quotes_of("A new survey found broad support for the bridge plan."),
               "broad support").speaker.kind == "document"
    assert quotes_of("Divers found a small boat near the old bridge.") == []


def test_headline_name_colon_statement(quotes_of: Any) -> None:
    q = one(quotes_of("Tomas Ferrand: The bridge will reopen in May\n\nThe city council met."),
            "bridge will reopen")
    assert q.cue is not None and q.cue.text == ":" and "Ferrand" in (q.speaker.text or "")


@pytest.mark.parametrize("text", [
    "According to this thinking, the council of Orlan could lose the port within a year.",
    "According to that logic, the Tarn Brigade would never sign a truce.",
])  # fmt: skip
def test_according_to_a_way_of_reasoning_is_no_attribution(quotes_of: Any, text: str) -> None:
    assert not [q for q in quotes_of(text) if q.cue is not None and q.cue.text.lower() == "according to"]


def test_according_to_a_person_still_is(quotes_of: Any) -> None:
    qs = quotes_of("According to Ferrand, the council of Orlan could lose the port within a year.")
    q = one(qs, "could lose the port")
    assert "Ferrand" in (q.speaker.text or "")


def test_a_thing_called_by_a_name_is_no_quote(quotes_of: Any) -> None:
    qs = quotes_of("The fictional Orlan Forum will publish two reports: one on ports, and one "
                   "called “rebuilding the harbour.”")
    assert not [q for q in qs if "rebuilding the harbour" in q.content.text]


def test_a_speaker_never_contains_its_own_cue(quotes_of: Any) -> None:
    text = ("It aims to issue four reports before the end of 2029: two offering alternative "
            "approaches to the Orlan coast and the Tarn valley, one on “ending the feud,” and one "
            "on “open harbours.”")
    for q in quotes_of(text):
        if q.cue is not None and q.speaker.span is not None:
            s, c = q.speaker.span, q.cue
            assert not (s.start <= c.start < s.end), (q.speaker.text, c.text)


def test_the_time_of_a_statement_is_no_part_of_its_speaker(quotes_of: Any) -> None:
    q = one(quotes_of("Ferrand on Sunday said the bridge would reopen."), "bridge would reopen")
    assert q.speaker.text == "Ferrand"


def test_taking_to_a_platform_to_say_is_the_subjects_statement(quotes_of: Any) -> None:
    q = one(quotes_of("Mayor Tomas Ferrand took to Twitter to say that the bridge would reopen."),
            "bridge would reopen")
    assert "Ferrand" in (q.speaker.text or "")


def test_time_words_are_no_part_of_a_speaker_and_a_database_is_a_document(quotes_of: Any) -> None:
    q = one(quotes_of("Ferrand today again accused the council of lying."), "council of lying")
    assert q.speaker.text == "Ferrand"
    q = one(quotes_of("The database shows that the Orlan council detained 300 people."), "detained")
    assert q.speaker.kind == "document"


def test_a_surname_the_tagger_calls_a_noun_is_still_a_person(quotes_of: Any) -> None:
    q = one(quotes_of("“There is an attempt to spread rumours,” Sinha told reporters."), "rumours")
    assert q.speaker.text == "Sinha" and q.speaker.kind == "person"


def test_he_can_be_the_author_of_a_work_named_before(quotes_of: Any) -> None:
    qs = quotes_of("They were the eighth missiles launched this month, according to a tally by "
                   "Shea Cotton, a researcher at the fictional Orlan Institute.\n\n"
                   "“Coming this early in the year, this is rare,” he said in a post on Twitter.")
    q = one(qs, "this is rare")
    assert q.speaker.name == "Shea Cotton" and q.speaker.kind == "person"
