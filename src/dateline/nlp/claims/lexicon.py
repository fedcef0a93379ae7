"""The claim resources (``resources/claims/``), loaded once per process."""

from __future__ import annotations

import csv
import io
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from dateline.errors import ResourceError


@dataclass(frozen=True, slots=True)
class ClaimLexicon:
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    currency_symbols: dict[str, str]
    currency_nouns: frozenset[str]
    time_units: frozenset[str]
    months: frozenset[str]
    name_nouns: frozenset[str]
    age_after: tuple[str, ...]
    age_before: tuple[str, ...]
    street: frozenset[str]
    casualty_nouns: frozenset[str]
    event_words: frozenset[str]
    comparative_words: frozenset[str]
    measures: frozenset[str]  # "km", "miles": a unit of measure right after the number
    measure_prefixes: frozenset[str]  # "square", "cubic"
    hedges: dict[str, str]  # phrase -> kind (upper, lower, approximate, exact)
    hedge_before: re.Pattern[str]  # a hedge that ends right where a number starts


def _read(name: str) -> str:
    return (resources.files("dateline.resources") / "claims" / name).read_text(encoding="utf-8")


def _words(data: dict[str, Any], section: str, key: str) -> frozenset[str]:
    value = data.get(section, {}).get(key)
    if not isinstance(value, list):
        raise ResourceError(f"claims lexicon: [{section}] {key} must be a list")
    return frozenset(str(v).lower() for v in value)


@cache
def lexicon() -> ClaimLexicon:
    data = tomllib.loads(_read("lexicon.toml"))
    hedges: dict[str, str] = {}
    for n, row in enumerate(csv.DictReader(io.StringIO(_read("hedges.csv"))), 2):
        phrase, kind = (row.get("phrase") or "").strip().lower(), (row.get("kind") or "").strip()
        if not phrase or kind not in ("upper", "lower", "approximate", "exact"):
            raise ResourceError(f"claims hedges.csv line {n}: bad row {row!r}")
        hedges[phrase] = kind
    alternatives = "|".join(re.escape(h).replace(r"\ ", r"\s+")
                            for h in sorted(hedges, key=len, reverse=True))
    numbers = data.get("numbers", {})
    return ClaimLexicon(
        units={k: int(v) for k, v in numbers.get("units", {}).items()},
        tens={k: int(v) for k, v in numbers.get("tens", {}).items()},
        scales={k: int(v) for k, v in numbers.get("scales", {}).items()},
        currency_symbols=dict(data.get("currency", {}).get("symbols", {})),
        currency_nouns=_words(data, "currency", "nouns"),
        time_units=_words(data, "exclude", "time_units"),
        months=_words(data, "exclude", "months"),
        name_nouns=_words(data, "exclude", "name_nouns"),
        age_after=tuple(sorted(_words(data, "exclude", "age_after"))),
        age_before=tuple(sorted(_words(data, "exclude", "age_before"), key=len, reverse=True)),
        street=_words(data, "exclude", "street"),
        casualty_nouns=_words(data, "checkworthiness", "casualty_nouns"),
        event_words=_words(data, "checkworthiness", "event_words"),
        comparative_words=_words(data, "checkworthiness", "comparative_words"),
        measures=_words(data, "measures", "words"),
        measure_prefixes=_words(data, "measures", "prefixes"),
        hedges=hedges,
        hedge_before=re.compile(rf"(?<![\w-])(?:{alternatives})\s*$", re.IGNORECASE),
    )
