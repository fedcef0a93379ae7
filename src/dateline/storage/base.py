"""The store: where analyses live. :class:`SQLStore` holds everything both backends share.

A backend gives a DB-API-like connection (``execute``, ``fetchall``, ``description``) and its
transaction calls; all SQL is in :mod:`dateline.storage.sql`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from dateline.errors import StoreError
from dateline.model import Analysis
from dateline.storage import sql


class Store(Protocol):
    def save(self, analysis: Analysis) -> None: ...
    def save_failure(self, source: str, code: str, message: str,
                     article_id: str | None = None) -> None: ...
    def get(self, article_id: str) -> Analysis | None: ...
    def close(self) -> None: ...


class SQLStore:
    """Saving and querying, on any connection with ``?`` or ``%s`` parameters."""

    double = "DOUBLE"
    placeholder = "?"
    read_only = False

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    # -- backend hooks -------------------------------------------------------------------
    def _begin(self) -> None:
        self.conn.execute("BEGIN TRANSACTION")

    def _commit(self) -> None:
        self.conn.execute("COMMIT")

    def _rollback(self) -> None:
        self.conn.execute("ROLLBACK")

    def _cursor_execute(self, query: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        return self.conn.execute(query, params)

    # -- shared --------------------------------------------------------------------------
    def _q(self, query: str) -> str:
        return query if self.placeholder == "?" else query.replace("?", self.placeholder)

    def execute(self, query: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        return self._cursor_execute(self._q(query), params)

    def query(self, query: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        cur = self.execute(query, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._begin()
        try:
            yield
        except BaseException:
            self._rollback()
            raise
        self._commit()

    def schema_version(self) -> int | None:
        try:
            rows = self.query("SELECT max(version) AS v FROM schema_version")
        except Exception:  # the table does not exist yet
            self._after_failed_statement()
            return None
        return rows[0]["v"] if rows else None

    def _after_failed_statement(self) -> None:
        """Hook: PostgreSQL must roll back an aborted implicit transaction."""

    def migrate(self) -> int:
        """Bring the schema to the latest version; returns the number of migrations applied."""
        found = self.schema_version()
        sql.check_version(found)
        if self.read_only:
            if found is None:
                raise StoreError("the database has no dateline tables yet: run `dateline "
                                 "analyze` or `dateline demo` first")
            if found < sql.LATEST:
                raise StoreError(f"the database schema is version {found}; open it once for "
                                 f"writing (e.g. `dateline analyze`) to migrate it to {sql.LATEST}")
            return 0
        applied = 0
        with self.transaction():
            if found is None:
                self.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                             "note TEXT, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)")
            for version, note, stmts in sql.pending(found):
                for stmt in stmts:
                    self.execute(stmt.format(double=self.double))
                self.execute("INSERT INTO schema_version (version, note) VALUES (?, ?)",
                             [version, note])
                applied += 1
        return applied

    def save(self, analysis: Analysis) -> None:
        """Store one article's analysis in one transaction, replacing any earlier copy."""
        rows = sql.rows_for(analysis)
        aid = analysis.article.id
        with self.transaction():
            for table in (*sql.RECORD_TABLES, "articles"):
                key = "id" if table == "articles" else "article_id"
                self.execute(f"DELETE FROM {table} WHERE {key} = ?", [aid])
            self.execute("DELETE FROM failures WHERE article_id = ? OR source = ?",
                         [aid, analysis.article.source or ""])
            for table, table_rows in rows.items():
                if not table_rows:
                    continue
                n = len(table_rows[0])
                marks = ", ".join(["?"] * n)
                if table == "articles":
                    marks += ", CURRENT_TIMESTAMP"
                self._insert_many(f"INSERT INTO {table} VALUES ({marks})", table_rows)

    def _insert_many(self, query: str, rows: list[tuple[Any, ...]]) -> None:
        for row in rows:
            self.execute(query, row)

    def save_failure(self, source: str, code: str, message: str,
                     article_id: str | None = None) -> None:
        with self.transaction():
            self.execute("DELETE FROM failures WHERE source = ?", [source])
            self.execute("INSERT INTO failures VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)",
                         [source, code, message, article_id])

    def get(self, article_id: str) -> Analysis | None:
        rows = self.query("SELECT record FROM articles WHERE id = ?", [article_id])
        return sql.analysis_from_record(rows[0]["record"]) if rows else None

    def record(self, article_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT record FROM articles WHERE id = ?", [article_id])
        return json.loads(rows[0]["record"]) if rows else None

    def find_ids(self, prefix: str) -> list[str]:
        return [r["id"] for r in self.query(
            "SELECT id FROM articles WHERE id = ? OR id LIKE ? ORDER BY id LIMIT 10",
            [prefix, prefix.replace("%", "").replace("_", "\\_") + "%"])]

    def counts(self) -> dict[str, int]:
        return {t: int(self.query(f"SELECT count(*) AS n FROM {t}")[0]["n"])
                for t in ("articles", *sql.RECORD_TABLES, "failures")}

    def articles(self, filters: dict[str, Any], *, limit: int = 50,
                 offset: int = 0) -> sql.Page:
        clause, params = sql.where(filters, sql.ARTICLE_FILTERS)
        total = self.query(f"SELECT count(*) AS n FROM articles{clause}", params)[0]["n"]
        rows = self.query(
            "SELECT id, title, outlet, url, CAST(published AS TEXT) AS published, language, "
            "dateline_place, sourcing_grade, named_sources, anonymous_sources, relayed, "
            "n_events, n_quotes, n_claims, n_framing, countries, event_types FROM articles"
            f"{clause} ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?",
            [*params, limit, offset])
        return sql.Page(rows, int(total))

    def events(self, filters: dict[str, Any], *, limit: int = 100,
               offset: int = 0) -> sql.Page:
        clause, params = sql.where(filters, sql.EVENT_FILTERS)
        base = f"FROM events e JOIN articles a ON a.id = e.article_id{clause}"
        total = self.query(f"SELECT count(*) AS n {base}", params)[0]["n"]
        rows = self.query(
            f"SELECT e.*, a.title AS article_title, a.outlet AS outlet, "
            f"CAST(a.published AS TEXT) AS published {base} "
            "ORDER BY a.published DESC NULLS LAST, e.article_id, e.trigger_start LIMIT ? OFFSET ?",
            [*params, limit, offset])
        return sql.Page(rows, int(total))

    def table(self, name: str, filters: dict[str, Any], *, limit: int = 100,
              offset: int = 0) -> sql.Page:
        """Rows of quotes, claims or framing, with the article's outlet and title."""
        if name not in ("quotes", "claims", "framing"):
            raise StoreError(f"unknown table {name!r}")
        clause, params = sql.where(filters, sql.SIMPLE_FILTERS)
        base = f"FROM {name} t JOIN articles a ON a.id = t.article_id{clause}"
        total = self.query(f"SELECT count(*) AS n {base}", params)[0]["n"]
        rows = self.query(
            f"SELECT t.*, a.title AS article_title, a.outlet AS outlet {base} "
            "ORDER BY t.article_id, t.id LIMIT ? OFFSET ?", [*params, limit, offset])
        return sql.Page(rows, int(total))

    def export_rows(self, name: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
        """Column names and rows of an export table (``events``, ``quotes``, ``claims``)."""
        if name not in sql.EXPORT_TABLES:
            raise StoreError(f"cannot export {name!r}; choose from {', '.join(sql.EXPORT_TABLES)}")
        cur = self.execute(
            f"SELECT t.*, a.outlet, CAST(a.published AS TEXT) AS published, a.url "
            f"FROM {name} t JOIN articles a ON a.id = t.article_id ORDER BY t.article_id, t.id")
        cols = [d[0] for d in cur.description]
        return cols, iter(cur.fetchall())

    def failures(self) -> list[dict[str, Any]]:
        return self.query("SELECT source, code, message, article_id, CAST(failed_at AS TEXT) AS failed_at "
                          "FROM failures ORDER BY failed_at DESC")

    def close(self) -> None:
        self.conn.close()

    # -- summaries for the web workbench (``dateline serve``) ------------------------------
    def facets(self) -> dict[str, list[str]]:
        """Distinct outlets, sourcing grades, event types and countries, for filter menus."""
        def col(query: str) -> list[str]:
            return [str(r["v"]) for r in self.query(query) if r["v"] is not None]

        return {
            "outlets": col("SELECT DISTINCT outlet AS v FROM articles ORDER BY v LIMIT 1000"),
            "grades": col("SELECT DISTINCT sourcing_grade AS v FROM articles ORDER BY v"),
            "event_types": col("SELECT DISTINCT type AS v FROM events ORDER BY v"),
            "countries": col(
                "SELECT DISTINCT c AS v FROM (SELECT actor_country AS c FROM events UNION "
                "SELECT recipient_country FROM events UNION SELECT location_country FROM events"
                ") u ORDER BY v"),
        }

    def event_points(self, filters: dict[str, Any], *, limit: int = 2000) -> list[dict[str, Any]]:
        """Events that have coordinates, for the map (at most ``limit``)."""
        clause, params = sql.where(filters, sql.EVENT_FILTERS)
        more = " AND " if clause else " WHERE "
        return self.query(
            "SELECT e.id, e.article_id, e.type, e.trigger_text, e.location_name, "
            "e.location_country, e.lat, e.lon, e.location_precision, e.date_start, e.historical, "
            "e.modality, a.title AS article_title, a.outlet AS outlet "
            f"FROM events e JOIN articles a ON a.id = e.article_id{clause}{more}"
            "e.lat IS NOT NULL AND e.lon IS NOT NULL "
            "ORDER BY e.article_id, e.trigger_start LIMIT ?", [*params, limit])

    def event_timeline(self, filters: dict[str, Any]) -> tuple[list[dict[str, Any]], int]:
        """Events per (day, type): the event's date, else its article's publication date.

        Returns the rows and the number of events with no day (only a year or month known).
        """
        clause, params = sql.where(filters, sql.EVENT_FILTERS)
        more = " AND " if clause else " WHERE "
        day = "COALESCE(e.date_start, CAST(a.published AS TEXT))"
        base = f"FROM events e JOIN articles a ON a.id = e.article_id{clause}{more}"
        rows = self.query(
            f"SELECT substr({day}, 1, 10) AS day, e.type AS type, count(*) AS n "
            f"{base}length({day}) >= 10 GROUP BY substr({day}, 1, 10), e.type "
            "ORDER BY day, type", params)
        undated = self.query(f"SELECT count(*) AS n {base}({day} IS NULL OR length({day}) < 10)",
                             params)[0]["n"]
        return rows, int(undated)

    def speakers(self, filters: dict[str, Any], *, limit: int = 50,
                 offset: int = 0) -> sql.Page:
        """Quoted speakers with their numbers of quotes, articles and outlets."""
        clause, params = sql.where(filters, sql.SIMPLE_FILTERS)
        key = "COALESCE(t.speaker_name, t.speaker_text, '(unknown)')"
        base = f"FROM quotes t JOIN articles a ON a.id = t.article_id{clause}"
        total = self.query(f"SELECT count(*) AS n FROM (SELECT {key} AS speaker, t.anonymous "
                           f"{base} GROUP BY {key}, t.anonymous) s", params)[0]["n"]
        rows = self.query(
            f"SELECT {key} AS speaker, t.anonymous AS anonymous, max(t.speaker_kind) AS kind, "
            "count(*) AS quotes, count(DISTINCT t.article_id) AS articles, "
            f"count(DISTINCT a.outlet) AS outlets {base} GROUP BY {key}, t.anonymous "
            "ORDER BY quotes DESC, speaker LIMIT ? OFFSET ?", [*params, limit, offset])
        return sql.Page(rows, int(total))

    def outlets(self, filters: dict[str, Any], *, limit: int = 100,
                offset: int = 0) -> sql.Page:
        """Outlets with their articles and named/anonymous source counts."""
        clause, params = sql.where(filters, sql.ARTICLE_FILTERS)
        key = "COALESCE(outlet, '(unknown)')"
        total = self.query(f"SELECT count(DISTINCT {key}) AS n FROM articles{clause}",
                           params)[0]["n"]
        rows = self.query(
            f"SELECT {key} AS outlet, count(*) AS articles, "
            "CAST(sum(named_sources) AS INTEGER) AS named_sources, "
            "CAST(sum(anonymous_sources) AS INTEGER) AS anonymous_sources, "
            "CAST(sum(CASE WHEN relayed THEN 1 ELSE 0 END) AS INTEGER) AS relayed_articles, "
            "CAST(sum(n_events) AS INTEGER) AS events, CAST(sum(n_quotes) AS INTEGER) AS quotes "
            f"FROM articles{clause} GROUP BY {key} ORDER BY articles DESC, outlet "
            "LIMIT ? OFFSET ?", [*params, limit, offset])
        return sql.Page(rows, int(total))

    def relays(self, filters: dict[str, Any], *, limit: int = 200) -> list[dict[str, Any]]:
        """Relay chains of quotes (``via``, nearest first) with their numbers of quotes."""
        clause, params = sql.where(filters, sql.SIMPLE_FILTERS)
        more = " AND " if clause else " WHERE "
        rows = self.query(
            "SELECT t.via AS via, count(*) AS quotes, count(DISTINCT t.article_id) AS articles "
            f"FROM quotes t JOIN articles a ON a.id = t.article_id{clause}{more}"
            "t.via IS NOT NULL AND t.via <> '[]' GROUP BY t.via ORDER BY quotes DESC, via "
            "LIMIT ?", [*params, limit])
        return [{"chain": json.loads(r["via"]), "quotes": int(r["quotes"]),
                 "articles": int(r["articles"])} for r in rows]
