"""Fatalities: how many people an attack killed, as the sentence says it.

"killed at least 12", "killing six civilians", "two people died", "12 were killed",
"left five dead", "a death toll of 40", "the toll rose to 40". Vague counts ("dozens") give
nothing. Numbers of the wounded are not fatalities.
"""

from __future__ import annotations

import re
from typing import Any

from dateline.nlp.events.lexicon import Lexicon

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_TOLL = re.compile(
    r"\b(?:death|casualty) toll\b[^.;:]{0,40}?\b(?:of|to|at|reached|hit|is|was|stands at|"
    r"stood at)\s+(?:at least |more than |over |nearly |almost |about |around |some )?"
    r"(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b", re.IGNORECASE)
_DEAD = frozenset({"dead", "killed"})


def number(text: str) -> int | None:
    """"12", "1,200", "twelve", "twenty-five", "a dozen" -> int; vague counts -> None."""
    t = text.lower().replace(",", "").strip()
    if t.isdigit():
        return int(t)
    if "-" in t:
        parts = t.split("-")
        if len(parts) == 2 and parts[0] in _WORDS and parts[1] in _WORDS:
            return _WORDS[parts[0]] + _WORDS[parts[1]]
        return None
    return _WORDS.get(t)


def _count(head: Any) -> int | None:
    """The number a noun phrase counts: "12 people", "at least 12", "two soldiers and three
    civilians" (summed)."""
    total: int | None = None
    for member in [head, *[c for c in head.children if c.dep_ == "conj"]]:
        n = _one(member)
        if n is not None:
            total = (total or 0) + n
    return total


def _one(tok: Any) -> int | None:
    if tok.like_num or tok.pos_ == "NUM":
        value = number(tok.text)
        scale = [c for c in tok.children if c.lower_ in _SCALE]
        if value is not None and scale:
            value *= _SCALE[scale[0].lower_]
        return value
    for c in tok.children:
        if c.dep_ == "nummod":
            return _one(c)
    return None


def _verb_count(verb: Any, lex: Lexicon) -> int | None:
    lemma = verb.lemma_.lower()
    if lemma in lex.classes["kill_verb"]:
        victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    elif lemma in lex.classes["die_verb"]:
        victims = [c for c in verb.children if c.dep_ == "nsubj"]
    elif lemma == "leave":
        if not any(c.lower_ in _DEAD for c in verb.children):
            return None
        victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    elif lemma == "shoot" and any(c.lower_ == "dead" for c in verb.children):
        victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        return None
    counts = [n for v in victims if (n := _count(v)) is not None]
    return sum(counts) if counts else None


def sentence_fatalities(toks: list[Any], text: str, lex: Lexicon) -> dict[int, int]:
    """Fatality counts in a sentence (its tokens and text) by the token index of the verb that
    states them (``-1`` for a "death toll" statement)."""
    out: dict[int, int] = {}
    for tok in toks:
        if tok.pos_ in ("VERB", "AUX"):
            n = _verb_count(tok, lex)
            if n is not None:
                out[tok.i] = n
    m = _TOLL.search(text)
    if m is not None:
        n = number(m.group(1))
        if n is not None:
            out[-1] = n
    return out
