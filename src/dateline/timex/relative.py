"""Rules for dates read against the reference date (the dateline date, else the publication
date): "yesterday", "on Tuesday", "last week", "earlier this month", "two years ago",
"lately", "last March", "late last year". With no reference they resolve to nothing."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.timex.calendar import (
    SEASON_MONTHS,
    Ref,
    Resolved,
    add_months,
    day_res,
    infer_year,
    month_res,
    months_res,
    part_of_month,
    part_of_year,
    shift,
    span_res,
    week_of,
    year_res,
    ym,
    yy,
)
from dateline.timex.lexicon import (
    DAYPART,
    NUM,
    QUAL,
    UNIT,
    VAGUE_NUMBERS,
    WEEKDAY,
    month_number,
    number_value,
    weekday_number,
)
from dateline.timex.rule import Ctx, Outcome, Rule, needs

_NOT_WEEKDAY_BEFORE = frozenset("bloody super black good holy easter ash palm cyber maundy "
                                "shrove news a".split())
_NOT_WEEKDAY_AFTER = frozenset("times telegraph express mirror mail herald independent star "
                               "sport people".split())
_APPROX_QUAL = frozenset("about around roughly nearly almost some approximately close".split())
_MORE_QUAL = frozenset("more over at just".split())
_LESS_QUAL = frozenset("less under fewer".split())


def _unit(word: str) -> str:
    return word.lower().rstrip("s")


def _day(m: re.Match[str], c: Ctx) -> Outcome:
    if c.ref is None:
        return None
    w = " ".join(m.group("w").lower().split())
    offset = -2 if "before yesterday" in w else 2 if "after tomorrow" in w else (
        -1 if w.startswith(("yesterday", "last night")) else 1 if w.startswith("tomorrow") else 0)
    return day_res(c.ref.day + timedelta(days=offset), c.ref.method)


def _weekday(m: re.Match[str], c: Ctx) -> Outcome:
    x = m.start("wd")
    if c.prev_word(x).lower() in _NOT_WEEKDAY_BEFORE or (
            m.group("rel") is None and c.next_word(m.end("wd")).lower() in _NOT_WEEKDAY_AFTER):
        return False  # "Bloody Sunday", "the Sunday Times", "on a Saturday that month"
    if c.ref is None:
        return None
    wd = weekday_number(m.group("wd"))
    if wd is None:
        return False
    ref, rel = c.ref.day, (m.group("rel") or "").lower()
    back, ahead = (ref.weekday() - wd) % 7, (wd - ref.weekday()) % 7
    if rel in ("last", "past"):
        d = ref - timedelta(days=back or 7)
    elif rel == "next":
        d = ref + timedelta(days=ahead or 7)
    elif rel == "this":
        d = week_of(ref)[0] + timedelta(days=wd)
    elif c.future(m.start("x")):
        d = ref + timedelta(days=ahead)
    else:  # news convention: the most recent such day on or before the reference
        d = ref - timedelta(days=back)
    return day_res(d, c.ref.method)


def _period(ref: Ref, unit: str, k: int, pre: str) -> Resolved:
    """This (k=0) / last (k=-1) / next (k=1) week, month or year, with "early", "late", ..."""
    method, day = ref.method, ref.day
    if unit == "week":
        monday, sunday = week_of(day + timedelta(weeks=k))
        if pre == "earlier" and k == 0:
            sunday = day
        elif pre == "later" and k == 0:
            monday = day
        return span_res(monday, sunday, "week", method)
    if unit == "weekend":
        sat = week_of(day)[0] + timedelta(days=5 + 7 * k)
        if k == -1 and day.weekday() >= 5:
            sat += timedelta(weeks=1)  # "last weekend" said on a Sunday: the one just ending
        return span_res(sat, sat + timedelta(days=1), "week", method)
    if unit == "month":
        y, mo = add_months(day.year, day.month, k)
        if pre in ("early", "mid", "late"):
            return part_of_month(y, mo, pre, method)
        return month_res(y, mo, method)
    year = day.year + k
    if pre in ("early", "mid", "late"):
        return part_of_year(year, pre, method)
    return year_res(year, method)


def _relative_period(m: re.Match[str], c: Ctx) -> Outcome:
    if c.ref is None:
        return None
    if m.group("u")[0].isupper():
        return False  # "This Week" (a programme), "Person of the Year"
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("u").lower()
    pre = (m.group("pre") or "").lower()
    if rel == "last" and c.prev_word(m.start("rel")).lower() == "the":
        rel = "past"  # "in the last year": the twelve months up to the reference
    if rel == "past" and unit == "weekend":
        rel = "last"  # "this past weekend"
    if rel == "past":  # "the past year": the last twelve months up to the reference
        return span_res(shift(c.ref.day, -1, "week" if unit == "weekend" else unit), c.ref.day,
                        "approximate", c.ref.method)
    k = {"this": 0, "last": -1, "next": 1, "the coming": 1}[rel]
    return _period(c.ref, unit, k, pre)


def _weekend(m: re.Match[str], c: Ctx) -> Outcome:
    """"over the weekend": the last weekend on or before the reference."""
    if c.ref is None:
        return None
    day = c.ref.day
    sat = day - timedelta(days=(day.weekday() - 5) % 7)
    return span_res(sat, sat + timedelta(days=1), "week", c.ref.method)


def _count(m: re.Match[str]) -> tuple[int, bool] | None:
    """The amount and whether it is vague ("a few", "several", "about two")."""
    n = number_value(m.group("n"))
    if n is None:
        return None
    return n, " ".join(m.group("n").lower().split()) in VAGUE_NUMBERS


def _ago(m: re.Match[str], c: Ctx) -> Outcome:
    """"two days ago" (that day), "three weeks ago" (that week), "six years ago" (that
    year); hedged or vague amounts give a range at the unit's own precision."""
    if c.ref is None:
        return None
    counted = _count(m)
    if counted is None:
        return False
    n, vague = counted
    unit = _unit(m.group("u"))
    if unit == "hour":
        n, unit = -(-n // 24), "day"
    qual = (m.group("q") or "").lower().split()[:1]
    ref, method = c.ref.day, c.ref.method
    if not (vague or qual):
        when = shift(ref, -n, unit)
        if unit == "day":
            return day_res(when, method)
        if unit == "week":
            return span_res(*week_of(when), "week", method)
        if unit == "month":
            return month_res(when.year, when.month, method)
        if unit == "year":
            return year_res(when.year, method)
    spread = max(1, round(n / 10))
    if vague:  # "a few", "several": from twice the amount to half of it
        lo, hi = 2 * n, max(1, n // 2)
    elif qual and qual[0] in _MORE_QUAL:
        lo, hi = n + max(1, round(n / 4)), n
    elif qual and qual[0] in _LESS_QUAL:
        lo, hi = n, 0
    elif qual and qual[0] in ("nearly", "almost", "close"):
        lo, hi = n, n - spread
    else:  # about, around, some, roughly
        lo, hi = n + spread, n - spread
    return _range(shift(ref, -lo, unit), shift(ref, -hi, unit), unit, method)


def _range(first: date, last: date, unit: str, method: str) -> Resolved:
    """An approximate range written no finer than its unit: years for years and decades."""
    if unit in ("year", "decade"):
        return Resolved(yy(first.year), yy(last.year), "approximate", method)
    if unit == "month":
        return Resolved(ym(first.year, first.month), ym(last.year, last.month), "approximate",
                        method)
    return span_res(first, last, "approximate", method)


def _past_n(m: re.Match[str], c: Ctx) -> Outcome:
    """"the past two weeks", "in the last 24 hours", "the coming days": a range up to (or
    from) the reference."""
    if c.ref is None:
        return None
    counted = _count(m) if m.group("n") else (3, True)
    if counted is None:
        return False
    n, unit = counted[0], _unit(m.group("u") or m.group("u2"))
    if unit == "hour":
        n, unit = -(-n // 24), "day"
    ref = c.ref.day
    if m.group("rel").lower() in ("next", "coming"):
        return _range(ref, shift(ref, n, unit), unit, c.ref.method)
    return _range(shift(ref, -n, unit), ref, unit, c.ref.method)


def _recent(m: re.Match[str], c: Ctx) -> Outcome:
    """"lately", "recently": the month up to the reference; "in recent weeks": six weeks."""
    if c.ref is None:
        return None
    unit = _unit(m.group("u") or "")
    ref = c.ref.day
    if unit == "year":
        return _range(shift(ref, -5, "year"), ref, unit, c.ref.method)
    if unit == "month":
        return _range(shift(ref, -6, "month"), ref, unit, c.ref.method)
    start = ref - timedelta(days=7) if unit == "day" else (
        ref - timedelta(weeks=6) if unit == "week" else shift(ref, -1, "month"))
    return span_res(start, ref, "approximate", c.ref.method)


def _rel_month(m: re.Match[str], c: Ctx) -> Outcome:
    """"last March", "next March", "this March"."""
    if c.ref is None:
        return None
    month = month_number(m.group("mon"))
    if month is None:
        return False
    ref, rel = c.ref.day, m.group("rel").lower()
    if rel in ("last", "past"):
        year = ref.year if month < ref.month else ref.year - 1
    elif rel == "next":
        year = ref.year if month > ref.month else ref.year + 1
    else:
        year = infer_year(ref, month, future=c.future(m.start("x")))
    return month_res(year, month, c.ref.method)


def _rel_season(m: re.Match[str], c: Ctx) -> Outcome:
    """"last summer" (the latest one already over), "this summer", "next winter"."""
    if c.ref is None:
        return None
    ref, rel, season = c.ref.day, m.group("rel").lower(), m.group("s").lower()
    first, last = SEASON_MONTHS.get(season, (12, 14))  # winter: December to February
    now = ref.year * 12 + ref.month

    def bounds(year: int) -> tuple[int, int]:
        return year * 12 + first, year * 12 + last

    year = ref.year - 1 if season == "winter" and ref.month <= 2 else ref.year
    if rel in ("last", "past"):
        while bounds(year)[1] >= now:
            year -= 1
    elif rel != "this":
        while bounds(year)[0] <= now:
            year += 1
    return months_res(year, first, last, c.ref.method)


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


_UNITS = "hour hours day days week weeks month months year years decade decades"
_REL = r"(?P<rel>this|last|next|past|the\s+coming)"
RULES: tuple[Rule, ...] = (
    Rule("day", _c(
        r"\b(?<!USA\s)(?P<x>(?P<w>(?:the\s+day\s+(?:before|after)\s+)?(?:yesterday|tomorrow)"
        rf"(?:\s+{DAYPART})?|last\s+night|(?:earlier\s+|later\s+)?today|tonight|"
        r"this\s+(?:morning|afternoon|evening)))\b"), _day,
        needs("yesterday tomorrow today tonight this last")),
    Rule("weekday", re.compile(
        rf"\b(?P<x>(?:(?P<rel>(?i:last|next|this|past))\s+)?(?:(?i:early|late)\s+)?(?P<wd>{WEEKDAY})"
        rf"(?:\s+(?i:{DAYPART}))?)")
        , _weekday, needs("weekday")),
    Rule("period", _c(
        rf"\b(?P<x>(?:(?P<pre>earlier|later|early|late|mid)[\s-]+(?:in\s+)?)?{_REL}\s+"
        r"(?P<u>week|weekend|month|year))\b"), _relative_period, needs("week weekend month year")),
    Rule("weekend", _c(r"\b(?:over|during|at)\s+(?P<x>the\s+weekend)\b"), _weekend, needs("weekend")),
    Rule("ago", _c(rf"\b(?P<x>(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT})\s+ago)\b"), _ago,
         needs("ago")),
    Rule("past_n", _c(
        rf"\b(?P<x>(?:the\s+)?(?P<rel>past|last|next|coming)\s+(?:(?P<q>{QUAL})\s+)?"
        rf"(?:(?P<n>{NUM}|few)\s+(?P<u>{UNIT})|(?P<u2>hours|days|weeks|months|years|decades)))\b"),
        _past_n, needs("past last next coming", _UNITS)),
    Rule("recent", _c(r"\b(?P<x>recently|lately|(?:in\s+)?recent\s+(?P<u>days|weeks|months|years)"
                      r")\b"), _recent, needs("recent recently lately")),
    Rule("rel_month", re.compile(
        r"\b(?P<x>(?P<rel>(?i:last|next|this|past))\s+(?P<mon>(?:January|February|March|April|"
        r"May|June|July|August|September|October|November|December)(?![\w-])))(?![\s,]*\d)"),
        _rel_month, needs("month", "last next this past")),
    Rule("rel_season", _c(rf"\b(?P<x>{_REL}\s+(?P<s>spring|summer|fall|autumn|winter))\b"),
         _rel_season, needs("spring summer fall autumn winter", "this last next past coming")),
)
