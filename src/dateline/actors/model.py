"""Records of the actor knowledge base: actors, their dated roles, and how a name matched."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: how a name in the text refers to an actor
Via = Literal["name", "demonym", "metonym"]
KINDS: frozenset[str] = frozenset({"person", "organization", "country", "group", "coalition",
                                 "place"})


def date_key(date: str) -> str:
    """``YYYY`` / ``YYYY-MM`` / ``YYYY-MM-DD`` -> a comparable day (mid-period for partial dates)."""
    if len(date) == 4:
        return date + "-07-01"
    if len(date) == 7:
        return date + "-15"
    return date[:10]


@dataclass(frozen=True, slots=True)
class Role:
    """A country and PLOVER sector held from ``start`` (inclusive) to ``end`` (exclusive)."""

    country: str | None
    sector: str | None
    start: str | None = None  # ISO date
    end: str | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def active(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def distance(self, day: str) -> int:
        """How far ``day`` lies outside the role, in days (rough; 0 inside)."""
        if self.active(day):
            return 0
        edge = self.start if self.start is not None and day < self.start else self.end
        return abs(_ordinal(edge or day) - _ordinal(day))


def _ordinal(day: str) -> int:
    y, m, d = (int(x) for x in day.split("-"))
    return y * 372 + m * 31 + d


@dataclass(frozen=True, slots=True)
class Actor:
    kb_id: str
    name: str
    kind: str
    roles: tuple[Role, ...]
    aliases: tuple[str, ...] = ()
    source: str = ""

    def role_at(self, date: str | None = None) -> Role | None:
        """The role at ``date`` (``YYYY[-MM[-DD]]``); without a date, the most recent one.

        At a date: the active dated role that started last; else the undated (default) role;
        else the dated role nearest in time (a person keeps the country of their last office).
        """
        if not self.roles:
            return None
        dated = [r for r in self.roles if r.dated]
        undated = [r for r in self.roles if not r.dated]
        if date is None:
            if not dated:
                return undated[0]
            return max(dated, key=lambda r: (r.end or "9999", r.start or ""))
        day = date_key(date)
        active = [r for r in dated if r.active(day)]
        if active:
            return max(active, key=lambda r: r.start or "")
        if undated:
            return undated[0]
        return min(dated, key=lambda r: r.distance(day))


@dataclass(frozen=True, slots=True)
class Hit:
    """One knowledge-base reading of a name: the actor and how the name refers to it."""

    actor: Actor
    via: Via = "name"
