"""Dates in news text: explicit and relative date expressions with honest precision.

:func:`find_dates` finds every date expression in ``text[start:end]`` (offsets into the full
article text) and resolves it to ``start``/``end`` strings ``YYYY[-MM[-DD]]``, a precision
and the method used:

==========================  ==============================================================
method                      meaning
==========================  ==============================================================
``explicit``                the text names the year ("March 3, 2021", "in late 2017")
``relative to dateline``    read against the dateline date ("on Tuesday", "Dec. 1")
``relative to published``   read against the publication date (no dated dateline)
``approximate``             an amount counted from a year in the text ("two decades
                            after the 2003 invasion")
``dateline``/``published``  the helpers :func:`dateline_event_date` and
                            :func:`published_event_date` for callers with no date in the
                            sentence
==========================  ==============================================================

No year is ever invented: with no reference date, expressions that need one ("on Tuesday",
"last week", "August 26") are left out. Pure Python over strings; no spaCy, no dateparser
(it misreads "the 1990s" and returns nothing for "in late 2017"); see docs/dates.md.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from dateline.model import EventDate, Span
from dateline.timex import absolute, relative
from dateline.timex.calendar import (
    METHOD_APPROXIMATE,
    METHOD_DATELINE,
    METHOD_EXPLICIT,
    METHOD_PUBLISHED,
    METHOD_REL_DATELINE,
    METHOD_REL_PUBLISHED,
    parse_day,
    reference,
)
from dateline.timex.rule import Ctx, Rule, anchors, span_of

__all__ = [
    "METHOD_APPROXIMATE",
    "METHOD_DATELINE",
    "METHOD_EXPLICIT",
    "METHOD_PUBLISHED",
    "METHOD_REL_DATELINE",
    "METHOD_REL_PUBLISHED",
    "NAME",
    "dateline_event_date",
    "find_dates",
    "published_event_date",
]

NAME = "dateline.timex.v1"
RULES: tuple[Rule, ...] = (*absolute.RULES, *relative.RULES)

log = logging.getLogger(__name__)


def find_dates(text: str, start: int, end: int, *, published: str | None,
               dateline_date: str | None) -> list[EventDate]:
    """Every date expression inside ``text[start:end]``, in text order, resolved against the
    dateline date when given (else ``published``, both ``YYYY-MM-DD``)."""
    Span.of(text, start, end)  # raises SpanError for a range outside the text
    return list(_find(text, start, end, published, dateline_date))


@lru_cache(maxsize=1024)
def _find(text: str, start: int, end: int, published: str | None,
          dateline_date: str | None) -> tuple[EventDate, ...]:
    kinds = anchors(text, start, end)
    if not kinds:
        return ()
    ctx = Ctx(text, reference(published, dateline_date), start, end)
    found = []
    for order, rule in enumerate(RULES):
        if not rule.wanted(kinds):
            continue
        for m in rule.pattern.finditer(text, start, end):
            s, e = span_of(m)
            if s < e:
                found.append((s, -e, order, m))
    # longest first (then leftmost, then rule order); a match that is no date blocks nothing
    found.sort(key=lambda c: (c[1] + c[0], c[0], c[2]))
    taken: list[tuple[int, int]] = []
    out: list[EventDate] = []
    for s, neg_end, order, m in found:
        e = -neg_end
        if any(s < te and ts < e for ts, te in taken):
            continue
        outcome = RULES[order].handler(m, ctx)
        if outcome is False:
            continue
        taken.append((s, e))
        if outcome is None:
            log.debug("unresolved date %r (no reference date)", text[s:e])
            continue
        span = Span.of(text, s, e)
        out.append(EventDate(span.text, outcome.start, outcome.end, outcome.precision,
                             outcome.method, span))
    out.sort(key=lambda d: d.span.start if d.span else 0)
    return tuple(out)


def dateline_event_date(dateline_date: str | None, span: Span | None) -> EventDate | None:
    """The dateline's own date as an event date (``method="dateline"``), or ``None``."""
    day = parse_day(dateline_date)
    if day is None:
        return None
    iso = day.isoformat()
    return EventDate(span.text if span else None, iso, iso, "day", METHOD_DATELINE, span)


def published_event_date(published: str | None) -> EventDate | None:
    """The publication date as an event date (``method="published"``), or ``None``."""
    day = parse_day(published)
    if day is None:
        return None
    iso = day.isoformat()
    return EventDate(None, iso, iso, "day", METHOD_PUBLISHED, None)
