"""Text inside quotation marks, found on its own (the quote extractor may miss some quotes).

:func:`quoted_regions` pairs straight and curly double quotes within each paragraph; an opening
mark left unclosed at the end of a paragraph runs to the paragraph's end (multi-paragraph quotes
reopen at the next paragraph). :func:`is_scare_quote` tells a short quoted phrase with no speaker
(the outlet keeping its distance from a word) from a real quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_PARA = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_MARK = re.compile(r"[\"“”„«»]")
_OPEN = "“„«"
_CLOSE = "”»"
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|asked|wrote|writes|stated|declared|tweeted|noted|"
    r"according|insisted|warned|claimed|argued|explained|replied|quoted|(?<!so-)(?<!so )called|dubbed|"
    r"titled|entitled|named|known as|headlined|slogan|chanted|chanting)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quoted:
    """Characters ``[start, end)`` between a pair of marks (the marks are at start-1 and end)."""

    start: int
    end: int


class QuoteIndex:
    """Quoted regions of one text, looked up by offset in O(log n)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.regions = quoted_regions(text)
        self._starts = [r.start for r in self.regions]

    def region_at(self, start: int, end: int) -> Quoted | None:
        i = bisect_right(self._starts, start) - 1
        if i >= 0 and self.regions[i].start <= start and end <= self.regions[i].end:
            return self.regions[i]
        return None


def quoted_regions(text: str) -> list[Quoted]:
    out: list[Quoted] = []
    for para in _PARA.finditer(text):
        open_at: int | None = None
        for m in _MARK.finditer(text, para.start(), para.end()):
            ch = m.group(0)
            if open_at is None:
                if ch not in _CLOSE:
                    open_at = m.end()
            elif ch not in _OPEN or ch == '"':
                out.append(Quoted(open_at, m.start()))
                open_at = None
            else:  # a second opening curly mark: the first was never closed
                out.append(Quoted(open_at, m.start()))
                open_at = m.end()
        if open_at is not None and para.end() - open_at > 0:
            out.append(Quoted(open_at, para.end()))
    return out


def is_scare_quote(text: str, region: Quoted) -> bool:
    """A quoted phrase of one to three words, inside a sentence, with no speech cue around it."""
    inner = text[region.start : region.end]
    words = inner.split()
    if not 1 <= len(words) <= 3 or len(inner) > 40 or not inner.strip():
        return False
    if inner.rstrip()[-1] in ".,!?;:" or inner[0].isspace():
        return False
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return False  # a title or a name ("The Art of the Deal")
    before = text[max(0, region.start - 60) : region.start - 1]
    after = text[region.end + 1 : region.end + 40]
    if _SPEECH.search(before[-30:]) or _SPEECH.search(after[:25]):
        return False
    return not before.rstrip().endswith((":", "\n")) and bool(before.strip())
