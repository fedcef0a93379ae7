"""Framing on fictional snippets and on the golden example: dateline.nlp.framing."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.ingest import make_article
from dateline.model import Framing, Quote, Span, Speaker
from dateline.nlp import framing
from dateline.nlp.context import DocContext
from dateline.nlp.prepare import parse_text


def found(analyze: Any, text: str) -> list[Framing]:
    analysis = analyze(text)
    for f in analysis.framing:
        assert analysis.article.text[f.span.start:f.span.end] == f.span.text
        assert f.extractor == framing.NAME and 0 <= f.confidence <= 1
    return list(analysis.framing)


def hit(fs: list[Framing], word: str) -> Framing:
    matches = [f for f in fs if word.lower() in f.span.text.lower()]
    assert matches, f"no framing on {word!r}: {[(f.span.text, f.category) for f in fs]}"
    return matches[0]


@pytest.mark.parametrize(("text", "word", "category"), [
    ("Ostrian thugs stormed the Varnland border post on Friday.", "thugs", "labeling"),
    ("The Kelmar regime closed the port of Dobrava.", "regime", "labeling"),
    ("Mercenaries loyal to Duke Orrin crossed the river.", "Mercenaries", "labeling"),
    ("The raid was a blatant breach of the Pelk accord.", "blatant", "intensifier"),
    ("Troops carried out a brutal raid on the Skell camp.", "brutal", "loaded_language"),
    ("The heinous attack on Tarvo shocked the region.", "heinous", "loaded_language"),
    ("The so-called experts of the Marl institute met.", "so-called", "distancing"),
    ("The alleged plot against Quellin was never shown.", "alleged", "distancing"),
    ("Vantry repeated false claims about the dam.", "false claims", "doubt"),
    ("Ostria claims that the dam at Vantry is safe.", "claims", "doubt"),
    ("Kelmar's anti-terror resistance groups held a rally.", "anti-terror", "self_description"),
    ("The freedom fighters of Dunmore left the hills.", "freedom fighters", "self_description"),
    ("The fleet sits in what Ostria claims to be its waters.", "what Ostria claims",
     "distancing"),
])  # fmt: skip
def test_categories_in_the_outlets_own_voice(analyze: Any, text: str, word: str,
                                             category: str) -> None:
    f = hit([f for f in found(analyze, text) if f.category == category], word)
    assert not f.in_quote and f.quote_id is None


@pytest.mark.parametrize("text", [
    "The sanctions regime against Kelmar was extended.",
    "Ostria denied having weapons of mass destruction.",
    "Dunmore passed a new anti-terror law on Monday.",
    "We claim no part of the Skell valley, the mayor said.",
    "The Varnland council met on Tuesday to discuss the budget.",
    "The Skell front claimed responsibility for the blast near the flood wall.",
])  # fmt: skip
def test_neutral_uses_are_not_framing(analyze: Any, text: str) -> None:
    assert [(f.span.text, f.category) for f in found(analyze, text)
            if f.category in ("labeling", "loaded_language", "self_description", "doubt")] == []


def test_exact_hyphen_terms_need_their_hyphen(analyze: Any) -> None:
    assert [f.span.text for f in found(analyze, "The talks in Orrin would be long.")] == []
    assert [f.category for f in found(analyze, "The would-be envoy of Orrin left.")] == [
        "distancing"]


def test_words_between_quotation_marks_are_in_quote(analyze: Any) -> None:
    fs = found(analyze, 'Mayor Tilda Brenn said: "The occupiers and their puppets must leave '
                        'Vantry." The Ostrian occupiers stayed.')
    quoted, own = [f for f in fs if "occupiers" in f.span.text]
    assert quoted.in_quote and not own.in_quote
    assert hit(fs, "puppets").in_quote


def test_curly_quotes_and_paragraph_spanning_quotes(analyze: Any) -> None:
    fs = found(analyze, "Envoy Rask Ulm said:\n\n“The warmongers of Kelmar lie.\n\n“Their "
                        "tyrants will fall,” he added. Tyrants rarely fall, Ulm wrote.")
    assert hit(fs, "warmongers").in_quote
    tyrants = [f for f in fs if "tyrants" in f.span.text.lower()]
    assert [(f.span.text, f.in_quote) for f in tyrants] == [("Their tyrants", True),
                                                            ("Tyrants", False)]


def test_scare_quotes_are_the_outlets_distancing(analyze: Any) -> None:
    fs = found(analyze, 'The "experts" from the Marl institute visited Orrin.')
    sq = [f for f in fs if f.term == "scare quotes"]
    assert [(f.span.text, f.category, f.in_quote) for f in sq] == [('"experts"', "distancing",
                                                                    False)]


def test_a_real_short_quote_is_not_a_scare_quote(analyze: Any) -> None:
    fs = found(analyze, 'The minister of Pelk said the plan was "unacceptable" on Monday.')
    assert [f for f in fs if f.term == "scare quotes"] == []


def _ctx(nlp: Any, text: str, kind: str) -> DocContext:
    article = make_article(text, id="t-framing-" + kind, language="en")
    start = text.index("the")
    quote = Quote(f"quote-{kind}", kind, Span.of(text, start, text.index(" from")), None,  # type: ignore[arg-type]
                  Speaker("Tilda Brenn", Span.of(text, 0, 11), None, False, "person"))
    return DocContext(article=article, doc=nlp(parse_text(article)), quotes=[quote])


def test_direct_quote_is_someone_elses_words_indirect_is_the_outlets(nlp: Any) -> None:
    text = "Tilda Brenn said the thugs would be expelled from Vantry."
    direct = [f for f in framing.extract(_ctx(nlp, text, "direct")) if f.category == "labeling"]
    indirect = [f for f in framing.extract(_ctx(nlp, text, "indirect"))
                if f.category == "labeling"]
    assert [(f.in_quote, f.quote_id) for f in direct] == [(True, "quote-direct")]
    assert [(f.in_quote, f.quote_id) for f in indirect] == [(False, "quote-indirect")]


def test_golden_framing(golden_record: dict[str, Any]) -> None:
    text = golden_record["article"]["text"]
    fr = golden_record["framing"]
    caption_end = text.index("Baghdad, August 26")
    anti = [f for f in fr if "anti-terror" in f["text"].lower()]
    assert all(f["span"][0] > caption_end for f in anti)  # the photo caption is not analysed
    first = min(anti, key=lambda f: f["span"][0])
    assert first["category"] == "self_description" and not first["in_quote"]
    assert any("occupiers" in f["text"] and f["in_quote"] for f in fr)
    assert any("Zionist regime" in f["text"] and f["in_quote"] for f in fr)
    cats = {(f["text"], f["category"], f["in_quote"]) for f in fr}
    assert ("what Washington claims", "distancing", False) in cats
    assert ("false claims", "doubt", False) in cats
