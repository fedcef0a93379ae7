"""The framing lexicon (``resources/framing/lexicon.csv``), loaded once per process.

Each row is ``term,category,pos,confidence,exact``. A term is one word or a phrase; a space or
hyphen inside a term matches a space or a hyphen in the text ("so-called" = "so called", "witch
hunt" = "witch-hunt"), unless ``exact`` is 1: then a hyphen matches only a hyphen ("would-be" is
not "would be"). ``pos`` (optional) restricts a one-word term to a spaCy coarse tag.
:func:`find_terms` scans a text once, word by word, and returns the longest term starting at
each word: no regex alternation over the whole lexicon, no per-token fuzzy matching.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from dateline.errors import ResourceError

CATEGORIES = ("labeling", "loaded_language", "intensifier", "exaggeration", "doubt",
              "distancing", "self_description")  # fmt: skip
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_JOINER = re.compile(r"[\s\-‐‑–]{1,3}")
_HYPHEN = re.compile(r"[\-‐‑]")


@dataclass(frozen=True, slots=True)
class Term:
    term: str
    category: str
    pos: str  # "" = any
    confidence: float
    exact: bool = False  # a hyphen in the term matches only a hyphen


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon term found at ``[start, end)`` of the text."""

    start: int
    end: int
    entry: Term


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: dict[str, Term]  # one-word terms, lower case
    phrases: dict[str, list[tuple[tuple[str, ...], Term]]]  # first word -> (rest, term), longest first


def _parse(text: str) -> Lexicon:
    words: dict[str, Term] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], Term]]] = {}
    for n, row in enumerate(csv.DictReader(io.StringIO(text)), 2):
        term = (row.get("term") or "").strip().lower()
        category = (row.get("category") or "").strip()
        if not term or category not in CATEGORIES:
            raise ResourceError(f"framing lexicon line {n}: bad term or category {row!r}")
        try:
            confidence = float(row.get("confidence") or 0.5)
        except ValueError as exc:
            raise ResourceError(f"framing lexicon line {n}: bad confidence") from exc
        entry = Term(term, category, (row.get("pos") or "").strip(), confidence,
                     (row.get("exact") or "").strip() == "1")
        parts = tuple(p for p in re.split(r"[\s\-]+", term) if p)
        if len(parts) == 1:
            words.setdefault(parts[0], entry)
        else:
            phrases.setdefault(parts[0], []).append((parts[1:], entry))
    for options in phrases.values():
        options.sort(key=lambda o: -len(o[0]))
    return Lexicon(words, phrases)


@cache
def lexicon() -> Lexicon:
    data = resources.files("dateline.resources") / "framing" / "lexicon.csv"
    return _parse(data.read_text(encoding="utf-8"))


def _singular(word: str) -> str | None:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if (word.endswith("es") and word[-3:-2] in "sxz") or word.endswith(("ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return None


def find_terms(text: str, lex: Lexicon | None = None, *,
               lemma: Callable[[int, int], str | None] | None = None) -> list[Hit]:
    """Every lexicon term in ``text``, longest match first, not overlapping one another.

    A word not in the lexicon is looked up again as a plural noun's singular and, when ``lemma``
    is given, as its lemma in the parse (``lemma(start, end)``: "slaughtering" -> "slaughter").
    """
    lex = lex or lexicon()
    tokens = [_word(m) for m in _WORD.finditer(text)]
    hits: list[Hit] = []
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        found: Hit | None = None
        for rest, entry in lex.phrases.get(word, ()):
            j = i + len(rest)
            if j < len(tokens) and _joined(text, tokens, i, j, entry.exact) and all(
                tokens[i + k + 1][2] == w or _singular(tokens[i + k + 1][2]) == w
                for k, w in enumerate(rest)
            ):
                found = Hit(start, tokens[j][1], entry)
                i = j
                break
        if found is None:
            entry_ = lex.words.get(word)
            if entry_ is None and (base := _singular(word)):
                entry_ = lex.words.get(base)
            if entry_ is None and lemma is not None and (base := lemma(start, end)):
                entry_ = lex.words.get(base.lower())
            if entry_ is not None:
                found = Hit(start, end, entry_)
        if found is not None:
            hits.append(found)
        i += 1
    return hits


def _word(m: re.Match[str]) -> tuple[int, int, str]:
    """``(start, end, lower-case word)``, a possessive "'s" left off."""
    word = m.group(0).lower().replace("’", "'")
    if word.endswith("'s"):
        return m.start(), m.end() - 2, word[:-2]
    return m.start(), m.end(), word


def _joined(text: str, tokens: list[tuple[int, int, str]], i: int, j: int, exact: bool) -> bool:
    """Tokens ``i..j`` are separated only by spaces or hyphens (one phrase); only by hyphens when
    ``exact``."""
    joiner = _HYPHEN if exact else _JOINER
    return all(joiner.fullmatch(text, tokens[k][1], tokens[k + 1][0])
               for k in range(i, j))


@dataclass(frozen=True, slots=True)
class Pattern:
    category: str
    regex: re.Pattern[str]
    confidence: float
    note: str


@cache
def patterns() -> tuple[Pattern, ...]:
    """The context patterns of ``resources/framing/patterns.toml``, compiled once."""
    import tomllib

    data = resources.files("dateline.resources") / "framing" / "patterns.toml"
    out: list[Pattern] = []
    for n, row in enumerate(tomllib.loads(data.read_text(encoding="utf-8")).get("pattern", [])):
        if row.get("category") not in (*CATEGORIES, "neutral") or not isinstance(row.get("regex"), str):
            raise ResourceError(f"framing pattern {n}: bad category or regex")
        flags = 0 if row.get("case") else re.IGNORECASE
        try:
            regex = re.compile(row["regex"], flags)
        except re.error as exc:
            raise ResourceError(f"framing pattern {n}: {exc}") from exc
        out.append(Pattern(row["category"], regex, float(row.get("confidence", 0.5)),
                           str(row.get("note", ""))))
    return tuple(out)


def find_patterns(text: str) -> list[Hit]:
    """Every context pattern's match in ``text`` (the group ``span``, or the whole match)."""
    hits: list[Hit] = []
    for pattern in patterns():
        entry = Term(pattern.note, pattern.category, "", pattern.confidence)
        for m in pattern.regex.finditer(text):
            group = "span" if "span" in pattern.regex.groupindex else 0
            if m.end(group) > m.start(group):
                term = Term(m.group(group).lower(), entry.category, "", entry.confidence)
                hits.append(Hit(m.start(group), m.end(group), term))
    return hits
