"""Article text cut into segments for highlighting, from an analysis record (contract JSON).

Every evidence span becomes a :class:`Mark` (layer, role, record id, offsets). Overlapping and
nested marks are handled by cutting the text at every mark boundary: each :class:`Segment`
carries all the marks that cover it, so the page renders flat ``<span>`` elements whose text
is escaped by Jinja and never interpreted as markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

LAYERS: tuple[tuple[str, str], ...] = (
    ("events", "Events"), ("quotes", "Quotes"), ("claims", "Claims"),
    ("framing", "Framing"), ("dateline", "Dateline"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Mark:
    layer: str
    role: str
    record: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    text: str
    marks: tuple[Mark, ...]

    @property
    def classes(self) -> str:
        names = {f"hl-{m.layer}" for m in self.marks} | {f"r-{m.role}" for m in self.marks}
        return "hl " + " ".join(sorted(names))

    @property
    def refs(self) -> str:
        """Record ids under this segment, space-separated (for ``[data-marks~=id]``)."""
        return " ".join(dict.fromkeys(m.record for m in self.marks))


def _span(value: Any) -> tuple[int, int] | None:
    ok = (isinstance(value, list | tuple) and len(value) == 2
          and all(isinstance(v, int) and not isinstance(v, bool) for v in value))
    return (int(value[0]), int(value[1])) if ok else None


def marks_for(record: dict[str, Any]) -> list[Mark]:
    """Every highlightable span of an analysis record."""
    out: list[Mark] = []

    def add(layer: str, role: str, rid: str, span: Any) -> None:
        se = _span(span)
        if se is not None and se[0] < se[1]:
            out.append(Mark(layer, role, rid, se[0], se[1]))

    dl = (record.get("article") or {}).get("dateline")
    if dl:
        add("dateline", "dateline", "dateline", dl.get("span"))
    for ev in record.get("events") or ():
        rid = str(ev.get("id"))
        add("events", "trigger", rid, (ev.get("trigger") or {}).get("span"))
        for role, key in (("actor", "actors"), ("recipient", "recipients")):
            for ent in ev.get(key) or ():
                add("events", role, rid, ent.get("span"))
        add("events", "location", rid, (ev.get("location") or {}).get("span"))
        add("events", "date", rid, (ev.get("date") or {}).get("span"))
    for q in record.get("quotes") or ():
        rid = str(q.get("id"))
        add("quotes", "content", rid, (q.get("content") or {}).get("span"))
        add("quotes", "cue", rid, (q.get("cue") or {}).get("span"))
        add("quotes", "speaker", rid, (q.get("speaker") or {}).get("span"))
    for c in record.get("claims") or ():
        add("claims", "claim", str(c.get("id")), c.get("span"))
    for f in record.get("framing") or ():
        add("framing", "framing", str(f.get("id")), f.get("span"))
    return out


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """``text`` cut at every mark boundary; unmarked stretches are segments with no marks."""
    n = len(text)
    kept = [m for m in marks if 0 <= m.start < m.end <= n]
    bounds = sorted({0, n, *(m.start for m in kept), *(m.end for m in kept)})
    starts: dict[int, list[Mark]] = {}
    for m in kept:
        starts.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    out: list[Segment] = []
    for a, b in pairwise(bounds):
        active = [m for m in active if m.end > a] + starts.get(a, [])
        if a < b:
            out.append(Segment(a, b, text[a:b], tuple(active)))
    return out


def highlighted(record: dict[str, Any]) -> list[Segment]:
    text = str((record.get("article") or {}).get("text") or "")
    return segments(text, marks_for(record))
