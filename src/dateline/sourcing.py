"""Sourcing grade of an article from its quotes (no spaCy here)."""

from __future__ import annotations

from collections.abc import Sequence

from dateline.model import Article, Quote, Sourcing

NAME = "dateline.sourcing.v1"


def grade_sourcing(article: Article, quotes: Sequence[Quote]) -> Sourcing:
    named = {(q.speaker.name or q.speaker.text or "").lower() for q in quotes
             if not q.speaker.anonymous and (q.speaker.name or q.speaker.text)}
    anonymous = {(q.speaker.text or q.id).lower() for q in quotes if q.speaker.anonymous}
    relays = tuple(dict.fromkeys(v for q in quotes for v in q.via))
    relayed = bool(relays) and len(relays) * 2 >= 1
    if not quotes:
        return Sourcing(0, 0, False, "none", ("no quoted or attributed sources",), (), NAME)
    grade = "named" if named and not anonymous else ("mixed" if named else "anonymous")
    reasons = (f"{len(named)} named source(s)", f"{len(anonymous)} anonymous source(s)")
    return Sourcing(len(named), len(anonymous), relayed, grade, reasons, relays, NAME)
