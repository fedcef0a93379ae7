"""Analysis jobs of the web workbench: pasted text and uploaded files, analysed in the background.

One worker thread takes jobs in order, loads the English pipeline on first use, reads each
upload (HTML, text, JSONL, feeds), analyses the articles and saves them through the server's
store. Pages poll ``GET /api/jobs/{id}`` for progress; per-input errors are kept on the job.
"""

from __future__ import annotations

import logging
import queue
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from dateline.errors import InputError
from dateline.model import Analysis, Article
from dateline.settings import Settings
from dateline.web.db import Database

log = logging.getLogger(__name__)

KINDS = {".html", ".htm", ".xhtml", ".txt", ".text", ".jsonl", ".ndjson", ".jl", ".xml", ".rss",
         ".atom"}
KEEP = 100  # finished jobs remembered


class Runner(Protocol):
    """What a job needs of :class:`dateline.pipeline.Pipeline`."""

    def run(self, items: Iterable[Article | str | InputError]) -> Iterator[Any]: ...


@dataclass(frozen=True, slots=True)
class Upload:
    name: str
    data: bytes

    @property
    def kind(self) -> str:
        dot = self.name.rfind(".")
        suffix = self.name[dot:].lower() if dot >= 0 else ""
        return suffix if suffix in KINDS else ""


@dataclass(frozen=True, slots=True)
class Pasted:
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None


@dataclass
class Job:
    """A job's state; changed only by the worker, read through :meth:`snapshot`."""

    id: str
    inputs: list[Upload | Pasted]
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    status: str = "queued"  # queued, reading, loading, analysing, done, failed
    total: int = 0
    done: int = 0
    articles: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    message: str = ""

    def snapshot(self) -> dict[str, Any]:
        return {"id": self.id, "created": self.created, "status": self.status,
                "finished": self.status in ("done", "failed"), "total": self.total,
                "done": self.done, "articles": list(self.articles), "errors": list(self.errors),
                "message": self.message, "inputs": len(self.inputs)}


class JobManager:
    def __init__(self, db: Database, settings: Settings, *,
                 pipeline_factory: Callable[[], Runner] | None = None) -> None:
        self.db = db
        self.settings = settings
        self._factory = pipeline_factory
        self._pipeline: Runner | None = None
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    def submit(self, inputs: list[Upload | Pasted]) -> dict[str, Any]:
        job = Job(uuid.uuid4().hex[:16], inputs)
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEEP:
                self._jobs.popitem(last=False)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="dateline-jobs",
                                                daemon=True)
                self._thread.start()
        self._queue.put(job)
        return job.snapshot()

    def get(self, job_id: str) -> dict[str, Any] | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return None if job is None else job.snapshot()

    def close(self, *, timeout: float = 5.0) -> None:
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout)

    def _runner(self, job: Job) -> Runner:
        if self._pipeline is None:
            job.status = "loading"
            if self._factory is not None:
                self._pipeline = self._factory()
            else:
                from dateline.pipeline import Pipeline

                self._pipeline = Pipeline(self.settings)
        return self._pipeline

    def _work(self) -> None:
        while (job := self._queue.get()) is not None:
            try:
                self._run(job)
            except Exception as exc:  # a job's crash must not kill the worker
                log.exception("analysis job %s failed", job.id)
                job.message = f"{type(exc).__name__}: {exc}"
                job.status = "failed"

    def _read(self, job: Job) -> list[Article | InputError]:
        from dateline.ingest import make_article, read_bytes

        items: list[Article | InputError] = []
        for item in job.inputs:
            if isinstance(item, Pasted):
                items.append(make_article(item.text, title=item.title, outlet=item.outlet,
                                          published=item.published, url=item.url,
                                          source="pasted text"))
            else:
                items += read_bytes(item.data, source=item.name,
                                    max_bytes=self.settings.max_bytes, kind=item.kind)
        return items

    def _run(self, job: Job) -> None:
        from dateline.pipeline import Failure

        job.status = "reading"
        items = self._read(job)
        job.inputs = [Upload(i.name, b"") if isinstance(i, Upload) else i for i in job.inputs]
        job.total = len(items)
        runner = self._runner(job)
        job.status = "analysing"
        for outcome in runner.run(items):
            if isinstance(outcome, Failure):
                job.errors.append({"source": outcome.source, "code": outcome.code,
                                   "message": outcome.message})
                if outcome.source:
                    with self.db.use() as store:
                        store.save_failure(outcome.source, outcome.code, outcome.message,
                                           outcome.article_id)
            elif isinstance(outcome, Analysis):
                with self.db.use() as store:
                    store.save(outcome)
                art = outcome.article
                job.articles.append({"id": art.id, "title": art.title, "source": art.source,
                                     "events": len(outcome.events),
                                     "quotes": len(outcome.quotes)})
            job.done += 1
        job.status = "done"
        job.message = f"{len(job.articles)} analysed, {len(job.errors)} failed"
