"""Evaluation on public gold sets (under ``../shared``). One command per set:
``dateline evaluate SET``. Each set's module has ``run(shared: Path, *, limit: int | None)``
returning a flat ``{metric: value}`` dict.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Any

from dateline.errors import ConfigError

#: set name -> module implementing ``run`` (one line per set)
SETS: dict[str, str] = {
    "plover": "dateline.evaluation.plover",
    "ipe": "dateline.evaluation.ipe",
    "case2021": "dateline.evaluation.case2021",
    "polnear": "dateline.evaluation.polnear",
    "geowebnews": "dateline.evaluation.geowebnews",
    "lgl": "dateline.evaluation.lgl",
    "trnews": "dateline.evaluation.trnews",
    "actors": "dateline.evaluation.actors",
    "ptc": "dateline.evaluation.ptc",
    "written": "dateline.evaluation.written",
    "scrapinghub": "dateline.evaluation.scrapinghub",
    "naeb": "dateline.evaluation.naeb",
    "ecbplus": "dateline.evaluation.ecbplus",
}


def default_shared() -> Path:
    return Path(os.environ.get("DATELINE_SHARED", "../shared"))


def run_set(name: str, *, shared: Path | None = None, limit: int | None = None) -> dict[str, Any]:
    if name not in SETS:
        raise ConfigError(f"unknown evaluation set {name!r}; known: {', '.join(sorted(SETS))}")
    shared = shared or default_shared()
    if not shared.is_dir():
        raise ConfigError(f"{shared} not found: point --shared (or DATELINE_SHARED) at the "
                          "shared corpus folder")
    module = importlib.import_module(SETS[name])
    result: dict[str, Any] = module.run(shared, limit=limit)
    return result
