from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from dateline.errors import InputError
from dateline.ingest import read_inputs
from dateline.model import Article


def test_directory_recursive_and_kinds(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Title\n\nThe fictional council met on Monday.\n")
    (tmp_path / "sub" / "b.jsonl").write_text(
        json.dumps({"id": "b1", "text": "The fictional union struck."}) + "\n")
    (tmp_path / "sub" / "c.html.gz").write_bytes(gzip.compress(
        b"<html><body><p>The fictional port reopened on Friday after a strike by its "
        b"dock workers ended, officials said.</p></body></html>"))
    (tmp_path / ".hidden.txt").write_text("skip me")
    out = list(read_inputs([tmp_path], max_bytes=100_000))
    assert all(isinstance(o, Article) for o in out)
    assert len(out) == 3
    assert {o.source for o in out if isinstance(o, Article)} == {
        str(tmp_path / "a.txt"), f"{tmp_path / 'sub' / 'b.jsonl'}:1", str(tmp_path / "sub" / "c.html.gz")}


def test_stdin_and_missing_path(tmp_path: Path) -> None:
    stdin = io.BytesIO(b"The fictional council met on Monday and voted.")
    out = list(read_inputs(["-", tmp_path / "nope.txt"], max_bytes=1000, stdin=stdin))
    assert isinstance(out[0], Article) and out[0].source == "<stdin>"
    assert isinstance(out[1], InputError) and "no such file" in str(out[1])


def test_file_over_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 1000)
    (err,) = read_inputs([big], max_bytes=100)
    assert isinstance(err, InputError) and err.code == "too_large"
