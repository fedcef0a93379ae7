"""Toponyms of an article and event locations (fictional snippets; the golden example from ../shared)."""

from __future__ import annotations

from typing import Any

from dateline.ingest import make_article
from dateline.nlp.context import DocContext
from dateline.nlp.places import detect, place_mentions
from dateline.nlp.prepare import parse_text


def context(nlp: Any, text: str) -> DocContext:
    article = make_article(text, source="<test>")
    return DocContext(article=article, doc=nlp(parse_text(article)))


def test_place_mentions_are_resolved_and_cached(nlp: Any) -> None:
    ctx = context(nlp, "The fictional convoy left Mosul for Amman, where envoys from Jordan met.")
    found = {m.span.text: m.place for m in place_mentions(ctx)}
    mosul, jordan = found["Mosul"], found["Jordan"]
    assert mosul is not None and mosul.kind == "city" and mosul.country == "IRQ"
    assert jordan is not None and jordan.kind == "country"
    assert place_mentions(ctx) is place_mentions(ctx)
    for m in place_mentions(ctx):
        assert ctx.article.text[m.span.start:m.span.end] == m.span.text


def test_gazetteer_scan_finds_names_the_ner_missed(nlp: Any) -> None:
    ctx = context(nlp, "Fighters regrouped outside Kandahar after the fictional raid.")
    ctx.doc.ents = []
    got = [(ctx.doc[s:e].text, label) for s, e, label in detect(ctx.doc)]
    assert ("Kandahar", "GAZ") in got


def test_a_town_tagged_as_a_product_after_in_is_a_place(analyze: Any) -> None:
    (ev,) = analyze("Gunmen stormed the Grand Palace hotel in Gwadar before dawn on Saturday.").events
    assert ev.location is not None and (ev.location.text, ev.location.country) == ("Gwadar", "PAK")


def test_a_lower_case_name_is_a_place_only_in_a_lower_case_text(nlp: Any) -> None:
    from spacy.tokens import Span

    cased = context(nlp, "Police beat protesters at a metro station in the fictional district.")
    lower = context(nlp, "police beat protesters at a station in delhi on monday.")
    for ctx, word in ((cased, "metro"), (lower, "delhi")):
        i = next(t.i for t in ctx.doc if t.text == word)
        ctx.doc.ents = [Span(ctx.doc, i, i + 1, label="GPE")]
    assert [ctx_ for ctx_ in detect(cased.doc) if cased.doc[ctx_[0]].text == "metro"] == []
    assert [(lower.doc[s:e].text, label) for s, e, label in detect(lower.doc)] == [
        ("delhi", "GPE")]
