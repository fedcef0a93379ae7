"""Statements set off by a colon instead of a verb: headline style "Sanders: Endorsements
prove ..." and transcript turns ("TAPPER: Do you think ...? FALLIN: I think ...")."""

from __future__ import annotations

import re
from typing import Any

from dateline.nlp.quotes.base import Attribution, char_range
from dateline.nlp.quotes.syntax import tok_chars


def colon_cues(doc: Any) -> list[Attribution]:
    """Headline style "Sanders: Endorsements prove ...": a name, a colon, a statement."""
    out: list[Attribution] = []
    for sent in doc.sents:
        colon = next((t for t in sent[:6] if t.text == ":"), None)
        if colon is None or colon.i == sent.start or colon.i + 1 >= len(doc):
            continue
        name = doc[sent.start : colon.i]
        if not all(t.pos_ == "PROPN" or t.text in ".-'’" for t in name) or \
                not any(t.ent_type_ in ("PERSON", "ORG") for t in name):
            continue
        nxt = doc[colon.i + 1]
        end = nxt.sent.end  # spaCy often ends the sentence at the colon
        if "\n" in colon.whitespace_ or nxt.is_space or end - colon.i < 4:
            continue
        content = tok_chars(doc, colon.i + 1, end)
        if content is not None:
            out.append(Attribution(content=content, cue=char_range(colon), cue_i=colon.i,
                                   source=(sent.start, colon.i), cls="speech", confidence=0.6))
    return out


_TURN = re.compile(r"^[ \t]*([A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,3})[ \t]*:[ \t]+(?=\S)",
                   re.MULTILINE)
_NOT_SPEAKERS = {"UPDATE", "BREAKING", "WATCH", "VIDEO", "PHOTOS", "PHOTO", "READ", "RELATED",
                 "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "CLARIFICATION", "MORE",
                 "SEE", "LISTEN", "ALSO", "WARNING", "SOURCE", "SOURCES", "TOP STORIES", "FACT",
                 "CLAIM", "VERDICT", "ANALYSIS", "OPINION", "EXCLUSIVE", "TOP", "CLICK",
                 "SIGN", "SUBSCRIBE", "FOLLOW", "SHARE", "GALLERY", "MAP"}  # fmt: skip
_NEXT_TURN = re.compile(r"(?<=[.?!\"”])\s+[A-Z][A-Z.'’\-]{2,}(?: [A-Z][A-Z.'’\-]*){0,2}:\s")


def _labels(text: str) -> list[tuple[int, int, int, int]]:
    """``(label start, label end, colon end, paragraph end)`` of every transcript turn."""
    out: list[tuple[int, int, int, int]] = []
    for m in _TURN.finditer(text):
        label = m.group(1)
        if label.strip(" .") in _NOT_SPEAKERS or label.split()[0] in _NOT_SPEAKERS or len(label) < 3:
            continue
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        out.append((m.start(1), m.end(1), m.end(), end))
        for n in _NEXT_TURN.finditer(text, m.end(), end):  # "... true? STOLTENBERG: Yes, ..."
            colon = text.index(":", n.start())
            out.append((n.start() + len(n.group(0)) - len(n.group(0).lstrip()), colon,
                        n.end(), end))
    return sorted(out)


def transcript_turns(doc: Any, text: str) -> list[Attribution]:
    """Transcript turns: a paragraph opening with a name in capitals ("TAPPER:", "JAKE
    TAPPER:"), and the next names in capitals in the same paragraph."""
    out: list[Attribution] = []
    if ":" not in text:
        return out
    labels = _labels(text)
    for k, (start, stop, body_at, end) in enumerate(labels):
        if k + 1 < len(labels) and labels[k + 1][0] < end:
            end = labels[k + 1][0]
        who = doc.char_span(start, stop, alignment_mode="expand")
        colon = doc.char_span(stop, body_at, alignment_mode="expand")
        body = doc.char_span(body_at, end, alignment_mode="expand")
        if who is None or colon is None or body is None or len(body) < 2:
            continue
        content = tok_chars(doc, body.start, body.end)
        if content is not None:
            out.append(Attribution(content=content, cue=char_range(colon), cue_i=colon.start,
                                   source=(who.start, who.end), cls="speech", confidence=0.6,
                                   kind="direct"))
    return out
