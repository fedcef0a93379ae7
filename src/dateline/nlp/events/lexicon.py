"""The event lexicon: data files under ``resources/events`` loaded once per process.

- ``cameo_verbs.csv`` / ``cameo_verb_objects.csv``: derived from PETRARCH2's CAMEO verb
  dictionary through the CAMEO -> PLOVER crosswalk (``scripts/build_event_lexicon.py``);
- ``verbs_curated.csv``: the verbs dateline trusts (a CAMEO verb counts only when listed), with
  their sense constraint and strength;
- ``verb_objects_curated.csv``: verb + object senses that win over CAMEO's;
- ``nouns.csv``: nominal triggers; ``classes.csv``: word classes and mode/context cues;
- ``plover_types.csv``: the 16 PLOVER 2.0 types and their modes.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

NO_EVENT = "-"
#: type of a verb + object pair that is no event and whose object names none either ("broke
#: sanctions": no sanctioning; compare "ended the protest", where the protest happened)
VOID = "--"


@dataclass(frozen=True, slots=True)
class Entry:
    """What a trigger means: PLOVER type (or ``-`` for none), mode, contexts, strength."""

    type: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    sense: str = ""
    weight: float = 0.6
    light_only: bool = False
    source: str = "curated"


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, Entry]
    #: curated (verb lemma, object key) -> entry; object key is a lemma, "mod head", "@TYPE",
    #: "@PERSON" or "@" (any object)
    verb_objects: dict[tuple[str, str], Entry]
    #: CAMEO's (verb lemma, object lemma) -> entry, for the curated verbs only
    cameo_objects: dict[tuple[str, str], Entry]
    nouns: dict[str, Entry]
    classes: dict[str, frozenset[str]]
    modes: dict[str, str]
    contexts: dict[str, str]
    #: first words of phrasal verbs: "pull" -> {"out", "back"}
    particles: dict[str, frozenset[str]]
    #: PLOVER 2.0 type -> its modes (``plover_types.csv``)
    valid_modes: dict[str, frozenset[str]]
    #: head words of the nominal triggers (a cheap first test per token)
    noun_heads: frozenset[str]
    #: curated (verb lemma, object lemma) pairs of type ``--``
    void_objects: frozenset[tuple[str, str]] = frozenset()

    def is_(self, cls: str, word: str) -> bool:
        return word in self.classes.get(cls, frozenset())


def _rows(name: str) -> Iterator[dict[str, str]]:
    path = resources.files("dateline").joinpath("resources").joinpath("events").joinpath(name)
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    yield from csv.DictReader(lines)


def _entry(row: dict[str, str], *, source: str) -> Entry:
    ctx = tuple(c for c in (row.get("context") or "").split(";") if c)
    weight = float(row["weight"]) if row.get("weight") else 0.6
    return Entry(type=row["type"], mode=row.get("mode") or None, context=ctx,
                 sense=row.get("sense") or "", weight=weight,
                 light_only=bool(row.get("light_only")), source=source)


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon (built once per process)."""
    cameo = {r["lemma"]: _entry(r, source="cameo") for r in _rows("cameo_verbs.csv")}
    verbs: dict[str, Entry] = {}
    for r in _rows("verbs_curated.csv"):
        if r["type"] == "=":
            base = cameo[r["lemma"]]
            r = {**r, "type": base.type, "mode": base.mode or "", "context": ";".join(base.context)}
        verbs[r["lemma"]] = _entry(r, source="cameo" if r["lemma"] in cameo else "curated")
    cameo_pairs = {(r["lemma"], r["object"]): _entry(r, source="cameo")
                   for r in _rows("cameo_verb_objects.csv") if r["lemma"] in verbs}
    pairs: dict[tuple[str, str], Entry] = {}
    void: set[tuple[str, str]] = set()
    for r in _rows("verb_objects_curated.csv"):
        if r["type"] == VOID:
            void.add((r["lemma"], r["object"]))
            r = {**r, "type": NO_EVENT}
        pairs[(r["lemma"], r["object"])] = _entry(r, source="curated")
    nouns = {r["lemma"]: _entry(r, source="curated") for r in _rows("nouns.csv")}
    classes: dict[str, set[str]] = {}
    modes: dict[str, str] = {}
    contexts: dict[str, str] = {}
    for r in _rows("classes.csv"):
        if r["class"] == "mode":
            modes[r["word"]] = r["value"]
        elif r["class"] == "context":
            contexts[r["word"]] = r["value"]
        else:
            classes.setdefault(r["class"], set()).add(r["word"])
    particles: dict[str, set[str]] = {}
    for lemma in verbs:
        if " " in lemma:
            head, rest = lemma.split(" ", 1)
            particles.setdefault(head, set()).add(rest)
    valid = {r["type"]: frozenset(m for m in r["modes"].split(";") if m)
             for r in _rows("plover_types.csv")}
    return Lexicon(
        verbs=verbs, verb_objects=pairs, cameo_objects=cameo_pairs, nouns=nouns,
        classes={k: frozenset(v) for k, v in classes.items()}, modes=modes, contexts=contexts,
        particles={k: frozenset(v) for k, v in particles.items()}, valid_modes=valid,
        noun_heads=frozenset(k.split()[-1] for k in nouns) | frozenset(k.split()[0] for k in nouns),
        void_objects=frozenset(void),
    )
