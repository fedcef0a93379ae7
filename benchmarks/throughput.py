"""Throughput: the full dateline pipeline vs bare spaCy parsing of the same articles.

    .venv/bin/python benchmarks/throughput.py [--limit 500] [--processes 1 2] [--json]

Reads up to ``--limit`` real articles from ../shared/corpus/articles (or generates fictional
ones when the corpus is absent), then times, for each process count:

- bare: ``nlp.pipe(texts)`` of the same spaCy pipeline (``n_process`` = processes);
- full: ingest (JSONL -> Article, language, dateline) + parse + every extractor -> Analysis.

Prints words/s for each and the ratio full/bare time (target: at most 1.3). Model loading is
excluded from both; worker start-up is included in both.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "articles"
FILES = ("allsides_conflict.jsonl", "tehrantimes_conflict.jsonl")


def load_lines(limit: int) -> list[bytes]:
    lines: list[bytes] = []
    for name in FILES:
        path = CORPUS / name
        if path.exists():
            lines += [line for line in path.read_bytes().splitlines() if line.strip()]
    if not lines:
        return generated(limit)
    return lines[:limit]


def generated(n: int) -> list[bytes]:
    """Fictional articles built from templates, for machines without the shared corpus."""
    rng = random.Random(7)
    people = ["Ada Ferri", "Tavi Oruko", "Rosa Delmundo", "Jonah Weru", "Lena Marsh"]
    places = ["Nairobi", "Lisbon", "Manila", "Accra", "Lima", "Hanoi"]
    sents = [
        "Fighters of the fictional {g} attacked a police post near {p} on Monday, killing at "
        "least {n} officers, officials said.",
        '"We will not negotiate under fire," {s} told reporters in {p}.',
        "The government of the fictional province agreed to hold talks with the {g} next week.",
        "According to a report by the fictional Daily Lantern, about {n} families fled the area.",
        "{s} condemned the attack and called for calm, saying the army would respond.",
    ]
    out = []
    for i in range(n):
        body = " ".join(rng.choice(sents).format(g="Ridge Front", p=rng.choice(places),
                                                n=rng.randint(2, 900), s=rng.choice(people))
                        for _ in range(rng.randint(25, 60)))
        text = f"{rng.choice(places).upper()} (Demo Wire) - {body}"
        out.append(json.dumps({"id": f"gen-{i}", "text": text, "published": "2026-01-01"}).encode())
    return out


def words(lines: list[bytes]) -> int:
    return sum(len(json.loads(line)["text"].split()) for line in lines)


def bare(lines: list[bytes], processes: int) -> float:
    from dateline.nlp.load import load_nlp

    nlp = load_nlp(bare=True)
    texts = [json.loads(line)["text"] for line in lines]
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, n_process=processes, batch_size=32):
        pass
    return time.perf_counter() - start


def full(lines: list[bytes], processes: int) -> float:
    from dateline.ingest.jsonl import read_jsonl
    from dateline.pipeline import Failure, Pipeline, run_parallel
    from dateline.settings import Settings

    settings = Settings(n_process=processes)
    Pipeline(settings)  # load models and resources outside the timing
    start = time.perf_counter()
    failed = 0
    items = read_jsonl(iter(lines), source="bench", max_bytes=settings.max_bytes)
    for outcome in run_parallel(items, settings, processes=processes):
        failed += isinstance(outcome, Failure)
    elapsed = time.perf_counter() - start
    if failed:
        print(f"  ({failed} articles failed)", file=sys.stderr)
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--json", action="store_true", help="print results as JSON")
    args = ap.parse_args()
    lines = load_lines(args.limit)
    n_words = words(lines)
    source = "shared corpus" if (CORPUS / FILES[0]).exists() else "generated"
    results = []
    for procs in args.processes:
        t_bare = bare(lines, procs)
        t_full = full(lines, procs)
        results.append({"processes": procs, "articles": len(lines), "words": n_words,
                        "bare_words_per_s": round(n_words / t_bare),
                        "full_words_per_s": round(n_words / t_full),
                        "ratio_full_over_bare": round(t_full / t_bare, 3)})
    if args.json:
        print(json.dumps({"source": source, "results": results}, indent=2))
        return 0
    print(f"{len(lines)} articles, {n_words:,} words ({source})")
    print(f"{'processes':>9} {'bare words/s':>13} {'full words/s':>13} {'full/bare':>10}")
    for r in results:
        print(f"{r['processes']:>9} {r['bare_words_per_s']:>13,} {r['full_words_per_s']:>13,} "
              f"{r['ratio_full_over_bare']:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
