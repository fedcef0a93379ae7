"""Entity mentions resolved to actors: first version from spaCy NER and the gazetteer.

Interface used by the other extractors:

- :func:`extract` -> every mention in the article (token ranges + :class:`Entity`);
- :func:`resolve_tokens` -> the entity for an argument phrase (a token range), or ``None``.
"""

from __future__ import annotations

from dateline.geo.gazetteer import default_gazetteer
from dateline.model import Entity
from dateline.nlp.context import DocContext, Mention
from dateline.nlp.to_records import span_of

NAME = "dateline.entities.v1"
_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "NORP": "group",
           "LOC": "place", "FAC": "site"}


def extract(ctx: DocContext) -> list[Mention]:
    gaz = default_gazetteer()
    out: list[Mention] = []
    for ent in ctx.doc.ents:
        kind = _LABELS.get(ent.label_)
        if kind is None or not ent.text.strip():
            continue
        country = None
        if kind == "place":
            places = gaz.lookup(ent.text)
            country = places[0].country if places else None
        out.append(Mention(ent.start, ent.end, Entity(
            text=ent.text, span=span_of(ctx, ent), name=ent.text, country=country, kind=kind)))
    return out


def resolve_tokens(ctx: DocContext, start: int, end: int) -> Entity | None:
    """The entity for tokens ``[start, end)``: the first mention inside, else the bare phrase."""
    for m in ctx.mentions:
        if start <= m.start and m.end <= end:
            return m.entity
    if start >= end:
        return None
    span = ctx.doc[start:end]
    return Entity(text=span.text, span=span_of(ctx, span))
