"""Web fixtures: a DuckDB store with fictional analyses, the app over it, an in-process client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="needs the web extra: pip install 'dateline[web]'")

from fastapi.testclient import TestClient

from dateline.settings import Settings
from dateline.storage import open_store
from dateline.storage.base import SQLStore
from dateline.web.app import create_app
from tests.web.fixtures import bare, harbor, hostile


def fill(store: SQLStore) -> None:
    store.save(harbor())
    store.save(harbor("fx-harbor-2", outlet="Orlan Daily (fictional)", published="2026-02-10"))
    store.save(hostile())
    store.save(bare())
    store.save_failure("broken.html", "unparsable", "fictional failure")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLStore]:
    s = open_store(str(tmp_path / "web.duckdb"))
    fill(s)
    yield s
    s.close()


class FakePipeline:
    """Stands in for the NLP pipeline in job tests: every article analysed with no records."""

    def __init__(self) -> None:
        self.seen: list[Any] = []

    def run(self, items: Any) -> Iterator[Any]:
        from dateline.errors import InputError
        from dateline.model import Analysis
        from dateline.pipeline import Failure

        for item in items:
            self.seen.append(item)
            yield Failure.from_error(item) if isinstance(item, InputError) else Analysis(item)


@pytest.fixture
def fake_pipeline() -> FakePipeline:
    return FakePipeline()


SETTINGS = Settings(upload_max_bytes=200_000, max_bytes=100_000)


@pytest.fixture
def client(store: SQLStore, fake_pipeline: FakePipeline) -> Iterator[TestClient]:
    """A client over a fresh store (for tests that write)."""
    app = create_app(store, settings=SETTINGS, pipeline_factory=lambda: fake_pipeline)
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="session")
def ro_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A client over one store shared by the tests that only read."""
    s = open_store(str(tmp_path_factory.mktemp("web-ro") / "web.duckdb"))
    fill(s)
    app = create_app(s, settings=SETTINGS, pipeline_factory=FakePipeline)
    with TestClient(app) as c:
        yield c
    s.close()
