"""Rules for dates written with a month or a year: "March 3, 2021", "3 March", "Dec. 1",
"2021-03-03", "mid-March", "in late 2017", "the 1990s", "since 2014". A month or day
without a year takes its year from the reference date, or resolves to nothing."""

from __future__ import annotations

import re

from dateline.timex.calendar import (
    METHOD_APPROXIMATE,
    METHOD_EXPLICIT,
    SEASON_MONTHS,
    Resolved,
    day_res,
    infer_year,
    month_res,
    months_res,
    part_of_month,
    part_of_year,
    safe_date,
    span_res,
    year_res,
    yy,
)
from dateline.timex.lexicon import (
    APPROX_YEAR_BEFORE,
    COUNT_WORDS,
    DAYNUM,
    MONTH,
    NOT_YEAR_BEFORE,
    NUM,
    QUAL,
    STRONG_YEAR_BEFORE,
    WEEKDAY,
    YEAR,
    month_number,
    number_value,
)
from dateline.timex.rule import Ctx, Outcome, Rule, needs

PART = (r"(?P<part>(?i:early|mid|late|(?:the\s+)?end\s+of|(?:the\s+)?beginning\s+of|"
        r"(?:the\s+)?start\s+of|(?:the\s+)?middle\s+of))")
MONTH_FULL = (r"(?:January|February|March|April|May|June|July|August|September|October|"
              r"November|December)(?![\w-])")
_NOT_MAY_AFTER = frozenset("to and of by between".split())
_PARTS = {"early": "early", "mid": "mid", "late": "late", "end": "end", "beginning": "start",
          "start": "start", "middle": "mid"}
#: capitalised words that may stand right before a month name ("On May 5", "Tuesday May 5");
#: any other ("Theresa May", "Long March 5") makes it a name
_MONTH_OK_BEFORE = frozenset(
    "on in by since until till from before after early late mid last next this through "
    "between and of or the during monday tuesday wednesday thursday friday saturday sunday "
    "mid- end".split()
)  # fmt: skip


def _part(text: str | None) -> str | None:
    """"the end of" -> "end", "mid" -> "mid"; ``None`` for no part."""
    words = (text or "").lower().split()
    return _PARTS[words[-2] if words[-1:] == ["of"] else words[0]] if words else None


def _named_month(m: re.Match[str], c: Ctx) -> bool:
    """"Theresa May 2019", "Long March 5": a capitalised word glued before the month."""
    start = m.start("mon")
    if m.start("x") != start or c.text[start - 1 : start] != " ":
        return False
    prev = c.prev_word(start)
    return bool(prev) and prev[0].isupper() and prev.lower().rstrip(".") not in _MONTH_OK_BEFORE


def _may_the_name(m: re.Match[str], c: Ctx) -> bool:
    """"apologised to May", "May's Brexit plan": Theresa May rather than the month."""
    prep = (m.groupdict().get("prep") or "").lower()
    return prep in _NOT_MAY_AFTER or c.text[m.end("mon") : m.end("mon") + 2] in ("'s", "’s")


def _year_of(m: re.Match[str], c: Ctx, month: int) -> tuple[int, str] | None:
    if m.group("y"):
        return int(m.group("y")), METHOD_EXPLICIT
    if c.ref is None:
        return None
    rel = (m.groupdict().get("rely") or "").lower()
    if rel:  # "in August next year"
        return c.ref.day.year + {"last": -1, "this": 0, "next": 1}[rel], c.ref.method
    return infer_year(c.ref.day, month, future=c.future(m.start("x"))), c.ref.method


def _iso(m: re.Match[str], c: Ctx) -> Outcome:
    d = safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return day_res(d, METHOD_EXPLICIT) if d else False


def _numeric(m: re.Match[str], c: Ctx) -> Outcome:
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if a > 12 >= b:
        d = safe_date(year, b, a)
    elif b > 12 >= a:
        d = safe_date(year, a, b)
    else:
        return None  # 3/4/2021: March 4 (US) or 3 April? left unresolved
    return day_res(d, METHOD_EXPLICIT) if d else False


def _month_day(m: re.Match[str], c: Ctx) -> Outcome:
    if m.group("wd") is None and _named_month(m, c):
        return False
    month = month_number(m.group("mon"))
    day = int(re.sub(r"\D", "", m.group("d")))
    if month is None:
        return False
    if month == 9 and day == 11 and not m.group("y"):
        return False  # "Sept. 11" with no year: the 2001 attacks, a name rather than a date
    year = _year_of(m, c, month)
    if year is None:
        return None
    first = safe_date(year[0], month, day)
    if first is None:
        return False
    if m.group("d2"):
        last = safe_date(year[0], month, int(re.sub(r"\D", "", m.group("d2"))))
        if last is None or last <= first:
            return False
        return span_res(first, last, "day", year[1])
    return day_res(first, year[1])


def _month_year(m: re.Match[str], c: Ctx) -> Outcome:
    if m.group("part") is None and _named_month(m, c):
        return False
    month = month_number(m.group("mon"))
    if month is None or (month == 5 and _may_the_name(m, c)):
        return False
    year = _year_of(m, c, month)
    if year is None:
        return None
    part = _part(m.group("part"))
    if part:
        return part_of_month(year[0], month, part, year[1])
    return month_res(year[0], month, year[1])


def _part_year(m: re.Match[str], c: Ctx) -> Outcome:
    part = _part(m.group("part")) or "mid"
    return part_of_year(int(m.group("y")), part, METHOD_EXPLICIT)


def _season_year(m: re.Match[str], c: Ctx) -> Outcome:
    year, season = int(m.group("y")), m.group("s").lower()
    if season == "winter":  # straddles two years: commit to the named one only
        return Resolved(yy(year), yy(year), "approximate", METHOD_EXPLICIT)
    first, last = SEASON_MONTHS[season]
    return months_res(year, first, last, METHOD_EXPLICIT)


def _decade(m: re.Match[str], c: Ctx) -> Outcome:
    if m.group("dec"):
        start = int(m.group("dec"))
    else:
        two = int(m.group("d2"))
        if two == 20:
            return False  # the '20s: 1920s or 2020s?
        start = (1900 if two >= 30 else 2000) + two
    width = 100 if start % 100 == 0 and start < 2000 else 10  # "the 1800s", "the 1900s"
    first, last = start, start + width - 1
    part = (m.group("part") or "").lower()
    third = width * 3 // 10
    if part == "early":
        last = start + third
    elif part == "mid":
        first, last = start + third, start + width - third - 1
    elif part == "late":
        first = start + width - third - 1
    return Resolved(yy(first), yy(last), "approximate", METHOD_EXPLICIT)


def _century(m: re.Match[str], c: Ctx) -> Outcome:
    n = int(m.group("c"))
    if not 1 <= n <= 21:
        return False
    return Resolved(yy((n - 1) * 100 + 1), yy(n * 100), "approximate", METHOD_EXPLICIT)


def _year_range(m: re.Match[str], c: Ctx) -> Outcome:
    sep = m.group("sep").lower()
    if sep == "and" and not m.group("btw"):
        return False  # "in 2010 and 2015": two years, not a range
    first, second = int(m.group("y")), m.group("y2")
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if not first < last <= first + 60:
        return False
    return Resolved(yy(first), yy(last), "year", METHOD_EXPLICIT)


def _year(m: re.Match[str], c: Ctx) -> Outcome:
    start, end = m.start("x"), m.end("x")
    nxt = c.next_word(end)
    prev = c.prev_word(start).lower().rstrip(".")
    if c.text[end : end + 1] == "%" or (nxt.lower() in COUNT_WORDS and not m.group("poss")):
        return False
    if prev in STRONG_YEAR_BEFORE:
        return year_res(int(m.group("y")), METHOD_EXPLICIT)
    if prev in NOT_YEAR_BEFORE:
        return False
    plural = nxt.islower() and nxt.endswith("s") and not nxt.endswith("ss") and len(nxt) > 3
    if plural and not m.group("poss") and prev not in {"the", "a", "an", "its", "their", "of"}:
        return False  # "1990 people"
    year = int(m.group("y"))
    if prev in APPROX_YEAR_BEFORE:
        return Resolved(yy(year), yy(year), "approximate", METHOD_EXPLICIT)
    return year_res(year, METHOD_EXPLICIT)


def _offset_year(m: re.Match[str], c: Ctx) -> Outcome:
    """"two decades after the 2003 invasion": the named year moved by the amount."""
    n = number_value(m.group("n"))
    if n is None:
        return False
    years = n * (10 if m.group("u").lower().startswith("decade") else 1)
    sign = -1 if m.group("dir").lower() == "before" else 1
    year = int(m.group("y")) + sign * years
    qual = (m.group("q") or "").lower().split()[:1]
    if not qual:
        return Resolved(yy(year), yy(year), "approximate", METHOD_APPROXIMATE)
    if qual[0] in ("more", "over", "at", "just"):
        first, last = sorted((year, year + sign))
    elif qual[0] in ("nearly", "almost", "close", "less", "under", "fewer"):
        first, last = sorted((year - sign, year))
    else:
        first, last = year - 1, year + 1
    return Resolved(yy(first), yy(last), "approximate", METHOD_APPROXIMATE)


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_PARTW = "early mid late end beginning start middle"
_SEASONS = "spring summer fall autumn winter"
#: "August 17 next year"
_REL_YEAR = r"(?:\s+(?:of\s+)?(?P<rely>(?i:next|last|this))\s+(?i:year)\b)?"
_WD = rf"(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?"
_YEARLESS = r"(?![\s,]*\d)"
_NO_NUM_BEFORE = r"(?<![\w$€£#©.,:/-])(?<!©\s)"
RULES: tuple[Rule, ...] = (
    Rule("iso", _c(rf"(?<![\d-])(?P<x>(?P<y>{YEAR})-(?P<m>\d\d)-(?P<d>\d\d))(?![\d-])"),
         _iso, needs("year4")),
    Rule("numeric", _c(
        rf"(?<![\d/.])(?P<x>(?P<a>\d{{1,2}})([/.])(?P<b>\d{{1,2}})\3(?P<y>{YEAR}))(?![\d/])"),
        _numeric, needs("year4")),
    Rule("month_day", _c(
        rf"\b(?P<x>{_WD}(?P<mon>{MONTH})(?:\s+|(?<=\.))(?P<d>{DAYNUM})"
        rf"(?:\s*(?:-|–)\s*(?P<d2>{DAYNUM}))?(?:,?\s+(?P<y>{YEAR})|{_REL_YEAR}))(?![\d,.]\d)"),
        _month_day, needs("month", "digit")),
    Rule("day_month", _c(
        rf"(?<![\d.,$£€])(?P<x>{_WD}(?P<d>{DAYNUM})(?:\s*(?:-|–)\s*(?P<d2>{DAYNUM}))?\s+"
        rf"(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR})|{_REL_YEAR}))"),
        _month_day, needs("month", "digit")),
    Rule("month_year", _c(
        rf"\b(?P<x>(?:{PART}[\s-]+)?(?P<mon>{MONTH})(?:\s+of)?,?\s+(?P<y>{YEAR}))"),
        _month_year, needs("month", "year4")),
    Rule("part_month", _c(rf"\b(?P<x>{PART}[\s-]+(?P<mon>{MONTH_FULL}))(?P<y>){_YEARLESS}"),
         _month_year, needs("month", _PARTW)),
    Rule("in_month", _c(
        r"\b(?P<prep>(?i:in|since|by|until|till|through|during|from|before|after|of|to|between|and))\s+"
        rf"(?P<x>(?P<part>)(?P<mon>{MONTH_FULL}){_REL_YEAR})(?P<y>){_YEARLESS}"),
        _month_year, needs("month")),
    Rule("part_year", _c(rf"\b(?P<x>{PART}[\s-]+(?P<y>{YEAR}))"), _part_year,
         needs("year4", _PARTW)),
    Rule("season_year", _c(
        r"\b(?P<x>(?:the\s+)?(?P<s>spring|summer|fall|autumn|winter)(?:\s+of)?,?\s+"
        rf"(?P<y>{YEAR}))", re.I), _season_year, needs("year4", _SEASONS)),
    Rule("decade", _c(
        r"(?<![\w$])(?P<x>(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?"
        r"(?:(?P<dec>1[89]\d0|20\d0)|['’](?P<d2>\d0))['’]?s)\b", re.I),
        _decade, needs("digit")),
    Rule("century", _c(r"\b(?P<x>(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)[\s-]+century)\b",
                       re.I), _century, needs("century")),
    Rule("year_range", _c(
        rf"(?:\b(?P<btw>between)\s+)?{_NO_NUM_BEFORE}(?P<x>(?P<y>{YEAR})\s*"
        rf"(?P<sep>-|–|—|to\b|and\b|through\b|until\b)\s*(?P<y2>{YEAR}|\d\d(?!\d)))"
        r"(?![\w%]|[.,:]\d)", re.I), _year_range, needs("year4")),
    Rule("year", _c(
        rf"{_NO_NUM_BEFORE}(?P<x>(?P<y>{YEAR}))(?P<poss>['’]s)?(?![\w%-]|[.,:]\d)"),
        _year, needs("year4")),
    Rule("offset_year", _c(
        rf"\b(?P<x>(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+(?P<u>years?|decades?)\s+"
        rf"(?P<dir>after|before|since)\s+(?:[\w'’-]+\s+){{0,4}}?(?P<y>{YEAR}))(?![\d%])", re.I),
        _offset_year, needs("year4", "after before since", "year years decade decades")),
)
