"""Stores: DuckDB file by default, PostgreSQL for ``postgresql://`` URLs."""

from __future__ import annotations

from dateline.storage.base import SQLStore, Store


def open_store(db: str, *, read_only: bool = False) -> SQLStore:
    """The store at ``db``: a ``postgresql://`` URL or a DuckDB file path."""
    if db.startswith(("postgresql://", "postgres://")):
        from dateline.storage.postgres import PostgresStore

        return PostgresStore(db, read_only=read_only)
    from dateline.storage.duck import DuckStore

    return DuckStore(db, read_only=read_only)


__all__ = ["SQLStore", "Store", "open_store"]
