"""Framing: evaluative and loaded wording, each marked in-quote or in the outlet's own voice.

Evidence only, never a truth verdict. Sources of hits, in order:

1. the lexicon (``resources/framing/lexicon.csv``): labels, loaded language, intensifiers,
   exaggeration, doubt and distancing words, each with a category;
2. the context patterns (``resources/framing/patterns.toml``): self-descriptions taken over as
   fact ("anti-terror resistance groups"), "what X claims", "false claims";
3. rules over the parse (:mod:`.rules`): the outlet's own "claims" verb, scare quotes, neutral
   uses dropped ("sanctions regime"), spans widened to the phrase the word qualifies.

A hit is ``in_quote`` (someone else's words) when a *direct* quote of ``ctx.quotes`` holds it, or
when it sits between quotation marks (:mod:`.quoting`), so framing stays right when the quote
extractor misses a quote. Inside an *indirect* quote (reported speech) the wording is the
outlet's own paraphrase: ``in_quote`` is false, and ``quote_id`` still names the quote. Hits
inside a ``neutral`` pattern ("weapons of mass destruction") are dropped.
"""

from __future__ import annotations

from dateline.ids import record_id
from dateline.model import Framing
from dateline.nlp.context import DocContext
from dateline.nlp.framing.lexicon import Hit, Term, find_patterns, find_terms
from dateline.nlp.framing.quoting import QuoteIndex, is_scare_quote
from dateline.nlp.framing.rules import Tokens, doubt_verbs, neutral_use, widen
from dateline.nlp.prepare import parse_text

NAME = "dateline.framing.v1"

__all__ = ["NAME", "extract"]


def extract(ctx: DocContext) -> list[Framing]:
    """Framing records of the article, in text order."""
    doc = ctx.doc
    text = parse_text(ctx.article)  # the text spaCy saw: excluded regions blanked, offsets kept
    tokens = Tokens(doc)
    quotes = QuoteIndex(text)
    found: dict[tuple[int, int, str], Framing] = {}

    def add(start: int, end: int, hit: Hit, *, own_voice: bool = False) -> None:
        key = (start, end, hit.entry.category)
        if key in found or end <= start:
            return
        quote = ctx.quote_at(start, end)
        direct = quote is not None and quote.kind == "direct"
        in_quote = not own_voice and (direct or quotes.region_at(start, end) is not None)
        found[key] = Framing(
            id=record_id("f", ctx.article.id, start, end, hit.entry.category),
            span=ctx.span(start, end), category=hit.entry.category, in_quote=in_quote,
            term=hit.entry.term, quote_id=quote.id if quote else None,
            confidence=hit.entry.confidence, extractor=NAME,
        )

    taken: list[tuple[int, int]] = []
    for hit in find_patterns(text):
        if hit.entry.category != "neutral":
            add(hit.start, hit.end, hit)
        taken.append((hit.start, hit.end))
    for hit in find_terms(text, lemma=tokens.lemma):
        if any(s <= hit.start and hit.end <= e for s, e in taken):
            continue
        first, last = tokens.at(hit.start), tokens.at(hit.end - 1)
        if first is None or last is None or neutral_use(hit, first):
            continue
        start, end = widen(hit, first, last)
        add(start, end, hit)
    for hit in doubt_verbs(text, tokens):
        if not any(s <= hit.start and hit.end <= e for s, e in taken):
            add(hit.start, hit.end, hit)
    scare = Term("scare quotes", "distancing", "", 0.5)
    for region in quotes.regions:
        if is_scare_quote(text, region):
            add(region.start - 1, region.end + 1, Hit(region.start - 1, region.end + 1, scare),
                own_voice=True)
    return sorted(found.values(), key=lambda f: (f.span.start, f.span.end))
