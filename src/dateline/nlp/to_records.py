"""The one seam where spaCy objects become plain records: helpers every extractor uses."""

from __future__ import annotations

from typing import Any

from dateline.model import Span
from dateline.nlp.context import DocContext


def span_of(ctx: DocContext, tokens: Any) -> Span:
    """Evidence for a spaCy ``Span`` or ``Token`` (trailing whitespace and punctuation trimmed)."""
    if hasattr(tokens, "idx") and not hasattr(tokens, "start_char"):
        return ctx.span(tokens.idx, tokens.idx + len(tokens.text))
    start, end = tokens.start_char, tokens.end_char
    return trimmed(ctx, start, end)


def trimmed(ctx: DocContext, start: int, end: int) -> Span:
    """``[start, end)`` without edge whitespace and separators, nor a caption or boilerplate
    region (``Article.excluded``) at either edge: the parse sees those as blank, so a sentence
    may run over them."""
    text = ctx.article.text
    for _ in range(4):
        while start < end and (text[start].isspace() or text[start] in ",;:"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
            end -= 1
        region = next((r for r in ctx.article.excluded
                       if r.start <= start < r.end or r.start < end <= r.end), None)
        if region is None:
            break
        if region.start <= start < region.end:
            start = min(region.end, end)
        else:
            end = max(region.start, start)
    return ctx.span(start, end)


def tokens_span(ctx: DocContext, first: Any, last: Any) -> Span:
    """Evidence from token ``first`` through token ``last`` inclusive."""
    return trimmed(ctx, first.idx, last.idx + len(last.text))
