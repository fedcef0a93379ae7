"""The HTML pages: articles, one article with its evidence highlighted, events, sources, analyse.

Pages are rendered by Jinja with autoescaping; article content only ever reaches the page as
escaped text. The scripts in ``static/js`` add the interactive parts (cards, map, timeline,
upload progress) and read the same JSON API.
"""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from dateline.model import EVENT_TYPES
from dateline.storage import sql
from dateline.web.api import article_row, db_of, event_row, inputs_from_form, jobs_of
from dateline.web.errors import APIError, respond
from dateline.web.filters import ArticleFilters, EventFilters, Filters
from dateline.web.highlight import LAYERS, highlighted

router = APIRouter(include_in_schema=False)
F = TypeVar("F", bound=Filters)


def _render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    templates = request.app.state.templates
    response: Response = templates.TemplateResponse(request, name, context, status_code=status)
    return response


def _filters(request: Request, model: type[F]) -> F | Response:
    """The page's filters, or an error page naming the bad parameters."""
    try:
        return model.model_validate(dict(request.query_params))
    except ValidationError as exc:
        details = [{"loc": [str(p) for p in e["loc"]], "msg": e["msg"]} for e in exc.errors()]
        return respond(request, 400, "invalid_parameters", "invalid filter values", details)


def pager(page: sql.Page, f: Filters) -> dict[str, Any]:
    last = f.offset + len(page.rows)
    return {
        "total": page.total, "first": f.offset + 1 if page.rows else 0, "last": last,
        "prev": f.query_string(offset=max(0, f.offset - f.limit)) if f.offset > 0 else None,
        "next": f.query_string(offset=f.offset + f.limit) if last < page.total else None,
    }


def _facets(request: Request) -> dict[str, list[str]]:
    with db_of(request).use() as store:
        facets = store.facets()
    facets["event_types"] = list(EVENT_TYPES)
    return facets


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/articles", status_code=303)


@router.get("/articles")
def articles_page(request: Request) -> Response:
    f = _filters(request, ArticleFilters)
    if isinstance(f, Response):
        return f
    with db_of(request).use() as store:
        page = store.articles(f.store_filters(), limit=f.limit, offset=f.offset)
    return _render(request, "articles.html", {
        "f": f, "facets": _facets(request), "rows": [article_row(r) for r in page.rows],
        "pager": pager(page, f), "nav": "articles",
    })


def relay_chains(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Distinct chains outlet -> relays (nearest the outlet first) -> speaker, with counts."""
    outlet = record["article"].get("outlet") or "this article"
    chains: Counter[tuple[str, ...]] = Counter()
    for q in record.get("quotes") or ():
        via = [str(v) for v in q.get("via") or ()]
        sp = q.get("speaker") or {}
        who = sp.get("name") or sp.get("text") or "unknown speaker"
        if sp.get("anonymous"):
            who = f"{who} (anonymous)"
        if via:
            chains[(outlet, *via, who)] += 1
    return [{"links": list(k), "quotes": n} for k, n in chains.most_common()]


def side_lists(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Short labels of every record, for the side panel."""
    def names(ents: list[dict[str, Any]]) -> str:
        return ", ".join(e.get("name") or e.get("text") or "?" for e in ents) or "?"

    events = [{"id": e["id"], "label": f"{e['type']}: {(e.get('trigger') or {}).get('text')}",
               "detail": f"{names(e.get('actors') or [])} → {names(e.get('recipients') or [])}",
               "flags": [x for x in (e.get("modality") if e.get("modality") != "asserted" else None,
                                     "historical" if e.get("historical") else None,
                                     "alleged" if e.get("alleged") else None,
                                     "retold" if e.get("same_as") else None) if x]}
              for e in record.get("events") or ()]
    quotes = [{"id": q["id"], "label": ((q.get("speaker") or {}).get("name")
                                        or (q.get("speaker") or {}).get("text") or "unknown"),
               "detail": ((q.get("content") or {}).get("text") or "")[:140],
               "flags": [x for x in (q.get("kind"), "anonymous" if (q.get("speaker") or {}).get(
                   "anonymous") else None) if x]}
              for q in record.get("quotes") or ()]
    claims = [{"id": c["id"], "label": c.get("text") or "", "flags": [],
               "detail": " ".join(str(x) for x in (c.get("qualifier"), c.get("value"),
                                                   c.get("unit")) if x is not None)}
              for c in record.get("claims") or ()]
    framing = [{"id": f["id"], "label": f.get("text") or "", "detail": f.get("category") or "",
                "flags": ["in quote"] if f.get("in_quote") else ["own voice"]}
               for f in record.get("framing") or ()]
    return {"events": events, "quotes": quotes, "claims": claims, "framing": framing}


@router.get("/articles/{article_id:path}")
def article_page(request: Request, article_id: str) -> Response:
    if any(ord(c) < 32 for c in article_id):
        raise APIError(404, "no such article")
    with db_of(request).use() as store:
        record = store.record(article_id)
    if record is None:
        raise APIError(404, f"no article {article_id!r}")
    return _render(request, "article.html", {
        "r": record, "a": record["article"], "segments": highlighted(record),
        "layers": LAYERS, "lists": side_lists(record), "chains": relay_chains(record),
        "s": record.get("sourcing") or {}, "nav": "articles",
    })


@router.get("/events")
def events_page(request: Request) -> Response:
    f = _filters(request, EventFilters)
    if isinstance(f, Response):
        return f
    with db_of(request).use() as store:
        page = store.events(f.store_filters(), limit=f.limit, offset=f.offset)
    return _render(request, "events.html", {
        "f": f, "facets": _facets(request), "rows": [event_row(r) for r in page.rows],
        "pager": pager(page, f), "nav": "events", "qs": f.query_string(limit=None, offset=0),
    })


@router.get("/sources")
def sources_page(request: Request) -> Response:
    f = _filters(request, ArticleFilters)
    if isinstance(f, Response):
        return f
    filters = f.store_filters()
    with db_of(request).use() as store:
        outlets = store.outlets(filters, limit=200)
        speakers = store.speakers(filters, limit=f.limit, offset=f.offset)
        relays = store.relays(filters)
    for row in outlets.rows:
        n = (row["named_sources"] or 0) + (row["anonymous_sources"] or 0)
        row["anonymous_share"] = (row["anonymous_sources"] or 0) / n if n else None
    return _render(request, "sources.html", {
        "f": f, "facets": _facets(request), "outlets": outlets.rows, "speakers": speakers.rows,
        "pager": pager(speakers, f), "relays": relays, "nav": "sources",
    })


@router.get("/analyze")
def analyze_page(request: Request) -> Response:
    return _render(request, "analyze.html", {
        "nav": "analyze", "limit_mb": request.app.state.settings.upload_max_bytes / 1e6,
        "limit": request.app.state.settings.upload_max_bytes,
    })


@router.post("/analyze")
def analyze_form(request: Request, text: Annotated[str | None, Form()] = None,
                 title: Annotated[str | None, Form(max_length=500)] = None,
                 outlet: Annotated[str | None, Form(max_length=300)] = None,
                 published: Annotated[str | None, Form(max_length=40)] = None,
                 files: Annotated[list[UploadFile] | None, File()] = None) -> Response:
    """The form's fallback without JavaScript: queue, then show the job page."""
    inputs = inputs_from_form(text, files, title=title, outlet=outlet, published=published)
    job = jobs_of(request).submit(inputs)
    return RedirectResponse(f"/jobs/{job['id']}", status_code=303)


@router.get("/jobs/{job_id}")
def job_page(request: Request, job_id: str) -> Response:
    job = jobs_of(request).get(job_id)
    if job is None:
        raise APIError(404, f"no job {job_id!r}")
    return _render(request, "job.html", {"job": job, "nav": "analyze"})
