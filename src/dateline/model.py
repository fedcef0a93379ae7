"""Plain records of an analysis: frozen, slotted dataclasses with no spaCy or database imports.

Every piece of evidence is a :class:`Span` into ``Article.text`` (``[start, end)``, Python
``str`` indexing). :func:`Span.of` is the one place spans are made from offsets, and it checks
the invariant ``text[start:end] == span.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from dateline.errors import SpanError

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
MODALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "future")

Modality = Literal["asserted", "negated", "hypothetical", "future"]
Precision = Literal["site", "city", "district", "province", "country", "region"]
DatePrecision = Literal["day", "week", "month", "year", "approximate"]
SpeakerKind = Literal["person", "organization", "document", "unknown"]
QuoteKind = Literal["direct", "indirect"]


@dataclass(frozen=True, slots=True)
class Span:
    """Evidence: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``[start, end)`` of ``text``; raises :class:`SpanError` when out of range."""
        if not 0 <= start <= end <= len(text):
            raise SpanError(f"span [{start}, {end}) is outside a text of {len(text)} characters")
        return cls(start, end, text[start:end])

    def check(self, text: str) -> None:
        if text[self.start : self.end] != self.text:
            raise SpanError(
                f"span [{self.start}, {self.end}) reads {text[self.start:self.end][:40]!r}, "
                f"record says {self.text[:40]!r}"
            )

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning attached to an article: a stable ``code`` and a readable ``message``."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None
    date_text: str | None
    date: str | None
    source_code: str | None
    span: Span


@dataclass(frozen=True, slots=True)
class Article:
    """One input article. ``text`` is frozen: every span of every record indexes into it."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str = "en"
    authors: tuple[str, ...] = ()
    source: str | None = None
    dateline: Dateline | None = None
    #: regions kept in ``text`` but not analysed as news (photo captions, metadata lines)
    excluded: tuple[Span, ...] = ()
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    span: Span | None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    kind: str | None = None  # person, organization, place, group, ... (project field)


@dataclass(frozen=True, slots=True)
class Location:
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    precision: Precision
    span: Span | None
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class EventDate:
    text: str | None
    start: str
    end: str
    precision: DatePrecision
    method: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    trigger: Span
    sentence: Span
    mode: str | None = None
    context: tuple[str, ...] = ()
    modality: Modality = "asserted"
    historical: bool = False
    #: what a party is accused, charged or suspected of ("accused X of killing"), not
    #: reported as fact by the outlet
    alleged: bool = False
    actors: tuple[Entity, ...] = ()
    recipients: tuple[Entity, ...] = ()
    location: Location | None = None
    date: EventDate | None = None
    fatalities: int | None = None
    attributed_to: str | None = None
    confidence: float = 0.5
    extractor: str = ""
    #: the id of an earlier event of the article that tells the same happening (count the
    #: events without one to count happenings)
    same_as: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    text: str | None
    span: Span | None
    name: str | None
    anonymous: bool
    kind: SpeakerKind
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    kind: QuoteKind
    content: Span
    cue: Span | None
    speaker: Speaker
    via: tuple[str, ...] = ()
    confidence: float = 0.5
    extractor: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    span: Span
    value: float | None
    unit: str | None
    qualifier: str | None
    subject: str | None
    attributed_to: str | None
    checkworthiness: float = 0.0
    time_scope: str | None = None
    confidence: float = 0.5
    extractor: str = ""


@dataclass(frozen=True, slots=True)
class Framing:
    id: str
    span: Span
    category: str
    in_quote: bool
    term: str | None = None
    quote_id: str | None = None
    confidence: float = 0.5
    extractor: str = ""


@dataclass(frozen=True, slots=True)
class Sourcing:
    named_sources: int
    anonymous_sources: int
    relayed: bool
    grade: str
    reasons: tuple[str, ...] = ()
    relays: tuple[str, ...] = ()
    extractor: str = ""


@dataclass(frozen=True, slots=True)
class Analysis:
    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    framing: tuple[Framing, ...] = ()
    sourcing: Sourcing = field(
        default_factory=lambda: Sourcing(0, 0, False, "none", ("no sources found",))
    )
    entities: tuple[Entity, ...] = ()
    pipeline: str = ""

    def spans(self) -> list[Span]:
        """Every evidence span of the records (not of the article)."""
        out: list[Span] = []
        for ev in self.events:
            out += [ev.trigger, ev.sentence]
            out += [e.span for e in (*ev.actors, *ev.recipients) if e.span]
            if ev.location and ev.location.span:
                out.append(ev.location.span)
            if ev.date and ev.date.span:
                out.append(ev.date.span)
        for q in self.quotes:
            out.append(q.content)
            if q.cue:
                out.append(q.cue)
            if q.speaker.span:
                out.append(q.speaker.span)
        out += [c.span for c in self.claims]
        out += [f.span for f in self.framing]
        out += [e.span for e in self.entities if e.span]
        return out

    def check(self) -> None:
        """Raise :class:`SpanError` when any span does not read its own text."""
        text = self.article.text
        if self.article.dateline:
            self.article.dateline.span.check(text)
        for span in self.spans():
            span.check(text)
