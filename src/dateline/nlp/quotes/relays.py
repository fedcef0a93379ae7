"""Relay chains: the outlets and documents a quote passed through before the article.

``via`` lists them nearest to the publishing outlet first:

1. a wire credit of another agency ("(AP)" in a story published by ABC News);
2. an outlet or document whose reported words contain the cue ("Reuters reported that the
   minister said ...": the minister's quote goes via Reuters, then Reuters' own chain);
3. the go-betweens named with the cue: "al-Akhbar quoted a source as saying", "according to
   Z, which cited", "Y, citing Z, said", "said ..., according to Z", "told state media",
   "in an interview with CNN";
4. when the speaker is "he"/"the source" pointing back to an earlier speaker, that speaker's
   chain carries over.

The publisher itself (the article's outlet, the dateline's source code) is never a relay.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from dateline.model import Article
from dateline.nlp.quotes.base import Attribution, Range
from dateline.nlp.quotes.lexicon import Lexicon, is_outlet_phrase, lexicon

_CREDIT = re.compile(r"\(([A-Za-z][A-Za-z .\-]{0,30})\)\s*(?:--|—|–|-)|^(?:--|—|–|-)\s*(\w[\w .\-]{0,30})$",
                     re.MULTILINE)
_DET = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_ORG_LABELS = ("ORG", "NORP")
_SUFFIX = re.compile(r"\s*(?:\([^)]*\)|-\s*(?:News|Online News|Opinion))\s*$")


def publisher_names(article: Article, lex: Lexicon) -> set[str]:
    """Lower-cased names of the publisher (outlet and dateline source code, with aliases)."""
    code = article.dateline.source_code if article.dateline else None
    if lex is lexicon():
        return set(_cached_names(article.outlet, code))
    return set(_names(article.outlet, code, lex))


@cache
def _cached_names(outlet: str | None, code: str | None) -> frozenset[str]:
    return _names(outlet, code, lexicon())


def _names(outlet: str | None, code: str | None, lex: Lexicon) -> frozenset[str]:
    names: set[str] = set()
    bare = _SUFFIX.sub("", outlet) if outlet else None  # "CNN (Web News)" -> "CNN"
    for raw in (outlet, bare, code if outlet is None or _same(outlet, code, lex) else None):
        if raw:
            names.add(raw.lower())
            known = lex.outlet_exact(raw)
            if known:
                names.add(known.name.lower())
                names.update(a.lower() for a, o in lex.outlets.items() if o == known)
    return frozenset(names)


def _same(outlet: str, code: str | None, lex: Lexicon) -> bool:
    a, b = lex.outlet_exact(outlet), lex.outlet_exact(code or "")
    return a is not None and a == b


def wire_credit(article: Article, lex: Lexicon) -> str | None:
    """The agency credited in the dateline or first lines, when it is not the publisher."""
    publisher = publisher_names(article, lex)
    candidates: list[str] = []
    if article.dateline and article.dateline.source_code:
        candidates.append(article.dateline.source_code)
    head = article.text[:600]
    for m in _CREDIT.finditer(head):
        candidates.append((m.group(1) or m.group(2) or "").strip())
    for raw in candidates:
        known = lex.outlet_exact(raw)
        if known and known.kind == "agency" and known.name.lower() not in publisher:
            if article.outlet is None and raw == (article.dateline.source_code
                                                  if article.dateline else None):
                continue  # with no publisher known, the dateline code is the publisher
            return known.name
    return None


def _relay_name(doc: Any, rng: Range, lex: Lexicon, *, strict: bool) -> str | None:
    span = doc[rng[0] : rng[1]]
    if span[0].tag_ == "PRP$":
        return None  # "according to its interviews": the outlet's own reporting
    text = span.text.strip(" ,")
    known = lex.outlet_named(text)
    if known:
        return known.name
    root = span.root
    if is_outlet_phrase(text) or root.lemma_.lower() in lex.nouns["document"]:
        return _DET.sub("", text)
    if not strict and (root.ent_type_ in _ORG_LABELS or root.pos_ == "PROPN"):
        return _DET.sub("", text)
    return None


def assign_via(atts: list[Attribution], doc: Any, article: Article, lex: Lexicon) -> None:
    """Set ``att.via`` on every attribution (speakers must be resolved first)."""
    publisher = publisher_names(article, lex)
    wire = wire_credit(article, lex)
    own: dict[int, list[str]] = {}
    for att in atts:
        names = [_relay_name(doc, r, lex, strict=False) for r in att.relays]
        names += [_relay_name(doc, r, lex, strict=True) for r in att.recipients]
        own[id(att)] = [n for n in names if n]
    done: dict[int, tuple[str, ...]] = {}

    def chain(att: Attribution, depth: int = 0) -> tuple[str, ...]:
        if id(att) in done:
            return done[id(att)]
        out: list[str] = []
        outer = _enclosing(att, atts)
        if outer is not None and depth < 4 and (outer.outlet or outer.speaker.kind == "document"):
            out += chain(outer, depth + 1)
            out.append(outer.speaker.name or outer.speaker.text or "")
        out += own.get(id(att), [])
        if not own.get(id(att)) and att.antecedent is not None and depth < 4:
            out += chain(att.antecedent, depth + 1)
        done[id(att)] = tuple(out)
        return done[id(att)]

    for att in atts:
        names = [wire] if wire else []
        names += chain(att)
        speaker = (att.speaker.name or att.speaker.text or "").lower()
        kept = [n for n in dict.fromkeys(names)
                if n and n.lower() not in publisher and n.lower() != speaker]
        att.via = tuple(kept)


def _enclosing(att: Attribution, atts: list[Attribution]) -> Attribution | None:
    """The attribution with the smallest content holding ``att``'s cue."""
    if att.cue is None:
        return None
    best: Attribution | None = None
    for other in atts:
        if other is att or other.content is None or other.speaker is None:
            continue
        if other.content[0] <= att.cue[0] < other.content[1] and (
                best is None or best.content is None
                or other.content[1] - other.content[0] < best.content[1] - best.content[0]):
            best = other
    return best
