"""TR-News (Kamalloo & Rafiei 2018): toponym resolution and detection, see :mod:`.geoparsing`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dateline.evaluation.geoparsing import run_named


def run(shared: Path, *, limit: int | None) -> dict[str, Any]:
    return run_named("trnews", shared, limit=limit)
