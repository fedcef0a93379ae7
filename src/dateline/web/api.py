"""The JSON API (``/api/...``): the same data and filters as the pages, plus writes.

Lists answer ``{"total", "limit", "offset", "items"}``; every error answers
``{"error": {"code", "message", "details"}}`` (:mod:`dateline.web.errors`). The OpenAPI spec is
at ``/api/openapi.json``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from dateline import __version__
from dateline.storage import sql
from dateline.web.db import Database
from dateline.web.errors import ERROR_RESPONSES, APIError
from dateline.web.filters import (
    ArticleFilters,
    ClaimFilters,
    EventExport,
    EventFilters,
    QuoteFilters,
)
from dateline.web.jobs import JobManager, Pasted, Upload
from dateline.web.records import RecordsIn, analysis_from_json

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)
POINTS_MAX = 2000
EXPORT_PAGE = 500
NO_CONTROL = r"^[^\x00-\x1f]+$"
IdPath = Annotated[str, Path(min_length=1, max_length=500, pattern=NO_CONTROL)]


class PageOut(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


def db_of(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def jobs_of(request: Request) -> JobManager:
    jobs: JobManager = request.app.state.jobs
    return jobs


def _json_list(value: Any) -> list[Any]:
    if not isinstance(value, str) or not value:
        return []
    parsed = json.loads(value)
    return parsed if isinstance(parsed, list) else []


def article_row(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "countries": (row.get("countries") or "").split(),
            "event_types": (row.get("event_types") or "").split()}


def event_row(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "context": _json_list(row.get("context"))}


def quote_row(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "via": _json_list(row.get("via"))}


def _page(page: sql.Page, f: Any, rows: list[dict[str, Any]]) -> PageOut:
    return PageOut(total=page.total, limit=f.limit, offset=f.offset, items=rows)


@router.get("/health")
def health(request: Request) -> dict[str, Any]:
    """The server's pid and database (the CLI uses this to trust a ``.serve.json``)."""
    return {"status": "ok", "version": __version__, "pid": os.getpid(),
            "db": db_of(request).name}


@router.get("/articles", response_model=PageOut)
def articles(request: Request, f: Annotated[ArticleFilters, Query()]) -> PageOut:
    """Articles, newest first, with full-text search and filters."""
    with db_of(request).use() as store:
        page = store.articles(f.store_filters(), limit=f.limit, offset=f.offset)
    return _page(page, f, [article_row(r) for r in page.rows])


@router.get("/articles/{article_id:path}")
def article(request: Request, article_id: IdPath) -> dict[str, Any]:
    """One article's full analysis record (the contract's JSON)."""
    with db_of(request).use() as store:
        record = store.record(article_id)
    if record is None:
        raise APIError(404, f"no article {article_id!r}")
    return record


@router.get("/article-ids")
def article_ids(request: Request,
                prefix: Annotated[str, Query(min_length=1, max_length=500, pattern=NO_CONTROL)],
                ) -> dict[str, Any]:
    """Up to 10 article ids equal to or starting with ``prefix``."""
    with db_of(request).use() as store:
        return {"ids": store.find_ids(prefix)}


@router.get("/events", response_model=PageOut)
def events(request: Request, f: Annotated[EventFilters, Query()]) -> PageOut:
    """Events with their article's outlet and date."""
    with db_of(request).use() as store:
        page = store.events(f.store_filters(), limit=f.limit, offset=f.offset)
    return _page(page, f, [event_row(r) for r in page.rows])


@router.get("/events/points")
def event_points(request: Request, f: Annotated[EventFilters, Query()]) -> dict[str, Any]:
    """Events with coordinates for the map (paging ignored; at most 2000)."""
    with db_of(request).use() as store:
        rows = store.event_points(f.store_filters(), limit=POINTS_MAX + 1)
    return {"items": rows[:POINTS_MAX], "truncated": len(rows) > POINTS_MAX}


@router.get("/events/timeline")
def event_timeline(request: Request, f: Annotated[EventFilters, Query()]) -> dict[str, Any]:
    """Events per day and type (paging ignored)."""
    with db_of(request).use() as store:
        rows, undated = store.event_timeline(f.store_filters())
    return {"days": rows, "undated": undated}


@router.get("/events/export", response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}}}})
def export_events(request: Request, f: Annotated[EventExport, Query()]) -> StreamingResponse:
    """All events matching the filters as a CSV or JSONL download."""
    db, filters = db_of(request), f.store_filters()

    def rows() -> Iterator[dict[str, Any]]:
        offset = 0
        while True:
            with db.use() as store:
                page = store.events(filters, limit=EXPORT_PAGE, offset=offset)
            yield from (event_row(r) for r in page.rows)
            offset += EXPORT_PAGE
            if offset >= page.total or not page.rows:
                return

    def as_csv() -> Iterator[str]:
        buf = io.StringIO()
        writer: Any = None
        for row in rows():
            if writer is None:
                writer = csv.DictWriter(buf, fieldnames=list(row), extrasaction="ignore")
                writer.writeheader()
            writer.writerow({k: json.dumps(v) if isinstance(v, list) else v
                             for k, v in row.items()})
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()

    def as_jsonl() -> Iterator[str]:
        for row in rows():
            yield json.dumps(row, ensure_ascii=False, default=str) + "\n"

    kind = "text/csv; charset=utf-8" if f.format == "csv" else "application/x-ndjson"
    stamp = dt.date.today().isoformat()
    return StreamingResponse(
        as_csv() if f.format == "csv" else as_jsonl(), media_type=kind,
        headers={"Content-Disposition": f'attachment; filename="events-{stamp}.{f.format}"'})


@router.get("/quotes", response_model=PageOut)
def quotes(request: Request, f: Annotated[QuoteFilters, Query()]) -> PageOut:
    """Quotes with speaker, cue and relay chain."""
    with db_of(request).use() as store:
        page = store.table("quotes", f.store_filters(), limit=f.limit, offset=f.offset)
    return _page(page, f, [quote_row(r) for r in page.rows])


@router.get("/claims", response_model=PageOut)
def claims(request: Request, f: Annotated[ClaimFilters, Query()]) -> PageOut:
    """Numeric claims."""
    with db_of(request).use() as store:
        page = store.table("claims", f.store_filters(), limit=f.limit, offset=f.offset)
    return _page(page, f, page.rows)


@router.get("/sources")
def sources(request: Request, f: Annotated[ArticleFilters, Query()]) -> dict[str, Any]:
    """Outlets (with their share of anonymous sources), speakers (paged) and relay chains."""
    filters = f.store_filters()
    with db_of(request).use() as store:
        outlets = store.outlets(filters, limit=200)
        speakers = store.speakers(filters, limit=f.limit, offset=f.offset)
        relays = store.relays(filters)
    for row in outlets.rows:
        n = (row["named_sources"] or 0) + (row["anonymous_sources"] or 0)
        row["anonymous_share"] = round((row["anonymous_sources"] or 0) / n, 3) if n else None
    return {"outlets": outlets.rows, "speakers": _page(speakers, f, speakers.rows).model_dump(),
            "relays": relays}


@router.get("/facets")
def facets(request: Request) -> dict[str, list[str]]:
    """Values for the filter menus: outlets, grades, event types, countries."""
    with db_of(request).use() as store:
        return store.facets()


@router.get("/export/{table}")
def export_table(request: Request, table: Annotated[str, Path(pattern="^(events|quotes|claims)$")]
                 ) -> dict[str, Any]:
    """A whole export table as columns and rows (what ``dateline export`` writes)."""
    with db_of(request).use() as store:
        cols, rows = store.export_rows(table)
        return {"columns": cols, "rows": [list(r) for r in rows]}


@router.post("/records")
def post_records(request: Request, body: RecordsIn) -> dict[str, Any]:
    """Store finished analysis records (as ``dateline analyze`` makes them); idempotent."""
    analyses = [analysis_from_json(r, index=i) for i, r in enumerate(body.records)]
    with db_of(request).use() as store:
        for analysis in analyses:
            store.save(analysis)
        for fail in body.failures:
            store.save_failure(fail.source, fail.code, fail.message, fail.article_id)
    return {"stored": len(analyses), "failures": len(body.failures),
            "ids": [a.article.id for a in analyses]}


def _published(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError as exc:
        raise APIError(422, "published must be a date YYYY-MM-DD") from exc


def inputs_from_form(text: str | None, files: list[UploadFile] | None, *, title: str | None,
                     outlet: str | None, published: str | None) -> list[Upload | Pasted]:
    """Pasted text and uploaded files of an analyse form, or a 422 when there is nothing."""
    inputs: list[Upload | Pasted] = []
    if text is not None and text.strip():
        inputs.append(Pasted(text, title=(title or "").strip() or None,
                             outlet=(outlet or "").strip() or None,
                             published=_published(published)))
    for upload in files or []:
        data = upload.file.read()
        if upload.filename or data:
            inputs.append(Upload(upload.filename or "upload", data))
    if not inputs:
        raise APIError(422, "nothing to analyse: paste text or choose files")
    return inputs


@router.post("/analyze", status_code=202)
def analyze(request: Request,
            text: Annotated[str | None, Form(description="pasted article text")] = None,
            title: Annotated[str | None, Form(max_length=500)] = None,
            outlet: Annotated[str | None, Form(max_length=300)] = None,
            published: Annotated[str | None, Form(max_length=40)] = None,
            files: Annotated[list[UploadFile] | None, File(description="HTML, text or JSONL"
                                                              )] = None) -> dict[str, Any]:
    """Queue pasted text and/or uploaded files for analysis; poll ``/api/jobs/{id}``."""
    inputs = inputs_from_form(text, files, title=title, outlet=outlet, published=published)
    return {"job": jobs_of(request).submit(inputs)}


@router.get("/jobs/{job_id}")
def job(request: Request, job_id: Annotated[str, Path(max_length=64)]) -> dict[str, Any]:
    """An analysis job's progress, stored articles and per-input errors."""
    snapshot = jobs_of(request).get(job_id)
    if snapshot is None:
        raise APIError(404, f"no job {job_id!r}")
    return {"job": snapshot}
