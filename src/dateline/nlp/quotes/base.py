"""The working record of the quote extractor: one attribution (cue, source, content) as found
in the parse, before its speaker is resolved and it becomes a :class:`dateline.model.Quote`."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from dateline.nlp.quotes.marks import Marked

Range = tuple[int, int]


@dataclass(slots=True)
class Attribution:
    """``content``/``cue`` are character ranges; ``source``/``relay`` are token ranges."""

    content: Range | None  # None: a cue still waiting for its quotation marks
    cue: Range | None
    cue_i: int | None  # token index of the cue head (verb, "according")
    source: Range | None  # the speaker as written next to the cue ("he", "the source", "who")
    cls: str  # speech | belief | evidence | intent | according | carried
    confidence: float
    kind: str = "indirect"  # direct | indirect
    relays: list[Range] = field(default_factory=list)  # "X quoted ...", "according to X, which cited"
    recipients: list[Range] = field(default_factory=list)  # "told X", "in an interview with X"
    marked: Marked | None = None
    nested: bool = False  # the cue sits inside someone's direct quote
    weak: bool = False  # an object-frame, passive, noun or non-speech cue ("called X", "backs X")
    speaker: Any = None  # the resolved dateline.model.Speaker
    via: tuple[str, ...] = ()
    outlet: bool = False  # the resolved speaker is a news outlet
    antecedent: Attribution | None = None  # the attribution whose speaker this one's refers to

    def copy(self, **changes: Any) -> Attribution:
        return replace(self, **changes)

    @property
    def anchor(self) -> int:
        """Where the attribution sits in reading order."""
        if self.cue is not None:
            return self.cue[0]
        return self.content[0] if self.content else 0


def char_range(tokens: Any) -> Range:
    """Characters of a spaCy span (or a single token)."""
    if hasattr(tokens, "start_char"):
        return tokens.start_char, tokens.end_char
    return tokens.idx, tokens.idx + len(tokens.text)


def subtree_range(token: Any) -> Range:
    """Token range ``[start, end)`` of ``token``'s subtree."""
    return token.left_edge.i, token.right_edge.i + 1


class TokenChars:
    """``[start, end)`` characters of token ``i`` of a Doc, read on demand, and the
    characters from an attribution's speaker to its cue (cached)."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self._speakers: dict[int, Range | None] = {}

    def __getitem__(self, i: int) -> Range:
        tok = self.doc[i]
        return tok.idx, tok.idx + len(tok.text)

    def speaker_chars(self, att: Attribution) -> Range | None:
        """Characters covering ``att``'s speaker phrase and cue."""
        key = id(att)
        if key not in self._speakers:
            span: Range | None = None
            if att.cue is not None:
                start, end = att.cue
                if att.source is not None:
                    start = min(start, self[att.source[0]][0])
                    end = max(end, self[att.source[1] - 1][1])
                span = (start, end)
            self._speakers[key] = span
        return self._speakers[key]
