"""Entity mentions resolved to actors of the knowledge base (:mod:`dateline.actors`).

Interface used by the other extractors:

- :func:`extract` -> every mention in the article (token ranges + :class:`Entity`): KB names,
  spaCy NER entities, country+institution phrases ("U.S. forces");
- :func:`resolve_tokens` -> the entity for an argument phrase (a token range), or ``None``
  for pronouns and time words;
- :func:`resolve_many` -> one entity per conjunct ("X, and deputy commander Y").

Roles of dated actors are taken at ``date`` (the event date), else the article's published
date (or its dateline date), else the most recent role.
"""

from __future__ import annotations

from typing import Any

from dateline.model import Entity
from dateline.nlp.context import DocContext, Mention
from dateline.nlp.entities.mentions import find_mentions
from dateline.nlp.entities.phrase import resolve_head
from dateline.nlp.entities.words import article_date, is_pronoun, is_punct, is_time, kb_of

NAME = "dateline.entities.v1"
__all__ = ["NAME", "extract", "resolve_many", "resolve_tokens"]
_NOMINAL = ("NOUN", "PROPN", "PRON", "NUM", "X", "ADJ")


def extract(ctx: DocContext) -> list[Mention]:
    """Every entity mention of the article, in text order."""
    return find_mentions(ctx)


def _head(doc: Any, start: int, end: int) -> Any | None:
    """The token of ``[start, end)`` whose syntactic head lies outside it (the first one)."""
    best = None
    for tok in doc[start:end]:
        if is_punct(tok):
            continue
        if not (start <= tok.head.i < end) or tok.head.i == tok.i:
            if tok.pos_ in _NOMINAL:
                return tok
            best = best or tok
    return best


def resolve_tokens(ctx: DocContext, start: int, end: int, *, date: str | None = None
                   ) -> Entity | None:
    """The entity for tokens ``[start, end)`` (an argument phrase), or ``None``.

    ``date`` (``YYYY[-MM[-DD]]``) is the event date at which dated roles are read.
    """
    doc = ctx.doc
    start, end = max(0, start), min(len(doc), end)
    while start < end and (is_punct(doc[start]) or doc[start].is_space):
        start += 1
    while end > start and (is_punct(doc[end - 1]) or is_time(doc[end - 1])):
        end -= 1
    if start >= end:
        return None
    head = _head(doc, start, end)
    if head is None or is_pronoun(head) or is_time(head):
        return None
    when = date or article_date(ctx.article)
    if head.pos_ not in _NOMINAL:  # a clause: the first actor named in it
        for m in ctx.mentions:
            if start <= m.start and m.end <= end and m.entity.kind != "place":
                return m.entity
        return None
    hi = min(end, head.right_edge.i + 1)
    for child in head.rights:  # stop before coordinated and clausal parts
        if child.dep_ in ("cc", "conj", "relcl", "acl", "advcl") and child.i < hi:
            hi = child.i
    return resolve_head(ctx, kb_of(ctx), head, start, hi, when, mentions=ctx.mentions)


def resolve_many(ctx: DocContext, start: int, end: int, *, date: str | None = None
                 ) -> list[Entity]:
    """One entity per conjunct of the phrase ``[start, end)`` ("A, B and C")."""
    doc = ctx.doc
    first = resolve_tokens(ctx, start, end, date=date)
    head = _head(doc, max(0, start), min(len(doc), end))
    out = [first] if first is not None else []
    if head is None:
        return out
    heads = [head, *(c for c in head.rights if c.dep_ == "appos")]
    conjuncts = sorted({c.i: c for h in heads for c in h.conjuncts}.values(), key=lambda t: t.i)
    for conj in conjuncts:
        if start <= conj.i < end and conj.i > head.i:
            lo = min(t.i for t in conj.subtree if t.i >= start)
            while lo < conj.i and (doc[lo].dep_ == "cc" or is_punct(doc[lo])):
                lo += 1
            hi = min(end, conj.right_edge.i + 1)
            ent = resolve_tokens(ctx, lo, hi, date=date)
            if ent is not None:
                out.append(ent)
    return out
