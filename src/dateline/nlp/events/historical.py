"""Historical background: is an event old news told as background?

An explicit year before the reference year attached to the event ("In 2020, ..." in a 2024
article; without a reference date, a bare year with a past-tense event), "two decades after the
invasion", "years ago", "last year", and pluperfect background outside reported speech ("had
attacked" is background, "said it had attacked" is news). "since 2011" and "the 2015 accord" do
not date the event.
"""

from __future__ import annotations

import re
from typing import Any

from dateline.nlp.events.candidate import Candidate
from dateline.nlp.events.dep import loose_participle

_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)s?$")
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                     "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_LONG = frozenset({"year", "decade", "century"})


def _year(tok: Any) -> int | None:
    return int(tok.text[:4]) if _YEAR.match(tok.text) else None


def clause_verbs(tok: Any) -> list[Any]:
    """The words a date of the event of ``tok`` may hang on: ``tok``, its ancestors and its
    coordinated verbs without a subject of their own ("killed and dismembered X on Oct. 2")."""
    shared = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
        s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    clause = loose_participle(tok)
    if clause is not None:
        return [tok, *shared, clause, *clause.ancestors]
    return [tok, *shared, *tok.ancestors]


def _attached(date_tok: Any, event_toks: list[Any]) -> bool:
    """Does the date phrase hang on the event's clause (or one that contains it)? A year that
    modifies another noun ("parties to the 2015 deal") dates that noun, not the event."""
    if date_tok.dep_ in ("compound", "nummod", "amod", "nmod", "poss"):
        return date_tok.head in event_toks
    if dates_a_name(date_tok):
        return date_tok.head.head in event_toks
    gov = date_tok
    while gov.head != gov and gov.pos_ not in ("VERB", "AUX") and gov not in event_toks:
        gov = gov.head
    return gov in event_toks


def dates_a_name(tok: Any) -> bool:
    """A date after "of" that names a thing ("the War Powers Resolution of 1973", "the war of
    1967"), not a part of a day or year ("the morning of March 3")."""
    named = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and named.pos_ in ("NOUN", "PROPN") \
        and named.lemma_.lower() not in _TIME_PARTS


_TIME_PARTS = frozenset({"morning", "afternoon", "evening", "night", "day", "week", "month",
                         "weekend", "end", "beginning", "start", "middle", "eve", "dawn", "hour",
                         "summer", "winter", "spring", "autumn", "fall", "year", "anniversary"})


def time_tokens(toks: list[Any]) -> list[Any]:
    """The tokens of a sentence the historical rules look at (years, "ago", "last")."""
    return [t for t in toks if t.like_num or t.lower_ in ("ago", "last")]


def historical(cand: Candidate, *, ref_year: int | None, time_toks: list[Any]) -> bool:
    anchor, noun = cand.anchor, cand.noun
    event_toks = clause_verbs(anchor) + ([noun] if noun is not None else [])
    for tok in time_toks:
        year = _year(tok) if tok.like_num else None
        if year is not None and tok.ent_type_ == "DATE" and _attached(tok, event_toks):
            prep = tok.head.lower_ if tok.dep_ == "pobj" else ""
            if prep in ("since", "until", "by", "through"):
                continue
            if ref_year is not None:
                if year < ref_year:
                    return True
                continue
            if _year_only(tok) and (anchor.tag_ in ("VBD", "VBN") or noun is not None):
                return True
        if tok.lower_ == "ago" and _attached(tok, event_toks) and any(
                t.lemma_.lower() in _LONG for t in tok.subtree):
            return True
        if tok.lower_ == "last" and tok.head.lemma_.lower() in ("year", "decade", "century") \
                and _attached(tok.head, event_toks) and tok.head.head.lower_ != "since":
            return True
    if _long_after(anchor) or (noun is not None and _long_after(noun)):
        return True
    return _pluperfect(anchor)


def _year_only(tok: Any) -> bool:
    """Is the date entity around a year token just the year ("In 2020", not "May 3, 2020")?"""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    ent = doc[start:end]
    return not ({t.lower_ for t in ent} & _MONTHS) and sum(t.like_num for t in ent) <= 1


def _long_after(tok: Any) -> bool:
    """"two decades after the invasion", "years after the war began"."""
    link = tok.head if tok.dep_ == "pobj" else next(
        (c for c in tok.children if c.dep_ == "mark"), None)
    if link is None or link.lower_ not in ("after", "since", "before", "following"):
        return False
    before = link.doc[link.i - 1] if link.i > 0 else link
    holders = [link, link.head, tok]
    return before.lemma_.lower() in _LONG or any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in _LONG for h in holders for c in h.children)


def _pluperfect(verb: Any) -> bool:
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return False
    cur = verb
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
    return not (cur.dep_ == "ccomp" or cur.dep_ == "advcl")
