"""Quotation marks: the character ranges that an article puts between quotation marks.

Pure Python over the text (no parse). Handles straight ``"`` and curly ``“ ”`` marks (and
``« »``/``„``, and two apostrophes ``''`` used as a double mark, as in New York Times archive
text), quotes that run over several paragraphs (a paragraph that ends inside a quote
and a next paragraph that opens with a mark continue the same quote), and single quotes
``‘ ’``/``'`` (kept apart: they count as quotes only when a cue attaches, since they are often
apostrophes). The content of a :class:`Marked` range excludes the marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_OPEN = "“«„"
_CLOSE = "”»"
_DOUBLE = '"“”«»„'
_PARA = re.compile(r"\n\s*")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_OPENERS = " \t\n([{—–-/:;,"


@dataclass(frozen=True, slots=True)
class Marked:
    """Text between quotation marks: ``[start, end)`` without the marks."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when the paragraph ended first
    single: bool = False  # between single quotes
    paragraphs: int = 1
    width: int = 1  # characters of each mark (2 for '')

    @property
    def after(self) -> int:
        """The offset just after the closing mark (the content's end when none)."""
        return self.close_at + self.width if self.close_at is not None else self.end

    def words(self, text: str) -> int:
        return len(_WORD.findall(text, self.start, self.end))


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line-separated paragraph."""
    pos = 0
    for m in _PARA.finditer(text):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if pos < len(text):
        yield pos, len(text)


def _role(text: str, i: int, width: int = 1) -> str:
    """``open``, ``close`` or ``either`` for the double mark at ``i`` (``width`` characters)."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if ch in _OPEN:
        # a "“" followed by a space at the end of words is a mistyped closing mark
        return "close" if (after.isspace() or after in ".,;") and not before.isspace() else "open"
    if ch in _CLOSE:
        return "open" if before.isspace() and after.isalnum() and ch == "”" else "close"
    if before in _OPENERS or before in "“‘":
        return "open"
    if after.isspace() or after in ".,;:!?)]—–-'’" or i + width == len(text):
        return "close"
    return "either"


def _marks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(offset, width)`` of the double marks in ``[start, end)``: ``"“”«»„`` and ``''``."""
    out: list[tuple[int, int]] = []
    i = start
    while i < end:
        ch = text[i]
        if ch in _DOUBLE:
            out.append((i, 1))
        elif ch == "'" and i + 1 < end and text[i + 1] == "'" and (i + 2 >= end or text[i + 2] != "'"):
            out.append((i, 2))
            i += 1
        i += 1
    return out


def _double(text: str, paras: list[tuple[int, int]]) -> list[Marked]:
    out: list[Marked] = []
    carried: tuple[int, int, int] | None = None  # (open mark, width, paragraphs) still open
    prev_end = 0
    for p_start, p_end in paras:
        marks = _marks(text, p_start, p_end) if _may_have_marks(text, p_start, p_end) else []
        open_at: int | None = None
        width = 1
        count = 1
        if carried is not None:
            if marks and marks[0][0] == p_start and _role(text, p_start, marks[0][1]) != "close":
                open_at, width, count = carried[0], marks[0][1], carried[2] + 1  # it goes on
                marks = marks[1:]
            else:  # the quote ended with its paragraph
                out.append(Marked(carried[0] + carried[1], prev_end, carried[0], None, False,
                                  carried[2], carried[1]))
            carried = None
        for i, w in marks:
            role = _role(text, i, w)
            if open_at is None:
                if role != "close":
                    open_at, width = i, w
            elif role != "open" or text[i] == '"' or w == 2:  # straight marks alternate
                out.append(Marked(open_at + width, i, open_at, i, False, count, width))
                open_at, count = None, 1
            else:  # a second opening mark: the first one was never closed
                open_at, width = i, w
        if open_at is not None:
            carried = (open_at, width, count)
        prev_end = p_end
    if carried is not None:
        out.append(Marked(carried[0] + carried[1], prev_end, carried[0], None, False, carried[2],
                          carried[1]))
    return [m for m in out if m.end > m.start]


_ANY_MARK = re.compile(r"[\"“”«»„]|''")


def _may_have_marks(text: str, start: int, end: int) -> bool:
    return _ANY_MARK.search(text, start, end) is not None


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[“\"—–-]))([‘'])(?=[^\W_])(.{3,400}?)(?<=[^\s])([’'])(?![^\W_])",
                     re.DOTALL)


def _single(text: str, inside: list[Marked]) -> list[Marked]:
    out: list[Marked] = []
    for m in _SINGLE.finditer(text):
        if "\n" in m.group(2):
            continue
        start, end = m.start(2), m.end(2)
        if any(d.start <= start < d.end for d in inside):
            continue  # a quote within a quote belongs to the outer one
        out.append(Marked(start, end, m.start(1), m.start(3), True))
    return out


def find_marked(text: str) -> list[Marked]:
    """Every double-quoted range, then every single-quoted range outside them, in text order."""
    paras = list(paragraphs(text))
    double = _double(text, paras)
    return sorted([*double, *_single(text, double)], key=lambda m: m.start)
