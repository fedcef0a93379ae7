"""PostgreSQL store against a real server: DATELINE_TEST_PG=postgresql://... (.ci/run starts one)."""

from __future__ import annotations

import os
import uuid

import pytest

from tests.storage.contract import check_store

DSN = os.environ.get("DATELINE_TEST_PG")
pytestmark = pytest.mark.skipif(not DSN, reason="set DATELINE_TEST_PG to a PostgreSQL URL "
                                "(.ci/run starts a server and sets it)")


def test_postgres_store() -> None:
    import psycopg

    from dateline.storage.postgres import PostgresStore
    from dateline.storage.sql import LATEST

    assert DSN is not None
    schema = f"t_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(DSN, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in DSN else "?"
    store = PostgresStore(f"{DSN}{sep}options=-csearch_path%3D{schema}")
    try:
        assert store.schema_version() == LATEST
        check_store(store)
        assert store.migrate() == 0
    finally:
        store.close()
        with psycopg.connect(DSN, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")
