from __future__ import annotations

import json

from dateline.errors import InputError
from dateline.ingest.jsonl import read_jsonl
from dateline.model import Article


def lines(*objs: object) -> list[bytes]:
    return [(o if isinstance(o, str) else json.dumps(o)).encode() for o in objs]


def test_good_and_bad_lines() -> None:
    good = {"id": "x1", "title": "T", "text": "The fictional council met.", "url": None,
            "outlet": "Demo Wire", "published": "2026-01-02"}
    out = list(read_jsonl(lines(good, "{not json", {"id": "x2"}, "", good | {"id": "x3"},
                                [1, 2]), source="f.jsonl", max_bytes=10_000))
    kinds = [type(o).__name__ for o in out]
    assert kinds == ["Article", "ParseInputError", "ParseInputError", "Article", "ParseInputError"]
    assert isinstance(out[0], Article) and out[0].id == "x1" and out[0].published == "2026-01-02"
    assert isinstance(out[1], InputError) and out[1].source == "f.jsonl:2"
    assert "not valid JSON" in str(out[1])
    assert isinstance(out[2], InputError) and "text" in str(out[2])


def test_line_over_limit_and_bad_utf8() -> None:
    big = {"id": "big", "text": "word " * 100}
    bad = b'{"id": "u", "text": "Caf\xe9 owners protested."}'
    out = list(read_jsonl([json.dumps(big).encode(), bad], source="f.jsonl", max_bytes=200))
    assert isinstance(out[0], InputError) and out[0].code == "too_large"
    assert isinstance(out[1], Article) and [n.code for n in out[1].notices] == ["invalid_utf8"]


def test_authors_string_split_and_bad_date_flagged() -> None:
    rec = {"id": "a", "text": "The fictional council met.", "authors": "A. One, B. Two",
           "published": "yesterday"}
    (art,) = read_jsonl(lines(rec), source="f.jsonl", max_bytes=10_000)
    assert isinstance(art, Article)
    assert art.authors == ("A. One", "B. Two")
    assert art.published is None and art.notices[0].code == "bad_published"
