"""Quotes: who says what in an article, through whom.

Steps (one module each): :mod:`.marks` finds text between quotation marks; :mod:`.cues` finds
verb cues in the parse (said, called for, supports, vowed to) with their speaker phrase and
content, helped by :mod:`.multiword` ("according to", "quoted X as saying"), :mod:`.nominal`
("his claim that", "critical of", "in a CNN poll") and :mod:`.turns` ("Name: statement",
transcript turns); :mod:`.build` matches marks with cues (direct, split, paragraph-spanning,
mixed quotes); :mod:`.phrases` classifies a speaker phrase and :mod:`.speakers` resolves it
across the article ("he", "the source", "the president" -> the mention that names them;
anonymity; knowledge-base link); :mod:`.relays` builds the relay chain (``via``). Resources:
``resources/quotes/`` (see :mod:`.lexicon`).

Interface: :func:`extract` -> :class:`dateline.model.Quote` records for the article;
:func:`find_attributions` -> the working records, with the speaker as written next to the cue
(used by the PolNeAR evaluation).
"""

from __future__ import annotations

from dateline.ids import record_id
from dateline.model import Quote
from dateline.nlp.context import DocContext
from dateline.nlp.quotes.base import Attribution, TokenChars
from dateline.nlp.quotes.build import attach_marks
from dateline.nlp.quotes.cues import find_cues
from dateline.nlp.quotes.lexicon import SOURCE_CLASSES, lexicon
from dateline.nlp.quotes.marks import find_marked, paragraphs
from dateline.nlp.quotes.relays import assign_via
from dateline.nlp.quotes.speakers import Resolver
from dateline.nlp.to_records import trimmed

NAME = "dateline.quotes.v1"

__all__ = ["NAME", "Attribution", "extract", "find_attributions"]


def _blanked(ctx: DocContext) -> list[tuple[int, int]]:
    regions = [(s.start, s.end) for s in ctx.article.excluded]
    if ctx.article.dateline:
        regions.append((ctx.article.dateline.span.start, ctx.article.dateline.span.end))
    return regions


def find_attributions(ctx: DocContext) -> list[Attribution]:
    """Every attribution of the article with its speaker resolved and relay chain set."""
    lex = lexicon()
    text = ctx.article.text
    blank = _blanked(ctx)
    marks = [m for m in find_marked(text) if not any(s <= m.open_at < e for s, e in blank)]
    token_chars = TokenChars(ctx.doc)
    starts = [s for s, _ in paragraphs(text)]
    atts = attach_marks(text, marks, find_cues(ctx.doc, lex, text), token_chars, starts)
    direct = [a for a in atts if a.kind == "direct" and a.content is not None]
    placed = [a for a in atts if a.content is not None]
    for a in atts:
        if a.cue is None:
            continue
        # a cue inside someone's direct quote is part of the quoted words; a stance, belief or
        # intention inside another attribution's content is part of what that one reports
        outer = direct if a.cls in SOURCE_CLASSES else placed
        if any(d is not a and d.content is not None and d.content[0] <= a.cue[0] < d.content[1]
               and (d.cue is None or not a.content or not a.content[0] <= d.cue[0] < a.content[1])
               for d in outer):
            a.nested = True
    for a in placed:  # "issued a statement saying X": the statement's words, not "issued X"
        if a.cls == "stance" and a.kind != "direct" and any(
                not d.weak and d.cue is not None and d.source is not None and a.content
                and a.content[0] <= ctx.doc[d.source[0]].idx < d.cue[0] < a.content[1]
                for d in placed if d is not a):
            a.nested = True
    # a cue inside someone's direct quote is part of the quoted words, not a quote of its own
    atts = _dedupe([a for a in atts if a.content is not None and not a.nested])
    resolver = Resolver(ctx, lex, [a.content for a in atts if a.content is not None])
    for a in sorted(atts, key=lambda a: a.anchor):
        resolver.resolve(a, direct)
    assign_via(atts, ctx.doc, ctx.article, lex)
    return atts


def _dedupe(atts: list[Attribution]) -> list[Attribution]:
    best: dict[tuple[int, int], Attribution] = {}
    for a in atts:
        assert a.content is not None
        old = best.get(a.content)
        if old is None or (a.kind, a.confidence) > (old.kind, old.confidence):
            best[a.content] = a
    return sorted(best.values(), key=lambda a: (a.content or (0, 0))[0])


def extract(ctx: DocContext) -> list[Quote]:
    """The quotes of the article, in text order."""
    out: dict[str, Quote] = {}
    for a in find_attributions(ctx):
        if a.nested or a.content is None or a.speaker is None:
            continue
        content = trimmed(ctx, *a.content)
        if content.end <= content.start:
            continue
        qid = record_id("quote", ctx.article.id, content.start, content.end)
        out.setdefault(qid, Quote(
            id=qid, kind="direct" if a.kind == "direct" else "indirect", content=content,
            cue=ctx.span(*a.cue) if a.cue else None, speaker=a.speaker, via=a.via,
            confidence=round(a.confidence, 3), extractor=NAME))
    return list(out.values())
