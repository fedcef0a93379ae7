"""Actor coverage on AllSides conflict news (no gold set: how much of what is named gets coded).

Reads the first ``limit`` (default 100) articles of ``corpus/articles/allsides_conflict.jsonl``
in file order, parses them and runs only the entity extractor. Scores:

- ``mentions_per_article``;
- ``with_country``: share of mentions that carry a country (ISO3 or PLOVER's IGO/UNO/...);
- ``with_sector``: share with a PLOVER sector; ``kb_linked``: share with a ``kb_id``;
- ``actor_with_country``: the same share over mentions that are not places (countries,
  institutions, groups, people): the actors events and quotes use;
- ``person_with_country``: over person mentions only (the hardest: people outside the KB);
- ``cost_share``: entity extraction time / spaCy parse time (not deterministic; not gated).

This measures coverage, not accuracy: spot checks of the codes are reported in docs/actors.md.
"""

from __future__ import annotations

import time
from itertools import islice
from pathlib import Path

from dateline.model import Article


def _articles(shared: Path, limit: int) -> list[Article]:
    from dateline.ingest import read_inputs

    path = shared / "corpus" / "articles" / "allsides_conflict.jsonl"
    return [a for a in islice(read_inputs([path], max_bytes=50_000_000), limit)
            if isinstance(a, Article)]


def run(shared: Path, *, limit: int | None = None) -> dict[str, float | int]:
    from dateline.nlp import entities
    from dateline.nlp.context import DocContext
    from dateline.nlp.load import load_nlp
    from dateline.nlp.prepare import parse_text

    articles = _articles(shared, limit or 100)
    nlp = load_nlp()
    t0 = time.perf_counter()
    docs = list(nlp.pipe(parse_text(a) for a in articles))
    parse_s = time.perf_counter() - t0
    entities.extract(DocContext(article=articles[0], doc=docs[0]))  # load the KB untimed
    t0 = time.perf_counter()
    found = [entities.extract(DocContext(article=a, doc=d)) for a, d in zip(articles, docs,
                                                                             strict=True)]
    entity_s = time.perf_counter() - t0
    mentions = [m.entity for ms in found for m in ms]
    actors = [e for e in mentions if e.kind != "place"]
    people = [e for e in mentions if e.kind == "person"]

    def share(items: list[object], test: str) -> float:
        return round(sum(1 for e in items if getattr(e, test)) / len(items), 4) if items else 0.0

    return {
        "articles": len(articles),
        "mentions": len(mentions),
        "mentions_per_article": round(len(mentions) / max(1, len(articles)), 2),
        "with_country": share(list(mentions), "country"),
        "with_sector": share(list(mentions), "sector"),
        "kb_linked": share(list(mentions), "kb_id"),
        "actor_with_country": share(list(actors), "country"),
        "person_with_country": share(list(people), "country"),
        "cost_share": round(entity_s / parse_s, 4) if parse_s else 0.0,
    }
