"""Run the extractors over one parsed article and gather their records into an Analysis."""

from __future__ import annotations

from typing import Any

from dateline.actors import KnowledgeBase
from dateline.model import Analysis, Article
from dateline.nlp import claims, entities, events, framing, quotes
from dateline.nlp.context import DocContext
from dateline.sourcing import grade_sourcing


def analyze_doc(article: Article, doc: Any, *, kb: KnowledgeBase | None = None) -> Analysis:
    """The analysis of ``article`` from its parse ``doc`` (see :mod:`dateline.nlp.prepare`);
    ``kb`` is the actor knowledge base (default: the bundled one)."""
    from dateline.pipeline import PIPELINE_VERSION

    ctx = DocContext(article=article, doc=doc, kb=kb)
    ctx.mentions = entities.extract(ctx)
    ctx.quotes = quotes.extract(ctx)
    ctx.events = events.extract(ctx)
    found_claims = claims.extract(ctx)
    found_framing = framing.extract(ctx)
    return Analysis(
        article=article,
        events=tuple(ctx.events),
        quotes=tuple(ctx.quotes),
        claims=tuple(found_claims),
        framing=tuple(found_framing),
        sourcing=grade_sourcing(article, ctx.quotes),
        entities=tuple(m.entity for m in ctx.mentions),
        pipeline=PIPELINE_VERSION,
    )
