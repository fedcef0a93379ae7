"""Train the learned fallback typer (``dateline.nlp.events.learned``) and write its weights.

Training data, and nothing else:

- the **dev** half of the PLOVER gold sentences (``ontology/plover/gold_standard_records``; the
  split of ``dateline.evaluation.plover``; the held-out half is never parsed here);
- our own written sentences in ``src/dateline/resources/events``: ``written_sentences*.tsv``
  (event sentences, label = PLOVER type) and ``written_nonevents.tsv`` (news sentences that
  report no event, label ``NONE``).

Each sentence is parsed, the rules run with the fallback off, and the features of
``learned.features`` are read off the main verb (``learned.anchor``) of its first sentence that
has one. Model: multinomial logistic regression (L2, full-batch gradient descent with fixed
steps: deterministic). Model selection (L2, feature count cut-off, probability threshold) by
5-fold cross-validation (folds by a hash of the item id), counted on the items the rules find
no event in -- the only ones the fallback touches: events it adds with an accepted type
(``right``), with a wrong type (``wrong``), and on no-event sentences (``false``). The chosen
configuration is fitted on all the data and written to
``src/dateline/resources/events/learned_typer.npz``.

Usage: ``.venv/bin/python scripts/train_event_typer.py [--shared ../shared] [--cache FILE]
[--extra FILE.tsv]`` (``--extra``: more ``CODE<TAB>TYPE<TAB>sentence`` rows to score, not to
train on: the CV table then also reports them).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from dateline.ids import digest

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dateline" / "resources" / "events"
FOLDS = 5
STEPS = 600
L2 = (0.3,)
MIN_COUNT = (2,)
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6)
TRAIN_FILES = ("written_sentences.tsv", "written_sentences_cameo.tsv",
               "written_sentences_cameo2.tsv", "written_sentences_cameo3.tsv",
               "written_sentences_cameo4.tsv", "written_sentences_cameo5.tsv",
               "written_nonevents.tsv")

Example = dict[str, Any]  # id, gold (accepted labels), rule (type or None), feats (None: no anchor)


def _tsv(path: Path, prefix: str) -> list[tuple[str, str, list[str]]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if line.strip() and not line.startswith("#"):
            *head, text = line.split("\t")
            label = head[-1] if len(head) == 1 or head[0] != "NONE" else "NONE"
            out.append((f"{prefix}{n}", text, label.split("|")))
    return out


def items(shared: Path) -> list[tuple[str, str, list[str]]]:
    from dateline.evaluation import plover

    out = [(g.key, g.text, [g.type]) for g in plover.load(shared) if g.split == "dev"]
    for k, name in enumerate(TRAIN_FILES):
        if (OUT / name).is_file():
            out += _tsv(OUT / name, f"t{k}_")
    return out


def examples(data: list[tuple[str, str, list[str]]]) -> list[Example]:
    """Parse each sentence, run the rules (fallback off) and read the fallback's features."""
    from dateline.ingest import make_article
    from dateline.nlp.analyze import analyze_doc
    from dateline.nlp.events import learned
    from dateline.nlp.events.lexicon import lexicon
    from dateline.nlp.prepare import parse_text
    from dateline.pipeline import Pipeline

    learned.model = lambda: None  # type: ignore[assignment]  # the rules alone
    pipe = Pipeline()
    lex = lexicon()
    articles = [make_article(text, id=key, source=key) for key, text, _ in data]
    docs = pipe.nlp.pipe(parse_text(a, pipe.truecase) for a in articles)
    out: list[Example] = []
    for (key, _, gold), article, doc in zip(data, articles, docs, strict=True):
        analysis = analyze_doc(article, doc, kb=pipe.kb)
        best = max(analysis.events, key=lambda e: e.confidence, default=None)
        anchors = [t for t in (learned.main_verb(s) for s in doc.sents) if t is not None]
        out.append({"id": key, "gold": gold, "rule": best.type if best else None,
                    "feats": learned.features(anchors[0], lex) if anchors else None})
    return out


def fit(train: list[Example], labels: list[str], *, l2: float, min_count: int
        ) -> tuple[list[str], np.ndarray, np.ndarray]:
    rows = [ex for ex in train if ex["feats"] is not None]
    counts = Counter(f for ex in rows for f in set(ex["feats"]))
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: k for k, f in enumerate(names)}
    cols = [sorted({index[f] for f in ex["feats"] if f in index}) for ex in rows]
    flat = np.array([c for cs in cols for c in cs], dtype=np.int64)
    owner = np.array([r for r, cs in enumerate(cols) for _ in cs], dtype=np.int64)
    y = np.zeros((len(rows), len(labels)))
    for r, ex in enumerate(rows):
        y[r, labels.index(ex["gold"][0])] = 1.0
    w = np.zeros((len(names), len(labels)))
    b = np.zeros(len(labels))
    n, lr = len(rows), 1.0
    for _ in range(STEPS):
        z = np.zeros((n, len(labels)))
        np.add.at(z, owner, w[flat])
        z += b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) / n
        gw = l2 / n * w
        np.add.at(gw, flat, g[owner])
        w -= lr * gw
        b -= lr * g.sum(axis=0)
    return names, w, b


def predict(ex: Example, index: dict[str, int], w: np.ndarray, b: np.ndarray,
            labels: list[str]) -> tuple[str, float]:
    cols = sorted({index[f] for f in ex["feats"] if f in index})
    z = b + w[cols].sum(axis=0)
    p = np.exp(z - z.max())
    p /= p.sum()
    k = int(p.argmax())
    return labels[k], float(p[k])


def _gated(ex: Example) -> bool:
    """Whether the fallback may read the item at run time (its main verb unknown to the rules)."""
    from dateline.nlp.events import learned
    from dateline.nlp.events.lexicon import lexicon

    verb = next(f[2:] for f in ex["feats"] if f.startswith("v="))
    return learned.unknown(verb, lexicon())


def tally(preds: list[tuple[Example, str, float]], threshold: float) -> dict[str, int]:
    """What the fallback adds at ``threshold`` on the items the rules find no event in."""
    t = Counter({"eventless": 0, "right": 0, "wrong": 0, "false": 0, "none_items": 0})
    for ex, label, p in preds:
        if ex["gold"] == ["NONE"]:
            t["none_items"] += 1
        if ex["rule"] is not None or not _gated(ex):
            continue
        t["eventless"] += 1
        if label == "NONE" or p < threshold:
            continue
        if ex["gold"] == ["NONE"]:
            t["false"] += 1
        elif label in ex["gold"]:
            t["right"] += 1
        else:
            t["wrong"] += 1
    return dict(t)


def _fold(key: str) -> int:
    return int(digest(key, "typer-cv", length=8), 16) % FOLDS


def cross_validate(data: list[Example], labels: list[str], extra: list[Example]
                   ) -> list[dict[str, Any]]:
    table = []
    for l2 in L2:
        for mc in MIN_COUNT:
            preds: list[tuple[Example, str, float]] = []
            extra_preds: list[tuple[Example, str, float]] = []
            for k in range(FOLDS):
                train = [ex for ex in data if _fold(ex["id"]) != k]
                names, w, b = fit(train, labels, l2=l2, min_count=mc)
                index = {f: i for i, f in enumerate(names)}
                preds += [(ex, *predict(ex, index, w, b, labels)) for ex in data
                          if _fold(ex["id"]) == k and ex["feats"] is not None]
                if k == 0:
                    extra_preds = [(ex, *predict(ex, index, w, b, labels)) for ex in extra
                                   if ex["feats"] is not None]
            for th in THRESHOLDS:
                row = {"l2": l2, "min_count": mc, "threshold": th, **tally(preds, th)}
                if extra:
                    row["extra"] = tally(extra_preds, th)
                table.append(row)
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--cache", type=Path, help="JSON cache of the parsed examples")
    ap.add_argument("--extra", type=Path, help="TSV of sentences to score, not to train on")
    args = ap.parse_args()
    if args.cache and args.cache.is_file():
        cached = json.loads(args.cache.read_text())
        data, extra = cached["data"], cached["extra"]
    else:
        data = examples(items(args.shared))
        extra = examples(_tsv(args.extra, "x")) if args.extra else []
        if args.cache:
            args.cache.write_text(json.dumps({"data": data, "extra": extra}))
    labels = sorted({ex["gold"][0] for ex in data})
    print(f"{len(data)} training sentences, {sum(ex['feats'] is None for ex in data)} without "
          f"a main verb; rules find no event in {sum(ex['rule'] is None for ex in data)}")
    table = cross_validate(data, labels, extra)
    for row in table:
        print(json.dumps(row))
    best = max(table, key=lambda r: (r["right"] - r["wrong"] - 2 * r["false"], r["threshold"]))
    print("chosen:", json.dumps(best))
    names, w, b = fit(data, labels, l2=best["l2"], min_count=best["min_count"])
    np.savez_compressed(OUT / "learned_typer.npz", names=np.array(names), labels=np.array(labels),
                        weights=w.astype(np.float32), bias=b.astype(np.float32),
                        threshold=np.array(best["threshold"]))
    print(f"wrote {OUT / 'learned_typer.npz'}: {len(names)} features, {len(labels)} labels")


if __name__ == "__main__":
    main()
