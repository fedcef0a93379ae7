"""The CLI end to end: analyze (with bad inputs in the batch), show, export, demo."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.schema import validate_record

runner = CliRunner()
GOOD = ("LISBON (Demo Wire) - The fictional port authority said on Monday that it had agreed to "
        "reopen the northern terminal after talks with the dock workers' union.\n\n"
        "\"We will keep talking,\" union leader Rosa Delmundo said.")


def write_batch(folder: Path) -> None:
    folder.mkdir()
    (folder / "good.txt").write_text("Fictional port reopens\n\n" + GOOD + "\n")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03PK" * 20)
    (folder / "latin1.txt").write_bytes(("Fictional café owners protest\n\n" + GOOD.replace(
        "Monday", "Monday in the café district")).encode("latin-1"))
    (folder / "huge.txt").write_bytes(b"The fictional council met again. " * 650_000)  # ~21 MB
    (folder / "broken.html").write_text(
        "<html><body><div><p>" + GOOD + "<p><b>unclosed <div><span>")
    lines = [json.dumps({"id": "j1", "title": "Fictional one", "text": GOOD}),
             "{this is not json",
             json.dumps({"id": "j2", "title": "Fictional two", "text": GOOD.replace("Monday",
                                                                                   "Tuesday")})]
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "french.txt").write_text(
        "Grève au port fictif\n\nLe syndicat fictif des dockers a annoncé lundi une grève de "
        "deux jours dans le port, selon son porte-parole, qui a dénoncé les conditions de travail.")


def test_batch_with_bad_inputs_goes_on(tmp_path: Path) -> None:
    write_batch(tmp_path / "in")
    db = tmp_path / "t.duckdb"
    first = runner.invoke(app, ["analyze", str(tmp_path / "in" / "batch.jsonl"), "--db", str(db),
                                "--format", "jsonl"])
    assert first.exit_code == 0, first.output
    result = runner.invoke(app, ["analyze", str(tmp_path / "in"), "--db", str(db), "--format",
                                 "jsonl", "--max-bytes", "20000000"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    for rec in records:
        validate_record(rec)
    ids = {r["article"]["id"] for r in records}
    assert {"j1", "j2"} <= ids and len(records) == 6  # good, latin1, broken html, j1, j2, french
    err = result.stderr
    for name, why in [("empty.txt", "empty"), ("binary.txt", "binary"),
                      ("huge.txt", "over the limit"), ("batch.jsonl:2", "not valid JSON")]:
        assert any(name in line and why in line for line in err.splitlines()), (name, err)
    assert "latin1.txt: invalid UTF-8" in err
    assert "french.txt: language detected as 'fr'" in err
    french = next(r for r in records if r["article"]["language"] == "fr")
    assert french["events"] == [] and french["quotes"] == []
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (6,)
        failures = dict(con.execute("SELECT source, code FROM failures").fetchall())
    finally:
        con.close()
    assert failures[str(tmp_path / "in" / "empty.txt")] == "empty"


def test_nothing_processed_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text(" ")
    result = runner.invoke(app, ["analyze", str(tmp_path / "empty.txt"), "--no-store"])
    assert result.exit_code == 1
    assert "empty" in result.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert runner.invoke(app, ["analyze", "x", "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["analyze"]).exit_code == 2


def test_show_and_export(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "demo-show", "title": "Fictional port", "text": GOOD}) + "\n")
    db = str(tmp_path / "t.duckdb")
    assert runner.invoke(app, ["analyze", str(src), "--db", db]).exit_code == 0
    shown = runner.invoke(app, ["show", "demo-sh", "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "Fictional port" in shown.stdout and "sourcing" in shown.stdout
    as_json = runner.invoke(app, ["show", "demo-show", "--db", db, "--json"])
    validate_record(json.loads(as_json.stdout))
    missing = runner.invoke(app, ["show", "nope", "--db", db])
    assert missing.exit_code == 1 and "no single article" in missing.stderr
    for fmt in ("csv", "jsonl", "parquet"):
        out = tmp_path / f"out-{fmt}"
        res = runner.invoke(app, ["export", "--db", db, "--format", fmt, "--out", str(out)])
        assert res.exit_code == 0, res.output
        assert sorted(p.name for p in out.iterdir()) == [f"claims.{fmt}", f"events.{fmt}",
                                                          f"quotes.{fmt}"]
    con = duckdb.connect()
    n = con.execute("SELECT count(*) FROM read_parquet(?)",
                    [str(tmp_path / "out-parquet" / "quotes.parquet")]).fetchone()
    assert n is not None and n[0] >= 0


@pytest.mark.slow
def test_demo_fills_the_database(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.duckdb")
    result = runner.invoke(app, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    assert "5 demo articles analysed" in result.stdout
    con = duckdb.connect(db, read_only=True)
    try:
        row = con.execute("SELECT count(*), sum(n_events), sum(n_quotes) FROM articles").fetchone()
    finally:
        con.close()
    assert row is not None and row[0] == 5
