"""The Ray runner on a local Ray instance (a real Ray, two fictional articles and a bad one)."""

from __future__ import annotations

import pytest

from dateline.errors import EmptyInputError
from dateline.ingest import make_article
from dateline.model import Analysis
from dateline.pipeline import Failure
from dateline.settings import Settings

ray = pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'dateline[scale]'")


@pytest.mark.slow
def test_ray_keeps_order_and_failures() -> None:
    from dateline.scale import run_ray, shutdown

    texts = ["ROME (Demo Wire) - The fictional harbour council agreed on Monday to reopen the "
             "terminal, its chair Ada Ferri said.",
             "LIMA (Demo Wire) - The fictional miners' union said on Friday it would strike."]
    items = [make_article(texts[0], id="r1"), EmptyInputError("empty", source="e.txt"),
             make_article(texts[1], id="r2")]
    try:
        out = list(run_ray(items, Settings(n_process=1), address="local"))
    finally:
        shutdown()
    assert [type(o) for o in out] == [Analysis, Failure, Analysis]
    assert isinstance(out[0], Analysis) and out[0].article.id == "r1"
    assert isinstance(out[2], Analysis) and out[2].article.dateline is not None
    assert isinstance(out[1], Failure) and out[1].source == "e.txt"
