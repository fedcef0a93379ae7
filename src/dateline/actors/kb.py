"""The actor knowledge base: name index, agent nouns, countries; loaded once per process.

Sources, highest priority first (a name claimed by a higher source is not taken by a lower
one; an actor id given by a higher source replaces the lower one's actor):

1. the user's file (setting ``kb_path``, TOML, documented in docs/actors.md);
2. ``resources/actors/curated.toml`` (dateline's curation);
3. ``resources/actors/countries.tsv`` (names, demonyms, government metonyms);
4. ``resources/actors/petrarch_actors.tsv`` and ``agents.tsv`` (PETRARCH2, MIT).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from dateline.actors.loader import (
    Country,
    Source,
    read_agents,
    read_countries,
    read_petrarch,
    read_toml,
)  # fmt: skip
from dateline.actors.model import Actor, Hit, Role

_DASHES = re.compile(r"[\s\-‐‑‒–—]+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
#: sector -> words used in the canonical name of a country+sector composite ("Iraq military")
SECTOR_LABELS: dict[str, str] = {
    "GOV": "government", "MIL": "military", "LEG": "legislature", "COP": "police",
    "JUD": "judiciary", "REB": "armed groups", "SPY": "intelligence", "JRN": "media",
    "PTY": "political parties", "CVL": "civilians", "OPP": "opposition", "BUS": "business",
    "EDU": "education", "MED": "health sector", "REF": "refugees", "REL": "religious bodies",
    "LAB": "labour", "AGR": "agriculture", "CRM": "criminals", "UAF": "unidentified gunmen",
    "PRM": "paramilitaries", "ELI": "elites", "SOC": "civil society", "UNK": "unknown actors",
    "PRE": "breakaway authorities",
}  # fmt: skip


def normalise(text: str) -> str:
    """The matching key of a name: lower case, one kind of apostrophe, hyphens as spaces."""
    return _DASHES.sub(" ", text.translate(_QUOTES).lower()).strip()


@lru_cache(maxsize=200_000)
def _norm_token(text: str) -> str:
    return normalise(text)


def _exact_key(text: str) -> str:
    return _DASHES.sub(" ", text.translate(_QUOTES)).strip()


def plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def demonym_plurals(demonym: str) -> list[str]:
    """``Iraqi`` -> ``Iraqi``, ``Iraqis``; ``British``, ``Chinese``, ``Swiss`` have no plural."""
    if demonym.endswith(("sh", "ch", "ese", "ss")):
        return [demonym]
    return [demonym, demonym + "s"]


class KnowledgeBase:
    """Names -> :class:`Hit` readings; agent nouns -> sectors; countries by ISO3."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.countries: dict[str, Country] = {}
        self.agents: dict[str, str] = {}
        # key -> (priority, [(hit, exact form or None)])
        self._names: dict[str, tuple[int, list[tuple[Hit, str | None]]]] = {}
        self._first: dict[str, int] = {}  # first word of a key -> most words of a key

    # ------------------------------------------------------------------ building
    def add_source(self, source: Source, *, priority: int) -> None:
        for actor in source.actors:
            if actor.kb_id in self.actors:
                continue  # a higher source already defines this id
            self.actors[actor.kb_id] = actor
            for alias in actor.aliases:
                self._index(alias, Hit(actor), priority)
        for c in source.countries:
            if f"country:{c.iso3}" in self.actors:
                continue
            self.countries.setdefault(c.iso3, c)
            actor = Actor(f"country:{c.iso3}", c.name, "country", (Role(c.iso3, None),),
                          (c.name, *c.aliases), "countries")
            gov = Actor(f"{c.iso3}.GOV", f"{c.name} {SECTOR_LABELS['GOV']}", "organization",
                        (Role(c.iso3, "GOV"),), c.metonyms, "countries")
            self.actors[actor.kb_id] = actor
            self.actors.setdefault(gov.kb_id, gov)
            for alias in actor.aliases:
                self._index(alias, Hit(actor), priority)
            for demonym in c.demonyms:
                for form in demonym_plurals(demonym):
                    self._index(form, Hit(actor, "demonym"), priority)
            for metonym in c.metonyms:
                self._index(metonym, Hit(self.actors[gov.kb_id], "metonym"), priority)
        for noun, sector in source.agents.items():
            if noun not in self.agents:
                self.agents[noun] = sector
                head, _, last = noun.rpartition(" ")
                self.agents.setdefault((head + " " if head else "") + plural(last), sector)

    def _index(self, alias: str, hit: Hit, priority: int) -> None:
        exact = None
        if alias.startswith("="):
            alias = alias[1:]
            exact = _exact_key(alias)
        elif re.fullmatch(r"[A-Z][A-Z.]{0,3}", alias) and len(alias.replace(".", "")) <= 3:
            exact = _exact_key(alias)  # short acronyms: "US" must not match "us"
        key = normalise(alias)
        if key.startswith("the ") and key.count(" ") >= 1:
            key = key[4:]  # "the White House": the article is matched as a word of its own
            exact = exact[4:] if exact is not None and exact[:4].lower() == "the " else exact
        if not key:
            return
        have = self._names.get(key)
        if have is not None and have[0] < priority:
            return  # claimed by a higher-priority source
        if have is None or have[0] > priority:
            have = (priority, [])
            self._names[key] = have
        if all(h.actor.kb_id != hit.actor.kb_id or h.via != hit.via for h, _ in have[1]):
            have[1].append((hit, exact))
        words = key.split(" ")
        self._first[words[0]] = max(self._first.get(words[0], 0), len(words))

    # ------------------------------------------------------------------ queries
    def lookup(self, text: str, *, lowercase_ok: bool = True) -> list[Hit]:
        """The readings of the name ``text`` (case rules applied: exact aliases must match
        case; a single-word name must be capitalised unless ``lowercase_ok``)."""
        key = normalise(text)
        if key.startswith("the ") and key not in self._names:
            key, text = key[4:], text[4:]
        entry = self._names.get(key)
        return [] if entry is None else self._admit(entry[1], text, lowercase_ok)

    def _admit(self, entries: list[tuple[Hit, str | None]], text: str,
               lowercase_ok: bool) -> list[Hit]:
        """The readings whose case rules ``text`` meets. A one-word name in lower case is
        only read in a lower-case article, and then only a curated name of 3+ letters that is
        not also an agent noun ("congress", "let" stay words)."""
        exact = _exact_key(text)
        lowered = " " not in exact and not exact[:1].isupper()
        out: list[Hit] = []
        for hit, form in entries:
            if form is not None and form != exact:
                continue
            if form is None and lowered and not (
                    lowercase_ok and hit.actor.source != "petrarch2" and len(exact) >= 3
                    and normalise(exact) not in self.agents):
                continue
            out.append(hit)
        return out

    def max_words(self, first_word: str) -> int:
        """How many words the longest name starting with ``first_word`` has (0: none)."""
        return self._first.get(first_word, 0)

    def find(self, tokens: Sequence[tuple[int, int]], text: str, *,
             lowercase_ok: bool = False) -> list[tuple[int, int, list[Hit]]]:
        """Longest KB names over token offsets ``(start, end)`` of ``text``, left to right.

        Returns ``(first_token, end_token, hits)`` with ``end_token`` exclusive; names never
        overlap. Cost: one cached normalisation and one dict probe per token, plus a few
        probes per token that can start a name; no loop over the knowledge base.
        """
        out: list[tuple[int, int, list[Hit]]] = []
        norms = [_norm_token(text[s:e]) for s, e in tokens]
        n, i = len(tokens), 0
        while i < n:
            first = norms[i].split(" ", 1)[0]
            limit = self._first.get(first, 0) if first else 0
            best: tuple[int, list[Hit]] | None = None
            key, j, pending = norms[i], i + 1, False
            while limit:
                if key.count(" ") >= limit:
                    break
                entry = self._names.get(key)
                if entry is not None:
                    hits = self._admit(entry[1], text[tokens[i][0] : tokens[j - 1][1]],
                                       lowercase_ok)
                    if hits:
                        best = (j, hits)
                if j >= n or j - i >= 3 * limit or "\n" in text[tokens[j - 1][1] : tokens[j][0]]:
                    break
                word = norms[j]
                if not word:
                    if not text[tokens[j][0] : tokens[j][1]].strip():
                        break  # a whitespace token
                    pending = True  # a dash: a word boundary
                else:
                    gap = pending or tokens[j][0] > tokens[j - 1][1]
                    key = key + (" " if gap else "") + word
                    pending = False
                j += 1
            if best is not None:
                out.append((i, best[0], best[1]))
                i = best[0]
            else:
                i += 1
        return out

    def agent_sector(self, noun: str) -> str | None:
        """PLOVER sector of an agent noun; ``""`` for a generic head; ``None`` if unknown."""
        return self.agents.get(normalise(noun))

    def country_name(self, iso3: str) -> str:
        c = self.countries.get(iso3)
        return c.name if c else iso3

    def composite(self, country: str | None, sector: str | None) -> tuple[str | None, str | None]:
        """Canonical name and kb id of a country + sector institution ("USA.MIL")."""
        if country is None:
            return None, None
        if sector is None:
            return self.country_name(country), f"country:{country}"
        label = SECTOR_LABELS.get(sector, sector)
        return f"{self.country_name(country)} {label}", f"{country}.{sector}"


RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "actors"


def _bundled(name: str) -> Path:
    return RESOURCES / name


def load_kb(path: str | Path | None = None) -> KnowledgeBase:
    """The bundled knowledge base, with the user's TOML file ``path`` merged over it."""
    kb = KnowledgeBase()
    if path is not None:
        kb.add_source(read_toml(Path(path), source="user"), priority=0)
    kb.add_source(read_toml(_bundled("curated.toml"), source="dl"), priority=1)
    kb.add_source(read_countries(_bundled("countries.tsv")), priority=2)
    kb.add_source(read_petrarch(_bundled("petrarch_actors.tsv")), priority=3)
    kb.add_source(read_agents(_bundled("agents.tsv")), priority=3)
    return kb


_lock = threading.Lock()
_cache: dict[str, KnowledgeBase] = {}


def default_kb(path: str | Path | None = None) -> KnowledgeBase:
    """:func:`load_kb` cached per process (and per user file)."""
    key = str(path) if path is not None else ""
    with _lock:
        if key not in _cache:
            _cache[key] = load_kb(path)
        return _cache[key]
