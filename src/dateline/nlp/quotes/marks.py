"""Quotation marks: the character ranges that an article puts between quotation marks.

Pure Python over the text (no parse). Handles straight ``"`` and curly ``“ ”`` marks (and
``« »``/``„``), quotes that run over several paragraphs (a paragraph that ends inside a quote
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


def _role(text: str, i: int) -> str:
    """``open``, ``close`` or ``either`` for the double mark at ``i``."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in _OPEN:
        # a "“" followed by a space at the end of words is a mistyped closing mark
        return "close" if (after.isspace() or after in ".,;") and not before.isspace() else "open"
    if ch in _CLOSE:
        return "open" if before.isspace() and after.isalnum() and ch == "”" else "close"
    if before in _OPENERS or before in "“‘":
        return "open"
    if after.isspace() or after in ".,;:!?)]—–-'’" or i + 1 == len(text):
        return "close"
    return "either"


def _double(text: str, paras: list[tuple[int, int]]) -> list[Marked]:
    out: list[Marked] = []
    carried: tuple[int, int] | None = None  # (open mark, paragraphs so far) still open
    prev_end = 0
    for p_start, p_end in paras:
        marks = [i for i in range(p_start, p_end) if text[i] in _DOUBLE]
        open_at: int | None = None
        count = 1
        if carried is not None:
            if marks and marks[0] == p_start and _role(text, p_start) != "close":
                open_at, count = carried[0], carried[1] + 1  # the quote goes on
                marks = marks[1:]
            else:  # the quote ended with its paragraph
                out.append(Marked(carried[0] + 1, prev_end, carried[0], None, False, carried[1]))
            carried = None
        for i in marks:
            role = _role(text, i)
            if open_at is None:
                if role != "close":
                    open_at = i
            elif role != "open" or text[i] == '"':
                out.append(Marked(open_at + 1, i, open_at, i, False, count))
                open_at, count = None, 1
            else:  # a second opening mark: the first one was never closed
                open_at = i
        if open_at is not None:
            carried = (open_at, count)
        prev_end = p_end
    if carried is not None:
        out.append(Marked(carried[0] + 1, prev_end, carried[0], None, False, carried[1]))
    return [m for m in out if m.end > m.start]


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
