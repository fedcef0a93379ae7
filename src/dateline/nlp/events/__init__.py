"""PLOVER 2.0 events with actors, recipients, place, date, modality and fatalities.

The pipeline for each sentence: :mod:`.triggers` finds candidate triggers (verbs, phrasal and
light verbs, supported event nouns) in the lexicon of :mod:`.lexicon`, with the sense rules of
:mod:`.senses`; :mod:`.arguments` reads actor and recipient heads from the dependency parse and
:mod:`.phrases` turns them into entities (through ``nlp.entities.resolve_tokens``);
:mod:`.modality` sets modality and the historical flag; :mod:`.fatalities` counts the dead;
:mod:`.build` assembles the :class:`~dateline.model.Event` records. See docs/events.md.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dateline.model import Article, Event
from dateline.nlp.context import DocContext
from dateline.nlp.events import coref, salience, sports
from dateline.nlp.events.build import NAME, ArticleInfo, SentenceInfo, build, context_cues
from dateline.nlp.events.candidate import Candidate
from dateline.nlp.events.fatalities import sentence_fatalities
from dateline.nlp.events.historical import time_tokens
from dateline.nlp.events.lexicon import Lexicon, lexicon
from dateline.nlp.events.triggers import find
from dateline.nlp.locations import carry_forward, placed_sentences

__all__ = ["NAME", "extract"]


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def article_info(ctx: DocContext) -> ArticleInfo:
    article: Article = ctx.article
    dl_date = article.dateline.date if article.dateline else None
    mentions = sorted(ctx.mentions, key=lambda m: m.start)
    return ArticleInfo(
        ref_year=_year(dl_date) or _year(article.published), published=article.published,
        dateline_date=dl_date, mentions=mentions, mention_starts=[m.start for m in mentions])


def _merged_participles(cands: list[Candidate]) -> dict[int, Candidate]:
    """Harm participles and coordinated harm verbs folded into the attack they describe:
    "warplanes pounded the village, killing six" and "were killed and wounded" are one ASSAULT.
    Maps the folded anchor index to the main candidate."""
    by_anchor = {c.anchor.i: c for c in cands}
    out: dict[int, Candidate] = {}
    for c in cands:
        a = c.anchor
        main = by_anchor.get(a.head.i)
        if c.kind != "verb" or c.entry.type != "ASSAULT" or main is None or main is c \
                or main.entry.type != "ASSAULT":
            continue
        participle = a.dep_ == "advcl" and a.tag_ == "VBG"
        shared = a.dep_ == "conj" and not any(k.dep_ in ("nsubj", "nsubjpass")
                                               for k in a.children)  # "killed and wounded"
        if participle or shared:
            out[a.i] = main
    return out


def _sentence_events(ctx: DocContext, sent: Any, text: str, lex: Lexicon,
                     info: ArticleInfo) -> list[Event]:
    toks = list(sent)
    cands = find(toks, lex)
    if not cands:
        return []
    merged = _merged_participles(cands)
    deaths = sentence_fatalities(toks, text, lex)
    info_s = SentenceInfo(time_tokens(toks), context_cues(toks, lex))
    events: list[Event] = []
    owners: list[tuple[Event, set[int]]] = []
    heads: list[list[Any]] = []
    for cand in cands:
        if cand.anchor.i in merged:
            continue
        folded = [i for i, main in merged.items() if main is cand]
        extra = [o for i in folded for o in ctx.doc[i].children if o.dep_ == "dobj"]
        event = build(ctx, cand, lex, info, info_s, extra_recipients=extra)
        if event is None:
            continue
        events.append(event)
        owners.append((event, {cand.anchor.i, *folded}))
        heads.append([t for t in (cand.anchor, cand.noun) if t is not None])
    if events and sports.register(toks, lex):
        kept = [k for k, e in enumerate(events) if not sports.game_move(e)]
        events, owners, heads = ([events[k] for k in kept], [owners[k] for k in kept],
                                 [heads[k] for k in kept])
    events = _with_fatalities(events, owners, deaths)
    return salience.rank(events, heads)


def _with_fatalities(events: list[Event], owners: list[tuple[Event, set[int]]],
                     deaths: dict[int, int]) -> list[Event]:
    if not deaths:
        return events
    used: set[int] = set()
    counts: dict[str, int] = {}
    for event, idx in owners:
        if event.type != "ASSAULT" or event.modality != "asserted":
            continue  # "if they kill him", "a plot to kill two envoys": no one died
        own = [deaths[i] for i in idx if i in deaths]
        if own:
            counts[event.id] = sum(own)
            used.update(i for i in idx if i in deaths)
    left = [n for i, n in deaths.items() if i not in used]
    if left:
        first = next((e for e in events if e.type == "ASSAULT" and e.modality == "asserted"
                      and e.id not in counts), None)
        if first is not None:
            counts[first.id] = max(left)
    return [replace(e, fatalities=counts[e.id]) if e.id in counts else e for e in events]


def extract(ctx: DocContext) -> list[Event]:
    """Every event of the article, in text order."""
    lex = lexicon()
    info = article_info(ctx)
    out: list[tuple[int, Event]] = []
    for n, sent in enumerate(ctx.doc.sents):
        text = sent.text
        if text.strip():
            out += [(n, e) for e in _sentence_events(ctx, sent, text, lex, info)]
    dateline = ctx.article.dateline
    return coref.link(carry_forward(out, dateline.span if dateline is not None else None,
                                    placed_sentences(ctx)), ctx.article.text)
