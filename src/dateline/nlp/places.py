"""Places named in an article, detected and resolved (the location of an event is
:mod:`dateline.nlp.locations`).

Interface:

- :func:`place_mentions` -> every toponym of the article, each resolved by
  :mod:`dateline.geo.resolve` and cached on ``ctx.places``: spaCy GPE/LOC/FAC (a GPE with no
  gazetteer entry is dropped as a tagging error), ORG/PERSON/... entities whose whole text is a
  known place (label ``GAZ``), place names inside organisation names (``EMBED``), demonyms
  (``NORP``: "Sudanese"), and gazetteer names the NER missed (``GAZ``);
- :func:`parse_texts` / :func:`detect_texts` -> the evaluation's view of plain texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dateline.geo.gazetteer import Gazetteer, Place, default_gazetteer
from dateline.geo.resolve import Hints, resolve_spans
from dateline.model import Span
from dateline.nlp.context import DocContext

NAME = "dateline.places.v1"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: labels whose entity is a place only when its whole text is a known country/division/site
OTHER_LABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})
_TRIM = re.compile(r"^(?:the\s+)|(?:['’]s)$", re.IGNORECASE)
_MAX_SCAN = 4
_MIN_TOWN = 10_000  # a gazetteer-only town (no NER label) must be at least this big
_MIN_EMBED_TOWN = 100_000  # a town inside an organisation's name ("Alexandria Police")
_MIN_ORG_TOWN = 5_000  # a town the NER calls ORG ("Torrington") must be at least this big
#: capitalised words that are also the names of some town: never a toponym on their own
_TITLES = frozenset("mr mrs ms dr sgt officer deputy gov sen rep president judge coach "
                    "chief lt capt col gen st".split())
_COMMON = frozenset(
    "man act set cup union west east north south central university college city county state "
    "street road park lake river hall center centre mount bay beach island valley court "
    "march may june august independence liberty victoria providence mobile reading bath "
    "nice orange trinity concord unity harmony hope friendship progress commerce industry "
    "justice media republic democrat republican senate congress house white black green "
    "christmas easter sunday monday tuesday wednesday thursday friday saturday god police "
    "officer vice honda gold dome bank capitol superior".split())
_COMPASS = frozenset({"west", "east", "north", "south"})
#: words that make an unknown NER "GPE" a place all the same ("Meadow Grove Township")
_PLACE_WORDS = frozenset("county parish township city village town borough district province "
                         "region county's".split())


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int  # token index
    end: int  # token index, exclusive
    span: Span
    label: str  # the NER label, or "GAZ" for a gazetteer-only match
    place: Place | None
    confidence: float


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while True:
        m = _TRIM.search(text[start:end])
        if not m or m.end() - m.start() == end - start:
            return start, end
        if m.start() == 0:
            start += m.end()
        else:
            end = start + m.start()


def _strong(places: list[Place], *, town_floor: int) -> bool:
    return any(p.kind in ("country", "province", "region", "site", "district")
               or (p.kind == "city" and p.population >= town_floor) for p in places)


def _plausible(span: Any) -> bool:
    """A name the NER did not call a place is no common word or acronym."""
    text = span.text
    return not (len(span) == 1 and (text.lower() in _COMMON or len(text) < 4
                                    or (text.isupper() and len(text) < 5)))


def _free_standing(span: Any) -> bool:
    """A gazetteer-only match is no sentence opener and no part of a longer name or title."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if len(span) == 1 and span[0].is_sent_start:
        return False
    if before is not None and (before.pos_ == "PROPN" or before.lower_.rstrip(".") in _TITLES):
        return False
    return after is None or (after.pos_ != "PROPN" and after.text not in ("'s", "’s"))


def _the_town(span: Any, places: list[Place]) -> bool:
    """ "the Post", "the Forbes": a name after "the" that could only be a town is the short name
    of something else (towns take no article; "the Hague" is listed with it)."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the" and \
        all(p.kind == "city" for p in places)


def _actor_names(ctx: DocContext) -> set[tuple[int, int]]:
    """Token ranges the actor knowledge base knows as a person or an organisation."""
    return {(m.start, m.end) for m in ctx.mentions
            if m.entity.kind == "person"
            or (m.entity.kind == "organization" and ":" in (m.entity.kb_id or ""))}


def _small_towns_only(name: str) -> bool:
    """Only small towns bear ``name``: "Pompeo", "Nato" named as actors are no towns in Brazil
    or the Philippines ("Brussels" standing for the EU is still Brussels)."""
    return all(p.kind == "city" and p.population < _MIN_EMBED_TOWN
               for p in default_gazetteer().lookup(name))


def _split_comma(ent: Any, gaz: Gazetteer) -> list[tuple[int, int]]:
    """ "Alexandria, La." -> the two places; any other entity -> itself."""
    for tok in ent:
        if tok.text == "," and ent.start < tok.i < ent.end - 1:
            left, right = ent.doc[ent.start:tok.i], ent.doc[tok.i + 1:ent.end]
            if left.text in gaz and (right.text in gaz or gaz.after_comma(right.text)):
                return [(left.start, left.end), (right.start, right.end)]
    return [(ent.start, ent.end)]


def _embedded(ent: Any, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Place names inside an organisation's name ("Alexandria Police", "Texas A&M"), labelled
    ``EMBED``: toponyms, but never an event's location."""
    out: list[tuple[int, int, str]] = []
    i = ent.start
    while i < ent.end:
        hit = 0
        for n in range(min(_MAX_SCAN, ent.end - i - 1), 0, -1):  # never the whole name
            span = ent.doc[i:i + n]
            places = gaz.lookup(span.text)
            if places and _strong(places, town_floor=_MIN_EMBED_TOWN) and _plausible(span):
                hit = n
                break
        if hit:
            out.append((i, i + hit, "EMBED"))
        i += hit or 1
    return out


def detect(doc: Any, *, gazetteer: Gazetteer | None = None) -> list[tuple[int, int, str]]:
    """Toponym token ranges ``(start, end, label)`` in a parsed document, in text order."""
    gaz = gazetteer or default_gazetteer()
    found: list[tuple[int, int, str]] = []
    taken = [False] * len(doc)
    cased = any(t.is_alpha and t.text[0].isupper() for t in doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            taken[i] = True
        if cased and ent.text.islower():
            continue  # "clashes at metro stations": a common word in a cased text
        if ent.label_ in PLACE_LABELS:
            if ent[-1].lower_ in _COMPASS and all(t.lower_ in ("the", *_COMPASS) for t in ent):
                continue  # "the West", "the East": a bloc, not the West Region of Cameroon
            if ent.label_ == "GPE" and ent.text not in gaz and not gaz.after_comma(ent.text) \
                    and not any(t.lower_ in _PLACE_WORDS for t in ent):
                continue  # "Pawlenty", "Titan": the small model's GPE with no place behind it
            found += [(s, e, ent.label_) for s, e in _split_comma(ent, gaz)]
        elif ent.label_ == "NORP":
            if gaz.demonym(ent.text) is not None:
                found.append((ent.start, ent.end, "NORP"))
        elif ent.label_ in OTHER_LABELS:
            # a PERSON is a place only when no town could be a surname ("Sri Lanka", not "Nelson")
            # and a town the model took for a product or a work only after "in/at/near ..."
            # ("stormed the hotel in Gwadar")
            floor = _MIN_ORG_TOWN if ent.label_ == "ORG" else (
                _MIN_TOWN if ent.label_ != "PERSON" and _after_locative(ent) else 10**12)
            places = gaz.lookup(ent.text)
            if places and _strong(places, town_floor=floor) and _plausible(ent) \
                    and not _the_town(ent, places):
                found.append((ent.start, ent.end, "GAZ"))
            elif ent.label_ == "ORG":
                found += _embedded(ent, gaz)
    i = 0
    while i < len(doc):
        tok = doc[i]
        if taken[i] or not (tok.is_title or (tok.is_upper and len(tok) > 1)) or tok.pos_ != "PROPN":
            i += 1
            continue
        hit = 0
        for n in range(min(_MAX_SCAN, len(doc) - i), 0, -1):
            if any(taken[i:i + n]):
                continue
            span = doc[i:i + n]
            places = gaz.lookup(span.text)
            if places and _strong(places, town_floor=_MIN_TOWN) and _plausible(span) \
                    and _free_standing(span) and not _the_town(span, places):
                hit = n
                break
        if hit:
            found.append((i, i + hit, "GAZ"))
            i += hit
        else:
            i += 1
    return sorted(found)


def _after_locative(ent: Any) -> bool:
    root = ent.root
    return bool(root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPS)


_LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "from", "into", "across", "around",
                             "inside", "to"})


def _hints(ctx: DocContext) -> Hints:
    countries = tuple(m.entity.country for m in ctx.mentions
                      if m.entity.country and m.entity.kind not in ("place", "site"))
    dl = ctx.article.dateline
    return Hints(countries=countries, dateline=dl.place if dl else None)


def _dateline_span(ctx: DocContext) -> tuple[int, int] | None:
    """Where the dateline's place name is written ("MOSUL" of "MOSUL, Iraq (AP) -")."""
    dl = ctx.article.dateline
    if dl is None or not dl.place:
        return None
    name = dl.place.partition(",")[0].strip()  # "Mosul, Iraq" -> "Mosul" (the container votes)
    at = ctx.article.text.lower().find(name.lower(), dl.span.start, dl.span.end)
    return (at, at + len(name)) if name and at >= 0 else None


def place_mentions(ctx: DocContext) -> list[PlaceMention]:
    """The article's toponyms with their places (computed once per article). The dateline's place,
    when there is one, comes last with label ``DATELINE`` and token range ``(-1, -1)``."""
    if ctx.places is not None:
        return ctx.places
    text = ctx.article.text
    spans: list[tuple[int, int, int, int, str]] = []
    actors = _actor_names(ctx)
    for s, e, label in detect(ctx.doc):
        if (s, e) in actors and _small_towns_only(ctx.doc[s:e].text):
            continue
        cs, ce = _trimmed(text, ctx.doc[s].idx, ctx.doc[e - 1].idx + len(ctx.doc[e - 1].text))
        if cs < ce:
            spans.append((s, e, cs, ce, label))
    dateline = _dateline_span(ctx)
    if dateline is not None:
        spans.append((-1, -1, *dateline, "DATELINE"))
    resolved = resolve_spans(text, [(cs, ce) for _, _, cs, ce, _ in spans], hints=_hints(ctx))
    out = [PlaceMention(s, e, ctx.span(cs, ce), label, r.place if r else None,
                        r.confidence if r else 0.0)
           for (s, e, cs, ce, label), r in zip(spans, resolved, strict=True)]
    ctx.places = out
    return out


@dataclass(frozen=True, slots=True)
class TextPlaces:
    """The evaluation's view of one plain text: toponym character spans with their labels, and
    the character spans of the tokens spaCy's NER tagged GPE or LOC."""

    spans: list[tuple[int, int, str]]
    ner_tokens: list[tuple[int, int]]


def parse_texts(texts: list[str]) -> list[TextPlaces]:
    """Toponyms of plain texts (the evaluation's detector), one spaCy parse each."""
    from dateline.model import Article
    from dateline.nlp.load import load_nlp

    nlp = load_nlp()
    out: list[TextPlaces] = []
    for i, doc in enumerate(nlp.pipe(texts, batch_size=16)):
        ctx = DocContext(article=Article(id=str(i), text=texts[i]), doc=doc)
        out.append(TextPlaces(
            [(m.span.start, m.span.end, m.label) for m in place_mentions(ctx)
             if m.label != "DATELINE"],
            [(t.idx, t.idx + len(t.text)) for t in doc if t.ent_type_ in ("GPE", "LOC")]))
    return out


def detect_texts(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """Toponym character spans and labels of plain texts (the evaluation's detector)."""
    return [t.spans for t in parse_texts(texts)]
