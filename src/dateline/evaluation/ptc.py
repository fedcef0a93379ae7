"""PTC (SemEval-2020 task 11) span scores for the framing extractor.

Gold: ``corpus/annotations/ptc_semeval2020_task11/train-task2-TC.labels`` (train split only; the
dev and test splits are never read). Predictions: :func:`dateline.nlp.framing.extract` over the
verbatim article texts, each framing category mapped to a PTC technique by :data:`TECHNIQUE`.

Scoring is the shared task's span-identification (SI) measure with partial overlap: with
overlapping spans merged per article and technique, ``P = sum(|s & t| / |s|) / |S|`` and
``R = sum(|s & t| / |t|) / |T|`` over every predicted span ``s`` and gold span ``t`` of the same
article (and, per technique, the same technique). ``combined`` ignores the technique: the union of
both techniques' gold spans against all mapped predictions.

The train split is cut in two by article id parity: the *design* half (even ids) is the one the
lexicons were looked at against; the *held-out* half (odd ids) is the honest number.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline.errors import ConfigError

LOADED = "Loaded_Language"
LABELING = "Name_Calling,Labeling"
TECHNIQUES = (LOADED, LABELING)
#: framing category -> PTC technique (categories not listed are not scored)
TECHNIQUE: dict[str, str] = {
    "loaded_language": LOADED,
    "intensifier": LOADED,
    "labeling": LABELING,
}
#: framings below this confidence (terms that are mostly neutral in practice) are not scored
MIN_CONFIDENCE = 0.5
ARTICLES = ("corpus", "articles", "ptc_semeval2020_task11.jsonl")
LABELS = ("corpus", "annotations", "ptc_semeval2020_task11", "train-task2-TC.labels")

Spans = dict[str, list[tuple[int, int]]]  # article id -> [start, end) spans


def merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping (not merely touching) spans joined; sorted."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def prf(pred: Spans, gold: Spans) -> tuple[float, float, float]:
    """The SI partial-overlap precision, recall and F1 of ``pred`` against ``gold``."""
    p_num = r_num = 0.0
    n_pred = n_gold = 0
    for aid in set(pred) | set(gold):
        ps, gs = merge(pred.get(aid, ())), merge(gold.get(aid, ()))
        n_pred += len(ps)
        n_gold += len(gs)
        for s, e in ps:
            for gs_, ge in gs:
                inter = min(e, ge) - max(s, gs_)
                if inter > 0:
                    p_num += inter / (e - s)
                    r_num += inter / (ge - gs_)
    p = p_num / n_pred if n_pred else 0.0
    r = r_num / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def read_gold(path: Path) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """technique -> article id (``ptc-<n>``) -> spans, for the two scored techniques."""
    gold: dict[str, dict[str, list[tuple[int, int]]]] = {t: defaultdict(list) for t in TECHNIQUES}
    for line in path.read_text(encoding="utf-8").splitlines():
        aid, technique, start, end = line.split("\t")
        if technique in gold:
            gold[technique]["ptc-" + aid].append((int(start), int(end)))
    return gold


def train_articles(path: Path, *, limit: int | None = None) -> Iterator[tuple[str, str]]:
    """``(id, text)`` of the train split, sorted by id; ``limit`` keeps a fixed prefix."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj.get("split") == "train":
                rows.append((str(obj["id"]), str(obj["text"])))
    rows.sort(key=lambda r: int(r[0].removeprefix("ptc-")))
    yield from rows[:limit] if limit is not None else rows


def is_design(article_id: str) -> bool:
    return int(article_id.removeprefix("ptc-")) % 2 == 0


def scores(pred: dict[str, Spans], gold: dict[str, dict[str, list[tuple[int, int]]]],
           ids: list[str]) -> dict[str, float | int]:
    """Flat metrics for the half named by ``ids`` of the articles."""
    keep = set(ids)
    out: dict[str, float | int] = {}
    names = {LOADED: "loaded", LABELING: "labeling"}
    for technique in TECHNIQUES:
        p, r, f = prf({a: v for a, v in pred[technique].items() if a in keep},
                      {a: v for a, v in gold[technique].items() if a in keep})
        out |= {f"{names[technique]}_p": p, f"{names[technique]}_r": r,
                f"{names[technique]}_f1": f}
    both_pred = {a: pred[LOADED].get(a, []) + pred[LABELING].get(a, []) for a in keep}
    both_gold = {a: gold[LOADED].get(a, []) + gold[LABELING].get(a, []) for a in keep}
    p, r, f = prf(both_pred, both_gold)
    return out | {"combined_p": p, "combined_r": r, "combined_f1": f}


def predict(texts: list[tuple[str, str]]) -> dict[str, Spans]:
    """technique -> article id -> predicted spans, from the framing extractor."""
    from dateline.ingest.build import make_article
    from dateline.nlp import framing
    from dateline.nlp.context import DocContext
    from dateline.nlp.load import load_nlp
    from dateline.nlp.prepare import parse_text

    nlp = load_nlp()
    articles = [make_article(text, id=aid, language="en") for aid, text in texts]
    pred: dict[str, Spans] = {t: defaultdict(list) for t in TECHNIQUES}
    for article, doc in zip(articles, nlp.pipe(parse_text(a) for a in articles), strict=True):
        for f in framing.extract(DocContext(article=article, doc=doc)):
            technique = TECHNIQUE.get(f.category)
            if technique and f.confidence >= MIN_CONFIDENCE:
                pred[technique][article.id].append((f.span.start, f.span.end))
    return pred


def run(shared: Path, *, limit: int | None) -> dict[str, float | int]:
    """Scores on the design half, the held-out half (``heldout_*``) and both (``all_*``)."""
    articles_path, labels_path = shared.joinpath(*ARTICLES), shared.joinpath(*LABELS)
    for path in (articles_path, labels_path):
        if not path.exists():
            raise ConfigError(f"{path} not found: the PTC set is missing from the shared corpus")
    texts = list(train_articles(articles_path, limit=limit))
    gold = read_gold(labels_path)
    pred = predict(texts)
    ids = [aid for aid, _ in texts]
    design = [a for a in ids if is_design(a)]
    heldout = [a for a in ids if not is_design(a)]
    out: dict[str, float | int] = {"articles": len(ids), "design_articles": len(design),
                                   "heldout_articles": len(heldout)}
    for prefix, half in (("design_", design), ("heldout_", heldout), ("all_", ids)):
        out |= {prefix + k: round(v, 4) for k, v in scores(pred, gold, half).items()}
    return out
