"""Train the learned event re-typer (``dateline.nlp.events.retyper``) and write its weights.

Training data, and nothing else:

- the **dev** half of the PLOVER gold sentences (``ontology/plover/gold_standard_records``; the
  split of ``dateline.evaluation.plover``): the gold type of the event the scorer compares
  (the most confident rule event on a gold ``(EVT: ...)`` span, else the most confident);
- our own written sentences, ``src/dateline/resources/events/written_sentences.tsv`` (the most
  confident rule event; a ``TYPE1|TYPE2`` label accepts either).

The held-out half is never parsed here. Model: multinomial logistic regression (L2, full-batch
gradient descent with fixed steps: deterministic) over the sparse features of
``retyper.features``. Model selection -- regularisation, feature count cut-off, and when to
override the rules (the model's probability threshold and the highest rule confidence it may
override) -- by 5-fold cross-validation over dev + written (folds by a hash of the item id);
the CV accuracies of rules alone and rules + retyper on the held-out folds are printed. Then the
chosen configuration is fitted on all the training data and written to
``src/dateline/resources/events/retyper.npz``.

Usage: ``.venv/bin/python scripts/train_event_retyper.py [--shared ../shared] [--cache FILE]``
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from dateline.ids import digest

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dateline" / "resources" / "events"
FOLDS = 5
STEPS = 400
L2 = (0.1, 1.0)
MIN_COUNT = (1, 2)
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
MAX_CONF = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
#: with the rule's own reading as features, or without (the model then types from the context
#: alone; the rules were written on this training data, so their type is right ~95 % here)
RULE_FEATURES = (True, False)

Example = dict[str, Any]  # id, feats, rule, conf, gold (list of accepted types); feats None: no event


def _items(shared: Path) -> list[tuple[str, str, list[str], tuple[tuple[int, int], ...]]]:
    from dateline.evaluation import plover

    out = [(g.key, g.text, [g.type], g.triggers) for g in plover.load(shared) if g.split == "dev"]
    path = OUT / "written_sentences.tsv"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if line.strip() and not line.startswith("#"):
            label, text = line.split("\t")
            out.append((f"w{n}", text, label.split("|"), ()))
    return out


def examples(shared: Path) -> list[Example]:
    """Parse the training sentences and read the compared rule event of each."""
    from dateline.evaluation.plover import pick
    from dateline.ingest import make_article
    from dateline.nlp import entities, events, quotes
    from dateline.nlp.context import DocContext
    from dateline.nlp.prepare import parse_text
    from dateline.pipeline import Pipeline

    pipe = Pipeline()
    items = _items(shared)
    articles = [make_article(text, id=key, source=key) for key, text, _, _ in items]
    out: list[Example] = []
    docs = pipe.nlp.pipe(parse_text(a, pipe.truecase) for a in articles)
    for (key, _, gold, triggers), article, doc in zip(items, articles, docs, strict=True):
        ctx = DocContext(article=article, doc=doc, kb=pipe.kb)
        ctx.mentions = entities.extract(ctx)
        ctx.quotes = quotes.extract(ctx)
        featured = events.featured(ctx)
        found = dict((ev.id, f) for ev, f in featured)
        ev = pick([e for e, _ in featured], triggers)
        out.append({"id": key, "gold": gold, "rule": ev.type if ev else None,
                    "conf": ev.confidence if ev else 0.0,
                    "feats": list(found[ev.id]) if ev else None})
    return out


def _fold(key: str) -> int:
    return int(digest(key, "retyper-cv", length=8), 16) % FOLDS


def _target(ex: Example) -> str:
    return str(ex["rule"]) if ex["rule"] in ex["gold"] else str(ex["gold"][0])


def fit(train: list[Example], labels: list[str], *, l2: float, min_count: int
        ) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    counts = Counter(f for ex in train for f in set(ex["feats"]))
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: k for k, f in enumerate(names)}
    x = np.zeros((len(train), len(names)))
    for r, ex in enumerate(train):
        for f in set(ex["feats"]):
            if f in index:
                x[r, index[f]] = 1.0
    y = np.zeros((len(train), len(labels)))
    for r, ex in enumerate(train):
        y[r, labels.index(_target(ex))] = 1.0
    w = np.zeros((len(names), len(labels)))
    b = np.zeros(len(labels))
    n = len(train)
    lr = 0.5
    for _ in range(STEPS):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) / n
        w -= lr * (x.T @ g + l2 / n * w)
        b -= lr * g.sum(axis=0)
    return index, w, b


def probs(ex: Example, index: dict[str, int], w: np.ndarray, b: np.ndarray) -> np.ndarray:
    rows = sorted({index[f] for f in ex["feats"] if f in index})
    z = b + w[rows].sum(axis=0)
    p = np.exp(z - z.max())
    return np.asarray(p / p.sum())


def decide(ex: Example, p: np.ndarray, labels: list[str], threshold: float, max_conf: float) -> str:
    best = labels[int(p.argmax())]
    if ex["conf"] > max_conf or best == ex["rule"] or p.max() < threshold:
        return str(ex["rule"])
    return best


def _variant(data: list[Example], rule_features: bool) -> list[Example]:
    if rule_features:
        return data
    return [{**ex, "feats": [f for f in ex["feats"] if not f.startswith("rule=")]} if ex["feats"] else ex
            for ex in data]


def cross_validate(data: list[Example], labels: list[str]) -> list[dict[str, Any]]:
    """One row per configuration: correct counts on the held-out folds (rules + retyper), the
    overrides that fixed a rule error (``won``) and that broke a right rule type (``lost``), and
    the model alone (``alone``: its most probable type, ignoring the rules)."""
    rows = []
    for rf, l2, mc in itertools.product(RULE_FEATURES, L2, MIN_COUNT):
        preds: list[tuple[Example, np.ndarray]] = []
        variant = _variant(data, rf)
        for k in range(FOLDS):
            train = [ex for ex in variant if ex["feats"] and _fold(ex["id"]) != k]
            index, w, b = fit(train, labels, l2=l2, min_count=mc)
            preds += [(ex, probs(ex, index, w, b)) for ex in variant if ex["feats"] and _fold(ex["id"]) == k]
        alone = sum(labels[int(p.argmax())] in ex["gold"] for ex, p in preds)
        for th, cmax in itertools.product(THRESHOLDS, MAX_CONF):
            chosen = [(ex, decide(ex, p, labels, th, cmax)) for ex, p in preds]
            right = Counter(ex["id"][0] for ex, t in chosen if t in ex["gold"])
            changed = [(ex["rule"] in ex["gold"], t in ex["gold"]) for ex, t in chosen if t != ex["rule"]]
            rows.append({"rule_features": rf, "l2": l2, "min_count": mc, "threshold": th, "max_conf": cmax,
                         "gsr": right["g"], "written": right["w"], "all": right["g"] + right["w"],
                         "won": sum(new and not old for old, new in changed),
                         "lost": sum(old and not new for old, new in changed), "alone": alone})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--cache", type=Path, help="JSON file of parsed examples (read if present, else written)")
    args = ap.parse_args()
    if args.cache and args.cache.is_file():
        data = json.loads(args.cache.read_text())
    else:
        data = examples(args.shared)
        if args.cache:
            args.cache.write_text(json.dumps(data))
    labels = sorted({t for ex in data for t in ex["gold"]} | {ex["rule"] for ex in data if ex["rule"]})
    n = Counter(ex["id"][0] for ex in data)
    base = Counter(ex["id"][0] for ex in data if ex["rule"] in ex["gold"])
    print(f"training items: {n['g']} PLOVER dev, {n['w']} written; no event: "
          f"{sum(1 for ex in data if not ex['feats'])}")
    print(f"rules alone: dev {base['g'] / n['g']:.3f}, written {base['w'] / n['w']:.3f}, "
          f"all {(base['g'] + base['w']) / len(data):.3f}")
    rows = cross_validate(data, labels)
    # best CV accuracy; ties -> the most conservative (higher threshold, lower max_conf, more l2)
    best = max(rows, key=lambda r: (r["all"], r["threshold"], -r["max_conf"], r["rule_features"], r["l2"],
                                    r["min_count"]))
    shown = sorted(rows, key=lambda r: -r["all"])[:5] + [r for r in rows if r["max_conf"] == 1.0
                                                          and r["threshold"] in (0.5, 0.9)]
    for r in shown:
        print(f"CV rule_features={r['rule_features']} l2={r['l2']} min_count={r['min_count']} "
              f"threshold={r['threshold']} max_conf={r['max_conf']}: dev {r['gsr'] / n['g']:.3f} "
              f"written {r['written'] / n['w']:.3f} all {r['all'] / len(data):.3f} "
              f"(overrides won {r['won']}, lost {r['lost']}; model alone {r['alone'] / len(data):.3f})")
    print(f"chosen: {json.dumps(best)}")
    chosen = _variant([ex for ex in data if ex["feats"]], best["rule_features"])
    index, w, b = fit(chosen, labels, l2=best["l2"], min_count=best["min_count"])
    names = sorted(index, key=index.__getitem__)
    np.savez_compressed(OUT / "retyper.npz", features=np.array(names), labels=np.array(labels),
                        weights=w.astype(np.float16), bias=b.astype(np.float32),
                        threshold=np.float32(best["threshold"]), max_confidence=np.float32(best["max_conf"]))
    print(f"wrote {OUT / 'retyper.npz'}: {len(names)} features x {len(labels)} types")


if __name__ == "__main__":
    main()
