"""Eval gate: actor coverage on the first 10 AllSides conflict articles."""

from __future__ import annotations

import pytest

from dateline.evaluation import actors
from tests.conftest import SHARED, need_shared
from tests.evaluation.gate import check


@pytest.mark.slow
def test_actors_gate() -> None:
    need_shared("corpus", "articles", "allsides_conflict.jsonl")
    scores = actors.run(SHARED, limit=10)
    assert scores["articles"] == 10
    check("actors", scores)
