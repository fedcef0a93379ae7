"""The quote resources (``resources/quotes/``), loaded once per process.

- ``cues.csv``: cue verbs (``say``, ``tell``, ``warn`` ...) with their class and the complements
  they take;
- ``speakers.toml``: nouns that describe a speaker without naming them, and what marks one
  anonymous;
- ``outlets.csv``: news outlets and wire agencies with their aliases (relays and wire credits).
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from dateline.errors import ResourceError

_PACKAGE = "dateline.resources"


@dataclass(frozen=True, slots=True)
class CueVerb:
    lemma: str
    cls: str  # speech | belief | evidence | intent
    frames: str  # c: reported clause, q: direct quote, i: to-infinitive, o: clause after an object
    confidence: float


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    kind: str  # agency | outlet


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, CueVerb]
    nouns: dict[str, frozenset[str]]  # person, spokesperson, organization, document, outlet
    anonymous_modifiers: frozenset[str]
    unnamed_roles: frozenset[str]  # "the official" stays anonymous; "the president" does not
    anonymous_phrase: re.Pattern[str]  # inside the speaker phrase: "close to", "familiar with"
    anonymous_sentence: re.Pattern[str]  # anywhere in the sentence: "condition of anonymity"
    outlet_alias: re.Pattern[str]  # any alias, case-sensitive, whole words
    outlets: dict[str, Outlet]  # alias -> outlet

    def outlet_named(self, text: str) -> Outlet | None:
        """The first known outlet named in ``text``."""
        m = self.outlet_alias.search(text)
        return self.outlets[m.group(0)] if m else None

    def outlet_exact(self, text: str) -> Outlet | None:
        """The outlet that ``text`` (a name or a credit code) is, ignoring a leading "the"."""
        key = text.strip()
        found = self.outlets.get(key) or self.outlets.get(re.sub(r"^[Tt]he\s+", "", key))
        if found is None:
            lowered = {k.lower(): v for k, v in self.outlets.items()}
            found = lowered.get(key.lower())
        return found


def _read(name: str) -> str:
    return (resources.files(_PACKAGE) / "quotes" / name).read_text(encoding="utf-8")


def _csv_rows(name: str) -> list[dict[str, str]]:
    lines = [line for line in _read(name).splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def _verbs() -> dict[str, CueVerb]:
    out: dict[str, CueVerb] = {}
    for row in _csv_rows("cues.csv"):
        if not row.get("lemma") or not row.get("class") or row.get("confidence") is None:
            raise ResourceError(f"quotes/cues.csv: malformed row {row}")
        out[row["lemma"]] = CueVerb(row["lemma"], row["class"], row["frames"],
                                    float(row["confidence"]))
    return out


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + r")", re.IGNORECASE)


@cache
def lexicon() -> Lexicon:
    """The quote lexicon (built once per process)."""
    data = tomllib.loads(_read("speakers.toml"))
    nouns = {k: frozenset(v) for k, v in data["nouns"].items()}
    anon = data["anonymity"]
    outlets: dict[str, Outlet] = {}
    for row in _csv_rows("outlets.csv"):
        outlet = Outlet(row["name"], row["kind"])
        for alias in (row["name"], *row["aliases"].split("|")):
            outlets.setdefault(alias.strip(), outlet)
    aliases = sorted(outlets, key=len, reverse=True)
    alias_re = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, aliases)) + r")(?![\w-])")
    return Lexicon(
        verbs=_verbs(),
        nouns=nouns,
        anonymous_modifiers=frozenset(anon["modifiers"]),
        unnamed_roles=frozenset(data["roles"]["unnamed"]),
        anonymous_phrase=_alternation(anon["phrase"]),
        anonymous_sentence=_alternation(anon["sentence"]),
        outlet_alias=alias_re,
        outlets=outlets,
    )


def is_outlet_phrase(text: str) -> bool:
    """``text`` names a known outlet or ends in an outlet noun ("state media", "the newspaper")."""
    lex = lexicon()
    if lex.outlet_named(text):
        return True
    words = text.lower().split()
    return bool(words) and (words[-1] in lex.nouns["outlet"]
                            or " ".join(words[-2:]) in lex.nouns["outlet"])
