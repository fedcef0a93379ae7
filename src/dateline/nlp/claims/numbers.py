"""Numbers in text: digits and words, with scale words, percentages and sums of money.

:func:`find_numbers` is pure Python over the text (one compiled regex). It keeps the hedge
*outside* the number (spaCy's CARDINAL entities swallow "more than" and "About"); the hedge is
found separately by :func:`hedge_before`. Numbers glued to letters, slashes or colons ("G20",
"F-16", "COVID-19", "9/11", "10:30") are never matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.nlp.claims.lexicon import ClaimLexicon, lexicon

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_VAGUE = re.compile(
    r"(?<![\w-])(?:(?:tens|hundreds) of thousands|(?:tens|hundreds) of millions|dozens|scores|"
    r"hundreds|thousands|millions|billions)(?= of\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Number:
    start: int
    end: int
    value: float | None
    kind: str  # count | percent | money | vague
    unit: str | None  # "percent", a currency, or None (from the noun, later)
    digits: bool  # written with digits (years, dates, names are digit forms)


@cache
def _pattern() -> re.Pattern[str]:
    lex = lexicon()
    words = sorted([*lex.units, *lex.tens], key=len, reverse=True)
    word = "|".join(words)
    tens = "|".join(lex.tens)
    wordnum = rf"(?:(?:{tens})[\s-](?:{'|'.join(w for w in lex.units if lex.units[w] < 10)})|{word})"
    scales = r"dozen|hundred|thousand|million|billion|trillion"
    symbols = "|".join(re.escape(s) for s in sorted(lex.currency_symbols, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w/:.,\-–$€£¥])(?P<cur>(?:{symbols})\s?)?"
        rf"(?P<num>(?P<dig>{_DIGITS})|(?P<word>{wordnum})|(?P<a>an?|half an?)(?=\s+(?:{scales})\b))"
        rf"(?P<scale>(?:\s*-?\s*(?:{scales})\b)+|(?<=\d)(?:bn|mn|m|k)\b)?"
        rf"(?P<pct>\s?%|\s+per\s?cent\b|\s+percentage points?\b)?"
        rf"(?![\w/:]|[.,]\d|-\d|\s?(?:st|nd|rd|th)\b)",
        re.IGNORECASE,
    )


def _word_value(text: str, lex: ClaimLexicon) -> float | None:
    total = 0
    for part in re.split(r"[\s-]+", text.lower()):
        if part in lex.units:
            total += lex.units[part]
        elif part in lex.tens:
            total += lex.tens[part]
        else:
            return None
    return float(total)


def _value(m: re.Match[str], lex: ClaimLexicon) -> float | None:
    if m.group("dig"):
        value = float(m.group("dig").replace(",", ""))
    elif m.group("word"):
        found = _word_value(m.group("word"), lex)
        if found is None:
            return None
        value = found
    else:
        value = 0.5 if m.group("a").lower().startswith("half") else 1.0
    for scale in re.findall(r"[a-z]+", (m.group("scale") or "").lower()):
        value *= lex.scales.get(scale, 1)
    return value


def find_numbers(text: str) -> list[Number]:
    """Every number expression in ``text``, in order (no hedges, no exclusions yet)."""
    lex = lexicon()
    out: list[Number] = []
    for m in _pattern().finditer(text):
        value = _value(m, lex)
        if m.group("pct"):
            kind, unit = "percent", "percent"
            if "point" in m.group("pct").lower():
                unit = "percentage points"
        elif m.group("cur"):
            kind, unit = "money", lex.currency_symbols[m.group("cur").strip()]
        else:
            kind, unit = "count", None
        out.append(Number(m.start(), m.end(), value, kind, unit, bool(m.group("dig"))))
    for m in _VAGUE.finditer(text):
        out.append(Number(m.start(), m.end(), None, "vague", None, False))
    out.sort(key=lambda n: n.start)
    return out


def hedge_before(text: str, start: int) -> tuple[int, str] | None:
    """``(offset, phrase)`` of a hedge ending right before ``start`` ("nearly 2,500")."""
    m = lexicon().hedge_before.search(text, max(0, start - 30), start)
    if m is None:
        return None
    return m.start(), re.sub(r"\s+", " ", m.group(0).strip().lower())
