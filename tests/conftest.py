"""Shared fixtures. Tests that need ../shared (real articles, gold sets) skip with a reason when
it is absent; everything else runs on the project's own fictional fixtures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLDEN = SHARED / "examples" / "rhc-iraq-resistance.jsonl"
FIXTURES = Path(__file__).parent / "fixtures"


def need_shared(*parts: str) -> Path:
    """The path under ../shared, or skip the test with a clear reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)} (the shared corpus is not checked out)")
    return path


@pytest.fixture(scope="session")
def pipeline() -> Any:
    from dateline.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline: Any) -> Any:
    return pipeline.nlp


@pytest.fixture(scope="session")
def golden_record(pipeline: Any) -> dict[str, Any]:
    """The golden example's analysis record (contract JSON)."""
    from dateline.ingest import read_inputs
    from dateline.serialize import to_dict

    path = need_shared("examples", "rhc-iraq-resistance.jsonl")
    (analysis,) = list(pipeline.run(read_inputs([path], max_bytes=10_000_000)))
    return to_dict(analysis)


@pytest.fixture
def analyze(pipeline: Any) -> Any:
    """analyze(text, **metadata) -> Analysis, for hand-written fictional snippets."""
    from dateline.ingest import make_article

    def run(text: str, **meta: Any) -> Any:
        return pipeline.analyze(make_article(text, source="<test>", **meta))

    return run


def jsonl_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
