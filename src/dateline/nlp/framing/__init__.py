"""Framing: evaluative and loaded wording, each marked in-quote or in the outlet's own voice.

Evidence only, never a truth verdict. Sources of hits, in order:

1. the lexicon (``resources/framing/lexicon.csv``): labels, loaded language, intensifiers,
   exaggeration, doubt and distancing words, each with a category;
2. the context patterns (``resources/framing/patterns.toml``): self-descriptions taken over as
   fact ("anti-terror resistance groups"), "what X claims", "false claims";
3. rules over the parse (:mod:`.rules`): the outlet's own "claims" verb, scare quotes, neutral
   uses dropped ("sanctions regime"), spans widened to the phrase the word qualifies;
4. name-calling (:mod:`.targets`, :mod:`.naming`): a loaded word about a person or group is a
   ``labeling`` over the whole noun phrase ("the execrable officials of Vantry"), and so are a
   name given by a naming verb ("dubbed him a weathervane") and a scare-quoted word about people.

A hit is ``in_quote`` (someone else's words) when a *direct* quote of ``ctx.quotes`` holds it, or
when it sits between quotation marks (:mod:`.quoting`), so framing stays right when the quote
extractor misses a quote. Inside an *indirect* quote (reported speech) the wording is the
outlet's own paraphrase: ``in_quote`` is false, and ``quote_id`` still names the quote. Hits
inside a ``neutral`` pattern ("weapons of mass destruction") are dropped.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.ids import record_id
from dateline.model import Framing
from dateline.nlp.context import DocContext
from dateline.nlp.framing.lexicon import Hit, Term, find_patterns, find_terms
from dateline.nlp.framing.naming import named_as
from dateline.nlp.framing.quoting import QuoteIndex, is_scare_quote
from dateline.nlp.framing.rules import Tokens, doubt_verbs, neutral_use, widen
from dateline.nlp.framing.targets import as_label, quoted_label
from dateline.nlp.prepare import parse_text

NAME = "dateline.framing.v1"
SCARE = Term("scare quotes", "distancing", "", 0.5)
QUOTED_LABEL = Term("scare-quoted label", "labeling", "", 0.6)

__all__ = ["NAME", "extract"]


def extract(ctx: DocContext) -> list[Framing]:
    """Framing records of the article, in text order."""
    doc = ctx.doc
    text = parse_text(ctx.article)  # the text spaCy saw: excluded regions blanked, offsets kept
    tokens = Tokens(doc)
    quotes = QuoteIndex(text)
    found: dict[tuple[int, int, str], Framing] = {}

    def add(start: int, end: int, hit: Hit, *, own_voice: bool = False) -> None:
        """A record on ``[start, end)``; whose voice it is depends on where the word itself
        (``hit.start..hit.end``) stands, not on the phrase it was widened to."""
        key = (start, end, hit.entry.category)
        if key in found or end <= start:
            return
        quote = ctx.quote_at(hit.start, hit.end)
        direct = quote is not None and quote.kind == "direct"
        in_quote = not own_voice and (direct or quotes.region_at(hit.start, hit.end) is not None)
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
        label = as_label(hit.entry.category, first, last)
        if label is not None:  # a label, or a loaded word about a person: the noun phrase
            start, end = label
            if hit.entry.category != "labeling":
                hit = Hit(hit.start, hit.end, replace(hit.entry, category="labeling"))
        else:
            start, end = widen(hit, first, last)
        add(start, end, hit)
    for hit in named_as(text, tokens):
        add(hit.start, hit.end, hit)
    for hit in doubt_verbs(text, tokens):
        if not any(s <= hit.start and hit.end <= e for s, e in taken):
            add(hit.start, hit.end, hit)
    for region in quotes.regions:
        if is_scare_quote(text, region):
            add(region.start - 1, region.end + 1, Hit(region.start - 1, region.end + 1, SCARE),
                own_voice=True)
            first, last = tokens.at(region.start), tokens.at(region.end - 1)
            label = quoted_label(first, last) if first is not None and last is not None else None
            if label is not None:  # a quoted word naming or describing people: someone's label
                add(*label, Hit(region.start, region.end, QUOTED_LABEL))
    return sorted(found.values(), key=lambda f: (f.span.start, f.span.end))
