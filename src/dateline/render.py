"""Readable views of analyses as rich renderables (the CLI prints them; this module never does)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from dateline.model import Analysis, Entity, Event


def _ents(es: Sequence[Entity]) -> str:
    parts = []
    for e in es:
        code = "/".join(x for x in (e.country, e.sector) if x)
        parts.append(f"{e.name or e.text}" + (f" [{code}]" if code else ""))
    return "; ".join(parts) or "-"


def _event_row(e: Event) -> list[str]:
    flags: list[str] = [e.modality] if e.modality != "asserted" else []
    if e.historical:
        flags.append("historical")
    if e.alleged:
        flags.append("alleged")
    if e.same_as:
        flags.append("retold")
    where = "-"
    if e.location:
        where = f"{e.location.name} ({e.location.country or '?'}, {e.location.precision})"
    when = f"{e.date.start} ({e.date.precision}, {e.date.method})" if e.date else "-"
    return [
        e.type + (f"/{e.mode}" if e.mode else ""), e.trigger.text, _ents(e.actors),
        _ents(e.recipients), where, when,
        "-" if e.fatalities is None else str(e.fatalities), ", ".join(flags) or "asserted",
    ]


def analysis_view(a: Analysis) -> RenderableType:
    art = a.article
    head = Text()
    head.append(art.title or "(untitled)", style="bold")
    head.append(f"\nid {art.id} | outlet {art.outlet or '-'} | published {art.published or '-'}"
                f" | language {art.language}")
    if art.url:
        head.append(f"\n{art.url}")
    if art.dateline:
        dl = art.dateline
        head.append(f"\ndateline: {dl.place or '-'}, {dl.date_text or '-'} "
                    f"(date {dl.date or 'unknown'}), source {dl.source_code or '-'}")
    for n in art.notices:
        head.append(f"\nwarning: {n.message}", style="yellow")
    s = a.sourcing
    head.append(f"\nsourcing: {s.grade} | named {s.named_sources} | anonymous "
                f"{s.anonymous_sources} | relayed {'yes' if s.relayed else 'no'}")
    if s.relays:
        head.append(" | via " + " -> ".join(s.relays))
    for r in s.reasons:
        head.append(f"\n  - {r}")
    parts: list[RenderableType] = [Panel(head)]

    events = Table(title=f"events ({len(a.events)})", expand=True)
    for col in ("type", "trigger", "actors", "recipients", "where", "when", "dead", "modality"):
        events.add_column(col)
    for e in a.events:
        events.add_row(*_event_row(e))
    parts.append(events)

    quotes = Table(title=f"quotes ({len(a.quotes)})", expand=True)
    for col in ("kind", "speaker", "cue", "via", "content"):
        quotes.add_column(col)
    for q in a.quotes:
        sp = q.speaker
        who = (sp.name or sp.text or "?") + (" (anonymous)" if sp.anonymous else "")
        quotes.add_row(q.kind, who, q.cue.text if q.cue else "-", " -> ".join(q.via) or "-",
                       q.content.text[:160] + ("..." if len(q.content.text) > 160 else ""))
    parts.append(quotes)

    claims = Table(title=f"claims ({len(a.claims)})", expand=True)
    for col in ("claim", "value", "unit", "qualifier", "subject", "voice"):
        claims.add_column(col)
    for c in a.claims:
        claims.add_row(c.span.text, "-" if c.value is None else f"{c.value:g}", c.unit or "-",
                       c.qualifier or "-", c.subject or "-",
                       "quoted" if c.attributed_to else "outlet")
    parts.append(claims)

    framing = Table(title=f"framing ({len(a.framing)})", expand=True)
    for col in ("wording", "category", "voice"):
        framing.add_column(col)
    for f in a.framing:
        framing.add_row(f.span.text, f.category, "in quote" if f.in_quote else "outlet's own")
    parts.append(framing)
    return Group(*parts)


def summary_view(analyses: Sequence[Analysis], *, db: str) -> RenderableType:
    types = Counter(e.type for a in analyses for e in a.events)
    grades = Counter(a.sourcing.grade for a in analyses)
    table = Table(title=f"{len(analyses)} demo articles analysed", expand=True)
    for col in ("id", "title", "events", "quotes", "claims", "framing", "sourcing"):
        table.add_column(col)
    for a in analyses:
        table.add_row(a.article.id, a.article.title or "-", str(len(a.events)),
                      str(len(a.quotes)), str(len(a.claims)), str(len(a.framing)),
                      a.sourcing.grade)
    lines = Text()
    lines.append("event types: " + (", ".join(f"{t} {n}" for t, n in types.most_common()) or "-"))
    lines.append("\nsourcing grades: " + ", ".join(f"{g} {n}" for g, n in grades.most_common()))
    lines.append(f"\nstored in {db}. Next: `dateline show {analyses[0].article.id if analyses else 'ID'}"
                 f" --db {db}`, `dateline export --db {db}`")
    return Group(table, lines)
