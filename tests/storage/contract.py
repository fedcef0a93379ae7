"""The behaviour every store must have; run against DuckDB and PostgreSQL."""

from __future__ import annotations

from typing import Any

from dateline.serialize import to_dict
from tests.storage.records import sample


def check_store(store: Any) -> None:
    a = sample("demo-1")
    store.save(a)
    store.save(a)  # idempotent: the same input twice leaves one copy
    assert store.counts() == {"articles": 1, "events": 1, "quotes": 1, "claims": 1,
                              "framing": 1, "failures": 0}
    got = store.get("demo-1")
    assert got is not None and to_dict(got) == to_dict(a)
    store.save(sample("demo-2", outlet="Other Wire"))
    assert store.articles({"outlet": "Other Wire"}).total == 1
    assert store.articles({"q": "ridge front"}).total == 2
    assert store.articles({"event_type": "ASSAULT", "country": "KEN"}).total == 2
    assert store.articles({"since": "2026-05-06"}).total == 0
    assert store.events({"type": "ASSAULT"}, limit=1).total == 2
    page = store.events({"type": "ASSAULT"}, limit=1, offset=1)
    assert len(page.rows) == 1 and page.rows[0]["fatalities"] == 12
    assert store.table("quotes", {"anonymous": False}).total == 2
    # parameters are data, never SQL
    assert store.articles({"outlet": "x' OR '1'='1"}).total == 0
    assert store.articles({"q": "%' OR 1=1 --"}).total == 0
    cols, rows = store.export_rows("events")
    assert "type" in cols and len(list(rows)) == 2
    store.save_failure("bad.jsonl:3", "unparsable", "not valid JSON")
    assert store.failures()[0]["source"] == "bad.jsonl:3"
    assert store.counts()["articles"] == 2  # a failure loses nothing already stored
    # a later telling of a happening is stored with the id of its first telling
    store.save(sample("demo-3", retold=True))
    assert store.events({"article_id": "demo-3", "repeat": False}).total == 1
    (row,) = store.events({"article_id": "demo-3", "repeat": True}).rows
    assert row["same_as"] == "e-demo-3"
    assert store.get("demo-3") == sample("demo-3", retold=True)
