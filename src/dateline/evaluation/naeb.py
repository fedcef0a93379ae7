"""NAEB (AndyTheFactory/article-extraction-dataset, 150 pages with HTML): HTML body, title, date
and author extraction, see :mod:`.extraction`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dateline.evaluation.extraction import run_naeb


def run(shared: Path, *, limit: int | None) -> dict[str, Any]:
    return run_naeb(shared, limit=limit)
