"""The server store: PostgreSQL through psycopg 3 (``pip install 'dateline[postgres]'``).

Open it with a ``postgresql://`` URL wherever a ``--db`` is taken. Many processes may read and
write at once; each article is still saved in one transaction.
"""

from __future__ import annotations

from typing import Any

from dateline.errors import StoreError
from dateline.storage.base import SQLStore


class PostgresStore(SQLStore):
    double = "DOUBLE PRECISION"
    placeholder = "%s"

    def __init__(self, dsn: str, *, read_only: bool = False) -> None:
        try:
            import psycopg
        except ImportError as exc:
            raise StoreError("PostgreSQL needs psycopg: pip install 'dateline[postgres]'") from exc
        self.read_only = read_only
        try:
            conn = psycopg.connect(dsn, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL: {exc}") from exc
        super().__init__(conn)
        self.migrate()

    def _begin(self) -> None:
        self.conn.execute("BEGIN")

    def _after_failed_statement(self) -> None:
        # autocommit: a failed statement leaves no open transaction to roll back
        pass

    def _insert_many(self, query: str, rows: list[tuple[Any, ...]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(self._q(query), rows)

    def _cursor_execute(self, query: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        return self.conn.execute(query, params)
