"""The CLI's side of ``dateline serve``: finding a running server and talking to it over HTTP.

DuckDB lets one process hold a file for writing, and then no other process may open it. While
``dateline serve`` runs it owns the file and writes a sidecar ``<db>.serve.json``
(``{"pid", "url", "db", "started"}``) next to it. :func:`find_server` reads that sidecar and
returns a :class:`ServerClient` when the server is alive and answers for this file; a sidecar
whose process is dead, or whose URL does not answer as that process, is stale and ignored.

Only the standard library is used here, so the CLI needs no web extra to talk to a server.
"""

from __future__ import annotations

import json
import logging
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dateline.errors import StoreError
from dateline.model import Analysis

log = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".serve.json"
#: records sent to the server in one POST /api/records
BATCH = 16
# never send local requests through an HTTP proxy from the environment
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def sidecar_path(db: str) -> Path | None:
    """``<db>.serve.json`` for a DuckDB file; ``None`` for PostgreSQL URLs and ``:memory:``."""
    if db.startswith(("postgresql://", "postgres://")) or db == ":memory:":
        return None
    path = Path(db).resolve()
    return path.with_name(path.name + SIDECAR_SUFFIX)


def write_sidecar(db: str, url: str) -> Path | None:
    path = sidecar_path(db)
    if path is None:
        return None
    info = {"pid": os.getpid(), "url": url, "db": str(Path(db).resolve()),
            "started": datetime.now(UTC).isoformat(timespec="seconds")}
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(info), encoding="utf-8")
    tmp.replace(path)
    return path


def remove_sidecar(db: str) -> None:
    """Remove the sidecar if it is this process's own."""
    path = sidecar_path(db)
    info = read_sidecar(db)
    if path is not None and info is not None and info.get("pid") == os.getpid():
        path.unlink(missing_ok=True)


def read_sidecar(db: str) -> dict[str, Any] | None:
    path = sidecar_path(db)
    if path is None or not path.is_file():
        return None
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        log.warning("%s is unreadable; ignoring it", path)
        return None
    ok = isinstance(info, dict) and isinstance(info.get("pid"), int) and isinstance(
        info.get("url"), str)
    return info if ok else None


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def find_server(db: str, *, wait: float = 10.0) -> ServerClient | None:
    """The server that owns ``db``, or ``None`` when there is none (or its sidecar is stale)."""
    info = read_sidecar(db)
    if info is None:
        return None
    if not pid_alive(info["pid"]):
        log.info("ignoring stale %s: process %s is gone", sidecar_path(db), info["pid"])
        return None
    client = ServerClient(info["url"])
    deadline = time.monotonic() + wait
    while True:
        health = client.health()
        if health is not None and health.get("pid") == info["pid"]:
            return client
        if time.monotonic() >= deadline:
            log.info("ignoring stale %s: %s does not answer", sidecar_path(db), info["url"])
            return None
        time.sleep(0.2)


class ServerClient:
    """A few calls of the JSON API of a running ``dateline serve``."""

    def __init__(self, url: str, *, timeout: float = 60.0) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout

    def _open(self, method: str, path: str, *, params: dict[str, Any] | None = None,
              body: Any = None, timeout: float | None = None) -> Any:
        url = self.url + path + ("?" + urllib.parse.urlencode(params) if params else "")
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        req = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json",
                                              "Accept": "application/json"})
        return _OPENER.open(req, timeout=timeout or self.timeout)

    def _json(self, method: str, path: str, **kw: Any) -> Any:
        try:
            with self._open(method, path, **kw) as resp:
                return json.loads(resp.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            raise _server_error(exc) from exc
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"dateline serve at {self.url} did not answer: {exc}") from exc

    def health(self) -> dict[str, Any] | None:
        try:
            with self._open("GET", "/api/health", timeout=2.0) as resp:
                data = json.loads(resp.read().decode("utf-8"))
        except (urllib.error.URLError, OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def find_ids(self, prefix: str) -> list[str]:
        ids: list[str] = self._json("GET", "/api/article-ids", params={"prefix": prefix})["ids"]
        return ids

    def record(self, article_id: str) -> dict[str, Any] | None:
        path = "/api/articles/" + urllib.parse.quote(article_id, safe="")
        try:
            with self._open("GET", path) as resp:
                rec: dict[str, Any] = json.loads(resp.read().decode("utf-8"))
                return rec
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                return None
            raise _server_error(exc) from exc
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"dateline serve at {self.url} did not answer: {exc}") from exc

    def get(self, article_id: str) -> Analysis | None:
        from dateline.serialize import from_dict

        rec = self.record(article_id)
        return None if rec is None else from_dict(rec)

    def post_records(self, records: list[dict[str, Any]],
                     failures: list[dict[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = self._json("POST", "/api/records",
                                            body={"records": records, "failures": failures})
        return result

    def export_rows(self, name: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
        """Like :meth:`SQLStore.export_rows`, through ``GET /api/export/{name}``."""
        data = self._json("GET", "/api/export/" + urllib.parse.quote(name, safe=""))
        return list(data["columns"]), iter(tuple(r) for r in data["rows"])

    def writer(self) -> RemoteWriter:
        return RemoteWriter(self)

    def close(self) -> None:
        """Nothing to release (for symmetry with stores)."""


class RemoteWriter:
    """``save`` / ``save_failure`` / ``close`` like a store, sending records in batches."""

    def __init__(self, client: ServerClient) -> None:
        self.client = client
        self.records: list[dict[str, Any]] = []
        self.failures: list[dict[str, Any]] = []

    def save(self, analysis: Analysis) -> None:
        from dateline.serialize import to_dict

        self.records.append(to_dict(analysis))
        if len(self.records) >= BATCH:
            self.flush()

    def save_failure(self, source: str, code: str, message: str,
                     article_id: str | None = None) -> None:
        self.failures.append({"source": source, "code": code, "message": message,
                              "article_id": article_id})
        if len(self.failures) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.records or self.failures:
            records, failures = self.records, self.failures
            self.records, self.failures = [], []
            self.client.post_records(records, failures)

    def close(self) -> None:
        self.flush()


def _server_error(exc: urllib.error.HTTPError) -> StoreError:
    body = exc.read().decode("utf-8", "replace")
    try:
        message = json.loads(body)["error"]["message"]
    except (ValueError, KeyError, TypeError):
        message = body[:200] or exc.reason
    return StoreError(f"dateline serve answered {exc.code}: {message}")
