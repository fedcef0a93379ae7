"""PolNeAR (political news attribution relations): quotes and speakers against gold spans.

Gold: ``corpus/annotations/polnear/<split>/*.ann`` (brat: Source / Cue / Content spans joined
by Attribution relations); texts: ``corpus/articles/polnear.jsonl`` (verbatim, so the offsets
index the text). Where several annotators covered an article, the first file in name order
is the gold.

Predictions are the attributions that become the quotes of the analysis record
(:func:`dateline.nlp.quotes.find_attributions` without those nested inside another direct
quote, which PolNeAR leaves to the outer quote too), with the speaker as written next to the
cue ("he", "who"), which is what PolNeAR marks as Source (the record resolves it further).
PolNeAR makes one attribution of one cue, so the halves of a split quote ('"X," he said.
"Y."') and the quotes that continue it in the same paragraph are joined into one prediction
(the record keeps them apart: a quote's content is one span).

Scores per split (``test`` and ``dev``; the rules were written on ``train`` only):

- ``content_overlap_p/r/f1``: one-to-one matching of predicted and gold contents that share
  at least one character (largest overlap first);
- ``content_exact_p/r/f1``: the same with equal spans, after both sides lose surrounding
  whitespace, quotation marks and ``, . : ;`` (dateline's content excludes the marks);
- ``content_char_p/r/f1``: character level: the share of predicted content characters inside
  some gold content, and of gold content characters inside some predicted content;
- ``speaker_accuracy``: over overlap-matched pairs whose gold has a Source, the share whose
  predicted speaker overlaps it; ``speaker_exact``: equal after the same trimming.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.model import Article

log = logging.getLogger(__name__)

Frags = tuple[tuple[int, int], ...]
_EDGE = " \t\n\"“”‘’'«»,.:;"


@dataclass(frozen=True, slots=True)
class Gold:
    content: Frags
    source: Frags | None


@dataclass(frozen=True, slots=True)
class Pred:
    content: tuple[int, int]
    source: tuple[int, int] | None
    cue: tuple[int, int] | None = None


def _frags(spec: str) -> Frags:
    return tuple((int(a), int(b)) for a, b in (p.split() for p in spec.split(";")))


def read_ann(path: Path) -> list[Gold]:
    """The attributions of one brat ``.ann`` file that have a Content span."""
    spans: dict[str, tuple[str, Frags]] = {}
    rels: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            typ, _, spec = parts[1].partition(" ")
            spans[parts[0]] = (typ, _frags(spec))
        elif parts[0].startswith("E") and len(parts) >= 2:
            rels.append(dict(p.split(":", 1) for p in parts[1].split() if ":" in p))
    out: list[Gold] = []
    for rel in rels:
        content = spans.get(rel.get("Content", ""))
        if content is None:
            continue
        source = spans.get(rel.get("Source", ""))
        out.append(Gold(content[1], source[1] if source else None))
    return out


def _norm(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _overlap(frags: Frags, rng: tuple[int, int]) -> int:
    return sum(max(0, min(e, rng[1]) - max(s, rng[0])) for s, e in frags)


def _match(text: str, golds: list[Gold], preds: list[Pred], *, exact: bool) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(golds):
        gn = _norm(text, g.content[0][0], g.content[-1][1])
        for pi, p in enumerate(preds):
            if exact:
                if _norm(text, *p.content) == gn:
                    pairs.append((1, gi, pi))
            else:
                ov = _overlap(g.content, p.content)
                if ov > 0:
                    pairs.append((ov, gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _chars(text: str, ranges: Iterable[tuple[int, int]]) -> set[int]:
    """Offsets of the non-space characters in ``ranges``."""
    return {i for s, e in ranges for i in range(s, e) if not text[i].isspace()}


def score_doc(text: str, golds: list[Gold], preds: list[Pred]) -> dict[str, int]:
    """Counts for one document (summed over a split by :func:`summarise`)."""
    over = _match(text, golds, preds, exact=False)
    exact = _match(text, golds, preds, exact=True)
    counts = {"gold": len(golds), "pred": len(preds), "overlap": len(over), "exact": len(exact),
              "spk_n": 0, "spk_ok": 0, "spk_exact": 0}
    gold_chars = _chars(text, (f for g in golds for f in g.content))
    pred_chars = _chars(text, (p.content for p in preds))
    counts |= {"gold_chars": len(gold_chars), "pred_chars": len(pred_chars),
               "both_chars": len(gold_chars & pred_chars)}
    for gi, pi in over:
        g, p = golds[gi], preds[pi]
        if g.source is None:
            continue
        counts["spk_n"] += 1
        if p.source is not None and _overlap(g.source, p.source) > 0:
            counts["spk_ok"] += 1
            if _norm(text, *p.source) == _norm(text, g.source[0][0], g.source[-1][1]):
                counts["spk_exact"] += 1
    return counts


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def summarise(counts: Iterable[dict[str, int]], prefix: str) -> dict[str, float | int]:
    total: dict[str, int] = {}
    docs = 0
    for c in counts:
        docs += 1
        for k, v in c.items():
            total[k] = total.get(k, 0) + v
    gold, pred = max(1, total.get("gold", 0)), max(1, total.get("pred", 0))
    out: dict[str, float | int] = {f"{prefix}docs": docs, f"{prefix}gold": total.get("gold", 0),
                                   f"{prefix}pred": total.get("pred", 0)}
    for name in ("overlap", "exact"):
        p, r = total.get(name, 0) / pred, total.get(name, 0) / gold
        out |= {f"{prefix}content_{name}_p": round(p, 4), f"{prefix}content_{name}_r": round(r, 4),
                f"{prefix}content_{name}_f1": round(_f1(p, r), 4)}
    cp = total.get("both_chars", 0) / max(1, total.get("pred_chars", 0))
    cr = total.get("both_chars", 0) / max(1, total.get("gold_chars", 0))
    out |= {f"{prefix}content_char_p": round(cp, 4), f"{prefix}content_char_r": round(cr, 4),
            f"{prefix}content_char_f1": round(_f1(cp, cr), 4)}
    n = max(1, total.get("spk_n", 0))
    out[f"{prefix}speaker_accuracy"] = round(total.get("spk_ok", 0) / n, 4)
    out[f"{prefix}speaker_exact"] = round(total.get("spk_exact", 0) / n, 4)
    return out


def _root(att: Any) -> Any:
    """The attribution a carried quote continues (itself for any other)."""
    for _ in range(20):
        if att.cls != "carried" or att.antecedent is None:
            break
        att = att.antecedent
    return att


def predictions(ctx: Any) -> list[Pred]:
    """Predicted attributions of a prepared :class:`DocContext` (entities extracted).

    PolNeAR makes one attribution of one cue: the halves of a split quote ("X," he said, "Y.")
    and the quotes that continue it in the same paragraph are fragments of one content. The
    quote records keep them apart (a record's content is one span); here they are joined
    into one prediction from the first fragment's start to the last one's end.
    """
    from dateline.nlp.quotes import find_attributions

    text = ctx.article.text
    doc = ctx.doc
    groups: dict[Any, list[Any]] = {}
    for a in find_attributions(ctx):
        if a.content is None or a.nested:
            continue
        root = _root(a)
        key = root.cue if root.cue is not None else id(root)
        groups.setdefault(key, []).append(a)
    out: list[Pred] = []
    for members in groups.values():
        members.sort(key=lambda a: a.content[0])
        parts: list[list[Any]] = [[members[0]]]
        for a in members[1:]:
            gap = text[parts[-1][-1].content[1] : a.content[0]]
            if "\n" in gap:
                parts.append([a])
            else:
                parts[-1].append(a)
        for part in parts:
            first = part[0]
            src = None
            owner = _root(first)
            if owner.source is not None:
                lo, hi = doc[owner.source[0]], doc[owner.source[1] - 1]
                src = (lo.idx, hi.idx + len(hi.text))
            out.append(Pred((first.content[0], max(a.content[1] for a in part)), src, owner.cue))
    return sorted(out, key=lambda p: p.content)


def _gold_files(folder: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    for path in sorted(folder.glob("*.ann")):
        files.setdefault(path.stem.rsplit("_", 1)[0], path)
    return files


def evaluate_split(shared: Path, split: str, *, limit: int | None) -> dict[str, float | int]:
    from dateline.ingest import make_article
    from dateline.nlp import entities
    from dateline.nlp.context import DocContext
    from dateline.nlp.prepare import parse_text
    from dateline.pipeline import default_pipeline

    corpus = shared / "corpus"
    gold_files = _gold_files(corpus / "annotations" / "polnear" / split)
    rows: list[dict[str, Any]] = []
    with (corpus / "articles" / "polnear.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("split") == split and row["id"].removeprefix("polnear-") in gold_files:
                rows.append(row)
    rows.sort(key=lambda r: r["id"])
    rows = rows[:limit] if limit else rows
    articles: list[Article] = [
        make_article(r["text"], id=r["id"], title=None, outlet=r.get("outlet"),
                     published=r.get("published"), language="en") for r in rows]
    nlp = default_pipeline().nlp
    counts = []
    for row, article, doc in zip(rows, articles, nlp.pipe(parse_text(a) for a in articles),
                                 strict=True):
        ctx = DocContext(article=article, doc=doc)
        ctx.mentions = entities.extract(ctx)
        golds = read_ann(gold_files[row["id"].removeprefix("polnear-")])
        counts.append(score_doc(article.text, golds, predictions(ctx)))
    return summarise(counts, f"{split}_")


def run(shared: Path, *, limit: int | None) -> dict[str, float | int]:
    """Scores on the test split, then the dev split (``limit`` documents of each)."""
    out: dict[str, float | int] = {}
    for split in ("test", "dev"):
        out |= evaluate_split(shared, split, limit=limit)
    return out
