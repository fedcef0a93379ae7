"""ECB+ (CC BY 3.0, Cybulska & Vossen 2014): does dateline's ``same_as`` link the events of one
article that tell the same happening, and only those?

Gold: ``corpus/eval/ecbplus`` -- 982 articles with their event mentions (``ACTION_*``,
``NEG_ACTION_*``) and coreference chains. Each article's text (one tokenised sentence per line)
is analysed as it is; an event of ours *matches* a gold event mention when its trigger covers
one of the mention's tokens in a sentence the release lists as fully annotated
(``ECBplus_coreference_sentences.csv``). Over pairs of matched events of one article in
different sentences (``same_as`` never links two events of one sentence):

- ``pair_precision``: of the pairs dateline tells as the same happening (one cluster of
  ``same_as``), the share whose mentions are in one gold chain;
- ``pair_recall``: of the pairs in one gold chain, the share dateline links;
- ``same_type_precision``: the same precision for linking every two matched events of the same
  type -- what the rules add over the type alone.

``dev`` is topics 1-35 (the rules were checked there), ``test`` topics 36-45 (the usual test
topics; never looked at while writing the rules).
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from dateline.errors import ConfigError
from dateline.model import Analysis, Event

GOLD = ("corpus", "eval", "ecbplus")
TEST_TOPICS = range(36, 46)


@dataclass(frozen=True, slots=True)
class Doc:
    id: str
    topic: int
    text: str
    #: (line index, token index) -> gold chain id ("" for a singleton) of an annotated event
    mentions: dict[tuple[int, int], str]


def load(shared: Path) -> list[Doc]:
    root = shared.joinpath(*GOLD)
    if not (root / "documents.jsonl").is_file():
        raise ConfigError(f"{root} not found (ECB+)")
    annotated: set[tuple[str, int]] = set()
    with (root / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            annotated.add((f"{row['Topic']}_{row['File']}", int(row["Sentence Number"])))
    chains: dict[str, dict[tuple[int, int], str]] = defaultdict(dict)
    with (root / "mentions.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if "ACTION" not in row["tag"] or (row["doc_id"], int(row["sentence"])) not in annotated:
                continue
            for tok in row["token_numbers"].split(","):
                if tok.strip().isdigit():
                    chains[row["doc_id"]][(int(row["sentence"]), int(tok))] = row["chain_id"]
    docs = []
    with (root / "documents.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            lines = {sid: n for n, sid in enumerate(d["sentence_ids"])}
            mentions = {(lines[s], t): c for (s, t), c in chains[d["doc_id"]].items() if s in lines}
            docs.append(Doc(d["doc_id"], int(d["topic"]), d["text"], mentions))
    return docs


def _positions(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, line, token) of every space-separated token."""
    out, at = [], 0
    for n, line in enumerate(text.split("\n")):
        pos = 0
        for k, tok in enumerate(line.split(" ")):
            start = at + pos
            out.append((start, start + len(tok), n, k))
            pos += len(tok) + 1
        at += len(line) + 1
    return out


def matched(doc: Doc, events: tuple[Event, ...]) -> list[tuple[Event, str, int]]:
    """(event, gold chain, sentence line) of the events whose trigger covers a gold mention."""
    positions = _positions(doc.text)
    out = []
    for e in events:
        hit = next(((doc.mentions[(n, k)], n) for s, end, n, k in positions
                    if s < e.trigger.end and e.trigger.start < end and (n, k) in doc.mentions),
                   None)
        if hit is not None:
            out.append((e, *hit))
    return out


def score(docs: list[Doc], results: dict[str, Analysis]) -> dict[str, float | int]:
    out: dict[str, float | int] = {}
    for part in ("dev", "test"):
        tp = pred = gold = typed = typed_tp = n_events = 0
        for doc in docs:
            if (doc.topic in TEST_TOPICS) != (part == "test") or doc.id not in results:
                continue
            found = matched(doc, results[doc.id].events)
            n_events += len(found)
            for (a, ca, la), (b, cb, lb) in combinations(found, 2):
                if la == lb:
                    continue
                same_gold = bool(ca) and ca == cb
                linked = (a.same_as or a.id) == (b.same_as or b.id)
                gold += same_gold
                pred += linked
                tp += linked and same_gold
                if a.type == b.type:
                    typed += 1
                    typed_tp += same_gold
        out[f"{part}_matched_events"] = n_events
        out[f"{part}_gold_pairs"] = gold
        out[f"{part}_linked_pairs"] = pred
        out[f"{part}_pair_precision"] = round(tp / pred, 4) if pred else 0.0
        out[f"{part}_pair_recall"] = round(tp / gold, 4) if gold else 0.0
        out[f"{part}_same_type_precision"] = round(typed_tp / typed, 4) if typed else 0.0
    return out


def run(shared: Path, *, limit: int | None = None,
        topics: range | None = None) -> dict[str, Any]:
    """Scores of the first ``limit`` articles (of ``topics`` only, if given)."""
    from dateline.evaluation.plover import analyses

    docs = [d for d in load(shared) if topics is None or d.topic in topics][:limit]
    results = {a.article.id: a for a in analyses((d.id, d.text) for d in docs)}
    return score(docs, results)
