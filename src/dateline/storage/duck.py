"""The default store: one DuckDB file.

DuckDB lets one process hold a file for writing, and then no other process may open it, not
even to read. dateline therefore keeps write connections short-lived and owned by one process
at a time: see "Who owns the database file" in the README.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from dateline.errors import StoreError, StoreLockedError
from dateline.storage.base import SQLStore


class DuckStore(SQLStore):
    double = "DOUBLE"
    placeholder = "?"

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        import duckdb

        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database; run `dateline analyze` or "
                             "`dateline demo` first")
        try:
            conn = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            raise _locked(self.path, exc) from exc
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open as a DuckDB database ({exc})") from exc
        super().__init__(conn)
        self.migrate()

    def _insert_many(self, query: str, rows: list[tuple[Any, ...]]) -> None:
        self.conn.executemany(self._q(query), rows)


def _locked(path: str, exc: Exception) -> StoreError:
    msg = str(exc)
    if "lock" not in msg.lower():
        return StoreError(f"{path}: cannot open ({msg})")
    pid = re.search(r"PID (\d+)", msg)
    who = f"process {pid.group(1)}" if pid else "another process"
    return StoreLockedError(
        f"{path} is in use by {who}. DuckDB allows one writer and no concurrent readers: if "
        "`dateline serve` owns this file, send work to it (the CLI does this by itself when "
        "it finds the server's .serve.json next to the file) or stop it first")
