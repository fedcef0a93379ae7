"""``dateline serve``: own the database file and run the workbench until interrupted.

The server opens the store for writing (a DuckDB file can then be opened by no other process),
binds its socket, writes ``<db>.serve.json`` so that CLI commands on the same file send their
work here (:mod:`dateline.client`), and removes it on shutdown.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from pathlib import Path

from dateline.client import remove_sidecar, write_sidecar
from dateline.errors import ConfigError
from dateline.settings import Settings

log = logging.getLogger(__name__)


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` (port 0: any free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    sock.listen(128)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def serve(settings: Settings, *, on_ready: Callable[[str], None] | None = None,
          log_level: str = "info") -> None:
    """Run the workbench on ``settings.host:settings.port`` over ``settings.db``."""
    import uvicorn

    from dateline.storage import open_store
    from dateline.web.app import create_app, default_hosts

    store = open_store(settings.db)  # StoreLockedError when another process holds the file
    is_file = not settings.db.startswith(("postgresql://", "postgres://"))
    name = str(Path(settings.db).resolve()) if is_file else settings.db.split("@")[-1]
    try:
        sock = bind(settings.host, settings.port)
        url = url_of(sock)
        app = create_app(store, settings=settings, db_name=name,
                         hosts=default_hosts(settings.host), close_store=False)
        write_sidecar(settings.db, url)
        if on_ready is not None:
            on_ready(url)
        server = uvicorn.Server(uvicorn.Config(app, log_level=log_level, lifespan="on",
                                               server_header=False))
        server.run(sockets=[sock])
    finally:
        remove_sidecar(settings.db)
        store.close()
