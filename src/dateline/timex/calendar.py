"""Calendar arithmetic for :mod:`dateline.timex`: the reference date, month and week bounds,
and the ``YYYY[-MM[-DD]]`` strings of the contract. Pure standard library."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.model import DatePrecision

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

METHOD_EXPLICIT = "explicit"
METHOD_PUBLISHED = "published"
METHOD_DATELINE = "dateline"
METHOD_APPROXIMATE = "approximate"
METHOD_REL_PUBLISHED = "relative to published"
METHOD_REL_DATELINE = "relative to dateline"


@dataclass(frozen=True, slots=True)
class Ref:
    """The day that relative expressions are read against, and the method they then get."""

    day: date
    method: str


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a date expression means: ``start``/``end`` as ``YYYY[-MM[-DD]]``."""

    start: str
    end: str
    precision: DatePrecision
    method: str


def parse_day(value: str | None) -> date | None:
    """``date`` for a string starting ``YYYY-MM-DD`` (a time part may follow); else ``None``."""
    if not value:
        return None
    m = _ISO_DAY.match(value.strip())
    if not m:
        return None
    return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def reference(published: str | None, dateline_date: str | None) -> Ref | None:
    """The dateline date when resolved, else the publication date, else ``None``."""
    day = parse_day(dateline_date)
    if day is not None:
        return Ref(day, METHOD_REL_DATELINE)
    day = parse_day(published)
    return Ref(day, METHOD_REL_PUBLISHED) if day is not None else None


def safe_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= last_day(year, month)):
        return None
    return date(year, month, day)


def last_day(year: int, month: int) -> int:
    if not 1 <= month <= 12:
        return 0
    return calendar.monthrange(year, month)[1]


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def shift(day: date, amount: int, unit: str) -> date:
    """``day`` moved by ``amount`` days/weeks/months/years (month ends clamped)."""
    if unit == "day":
        return day + timedelta(days=amount)
    if unit == "week":
        return day + timedelta(weeks=amount)
    months = amount * (12 if unit == "year" else 120 if unit == "decade" else 1)
    y, m = add_months(day.year, day.month, months)
    return date(y, m, min(day.day, last_day(y, m)))


def ymd(d: date) -> str:
    return d.isoformat()


def ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def yy(year: int) -> str:
    return f"{year:04d}"


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of ``day``'s week (ISO weeks)."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def day_res(d: date, method: str) -> Resolved:
    return Resolved(ymd(d), ymd(d), "day", method)


def span_res(a: date, b: date, precision: DatePrecision, method: str) -> Resolved:
    return Resolved(ymd(a), ymd(b), precision, method)


def month_res(year: int, month: int, method: str) -> Resolved:
    return Resolved(ym(year, month), ym(year, month), "month", method)


def year_res(year: int, method: str) -> Resolved:
    return Resolved(yy(year), yy(year), "year", method)


def months_res(year: int, first: int, last: int, method: str) -> Resolved:
    """Months ``first..last`` of ``year`` (``last`` may pass 12 into the next year)."""
    y2, m2 = add_months(year, 1, last - 1)
    return Resolved(ym(year, first), ym(y2, m2), "approximate", method)


def part_of_month(year: int, month: int, part: str, method: str) -> Resolved:
    """"early/mid/late March": days 1-10, 11-20, 21-end (approximate); "the start of" and
    "the end of" read as early and late."""
    first, last = {"early": (1, 10), "start": (1, 10), "mid": (11, 20)}.get(
        part, (21, last_day(year, month)))
    return Resolved(f"{ym(year, month)}-{first:02d}", f"{ym(year, month)}-{last:02d}",
                    "approximate", method)


PART_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "start": (1, 3), "end": (10, 12)}
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}


def part_of_year(year: int, part: str, method: str) -> Resolved:
    """"early/mid/late 2017": Jan-Apr, May-Aug, Sep-Dec; "the start/end of 2017": Jan-Mar,
    Oct-Dec (approximate)."""
    first, last = PART_MONTHS[part]
    return months_res(year, first, last, method)


def infer_year(ref: date, month: int, *, future: bool) -> int:
    """The year of a month named without one. News mostly reports what has happened, so the
    month is placed within the 11 months before to 3 months after the reference; when the
    clause speaks of the future ("will resume in January"), within the 12 months from it."""
    d = month - ref.month
    if future:
        return ref.year + 1 if d < 0 else ref.year
    return ref.year - 1 if d > 3 else ref.year
