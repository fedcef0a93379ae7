"""Runs beyond one machine: the pipeline on a Ray cluster through Ray Data (``dateline[scale]``).

``run_ray(items, settings, address=...)`` sends articles to a pool of Ray actors, each holding
one loaded :class:`~dateline.pipeline.Pipeline`, and yields the outcomes back on the driver in
input order, where the CLI stores them. Input errors never leave the driver. ``address`` is a
Ray cluster address (``ray://head:10001`` or ``auto``) or ``local`` for a Ray instance started
on this machine.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from itertools import islice
from typing import Any

from dateline.errors import ConfigError, InputError
from dateline.model import Article
from dateline.pipeline import Failure, Outcome, _as_article_or_error
from dateline.serialize import article_to_dict, from_dict
from dateline.settings import Settings

log = logging.getLogger(__name__)
BLOCK = 2_000  # articles per Ray dataset: bounds driver memory on huge inputs


class _Analyzer:
    """A Ray actor: one Pipeline, fed batches of article records."""

    def __init__(self, settings: dict[str, Any]) -> None:
        from dateline.pipeline import Pipeline

        self.pipeline = Pipeline(Settings(**settings))

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        from dateline.serialize import to_dict

        articles = [from_dict({"article": json.loads(a)}).article for a in batch["article"]]
        out = []
        for outcome in self.pipeline.run(articles):
            if isinstance(outcome, Failure):
                out.append(json.dumps({"failure": asdict(outcome)}))
            else:
                out.append(json.dumps({"record": to_dict(outcome)}))
        return {"outcome": out}


def _start(address: str, settings: Settings) -> Any:
    try:
        import ray
    except ImportError as exc:
        raise ConfigError("Ray is not installed: pip install 'dateline[scale]'") from exc
    if not ray.is_initialized():
        kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                  "ignore_reinit_error": True}
        if address == "local":
            kwargs["num_cpus"] = max(1, settings.n_process)
        else:
            kwargs["address"] = address
        ray.init(**kwargs)
    ray.data.DataContext.get_current().execution_options.preserve_order = True
    return ray


def run_ray(items: Iterable[Article | str | InputError], settings: Settings, *,
            address: str = "local", actors: int | None = None) -> Iterator[Outcome]:
    """Like :func:`dateline.pipeline.run_parallel`, on Ray actors (order kept)."""
    ray = _start(address, settings)
    pool = actors or max(1, settings.n_process)
    it = (_as_article_or_error(i) for i in items)
    while block := list(islice(it, BLOCK)):
        errors = {i: x for i, x in enumerate(block) if isinstance(x, InputError)}
        articles = [x for x in block if isinstance(x, Article)]
        results: Iterator[dict[str, Any]] = iter(())
        if articles:
            ds = ray.data.from_items(
                [{"article": json.dumps(article_to_dict(a), ensure_ascii=False)} for a in articles])
            ds = ds.map_batches(_Analyzer, fn_constructor_kwargs={"settings": asdict(settings)},
                                concurrency=pool, batch_size=settings.batch_size)
            results = iter(ds.iter_rows())
        for i in range(len(block)):
            if i in errors:
                yield Failure.from_error(errors[i])
                continue
            row = json.loads(next(results)["outcome"])
            if "failure" in row:
                yield Failure(**row["failure"])
            else:
                yield from_dict(row["record"])


def shutdown() -> None:
    import ray

    if ray.is_initialized():
        ray.shutdown()
