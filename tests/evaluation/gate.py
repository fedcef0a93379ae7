"""The evaluation gate: scores must not drop below the floors in tests/eval_baseline.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

BASELINE = Path(__file__).resolve().parents[1] / "eval_baseline.json"


def floors(name: str) -> dict[str, float]:
    data: dict[str, dict[str, float]] = json.loads(BASELINE.read_text(encoding="utf-8"))
    return data[name]


def check(name: str, scores: dict[str, Any]) -> None:
    """Assert every floor of ``name`` is met by ``scores``."""
    low = {k: (scores.get(k), v) for k, v in floors(name).items()
           if not isinstance(scores.get(k), int | float) or scores[k] < v}
    assert not low, f"{name}: below the floor (score, floor): {low}"
