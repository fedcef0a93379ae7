"""Toponyms of an article and event locations (fictional snippets; the golden example from ../shared)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dateline.ingest import make_article, read_inputs
from dateline.model import Article
from dateline.nlp.context import DocContext
from dateline.nlp.places import detect, event_location, place_mentions
from dateline.nlp.prepare import parse_text
from tests.conftest import need_shared


def context(nlp: Any, text: str) -> DocContext:
    article = make_article(text, source="<test>")
    return DocContext(article=article, doc=nlp(parse_text(article)))


def token(ctx: DocContext, word: str) -> Any:
    return next(t for t in ctx.doc if t.text == word)


def where(ctx: DocContext, word: str) -> Any:
    t = token(ctx, word)
    return event_location(ctx, t.sent.start, t.sent.end, t.i)


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


def test_attached_place_wins_over_actor_metonym(nlp: Any) -> None:
    ctx = context(nlp, "Washington said rebels attacked a fictional checkpoint near Kirkuk.")
    loc = where(ctx, "attacked")
    assert loc is not None and loc.text == "Kirkuk" and loc.country == "IRQ"
    assert loc.precision == "city" and loc.span is not None and loc.lat is not None


def test_dateline_is_the_fallback_location(nlp: Any) -> None:
    ctx = context(nlp, "MOSUL, Iraq (Fictional Wire) — The council agreed to meet again soon.")
    assert ctx.article.dateline is not None
    loc = where(ctx, "agreed")
    assert loc is not None and loc.name.lower() == "mosul" and loc.country == "IRQ"
    assert loc.span is not None and ctx.article.text[loc.span.start:loc.span.end] == loc.text


def test_no_place_no_dateline_gives_none(nlp: Any) -> None:
    ctx = context(nlp, "The committee agreed to meet again after the holidays.")
    assert where(ctx, "agreed") is None


def test_golden_example_locations(pipeline: Any) -> None:
    path = need_shared("examples", "rhc-iraq-resistance.jsonl")
    (article,) = list(read_inputs([Path(path)], max_bytes=10_000_000))
    assert isinstance(article, Article)
    ctx = DocContext(article=article, doc=pipeline.nlp(parse_text(article)))
    loc = where(ctx, "assassinated")
    assert loc is not None and loc.text == "Baghdad International Airport"
    assert loc.country == "IRQ" and loc.precision == "site" and loc.lat is not None
    first = where(ctx, "reached")
    assert first is not None and first.name == "Baghdad" and first.country == "IRQ"
    assert first.precision == "city"


def test_a_known_person_or_organisation_is_no_small_town(analyze: Any) -> None:
    analysis = analyze("Secretary of State Mike Pompeo met the envoy on Monday. Rebels attacked "
                       "a convoy hours after talks with Pompeo. NATO allies agreed in Brussels.")
    places = {e.trigger.text: e.location for e in analysis.events}
    assert places["attacked"] is None  # not Pompéu, Brazil
    brussels = places["agreed"]  # Brussels standing for the EU elsewhere is still a capital
    assert brussels is not None and brussels.country == "BEL"


def test_a_name_the_gazetteer_lacks_is_placed_in_the_articles_country(nlp: Any) -> None:
    # "Zorbal River" is invented: no gazetteer entry, so only its country is known
    ctx = context(nlp, "MOSUL, Iraq (Fictional Wire) — Gunmen attacked a convoy near the Zorbal "
                       "River, officials in Basra said.")
    loc = where(ctx, "attacked")
    assert loc is not None and loc.text == "Zorbal River" and loc.country == "IRQ"
    assert (loc.precision, loc.lat, loc.lon, loc.geonameid) == ("country", None, None, None)
    # a known toponym attached to the trigger comes first; a loose known one before the inferred
    ctx = context(nlp, "Police in Baghdad said gunmen attacked a checkpoint at Camp Zorbal "
                       "outside Basra.")
    loc = where(ctx, "attacked")
    assert loc is not None and loc.text == "Basra" and loc.precision == "province"
