"""The shape of a rule of :mod:`dateline.timex`: a compiled pattern and a handler that reads
one match against the reference date."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from dateline.timex.calendar import Ref, Resolved
from dateline.timex.lexicon import CLAUSE_END, FUTURE_CUE, PAST_CUE

_PREV_WORD = re.compile(r"([A-Za-z][A-Za-z.'’]*)[ \t]*$")
_NEXT_WORD = re.compile(r"[ \t]*([A-Za-z%]+)")

#: ``False``: the match is not a date expression (it blocks nothing); ``None``: a date
#: expression that cannot be resolved here (no reference date), which also blocks the
#: shorter matches inside it
Outcome = Resolved | Literal[False] | None


@dataclass(frozen=True, slots=True)
class Ctx:
    """What a handler may look at: the full text, the reference, the searched range."""

    text: str
    ref: Ref | None
    lo: int
    hi: int

    def prev_word(self, pos: int) -> str:
        """The word right before ``pos`` on the same line ("" at a clause start)."""
        m = _PREV_WORD.search(self.text, max(self.lo, pos - 30), pos)
        return m.group(1) if m else ""

    def next_word(self, pos: int) -> str:
        m = _NEXT_WORD.match(self.text, pos, self.hi)
        return m.group(1) if m else ""

    def future(self, pos: int) -> bool:
        """Does the clause before ``pos`` speak of the future ("will meet on", "ahead of")?"""
        lo = max(self.lo, pos - 150)
        before = self.text[lo:pos]
        cut = max((m.end() for m in CLAUSE_END.finditer(before)), default=0)
        clause = before[cut:]
        if PAST_CUE.search(clause):
            return False
        return FUTURE_CUE.search(clause) is not None


Handler = Callable[[re.Match[str], Ctx], Outcome]


@dataclass(frozen=True, slots=True)
class Rule:
    """``needs``: groups of anchor kinds (see :func:`anchors`); the rule runs only on a range
    holding at least one kind of every group, which keeps the slow patterns off most text."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    needs: tuple[frozenset[str], ...] = ()

    def wanted(self, kinds: frozenset[str]) -> bool:
        return all(group & kinds for group in self.needs)


_ANCHOR = re.compile(
    r"(?P<y4>(?<!\d)(?:1[89]|20)\d\d(?!\d))|(?P<dig>\d)"
    r"|(?P<mon>\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
    r"|(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"|\b(?P<kw>(?i:ago|after|before|since|yesterday|tomorrow|today|tonight|week|weekend|month|"
    r"year|decade|past|last|next|coming|this|recent|recently|lately|early|mid|late|end|"
    r"beginning|start|middle|spring|summer|fall|autumn|winter|century|hours?|days?|weeks|"
    r"months|years|decades))\b"
)


def anchors(text: str, start: int, end: int) -> frozenset[str]:
    """The kinds of date anchors in ``text[start:end]``: "year" (a 4-digit year), "digit",
    "month", "weekday" and each keyword, lower-cased ("ago", "week", ...)."""
    kinds: set[str] = set()
    for m in _ANCHOR.finditer(text, start, end):
        group = m.lastgroup
        if group == "y4":
            kinds.update(("year4", "digit"))
        elif group == "kw":
            kinds.add(m.group("kw").lower())
        elif group:
            kinds.add({"dig": "digit", "mon": "month", "wd": "weekday"}[group])
    return frozenset(kinds)


def needs(*groups: str) -> tuple[frozenset[str], ...]:
    """``needs("month", "digit year4")``: a month name and a digit or a year."""
    return tuple(frozenset(g.split()) for g in groups)


def span_of(m: re.Match[str]) -> tuple[int, int]:
    """The evidence of a match: its group ``x`` when the pattern has one, else all of it."""
    if "x" in m.re.groupindex:
        return m.start("x"), m.end("x")
    return m.start(), m.end()
