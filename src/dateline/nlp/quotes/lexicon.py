"""The quote resources (``resources/quotes/``), loaded once per process.

- ``cues.csv``: cue words (verbs ``say``, ``tell``, ``point out``; nouns ``claim``; adjectives
  ``critical``) with their class and the complements they take;
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
    """A cue word of ``cues.csv`` (verbs, nouns and adjectives alike)."""

    lemma: str
    cls: str  # speech | evidence | belief | stance | intent
    frames: str  # c clause, o clause after an object, i to-infinitive, n noun object, p prep. object, q quote
    confidence: float
    preps: frozenset[str] = frozenset()  # prepositions of the p frame ("call for", "point to")
    pos: str = "V"  # V verb, N noun, A adjective


#: the classes whose attributions are *sources* (a statement someone made or a document holds)
SOURCE_CLASSES = frozenset({"speech", "evidence", "according", "carried"})


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    kind: str  # agency | outlet


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, CueVerb]  # lemma or "lemma particle" ("point out")
    cue_nouns: dict[str, CueVerb]  # "claim", "criticism"
    cue_adjectives: dict[str, CueVerb]  # "critical", "confident"
    phrasal: frozenset[str]  # verbs with a particle entry ("point" for "point out")
    nouns: dict[str, frozenset[str]]  # person, spokesperson, organization, document, outlet
    anonymous_modifiers: frozenset[str]
    unnamed_roles: frozenset[str]  # "the official" stays anonymous; "the president" does not
    anonymous_phrase: re.Pattern[str]  # inside the speaker phrase: "close to", "familiar with"
    anonymous_sentence: re.Pattern[str]  # anywhere in the sentence: "condition of anonymity"
    outlet_alias: re.Pattern[str]  # any alias, case-sensitive, whole words
    outlets: dict[str, Outlet]  # alias -> outlet
    not_sources: frozenset[str]  # "according to this thinking": no speaker, no attribution

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


_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
              "thought": "think", "felt": "feel", "found": "find", "knew": "know", "known": "know",
              "saw": "see", "seen": "see", "sought": "seek", "spoke": "speak", "spoken": "speak",
              "swore": "swear", "sworn": "swear", "understood": "understand", "hoped": "hope",
              "hoping": "hope", "hopes": "hope", "quipped": "quip", "replied": "reply",
              "went": "go", "gone": "go", "drew": "draw", "put": "put"}  # fmt: skip


def _lemmas(word: str) -> list[str]:
    """Candidate lemmas of an inflected English word ("slammed" -> slam, "denies" -> deny)."""
    w = word.lower()
    out = [_IRREGULAR[w]] if w in _IRREGULAR else []
    out.append(w)
    if w.endswith(("ies", "ied")):
        out.append(w[:-3] + "y")
    for suffix in ("es", "s", "ed", "d", "ing"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "slammed", "admitting"
    return out


def cue_class(cue: str | None) -> str:
    """The class of a quote's cue as written ("said" -> speech, "supports" -> stance,
    "according to" -> according; no cue: a quote carried on from the one before)."""
    if cue is None:
        return "carried"
    words = cue.split()
    if not words or words[0] == ":" or cue.strip() == ":":
        return "speech"
    first = words[0].lower()
    if first == "according":
        return "according"
    if len(words) > 2 and words[-2].lower() == "as":
        return "speech"  # "quoted X as saying"
    if first == "in":
        return "evidence"  # "In a CNN poll, ..."
    lex = lexicon()
    for word in words[:2]:
        for lemma in _lemmas(word.strip(",.:;")):
            for table in (lex.verbs, lex.cue_nouns, lex.cue_adjectives):
                found = table.get(lemma)
                if found is not None:
                    return found.cls
    return "speech"


def _read(name: str) -> str:
    return (resources.files(_PACKAGE) / "quotes" / name).read_text(encoding="utf-8")


def _csv_rows(name: str) -> list[dict[str, str]]:
    lines = [line for line in _read(name).splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


_CLASSES = {"speech", "evidence", "belief", "stance", "intent"}


def _cues() -> dict[str, dict[str, CueVerb]]:
    """``cues.csv`` by part of speech (V, N, A) and lemma."""
    out: dict[str, dict[str, CueVerb]] = {"V": {}, "N": {}, "A": {}}
    for row in _csv_rows("cues.csv"):
        pos = row.get("pos") or ""
        if not row.get("lemma") or row.get("class") not in _CLASSES or pos not in out or \
                not (row.get("confidence") or "").strip():
            raise ResourceError(f"quotes/cues.csv: malformed row {row}")
        preps = frozenset(p for p in (row.get("preps") or "").split("|") if p)
        out[pos][row["lemma"]] = CueVerb(row["lemma"], row["class"], row.get("frames") or "",
                                         float(row["confidence"]), preps, pos)
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
    cues = _cues()
    return Lexicon(
        verbs=cues["V"],
        cue_nouns=cues["N"],
        cue_adjectives=cues["A"],
        phrasal=frozenset(k.split()[0] for k in cues["V"] if " " in k),
        nouns=nouns,
        anonymous_modifiers=frozenset(anon["modifiers"]),
        unnamed_roles=frozenset(data["roles"]["unnamed"]),
        anonymous_phrase=_alternation(anon["phrase"]),
        anonymous_sentence=_alternation(anon["sentence"]),
        outlet_alias=alias_re,
        outlets=outlets,
        not_sources=frozenset(data["according"]["not_sources"]),
    )


def is_outlet_phrase(text: str) -> bool:
    """``text`` names a known outlet or ends in an outlet noun ("state media", "the newspaper")."""
    lex = lexicon()
    if lex.outlet_named(text):
        return True
    words = text.lower().split()
    return bool(words) and (words[-1] in lex.nouns["outlet"]
                            or " ".join(words[-2:]) in lex.nouns["outlet"])
