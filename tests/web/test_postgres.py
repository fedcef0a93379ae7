"""The API over a PostgreSQL store (DATELINE_TEST_PG=postgresql://...; .ci/run starts one):
the same filters, summaries and injection attempts as on DuckDB."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from dateline.web.app import create_app
from tests.web.conftest import SETTINGS, FakePipeline, fill
from tests.web.test_injection import LISTS, PAYLOADS

DSN = os.environ.get("DATELINE_TEST_PG")
pytestmark = pytest.mark.skipif(not DSN, reason="set DATELINE_TEST_PG to a PostgreSQL URL "
                                "(.ci/run starts a server and sets it)")


@pytest.fixture(scope="module")
def pg_client() -> Iterator[TestClient]:
    import psycopg

    from dateline.storage.postgres import PostgresStore

    assert DSN is not None
    schema = f"w_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(DSN, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in DSN else "?"
    store = PostgresStore(f"{DSN}{sep}options=-csearch_path%3D{schema}")
    try:
        fill(store)
        with TestClient(create_app(store, settings=SETTINGS,
                                   pipeline_factory=FakePipeline)) as client:
            yield client
    finally:
        store.close()
        with psycopg.connect(DSN, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


def test_lists_filters_and_summaries_on_postgres(pg_client: TestClient) -> None:
    get = lambda path, **p: pg_client.get(path, params=p).json()  # noqa: E731
    assert get("/api/articles")["total"] == 4
    assert get("/api/articles", q="dockworkers", since="2026-03-01")["total"] == 1
    assert get("/api/events", country="VLD", event_type="AGREE")["total"] == 2
    assert get("/api/quotes", anonymous="true", grade="mixed")["total"] == 2
    assert get("/api/claims", until="2026-02-28")["total"] == 2
    assert len(get("/api/events/points")["items"]) == 5
    assert sum(d["n"] for d in get("/api/events/timeline")["days"]) == 5
    src = get("/api/sources")
    assert src["relays"][0]["chain"] == ["Gazette of Orlan"]
    assert {o["outlet"] for o in src["outlets"]} >= {"Coastal Courier (fictional)", "(unknown)"}
    assert get("/api/facets")["countries"] == ["VLD"]
    for page in ("/articles", "/articles/fx-harbor", "/events", "/sources"):
        assert pg_client.get(page).status_code == 200


def test_injection_and_control_characters_on_postgres(pg_client: TestClient) -> None:
    for payload in [*PAYLOADS, "a\x00b"]:
        for path, names in LISTS.items():
            for name in names:
                resp = pg_client.get(path, params={name: payload})
                assert resp.status_code in (200, 422), (path, name, resp.text)
        path = quote(payload, safe="")
        assert pg_client.get("/api/articles/" + path).status_code in (404, 422)
        assert pg_client.get("/articles/" + path).status_code == 404
    assert pg_client.get("/api/articles").json()["total"] == 4
