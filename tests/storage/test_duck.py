from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dateline.errors import SchemaError, StoreError, StoreLockedError
from dateline.storage import open_store
from dateline.storage.duck import DuckStore
from dateline.storage.sql import LATEST
from tests.storage.contract import check_store
from tests.storage.records import sample


def test_duckdb_store(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "t.duckdb"))
    try:
        check_store(store)
    finally:
        store.close()


def test_reopen_read_only_and_migrations(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    store = DuckStore(path)
    store.save(sample())
    assert store.schema_version() == LATEST
    store.close()
    ro = DuckStore(path, read_only=True)
    assert ro.get("demo-1") is not None
    ro.close()
    with pytest.raises(StoreError, match="no such database"):
        DuckStore(tmp_path / "missing.duckdb", read_only=True)


def test_a_version_1_database_is_migrated_and_keeps_its_records(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    store = DuckStore(path)
    store.save(sample())
    store.execute("DROP INDEX events_article")  # the events table as schema 1 left it
    store.execute("ALTER TABLE events DROP COLUMN alleged")
    store.execute("ALTER TABLE events DROP COLUMN same_as")
    store.execute("CREATE INDEX events_article ON events (article_id)")
    store.execute("DELETE FROM schema_version WHERE version > 1")
    store.close()
    with pytest.raises(StoreError, match="open it once for writing"):
        DuckStore(path, read_only=True)
    store = DuckStore(path)
    assert store.schema_version() == LATEST
    assert store.get("demo-1") == sample()
    assert [r["alleged"] for r in store.query("SELECT alleged FROM events")] == [False]
    assert [r["same_as"] for r in store.query("SELECT same_as FROM events")] == [None]
    store.save(sample())
    assert store.counts()["events"] == 1
    store.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    store = DuckStore(path)
    store.execute("INSERT INTO schema_version (version, note) VALUES (99, 'future')")
    store.close()
    with pytest.raises(SchemaError, match="newer"):
        DuckStore(path)


def test_failed_save_rolls_back(tmp_path: Path) -> None:
    store = DuckStore(tmp_path / "t.duckdb")
    store.save(sample())
    broken = sample()
    with pytest.raises(Exception), store.transaction():  # noqa: B017
        store.execute("DELETE FROM events WHERE article_id = ?", ["demo-1"])
        store.execute("INSERT INTO no_such_table VALUES (1)")
    assert store.counts()["events"] == 1
    store.save(broken)
    store.close()


def test_lock_held_by_another_process_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    DuckStore(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb,sys,time; c=duckdb.connect(sys.argv[1]); "
         "print('ready', flush=True); time.sleep(30)", str(path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLockedError, match="in use by process"):
            DuckStore(path)
    finally:
        holder.kill()
        holder.wait()
