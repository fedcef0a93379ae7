"""Candidate -> :class:`~dateline.model.Event`: arguments resolved to actors, mode, contexts,
modality, historical flag, date, place, the quote it is reported through, and a confidence."""

from __future__ import annotations

import functools
import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dateline.ids import record_id
from dateline.model import Entity, Event, EventDate, Location
from dateline.nlp.context import DocContext, Mention
from dateline.nlp.events import arguments, historical, modality, phrases
from dateline.nlp.events.alleged import alleged
from dateline.nlp.events.candidate import Candidate
from dateline.nlp.events.lexicon import Entry, Lexicon
from dateline.nlp.events.nouns import happened
from dateline.nlp.events.retype import purpose, retype, told_threat
from dateline.nlp.locations import MATERIAL, EventParties, event_location
from dateline.nlp.to_records import tokens_span, trimmed

NAME = "dateline.events.v1"
#: most specific first, when several weapons are named
_MODE_ORDER = ("suicide-attack", "drone", "unconventional", "crowd-control", "aerial",
               "explosives", "heavy-weapons", "firearms", "primitive", "abduct", "sexual",
               "torture")
#: verbal and cooperative events need someone: an actor or a recipient ("you agree to our
#: privacy policy" is no event); material conflict may be reported without ("a bomb exploded")
_NEEDS_PARTY = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                          "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"})
#: harm verbs that say too little alone ("with 70 injured")
_NEEDS_PARTY_VERBS = frozenset({"injure", "wound", "hit", "target", "beat", "burn", "destroy"})
MIN_CONFIDENCE = 0.4
_OPEN_PERIOD = frozenset({"since", "until", "till", "by", "through"})
_MODE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "compound", "amod", "nmod"})
_MODE_PREPS = frozenset({"with", "by", "in", "from", "using", "during"})


@dataclass(slots=True)
class SentenceInfo:
    """Per-sentence lookups shared by its candidates."""

    time_tokens: list[Any]
    context_cues: list[tuple[int, str]]


@dataclass(slots=True)
class ArticleInfo:
    """What every event of one article needs: reference dates and sorted mentions."""

    ref_year: int | None
    published: str | None
    dateline_date: str | None
    mentions: list[Mention]  # in text order
    mention_starts: list[int]


@functools.cache
def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """A provider function from another extractor, or None while it does not exist yet."""
    if importlib.util.find_spec(module) is None:
        return None
    found: Callable[..., Any] | None = getattr(importlib.import_module(module), name, None)
    return found


def _mode_tokens(cand: Candidate) -> list[Any]:
    toks: list[Any] = []
    for head in (cand.noun, cand.anchor):
        if head is None:
            continue
        toks.append(head)
        for c in head.children:
            if c.dep_ in _MODE_DEPS:
                toks.append(c)
                toks += [g for g in c.children if g.dep_ in ("compound", "amod", "nmod")]
            elif c.dep_ in ("prep", "agent") and c.lower_ in _MODE_PREPS:
                for p in c.children:
                    toks.append(p)
                    toks += [g for g in p.children if g.dep_ in ("compound", "amod")]
    return toks


def mode_of(cand: Candidate, lex: Lexicon) -> str | None:
    etype, mode = cand.entry.type, cand.entry.mode
    valid = lex.valid_modes.get(etype, frozenset())
    if etype == "ASSAULT":
        cues = {lex.modes[w] for t in _mode_tokens(cand)
                for w in (t.lower_, t.lemma_.lower()) if w in lex.modes}
        ranked = [m for m in _MODE_ORDER if m in cues]
        if ranked and (mode is None or _MODE_ORDER.index(ranked[0]) < _rank(mode)):
            mode = ranked[0]
    return mode if mode in valid else None


def _rank(mode: str) -> int:
    return _MODE_ORDER.index(mode) if mode in _MODE_ORDER else len(_MODE_ORDER)


def context_cues(toks: list[Any], lex: Lexicon) -> list[tuple[int, str]]:
    """(token index, PLOVER context) of the context cue words of a sentence."""
    return [(t.i, lex.contexts[t.lower_]) for t in toks if t.lower_ in lex.contexts]


def contexts_of(cand: Candidate, cues: list[tuple[int, str]]) -> tuple[str, ...]:
    """The entry's contexts plus those cued in the trigger's clause (the whole sentence for a
    noun)."""
    out = list(cand.entry.context)
    a = cand.anchor
    lo, hi = (a.left_edge.i, a.right_edge.i) if a.pos_ in ("VERB", "AUX") else (-1, 1 << 30)
    for i, ctx in cues:
        if lo <= i <= hi and ctx not in out:
            out.append(ctx)
    return tuple(out)


def attached_date(ctx: DocContext, cand: Candidate, info: ArticleInfo) -> EventDate | None:
    """The date expression of the sentence that hangs on the event's clause or noun."""
    find = _optional("dateline.timex", "find_dates")
    if find is None:
        return None
    sent = cand.anchor.sent
    clause = historical.clause_verbs(cand.anchor)
    inside = set(cand.noun.subtree) if cand.noun is not None else set()
    dl = ctx.article.dateline
    for date in find(ctx.article.text, sent.start_char, sent.end_char,
                     published=info.published, dateline_date=info.dateline_date):
        if date.span is None or (dl is not None and dl.span.contains(date.span)) or any(
                r.contains(date.span) for r in ctx.article.excluded):
            continue  # the dateline's own date is the fallback, not an attached date; a
            # caption's date is no news
        span = ctx.doc.char_span(date.span.start, date.span.end, alignment_mode="expand")
        if span is not None and not _open_period(span.root) and (
                _inside(span.root, inside, cand.noun) or _hangs_on(span.root, clause)):
            return date  # type: ignore[no-any-return]
    return None


def dateline_date(ctx: DocContext, info: ArticleInfo) -> EventDate | None:
    """The dateline's date as the date of a fresh event with no date of its own."""
    if info.dateline_date is None:
        return None
    make = _optional("dateline.timex", "dateline_event_date")
    if make is not None:
        return make(info.dateline_date, None)  # type: ignore[no-any-return]
    dl = ctx.article.dateline
    return EventDate(dl.date_text if dl else None, info.dateline_date, info.dateline_date,
                     "day", "dateline")


def _inside(tok: Any, inside: set[Any], noun: Any) -> bool:
    """A date in the event noun's phrase that dates the noun itself ("the 2003 invasion"), not
    another noun in it ("talks to revive the 2015 nuclear deal")."""
    if tok not in inside or historical.dates_a_name(tok):
        return False
    return tok.dep_ not in ("compound", "nummod", "amod", "nmod", "poss") or tok.head == noun


def _open_period(tok: Any) -> bool:
    """"since 2011", "the worst clash since 1967": a period reaching the present, not the
    event's date."""
    return bool(tok.dep_ == "pobj" and tok.head.lower_ in _OPEN_PERIOD)


def _hangs_on(tok: Any, clause: list[Any]) -> bool:
    if tok.dep_ in ("compound", "nummod", "amod", "nmod", "poss"):
        return False  # "the 2015 accord" dates the accord (the event noun is checked apart)
    if historical.dates_a_name(tok):
        return False  # "the War Powers Resolution of 1973" dates the resolution
    gov = tok
    while gov.head != gov and gov.pos_ not in ("VERB", "AUX") and gov not in clause:
        gov = gov.head
    return gov in clause


def location(ctx: DocContext, cand: Candidate, told: Entry, actors: tuple[Entity, ...] = (),
             recipients: tuple[Entity, ...] = ()) -> Location | None:
    material, visit = told.type in MATERIAL, told.mode == "visit"
    parties = actors if material or visit else actors + recipients
    sent = cand.anchor.sent
    return event_location(ctx, sent.start, sent.end, cand.anchor.i, EventParties(
        actors=_spans(actors), recipients=_spans(recipients),
        countries=frozenset(p.country for p in parties if p.kind == "country" and p.country),
        material=material, visit=visit, noun=cand.noun.i if cand.noun is not None else None))


def _spans(parties: tuple[Entity, ...]) -> frozenset[tuple[int, int]]:
    return frozenset((p.span.start, p.span.end) for p in parties if p.span is not None)


def _before(date: EventDate | None, ref_year: int | None) -> bool:
    """An explicit date in a year before the article's reference year."""
    if date is None or ref_year is None or not date.end[:4].isdigit():
        return False
    return date.method in ("explicit", "approximate") and int(date.end[:4]) < ref_year


def _distinct(entities: list[Entity]) -> tuple[Entity, ...]:
    """One entity per resolved party: "U.S. occupation troops ... and American forces" are one
    recipient (the first mention is its evidence); unresolved phrases stay as written."""
    seen: set[tuple[str | None, ...]] = set()
    out: list[Entity] = []
    for e in entities:
        key: tuple[str | None, ...] = (e.name, e.country, e.sector) \
            if e.name and (e.country or e.sector) else (e.text, str(e.span.start) if e.span else None)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return tuple(out)


def _confidence(cand: Candidate, actors: tuple[Entity, ...],
                recipients: tuple[Entity, ...]) -> float:
    c = cand.entry.weight + (0.1 if actors else -0.1) + (0.05 if recipients else 0.0)
    if cand.kind == "noun":
        c -= 0.05
    if any(a.country or a.sector for a in actors + recipients):
        c += 0.05
    return max(0.05, min(0.98, round(c, 3)))


def build(ctx: DocContext, cand: Candidate, lex: Lexicon, info: ArticleInfo,
          sent: SentenceInfo, extra_recipients: list[Any] | None = None) -> Event | None:
    """The event record of a candidate, or None when it lacks the evidence to stand."""
    actor_heads, recip_heads = arguments.roles(cand, lex)
    recip_heads += extra_recipients or []
    date = attached_date(ctx, cand, info)
    hist = historical.historical(cand, ref_year=info.ref_year, time_toks=sent.time_tokens) or \
        _before(date, info.ref_year)
    if date is None and not hist:
        date = dateline_date(ctx, info)
    mod, source = modality.modality(cand, lex)
    embedded = source in ("own", "if") and modality.embedded(cand.anchor, lex)
    told = cand.entry  # the act as told, before retyping ("will visit India": a visit)
    entry, mod = retype(purpose(cand.entry, cand.anchor), cand.anchor, mod, source,
                        perfect=modality.perfect(cand.anchor), embedded=embedded)
    if entry is not cand.entry:
        cand = Candidate(cand.kind, cand.anchor, entry, cand.trigger, cand.noun, cand.objects)
        if entry.type == "THREATEN" and told_threat(cand.anchor):
            actor_heads, recip_heads = arguments.roles(cand, lex)  # the speaker threatens
    when = date.start if date is not None else info.published
    actors = _distinct(phrases.entities_for(ctx, actor_heads, lex, date=when,
                                            mentions=info.mentions, starts=info.mention_starts))
    taken = {(a.span.start, a.span.end) for a in actors if a.span}
    recipients = _distinct([r for r in phrases.entities_for(ctx, recip_heads, lex, date=when,
                                                             mentions=info.mentions,
                                                             starts=info.mention_starts)
                            if r.span and (r.span.start, r.span.end) not in taken])
    unnamed = cand.kind == "noun" and not happened(cand.anchor, lex)  # "Protests erupted" stands
    if not actors and not recipients and (unnamed or entry.type in _NEEDS_PARTY or (
            cand.kind == "verb" and cand.anchor.lemma_.lower() in _NEEDS_PARTY_VERBS)):
        return None
    confidence = _confidence(cand, actors, recipients)
    if confidence < MIN_CONFIDENCE:
        return None
    first, last = cand.trigger
    trigger = tokens_span(ctx, first, last)
    span = cand.anchor.sent
    quote = ctx.quote_at(trigger.start, trigger.end)
    return Event(
        id=record_id("ev", ctx.article.id, trigger.start, trigger.end, cand.entry.type),
        type=cand.entry.type, trigger=trigger,
        sentence=trimmed(ctx, span.start_char, span.end_char),
        mode=mode_of(cand, lex), context=contexts_of(cand, sent.context_cues), modality=mod,
        historical=hist, alleged=alleged(cand, lex), actors=actors, recipients=recipients,
        location=location(ctx, cand, told, actors, recipients), date=date,
        attributed_to=quote.id if quote is not None else None,
        confidence=confidence, extractor=NAME,
    )
