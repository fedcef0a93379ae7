"""Quotation marks meet cues: direct, split, paragraph-spanning and mixed quotes.

- marks whose text is (most of) a cue's reported clause make that attribution *direct*, with
  the marked text as content;
- marks that are a small part of a reported clause are a *mixed* quote: the attribution stays
  indirect and covers them;
- marks right after a cue with no clause of its own ("he said: “...”"), or right before or
  after a cue ("“...,” the minister said", "“X,” he said. “Y.”") get that cue;
- marks that open a sentence with no cue of their own continue the speaker of the quote just
  before them (same or previous paragraph);
- other marks (scare quotes, titles, short phrases) are not quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from dateline.nlp.quotes.base import Attribution, Range, TokenChars
from dateline.nlp.quotes.marks import Marked

_GAP = re.compile(r"[\s,.;:—–\-]*")
_BEFORE = re.compile(r"[\s,;:—–\-]*")
_CLOSED = re.compile(r"[\"”’']\s*$")
_SENT_END = re.compile(r"(?:^|[.!?…\"”’':;)\]]|\n)\s*$")
_MIN_CARRIED_WORDS = 4
_MIN_UNCUED_WORDS = 4


def _overlap(a: Range, b: Range) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _gap_ok(text: str, start: int, end: int, pattern: re.Pattern[str], limit: int = 40) -> bool:
    return 0 <= end - start <= limit and pattern.fullmatch(text, start, end) is not None


def attach_marks(text: str, marks: list[Marked], atts: list[Attribution],
                 token_chars: TokenChars, paragraph_starts: list[int]) -> list[Attribution]:
    """The attributions after quotation marks have been matched with cues."""
    out: list[Attribution] = []
    used_marks: set[int] = set()
    waiting = [a for a in atts if a.content is None]
    placed = [a for a in atts if a.content is not None]
    absorbed: set[int] = set()  # ids of attributions replaced by direct copies
    for m in marks:
        span = (m.start, m.end)
        best: Attribution | None = None
        best_share = 0.0
        for a in placed:
            assert a.content is not None
            if a.cue is not None and m.start <= a.cue[0] < m.end:
                continue  # a cue inside the marks belongs to the quoted words
            ov = _overlap(span, a.content)
            if ov:
                share = ov / max(1, a.content[1] - a.content[0])
                if share > best_share:
                    best, best_share = a, share
        if best is not None and best.weak:
            # a weak cue never takes the quote from a statement cue next to the marks or around
            # them: "He called it “a scam,” Marsh said" is Marsh's (mixed) quote
            inner = len(text[m.start : m.end].rstrip(" ,.;:!?"))
            around = any(not a.weak and a.content is not None and a.content[0] <= m.start
                         and m.start + inner <= a.content[1] for a in placed)
            if around:
                used_marks.add(id(m))
                continue
            if _adjacent(text, m, [a for a in [*waiting, *placed] if not a.weak],
                         token_chars) is not None:
                best = None
        if best is not None:
            used_marks.add(id(m))
            if best_share >= 0.6:
                out.append(best.copy(content=span, kind="direct", marked=m,
                                     confidence=min(0.95, best.confidence + 0.05)))
                absorbed.add(id(best))
            continue
        cue = _adjacent(text, m, [*waiting, *placed], token_chars)
        if cue is not None:
            used_marks.add(id(m))
            out.append(cue.copy(content=span, kind="direct", marked=m))
            if cue.content is None:
                absorbed.add(id(cue))
    for a in placed:
        if id(a) not in absorbed:
            out.append(a)
    out.sort(key=lambda a: a.anchor)
    out = _carry(text, marks, used_marks, out, paragraph_starts)
    return sorted(out, key=lambda a: (a.content or (0, 0))[0])


def _adjacent(text: str, m: Marked, atts: list[Attribution],
              token_chars: TokenChars) -> Attribution | None:
    """A cue right after the closing mark or right before the opening mark."""
    after: Attribution | None = None
    before: Attribution | None = None
    for a in atts:
        sc = token_chars.speaker_chars(a)
        if sc is None:
            continue
        close = m.after
        if a.content is None and _gap_ok(text, close, sc[0], _GAP):
            after = after or a
        assert a.cue is not None
        end = max(sc[1], a.cue[1])
        split = a.kind == "direct" or _CLOSED.search(text, max(0, sc[0] - 4), sc[0]) is not None
        if "\n" not in text[end : m.open_at] and _gap_ok(
                text, end, m.open_at, _GAP if split else _BEFORE, limit=6):
            before = a
    if m.single and after is None and before is None:
        return None
    return after or before


def _starts_sentence(text: str, m: Marked) -> bool:
    line_start = text.rfind("\n", 0, m.open_at) + 1
    if not text[line_start : m.open_at].strip():
        return True
    return _SENT_END.search(text, max(line_start, m.open_at - 3), m.open_at) is not None


def _carry(text: str, marks: list[Marked], used: set[int], atts: list[Attribution],
           paragraph_starts: list[int]) -> list[Attribution]:
    """Cue-less marks that open a sentence continue the quote before them."""
    # an attribution inside another one's content (the stance in "May said the leaders want
    # Russia to act") is no one that a following quote continues
    outer = [a for a in atts if a.cue is None or not any(
        b is not a and b.content is not None and b.content[0] <= a.cue[0] < b.content[1]
        for b in atts)]
    anchors = [a.anchor for a in outer]
    atts_all, atts = atts, outer
    extra: list[Attribution] = []
    for m in marks:
        if id(m) in used or m.single or m.words(text) < _MIN_CARRIED_WORDS:
            continue
        if not _starts_sentence(text, m):
            continue
        k = bisect_right(anchors, m.open_at) - 1
        prev = atts[k] if k >= 0 else None
        if prev is None or prev.nested:
            continue
        quoted = next((a for a in reversed(atts[max(0, k - 3) : k + 1]) if a.kind == "direct"
                       and a.content is not None and a.content[1] <= m.open_at), None)
        if quoted is not None and quoted.source == prev.source:
            prev = quoted  # '"X," she said, referring to Y. "Z."': Z goes on the quote X
        para = bisect_right(paragraph_starts, m.open_at) - 1
        prev_para = bisect_right(paragraph_starts, prev.anchor) - 1
        if para - prev_para > 1:
            continue
        extra.append(prev.copy(content=(m.start, m.end), kind="direct", marked=m, cue=None,
                               cls="carried", confidence=0.6, antecedent=prev))
    return [*atts_all, *extra]
