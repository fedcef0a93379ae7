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
    text = ctx.article.text
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return ctx.span(start, end)


def tokens_span(ctx: DocContext, first: Any, last: Any) -> Span:
    """Evidence from token ``first`` through token ``last`` inclusive."""
    return trimmed(ctx, first.idx, last.idx + len(last.text))
