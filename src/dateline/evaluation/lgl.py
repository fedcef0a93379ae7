"""LGL (Lieberman et al. 2010, local US news): toponym resolution and detection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dateline.evaluation.geoparsing import run_named


def run(shared: Path, *, limit: int | None) -> dict[str, Any]:
    return run_named("lgl", shared, limit=limit)
