"""JSONL articles: one ``{id, title, text, url, outlet, published}`` object per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from dateline.errors import EmptyInputError, InputError, ParseInputError
from dateline.ingest.build import make_article, normalise_published
from dateline.ingest.decode import check_size
from dateline.model import Article, Notice


def _str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    return str(value) if value not in (None, "") else None


def parse_record(obj: Any, *, source: str, notices: tuple[Notice, ...] = ()) -> Article:
    if not isinstance(obj, dict):
        raise ParseInputError(f"expected a JSON object, got {type(obj).__name__}", source=source)
    text = obj.get("text")
    if not isinstance(text, str):
        raise ParseInputError("no \"text\" string in the record", source=source)
    if not text.strip():
        raise EmptyInputError("empty \"text\": nothing to analyse", source=source)
    published, note = normalise_published(obj.get("published"))
    authors = obj.get("authors") or ()
    if isinstance(authors, str):
        authors = tuple(a.strip() for a in authors.split(",") if a.strip())
    return make_article(
        text, id=_str(obj, "id"), title=_str(obj, "title"), outlet=_str(obj, "outlet"),
        url=_str(obj, "url"), published=published, authors=tuple(str(a) for a in authors),
        source=source, notices=notices + ((note,) if note else ()),
        language=_str(obj, "language"),
    )


def read_jsonl(lines: Iterable[bytes], *, source: str,
               max_bytes: int) -> Iterator[Article | InputError]:
    """Articles, or a per-line :class:`InputError` for each line that cannot be one."""
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            check_size(len(raw), max_bytes, where)
            notices: tuple[Notice, ...] = ()
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                line = raw.decode("utf-8", errors="replace")
                notices = (Notice("invalid_utf8", f"invalid UTF-8 at byte {exc.start} of the line: "
                                  "decoded with U+FFFD"),)
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ParseInputError(f"not valid JSON ({exc.msg} at column {exc.colno})",
                                      source=where) from exc
            yield parse_record(obj, source=where, notices=notices)
        except InputError as exc:
            yield exc
