"""Numeric claims: a number with its unit, hedge, subject and time scope, in the outlet's own
voice or attributed to a quote, with a check-worthiness score. Evidence only, never a verdict.

Numbers come from the text (:mod:`.numbers`: digits, words, scales, percent, money), hedges from
``resources/claims/hedges.csv`` (kept outside spaCy's CARDINAL span), and the unit and subject
from the noun the number counts in the parse (:mod:`.context`). Years, dates, times, ages,
durations, ordinals, phone numbers, addresses and numbers inside names are left out.

``value`` is the number itself: 2,500 -> 2500; "1.5 million" -> 1500000; "40 percent" -> 40 with
unit "percent"; "$3 billion" -> 3000000000 with unit "dollars"; "thousands of" -> null.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from dateline.ids import record_id
from dateline.model import Claim
from dateline.nlp.claims.context import checkworthiness, excluded, time_scope, unit_and_subject
from dateline.nlp.claims.numbers import Number, find_numbers, hedge_before
from dateline.nlp.context import DocContext
from dateline.nlp.prepare import parse_text

NAME = "dateline.claims.v1"

__all__ = ["NAME", "extract"]


def extract(ctx: DocContext) -> list[Claim]:
    """Numeric claims of the article, in text order."""
    doc = ctx.doc
    text = parse_text(ctx.article)  # excluded regions blanked, offsets kept
    starts = [t.idx for t in doc] if len(doc) else []
    out: list[Claim] = []
    last_unit: tuple[int, str, str | None] | None = None  # (sentence start, unit, subject)
    for num in find_numbers(text):
        tok = _token_at(doc, starts, _last_char(text, num))
        if excluded(text, num, tok) is not None:
            continue
        noun, unit, subject = (None, num.unit, None) if tok is None else unit_and_subject(tok, num)
        sent = tok.sent if tok is not None else None
        sent_start = sent.start_char if sent is not None else num.start
        sent_end = sent.end_char if sent is not None else num.end
        if unit is None and last_unit and last_unit[0] == sent_start and num.kind == "count":
            unit = last_unit[1]  # "2,500 troops in Iraq and 900 in Syria": elided unit
        if unit and num.kind == "count" and noun is not None:
            last_unit = (sent_start, unit, subject)
        hedge = hedge_before(text, num.start)
        if unit is None and hedge is None and num.kind == "count" and (num.value or 0) < 10:
            continue  # a bare small number ("1 Boston", list numbering): no claim to check
        start = hedge[0] if hedge else num.start
        end = num.end
        if noun is not None and noun.idx > num.end and noun.idx - num.end < 60:
            end = noun.idx + len(noun.text)
        quote = ctx.quote_at(start, end)
        sentence = text[sent_start:sent_end]
        out.append(Claim(
            id=record_id("c", ctx.article.id, start, end),
            span=ctx.span(start, end), value=_number(num.value), unit=unit,
            qualifier=hedge[1] if hedge else None, subject=subject,
            attributed_to=quote.id if quote else None,
            checkworthiness=checkworthiness(num=num, unit=unit, hedge=hedge[1] if hedge else None,
                                            attributed=quote is not None, sentence=sentence),
            time_scope=time_scope(text, sent_start, sent_end, num),
            confidence=0.8 if noun is not None or num.kind != "count" else 0.55,
            extractor=NAME,
        ))
    return out


def _number(value: float | None) -> float | None:
    if value is None:
        return None
    return int(value) if value.is_integer() else value


def _last_char(text: str, num: Number) -> int:
    """Offset of the number's last word (the token that carries its syntax)."""
    end = num.end
    while end > num.start and not text[end - 1].isalnum():
        end -= 1
    i = end - 1
    while i > num.start and not text[i - 1].isspace():
        i -= 1
    return i


def _token_at(doc: Any, starts: list[int], offset: int) -> Any | None:
    i = bisect_right(starts, offset) - 1
    if i < 0:
        return None
    tok = doc[i]
    return tok if tok.idx <= offset < tok.idx + len(tok.text) else None
