"""articles -> analyses. Pure: no files, no database, no printing.

:class:`Pipeline` parses articles in batches with the pinned spaCy pipeline and runs the
extractors over each parse. :meth:`Pipeline.run` never stops on one bad article: it yields a
:class:`Failure` for it and goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any

from dateline.errors import DatelineError, EmptyInputError, InputError
from dateline.ingest import make_article
from dateline.model import Analysis, Article
from dateline.settings import Settings
from dateline.sourcing import grade_sourcing

log = logging.getLogger(__name__)

#: the versioned extractors, in the order they run (each reads what earlier ones found)
EXTRACTORS = (
    "dateline.entities.v1", "dateline.quotes.v1", "dateline.events.v1",
    "dateline.claims.v1", "dateline.framing.v1", "dateline.sourcing.v1",
)  # fmt: skip
PIPELINE_VERSION = "dateline-0.1:" + ",".join(EXTRACTORS)


@dataclass(frozen=True, slots=True)
class Failure:
    """One input that produced no analysis, and why."""

    source: str | None
    code: str
    message: str
    article_id: str | None = None

    @classmethod
    def from_error(cls, exc: InputError) -> Failure:
        return cls(exc.source, exc.code, DatelineError.__str__(exc))


Outcome = Analysis | Failure


def as_article(item: Article | str) -> Article:
    """``item`` itself, or an article made of a plain text (blank text is an input error)."""
    if isinstance(item, Article):
        return item
    if not item.strip():
        raise EmptyInputError("empty text: nothing to analyse", source="<text>")
    return make_article(item, source="<text>")


def _as_article_or_error(item: Article | str | InputError) -> Article | InputError:
    if isinstance(item, InputError):
        return item
    try:
        return as_article(item)
    except InputError as exc:
        return exc


class Pipeline:
    """The spaCy parse plus dateline's extractors, loaded once and reused."""

    def __init__(self, settings: Settings | None = None) -> None:
        from dateline.actors import default_kb
        from dateline.nlp.load import load_nlp

        self.settings = settings or Settings()
        self.nlp = load_nlp(self.settings.model)
        #: the actor knowledge base: bundled, with the user's ``kb_path`` file merged over it
        self.kb = default_kb(self.settings.kb_path)
        self._truecaser: Any = None

    def truecase(self, text: str) -> str:
        """Same-length recasing of an all-lower-case text (built on first use)."""
        if self._truecaser is None:
            from dateline.nlp.truecase import build_truecaser

            self._truecaser = build_truecaser(self.nlp, self.kb)
        cased: str = self._truecaser(text)
        return cased

    def analyze(self, item: Article | str) -> Analysis:
        """One analysis; raises on failure (use :meth:`run` for batches)."""
        outcome = next(self.run([item]))
        if isinstance(outcome, Failure):
            raise DatelineError(f"{outcome.source}: {outcome.message}")
        return outcome

    def run(self, items: Iterable[Article | str | InputError]) -> Iterator[Outcome]:
        """An :data:`Outcome` per item, in input order, parsing in batches."""
        it = iter(items)
        size = max(1, self.settings.batch_size)
        while batch := list(islice(it, size)):
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article | str | InputError]) -> Iterator[Outcome]:
        from dateline.nlp.analyze import analyze_doc
        from dateline.nlp.prepare import parse_text

        items = [_as_article_or_error(item) for item in batch]
        english = [a for a in items if isinstance(a, Article) and a.language == "en"]
        docs = iter(self.nlp.pipe(parse_text(a, self.truecase) for a in english))
        for article in items:
            if isinstance(article, InputError):
                yield Failure.from_error(article)
                continue
            if article.language != "en":
                yield Analysis(article=article, sourcing=grade_sourcing(article, ()),
                               pipeline=PIPELINE_VERSION)
                continue
            doc = next(docs)
            try:
                analysis = analyze_doc(article, doc, kb=self.kb)
                analysis.check()
            except Exception as exc:  # one article's bug must not stop the batch
                log.exception("analysis failed for %s", article.source or article.id)
                yield Failure(article.source, "analysis_error",
                              f"analysis failed: {type(exc).__name__}: {exc}", article.id)
                continue
            yield analysis


_worker: Pipeline | None = None


def _init_worker(settings: Settings) -> None:
    global _worker
    _worker = Pipeline(settings)


def _work(chunk: list[Article | InputError]) -> list[Outcome]:
    assert _worker is not None
    return list(_worker.run(chunk))


def run_parallel(items: Iterable[Article | str | InputError], settings: Settings,
                 *, processes: int) -> Iterator[Outcome]:
    """Like :meth:`Pipeline.run`, spread over ``processes`` worker processes (order kept)."""
    if processes <= 1:
        yield from Pipeline(settings).run(items)
        return
    chunks = _chunks((_as_article_or_error(i) for i in items), settings.batch_size)
    with ProcessPoolExecutor(processes, initializer=_init_worker, initargs=(settings,)) as pool:
        pending: list[Any] = []
        for chunk in chunks:
            pending.append(pool.submit(_work, chunk))
            if len(pending) >= processes * 2:
                yield from pending.pop(0).result()
        for fut in pending:
            yield from fut.result()


def _chunks(items: Iterator[Article | InputError], size: int) -> Iterator[list[Article | InputError]]:
    while chunk := list(islice(items, size)):
        yield chunk


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def analyze(item: Article | str) -> Analysis:
    """Analyse one article (or a plain text string)."""
    return default_pipeline().analyze(item)


def analyze_many(items: Iterable[Article | str]) -> Iterator[Analysis]:
    """Analyse a stream of articles lazily; articles that fail are logged and skipped."""
    for outcome in default_pipeline().run(items):
        if isinstance(outcome, Failure):
            log.warning("%s: %s", outcome.source, outcome.message)
            continue
        yield outcome
