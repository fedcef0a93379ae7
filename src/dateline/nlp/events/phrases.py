"""Argument heads -> actor records.

A head becomes one phrase per coordinated member ("Hungarian and Romanian officials" -> two),
a title gives way to the name in apposition ("Iran's top commander, General Qassem Soleimani"
-> Soleimani), a quantifier to what it counts ("most of the leaders"), and a pronoun to the
nearest compatible entity mention before it (else nothing: never an actor "he"). The phrase's
token range goes to the entities extractor's ``resolve_tokens``, which decides country/sector.
"""

from __future__ import annotations

import functools
import inspect
from typing import Any

from dateline.model import Entity
from dateline.nlp import entities
from dateline.nlp.context import DocContext, Mention
from dateline.nlp.events.lexicon import Lexicon
from dateline.nlp.events.pronouns import (
    GROUP_PRON,
    PERSON_PRON,
    main_subject,
    previous_subject,
    reporter,
    resolve_pronoun,
)

_SKIP_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
_QUANT = frozenset({"most", "some", "all", "many", "several", "none", "each", "both", "one",
                    "two", "three", "dozens", "hundreds", "thousands", "majority", "part", "any",
                    "few", "number", "rest", "half", "third", "quarter", "percent", "%",
                    "scores", "tens", "millions", "bulk", "handful", "group"})
_FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my"})
_LEFT_KEEP = frozenset({"det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case",
                        "predet", "npadvmod", "punct", "advmod"})
_RIGHT_KEEP = frozenset({"compound", "flat", "case", "nummod"})
_EDGE_PUNCT = frozenset({'"', "'", "“", "”", "‘", "’", ",", "(", ")", "-", "—", "–", ":", ";"})


@functools.cache
def _takes_date() -> bool:
    return "date" in inspect.signature(entities.resolve_tokens).parameters


def members(head: Any) -> list[Any]:
    """The head and every token coordinated with it (also through an apposition)."""
    out, todo = [], [head]
    while todo:
        tok = todo.pop(0)
        if tok in out:
            continue
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ == "conj"]
        todo += [c for a in tok.children if a.dep_ == "appos" for c in a.children
                 if c.dep_ == "conj"]
    return out


def _named_appos(tok: Any) -> Any | None:
    """A proper name in apposition to a title, searched through "of" phrases too."""
    todo = [tok]
    for _ in range(12):
        if not todo:
            return None
        cur = todo.pop(0)
        for c in cur.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN" and (cur is tok or c.ent_type_ == "PERSON"):
                return c
            if c.dep_ in ("prep", "pobj", "appos") and c.i > cur.i:
                todo.append(c)
    return None


def refine(tok: Any, lex: Lexicon) -> Any | None:
    """The token that names the party, or None when it names none (a time word, a number)."""
    if tok.ent_type_ in _SKIP_LABELS and tok.lower_ not in _QUANT:
        return None
    if tok.lemma_.lower() in lex.classes["time"]:
        return None
    if tok.lower_ in _QUANT or tok.lemma_.lower() in _QUANT:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                pobj = [p for p in c.children if p.dep_ == "pobj"]
                if pobj:
                    return refine(pobj[0], lex)
        return None if tok.pos_ in ("NUM", "DET", "ADJ", "PRON") else tok
    if tok.pos_ == "NOUN":
        named = _named_appos(tok)
        if named is not None:
            return named
    return tok


def token_range(tok: Any) -> tuple[int, int]:
    """Tokens ``[start, end)`` of the phrase headed by ``tok`` (no clauses, no time phrases)."""
    start, end = tok.i, tok.i + 1
    for c in tok.lefts:
        if c.dep_ in _LEFT_KEEP:
            start = min(start, c.left_edge.i)
    of = ("of", "from") if tok.pos_ == "NOUN" else ("of",)
    for c in tok.rights:
        if c.dep_ in _RIGHT_KEEP or (c.dep_ == "prep" and c.lower_ in of):
            end = max(end, c.right_edge.i + 1)
        elif c.dep_ in ("punct", "prep", "relcl", "acl", "appos", "conj", "cc"):
            break
    doc = tok.doc
    while start < tok.i and (doc[start].is_punct or doc[start].lower_ in _EDGE_PUNCT
                             or (doc[start].dep_ in ("cc", "advmod", "npadvmod")
                                 and not _hyphened(doc, start))):
        start += 1
    while end > tok.i + 1 and (doc[end - 1].is_punct or doc[end - 1].lower_ in _EDGE_PUNCT):
        end -= 1
    return start, end


def _hyphened(doc: Any, i: int) -> bool:
    """"Turkish-backed forces": the word is joined to the next by a hyphen."""
    return i + 1 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text in ("-", "–")


def entities_for(ctx: DocContext, heads: list[Any], lex: Lexicon, *, date: str | None,
                 mentions: list[Mention], starts: list[int]) -> list[Entity]:
    """One entity per coordinated member of each head, deduplicated, no bare pronouns."""
    out: list[Entity] = []
    seen: set[tuple[int, int]] = set()
    for head in heads:
        for member in members(head):
            ent = _entity(ctx, member, lex, date=date, mentions=mentions, starts=starts)
            if ent is None or ent.span is None:
                continue
            key = (ent.span.start, ent.span.end)
            if key not in seen:
                seen.add(key)
                out.append(ent)
    return out


def speaker_entity(ctx: DocContext, tok: Any, *, date: str | None) -> Entity | None:
    """"we"/"I" inside a quote: the quote's speaker ("'We will attack,' a Front commander
    said" -> the commander)."""
    quote = ctx.quote_at(tok.idx, tok.idx + len(tok.text))
    if quote is None or quote.speaker.span is None:
        return None
    span = ctx.doc.char_span(quote.speaker.span.start, quote.speaker.span.end,
                             alignment_mode="expand")
    if span is None:
        return None
    return _resolve(ctx, span.start, span.end, date=date)


def _resolve(ctx: DocContext, start: int, end: int, *, date: str | None) -> Entity | None:
    resolve: Any = entities.resolve_tokens  # the date= keyword came in a later version
    ent: Entity | None = (resolve(ctx, start, end, date=date) if _takes_date()
                          else resolve(ctx, start, end))
    return ent


def _entity(ctx: DocContext, member: Any, lex: Lexicon, *, date: str | None,
            mentions: list[Mention], starts: list[int]) -> Entity | None:
    if member.pos_ == "PRON" and member.lower_ in _FIRST_PERSON:
        return speaker_entity(ctx, member, date=date)
    if member.pos_ == "PRON":
        main = main_subject(member, lex) or previous_subject(member, lex)
        mention = resolve_pronoun(member, mentions, starts) if main is None else None
        if mention is not None:
            return mention.entity
        said = main if main is not None else reporter(member, lex)
        if said is None:
            return None
        member = said
    tok = refine(member, lex)
    if tok is None:
        return None
    if tok.pos_ == "PRON":
        mention = resolve_pronoun(tok, mentions, starts)
        return mention.entity if mention is not None else None
    start, end = token_range(tok)
    ent = _resolve(ctx, start, end, date=date)
    if ent is None or ent.text.lower() in PERSON_PRON | GROUP_PRON:
        return None
    return ent
