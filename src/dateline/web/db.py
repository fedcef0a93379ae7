"""The server's one store connection, shared by request threads and the analysis worker.

A DuckDB connection must not be used by two threads at once, so every use goes through
:meth:`Database.use`, which holds a lock for the duration of one query or one save.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from dateline.storage.base import SQLStore


class Database:
    def __init__(self, store: SQLStore, *, name: str) -> None:
        self._store = store
        self._lock = threading.RLock()
        self.name = name

    @contextmanager
    def use(self) -> Iterator[SQLStore]:
        with self._lock:
            yield self._store

    def close(self) -> None:
        with self._lock:
            self._store.close()
