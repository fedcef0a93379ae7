"""Run dateline.timex.find_dates over every sentence of N dated AllSides articles (evenly spread)
and print what it finds (for reading by hand) and the time per article.

    .venv/bin/python scripts/measure_dates.py [N] [--quiet] [--heldout]

``--heldout`` takes the articles half-way between those of the default sample (the rules
were tuned by reading the default sample; the held-out one was read once, untuned).

Sentences come from a plain regex splitter (no spaCy), so the timing is timex alone.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from dateline.timex import _find, find_dates

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/articles/allsides_conflict.jsonl"
#: a crude splitter: ends at . ! ? before a capital, except after a month abbreviation or title
SENT = re.compile(r"[^\n]+?(?:(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bSept)[.!?][\"”’)]?"
                  r"(?=\s+[\"“A-Z])|$)", re.M)


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv and argv[0].isdigit() else 50
    quiet = "--quiet" in argv
    dated = [rec for rec in map(json.loads, CORPUS.read_text(encoding="utf-8").splitlines())
             if rec.get("published")]
    stride = max(1, len(dated) // n)
    offset = stride // 2 if "--heldout" in argv else 0
    articles = dated[offset::stride][:n]  # evenly spread: many outlets
    total_s, cpu_s, n_dates, n_sents, n_chars = 0.0, 0.0, 0, 0, 0
    by_method: dict[str, int] = {}
    for rec in articles:
        text: str = rec["text"]
        sents = [(m.start(), m.end()) for m in SENT.finditer(text) if m.end() > m.start()]
        _find.cache_clear()
        t0, c0 = time.perf_counter(), time.process_time()
        found = [d for s, e in sents
                 for d in find_dates(text, s, e, published=rec["published"], dateline_date=None)]
        total_s += time.perf_counter() - t0
        cpu_s += time.process_time() - c0
        n_dates += len(found)
        n_sents += len(sents)
        n_chars += len(text)
        if not quiet:
            print(f"\n## {rec['id']} published {rec['published']} ({rec['outlet']})")
        for d in found:
            by_method[d.method] = by_method.get(d.method, 0) + 1
            if not quiet and d.span is not None:
                ctx = text[max(0, d.span.start - 50): d.span.end + 30].replace("\n", " ")
                print(f"  {d.text!r:28} {d.start}..{d.end} {d.precision:11} {d.method:22} | {ctx}")
    print(f"\narticles {len(articles)}, sentences {n_sents}, chars {n_chars}, dates {n_dates}")
    print(f"methods {by_method}")
    print(f"wall {total_s * 1000:.1f} ms total, {total_s * 1000 / len(articles):.2f} ms/article, "
          f"{total_s * 1e6 / max(1, n_sents):.1f} µs/sentence; "
          f"cpu {cpu_s * 1000 / len(articles):.2f} ms/article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
