"""Who owns the DuckDB file: `dateline serve` and the CLI in separate processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.client import ServerClient, find_server, read_sidecar, sidecar_path
from dateline.storage import open_store

BIN = Path(sys.executable).parent / "dateline"
ARTICLE = ("SALT HARBOR, May 2 (Orlan Wire) - The fictional Salt Harbor council agreed on Friday "
           "to reopen the old ferry pier after talks with the boat owners' guild.\n\n"
           "\"We will keep talking,\" guild spokeswoman Nela Brandt said.")


def cli(*args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN), *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"})


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    db = tmp_path / "owned.duckdb"
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen([str(BIN), "serve", "--db", str(db), "--port", "0"], stdout=log,
                            stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 60
    while read_sidecar(str(db)) is None:
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail("serve did not start: " + (tmp_path / "serve.log").read_text())
        time.sleep(0.2)
    yield db, proc
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        proc.wait(30)
    log.close()


def test_cli_goes_through_the_server_that_owns_the_file(
        server: tuple[Path, subprocess.Popen[str]], tmp_path: Path) -> None:
    db, proc = server
    info = read_sidecar(str(db))
    assert info is not None and info["pid"] == proc.pid and info["url"].startswith("http://127.0.0.1:")
    client = find_server(str(db))
    assert client is not None and client.health() is not None
    # the file is held: nobody else may open it, not even to read
    with pytest.raises(Exception, match="in use"):
        open_store(str(db), read_only=True)

    src = tmp_path / "pier.txt"
    src.write_text("Fictional pier reopens\n\n" + ARTICLE + "\n")
    done = cli("analyze", str(src), "--db", str(db), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    assert "storing through dateline serve" in done.stderr
    record = json.loads(done.stdout.splitlines()[0])
    aid = record["article"]["id"]
    assert client.record(aid) == record  # stored by the server, read back through the API
    again = cli("analyze", str(src), "--db", str(db), "--format", "jsonl")  # idempotent
    assert again.returncode == 0
    assert client._json("GET", "/api/articles")["total"] == 1

    shown = cli("show", aid[:6], "--db", str(db), "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["article"]["id"] == aid
    out = tmp_path / "export"
    exported = cli("export", "--db", str(db), "--out", str(out), "--format", "jsonl")
    assert exported.returncode == 0, exported.stderr
    assert {p.name for p in out.iterdir()} == {"events.jsonl", "quotes.jsonl", "claims.jsonl"}

    proc.send_signal(signal.SIGINT)
    assert proc.wait(30) == 0
    assert not sidecar_path(str(db)).exists()  # type: ignore[union-attr]
    store = open_store(str(db), read_only=True)  # released: the CLI opens it itself again
    assert store.record(aid) is not None
    store.close()


def test_serve_refuses_a_file_the_cli_is_writing(tmp_path: Path) -> None:
    db = tmp_path / "busy.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom dateline.storage import open_store\n"
         f"s = open_store({str(db)!r})\nprint('ready', flush=True)\ntime.sleep(60)\n"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        done = cli("serve", "--db", str(db), "--port", "0", timeout=60)
        assert done.returncode == 1
        assert "cannot serve" in done.stderr and "in use" in done.stderr
        assert read_sidecar(str(db)) is None
    finally:
        holder.kill()
        holder.wait()


def test_stale_sidecars_are_ignored(tmp_path: Path) -> None:
    db = tmp_path / "stale.duckdb"
    open_store(str(db)).close()
    path = sidecar_path(str(db))
    assert path is not None
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    path.write_text(json.dumps({"pid": dead.pid, "url": "http://127.0.0.1:9", "started": "x"}))
    assert find_server(str(db)) is None
    # alive pid, but nothing answers at the URL
    path.write_text(json.dumps({"pid": os.getpid(), "url": "http://127.0.0.1:9"}))
    assert find_server(str(db), wait=0.3) is None
    path.write_text("{not json")
    assert find_server(str(db)) is None
    shown = cli("show", "nothing", "--db", str(db))
    assert shown.returncode == 1 and "no single article" in shown.stderr


def test_no_sidecar_for_postgres_or_memory() -> None:
    assert sidecar_path("postgresql://u@localhost/db") is None
    assert sidecar_path(":memory:") is None
    assert ServerClient("http://127.0.0.1:9").health() is None


def test_defaults_bind_to_loopback_and_a_busy_port_is_a_clear_error() -> None:
    from dateline.errors import ConfigError
    from dateline.settings import Settings
    from dateline.web.app import default_hosts
    from dateline.web.serve import bind

    assert Settings().host == "127.0.0.1"
    assert default_hosts("127.0.0.1") == ("127.0.0.1", "localhost", "::1")
    assert default_hosts("0.0.0.0") is None
    sock = bind("127.0.0.1", 0)
    try:
        with pytest.raises(ConfigError, match=r"cannot listen on 127\.0\.0\.1"):
            bind("127.0.0.1", sock.getsockname()[1])
    finally:
        sock.close()
