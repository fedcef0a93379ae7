"""Eval gate: toponym resolution and detection on fixed subsets of LGL and GeoWebNews."""

from __future__ import annotations

import pytest

from dateline.evaluation.geoparsing import run_named
from tests.conftest import need_shared
from tests.evaluation.gate import check


@pytest.mark.parametrize(("name", "limit", "key"), [
    ("lgl", 30, "geoparsing_lgl30"),
    ("geowebnews", 12, "geoparsing_gwn12"),
])
def test_geoparsing_gate(name: str, limit: int, key: str) -> None:
    shared = need_shared("corpus", "eval", "geoparsing").parents[2]
    scores = run_named(name, shared, limit=limit)
    assert scores["articles"] == limit
    check(key, scores)


def test_registered_sets() -> None:
    from dateline.evaluation import SETS

    assert {"geowebnews", "lgl", "trnews"} <= set(SETS)
