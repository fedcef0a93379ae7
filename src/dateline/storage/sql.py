"""SQL shared by the DuckDB and PostgreSQL stores: schema migrations, rows, saving and querying.

Statements are written with ``?`` placeholders; a store whose driver wants ``%s`` converts them
(:meth:`SQLStore._q`). Every value reaches the database as a bound parameter, never as text
spliced into SQL; the only identifiers formatted in are from fixed tables in this module.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from dateline.errors import SchemaError
from dateline.model import Analysis
from dateline.serialize import from_dict, to_dict

JSONText = str

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "articles, events, quotes, claims, framing, failures", (
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY, title TEXT, outlet TEXT, url TEXT, published DATE,
            language TEXT, source TEXT, text TEXT NOT NULL,
            dateline_place TEXT, dateline_date_text TEXT, dateline_date DATE, dateline_source TEXT,
            sourcing_grade TEXT, named_sources INTEGER, anonymous_sources INTEGER,
            relayed BOOLEAN, n_events INTEGER, n_quotes INTEGER, n_claims INTEGER,
            n_framing INTEGER, notices TEXT, countries TEXT, event_types TEXT,
            record TEXT NOT NULL, pipeline TEXT, analyzed_at TIMESTAMP)""",
        """CREATE TABLE events (
            id TEXT PRIMARY KEY, article_id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT,
            context TEXT, modality TEXT NOT NULL, historical BOOLEAN NOT NULL,
            actors TEXT, actor_country TEXT, actor_sector TEXT,
            recipients TEXT, recipient_country TEXT, recipient_sector TEXT,
            location_name TEXT, location_country TEXT, lat {double}, lon {double},
            location_precision TEXT, date_start TEXT, date_end TEXT, date_precision TEXT,
            date_method TEXT, fatalities INTEGER, trigger_text TEXT, trigger_start INTEGER,
            trigger_end INTEGER, sentence_start INTEGER, sentence_end INTEGER,
            attributed_to TEXT, confidence {double}, extractor TEXT)""",
        """CREATE TABLE quotes (
            id TEXT PRIMARY KEY, article_id TEXT NOT NULL, kind TEXT NOT NULL,
            content_text TEXT, content_start INTEGER, content_end INTEGER, cue_text TEXT,
            speaker_text TEXT, speaker_name TEXT, anonymous BOOLEAN, speaker_kind TEXT,
            speaker_country TEXT, via TEXT, confidence {double}, extractor TEXT)""",
        """CREATE TABLE claims (
            id TEXT PRIMARY KEY, article_id TEXT NOT NULL, text TEXT, span_start INTEGER,
            span_end INTEGER, value {double}, unit TEXT, qualifier TEXT, subject TEXT,
            attributed_to TEXT, checkworthiness {double}, extractor TEXT)""",
        """CREATE TABLE framing (
            id TEXT PRIMARY KEY, article_id TEXT NOT NULL, text TEXT, span_start INTEGER,
            span_end INTEGER, category TEXT, in_quote BOOLEAN, term TEXT, extractor TEXT)""",
        """CREATE TABLE failures (
            source TEXT PRIMARY KEY, code TEXT, message TEXT, article_id TEXT, failed_at TIMESTAMP)""",
        "CREATE INDEX events_article ON events (article_id)",
        "CREATE INDEX quotes_article ON quotes (article_id)",
        "CREATE INDEX claims_article ON claims (article_id)",
        "CREATE INDEX framing_article ON framing (article_id)",
    )),
    (2, "events.alleged: acts a party is accused or suspected of", (
        "ALTER TABLE events ADD COLUMN alleged BOOLEAN DEFAULT FALSE",
    )),
    (3, "events.same_as: a later telling of a happening points at its first telling", (
        "ALTER TABLE events ADD COLUMN same_as TEXT",
    )),
)  # fmt: skip
LATEST = MIGRATIONS[-1][0]
RECORD_TABLES = ("events", "quotes", "claims", "framing")
EXPORT_TABLES = ("events", "quotes", "claims")


def _j(value: Any) -> JSONText:
    return json.dumps(value, ensure_ascii=False)


def _names(entities: list[dict[str, Any]]) -> str:
    return "; ".join(e.get("name") or e["text"] for e in entities)


def _first(entities: list[dict[str, Any]], key: str) -> str | None:
    return next((e[key] for e in entities if e.get(key)), None)


def rows_for(analysis: Analysis) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of every table for one analysis."""
    rec = to_dict(analysis)
    a, aid = rec["article"], rec["article"]["id"]
    dl = a["dateline"] or {}
    s = rec["sourcing"]
    countries = sorted({c for e in rec["events"] for c in
                        [*(x.get("country") for x in e["actors"] + e["recipients"]),
                         (e["location"] or {}).get("country")] if c})
    rows: dict[str, list[tuple[Any, ...]]] = {"articles": [(
        aid, a["title"], a["outlet"], a["url"], a["published"], a["language"], a["source"],
        a["text"], dl.get("place"), dl.get("date_text"), dl.get("date"), dl.get("source_code"),
        s["grade"], s["named_sources"], s["anonymous_sources"], s["relayed"],
        len(rec["events"]), len(rec["quotes"]), len(rec["claims"]), len(rec["framing"]),
        _j(a["notices"]), " ".join(countries),
        " ".join(sorted({e["type"] for e in rec["events"]})), _j(rec), rec["pipeline"],
    )]}
    rows["events"] = [(
        e["id"], aid, e["type"], e["mode"], _j(e["context"]), e["modality"], e["historical"],
        _names(e["actors"]), _first(e["actors"], "country"), _first(e["actors"], "sector"),
        _names(e["recipients"]), _first(e["recipients"], "country"),
        _first(e["recipients"], "sector"),
        *((loc["name"], loc["country"], loc["lat"], loc["lon"], loc["precision"])
          if (loc := e["location"]) else (None,) * 5),
        *((d["start"], d["end"], d["precision"], d["method"]) if (d := e["date"]) else (None,) * 4),
        e["fatalities"], e["trigger"]["text"], *e["trigger"]["span"], *e["sentence_span"],
        e["attributed_to"], e["confidence"], e["extractor"], e.get("alleged", False),
        e.get("same_as"),
    ) for e in rec["events"]]
    rows["quotes"] = [(
        q["id"], aid, q["kind"], q["content"]["text"], *q["content"]["span"],
        (q["cue"] or {}).get("text"), q["speaker"]["text"], q["speaker"]["name"],
        q["speaker"]["anonymous"], q["speaker"]["kind"], q["speaker"].get("country"),
        _j(q["via"]), q["confidence"], q["extractor"],
    ) for q in rec["quotes"]]
    rows["claims"] = [(
        c["id"], aid, c["text"], *c["span"], c["value"], c["unit"], c["qualifier"], c["subject"],
        c["attributed_to"], c["checkworthiness"], c["extractor"],
    ) for c in rec["claims"]]
    rows["framing"] = [(
        f["id"], aid, f["text"], *f["span"], f["category"], f["in_quote"], f["term"],
        f["extractor"],
    ) for f in rec["framing"]]
    return rows


@dataclass(frozen=True, slots=True)
class Page:
    rows: list[dict[str, Any]]
    total: int


# filter name -> (SQL condition with ? placeholders, number of placeholders)
ARTICLE_FILTERS: dict[str, str] = {
    "q": "(title ILIKE ? OR text ILIKE ?)",
    "outlet": "outlet = ?",
    "since": "COALESCE(published, dateline_date) >= CAST(? AS DATE)",
    "until": "COALESCE(published, dateline_date) <= CAST(? AS DATE)",
    "event_type": "(' ' || event_types || ' ') LIKE ?",
    "country": "(' ' || countries || ' ') LIKE ?",
    "grade": "sourcing_grade = ?",
}
EVENT_FILTERS: dict[str, str] = {
    "article_id": "e.article_id = ?",
    "type": "e.type = ?",
    "country": "(e.actor_country = ? OR e.recipient_country = ? OR e.location_country = ?)",
    "modality": "e.modality = ?",
    "historical": "e.historical = ?",
    "alleged": "e.alleged = ?",
    "repeat": "(e.same_as IS NOT NULL) = ?",
    "outlet": "a.outlet = ?",
    "since": "COALESCE(e.date_start, CAST(a.published AS TEXT)) >= ?",
    "until": "COALESCE(e.date_start, CAST(a.published AS TEXT)) <= ?",
    "grade": "a.sourcing_grade = ?",
    "q": "(a.title ILIKE ? OR a.text ILIKE ?)",
    "event_type": "e.type = ?",
}
SIMPLE_FILTERS: dict[str, str] = {"article_id": "t.article_id = ?", "outlet": "a.outlet = ?",
                                  "anonymous": "t.anonymous = ?", "category": "t.category = ?",
                                  "in_quote": "t.in_quote = ?",
                                  # the article-level filters, for quotes, claims and framing
                                  "q": "(a.title ILIKE ? OR a.text ILIKE ?)",
                                  "since": "COALESCE(a.published, a.dateline_date) >= "
                                           "CAST(? AS DATE)",
                                  "until": "COALESCE(a.published, a.dateline_date) <= "
                                           "CAST(? AS DATE)",
                                  "grade": "a.sourcing_grade = ?",
                                  "event_type": "(' ' || a.event_types || ' ') LIKE ?",
                                  "country": "(' ' || a.countries || ' ') LIKE ?"}


def where(filters: dict[str, Any], table: dict[str, str]) -> tuple[str, list[Any]]:
    """A WHERE clause and its parameters from known, non-empty filters."""
    clauses, params = [], []
    for name, value in filters.items():
        if value is None or value == "" or name not in table:
            continue
        clause = table[name]
        n = clause.count("?")
        if name in ("q",):
            value = f"%{value}%"
        elif (name in ("event_type",) and "LIKE" in clause) or (name == "country" and "LIKE" in clause):
            value = f"% {value} %"
        clauses.append(clause)
        params += [value] * n
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def check_version(found: int | None) -> None:
    if found is not None and found > LATEST:
        raise SchemaError(
            f"the database schema is version {found}, newer than this dateline knows "
            f"({LATEST}): upgrade dateline")


def pending(found: int | None) -> Iterator[tuple[int, str, Sequence[str]]]:
    for version, note, stmts in MIGRATIONS:
        if found is None or version > found:
            yield version, note, stmts


def analysis_from_record(record: str) -> Analysis:
    return from_dict(json.loads(record))
