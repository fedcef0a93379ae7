"""The web workbench's ASGI app: pages, JSON API, static files, security middleware.

:func:`create_app` builds the app over an open store; ``dateline serve`` (:mod:`.serve`) opens
the store, owns the DuckDB file and runs the app with uvicorn.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from importlib.resources import files

import jinja2
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from dateline import __version__
from dateline.settings import Settings
from dateline.storage.base import SQLStore
from dateline.web import api, errors, views
from dateline.web.db import Database
from dateline.web.guard import Guard
from dateline.web.jobs import JobManager, Runner

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def default_hosts(host: str) -> tuple[str, ...] | None:
    """Host names the server answers to: loopback names when bound to loopback, else any."""
    if host in LOOPBACK:
        return LOOPBACK
    if host in ("0.0.0.0", "::"):
        return None
    return (*LOOPBACK, host)


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("dateline.web", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["pct"] = lambda x: "–" if x is None else f"{100 * x:.0f}%"
    return Jinja2Templates(env=env)


def create_app(store: SQLStore, *, settings: Settings | None = None, db_name: str = "",
               hosts: Iterable[str] | None = ("testserver",),
               pipeline_factory: Callable[[], Runner] | None = None,
               close_store: bool = False) -> FastAPI:
    """The app over ``store``. ``hosts``: accepted ``Host`` names (``None``: any)."""
    settings = settings or Settings()
    db = Database(store, name=db_name or settings.db)
    jobs = JobManager(db, settings, pipeline_factory=pipeline_factory)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        jobs.close()
        if close_store:
            db.close()

    app = FastAPI(title="dateline", version=__version__, lifespan=lifespan,
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,
                  description="News articles -> evidence-linked event data. All lists take "
                              "limit (1..500) and offset; errors answer "
                              '{"error": {"code", "message", "details"}}.')
    app.state.db = db
    app.state.jobs = jobs
    app.state.settings = settings
    app.state.templates = _templates()
    errors.install(app)
    app.include_router(api.router)
    app.include_router(views.router)
    static = files("dateline.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.add_middleware(Guard, hosts=None if hosts is None else list(hosts),
                       max_body=settings.upload_max_bytes)
    return app
