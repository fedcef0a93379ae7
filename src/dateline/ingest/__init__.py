"""Readers that turn files, directories and standard input into :class:`~dateline.model.Article`.

:func:`read_inputs` yields an ``Article`` or an :class:`~dateline.errors.InputError` per input
article, so one bad file or line never stops a batch.
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from dateline.errors import InputError, ParseInputError
from dateline.ingest.build import make_article
from dateline.ingest.decode import check_size, decode
from dateline.ingest.feeds import looks_like_feed, read_feed
from dateline.ingest.html import looks_like_html, parse_html
from dateline.ingest.jsonl import parse_record, read_jsonl
from dateline.ingest.text import parse_text
from dateline.model import Article

__all__ = ["make_article", "parse_record", "parse_text", "read_bytes", "read_inputs", "read_path"]

_JSONL = {".jsonl", ".ndjson", ".jl"}
_HTML = {".html", ".htm", ".xhtml"}
_FEED = {".rss", ".atom", ".xml"}


def read_inputs(paths: Iterable[str | Path], *, max_bytes: int,
                stdin: BinaryIO | None = None) -> Iterator[Article | InputError]:
    """Every article in ``paths`` (files, directories walked recursively, ``-`` for stdin)."""
    for raw in paths:
        if str(raw) == "-":
            stream = stdin or sys.stdin.buffer
            yield from read_bytes(_read_capped(stream, max_bytes), source="<stdin>",
                                  max_bytes=max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*")
                           if p.is_file() and not any(part.startswith(".") for part in
                                                      p.relative_to(path).parts))
            for file in files:
                yield from read_path(file, max_bytes=max_bytes)
        elif path.exists():
            yield from read_path(path, max_bytes=max_bytes)
        else:
            yield InputError("no such file or directory", source=str(path))


def _read_capped(stream: BinaryIO, max_bytes: int) -> bytes:
    return stream.read(max_bytes + 1)


def read_path(path: Path, *, max_bytes: int) -> Iterator[Article | InputError]:
    source = str(path)
    suffixes = [s.lower() for s in path.suffixes]
    compressed = suffixes[-1:] == [".gz"]
    kind = suffixes[-2] if compressed and len(suffixes) > 1 else (suffixes[-1] if suffixes else "")
    try:
        if kind in _JSONL and not compressed:
            with path.open("rb") as fh:
                yield from read_jsonl(fh, source=source, max_bytes=max_bytes)
            return
        if not compressed:
            check_size(path.stat().st_size, max_bytes, source)
        data = path.read_bytes()
        if compressed:
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError) as exc:
                raise ParseInputError(f"not readable gzip data ({exc})", source=source) from exc
            if kind in _JSONL:
                yield from read_jsonl(data.splitlines(), source=source, max_bytes=max_bytes)
                return
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", source=source)
        return
    yield from read_bytes(data, source=source, max_bytes=max_bytes, kind=kind)


def read_bytes(data: bytes, *, source: str, max_bytes: int,
               kind: str = "") -> Iterator[Article | InputError]:
    """Articles from one input's bytes; the format comes from ``kind`` (a suffix) or is sniffed."""
    try:
        if kind in _JSONL:
            yield from read_jsonl(data.splitlines(), source=source, max_bytes=max_bytes)
            return
        text, notices = decode(data, source, max_bytes=max_bytes)
        if kind in _FEED or (kind not in _HTML and looks_like_feed(text)):
            yield from read_feed(text, source=source)
        elif kind in _HTML or looks_like_html(text):
            yield parse_html(text, source=source, notices=notices)
        elif kind == "" and text.lstrip().startswith("{") and source == "<stdin>":
            yield from read_jsonl(data.splitlines(), source=source, max_bytes=max_bytes)
        else:
            yield parse_text(text, source=source, notices=notices)
    except InputError as exc:
        yield exc
