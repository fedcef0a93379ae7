"""The scrapinghub article-extraction benchmark (181 pages): HTML body extraction, see
:mod:`.extraction`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dateline.evaluation.extraction import run_scrapinghub


def run(shared: Path, *, limit: int | None) -> dict[str, Any]:
    return run_scrapinghub(shared, limit=limit)
