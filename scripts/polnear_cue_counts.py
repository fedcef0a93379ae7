"""Cue statistics of the PolNeAR *train* split, the evidence behind resources/quotes/cues.csv.

Usage: python scripts/polnear_cue_counts.py [../shared] [--out FILE] [--min 3] [--limit N]

For every gold Cue of the train split it finds the cue's head token in a spaCy parse of the
article (a verb before a noun before an adjective before a preposition: "is expected" ->
"expected", "pointed to" -> "point" + "to") and how the gold Content hangs on it (the *frame*):

  c  a reported clause (ccomp: "said that ...")          i  a to-infinitive (xcomp: "wants to")
  n  a noun object (dobj/attr/oprd: "supports Clinton")  p  a prepositional object ("called for")
  h  the clause the cue hangs on ("..., he said"; "who believes"; "in a poll, X leads")
  s  the subject ("X appears to", "X is expected to")    o  anything else

It also counts every token of the train split with the same lemma and coarse part of speech
(for "verb + particle" cues, the verb with that particle or preposition), so that ``ratio`` =
gold / total says how often the word is a cue when it occurs; each frame is written as
``<frame><gold>/<tokens that have that frame>`` ("i66/310": 66 gold cues took a
to-infinitive, and 310 tokens of the word had one). Output (TSV, most frequent
first): lemma, pos (V/N/A/P), particle, gold, total, ratio, frames. Only counts are written;
no article text is copied. Dev and test are never read, so the lexicon is not tuned on them.
The hand-curated selection from this table is resources/quotes/cues.csv.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

from dateline.evaluation.polnear import _frags, _gold_files
from dateline.ingest import make_article
from dateline.nlp.load import load_nlp
from dateline.nlp.prepare import parse_text

_POS = {"VERB": "V", "AUX": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A", "ADP": "P", "SCONJ": "P"}
_RANK = {"V": 0, "N": 1, "A": 2, "P": 3}
_PARTICLES = ("prt", "prep")


def _relations(path: Path) -> list[tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]]:
    """(cue fragments, content fragments) of each attribution of a brat file."""
    spans: dict[str, tuple[tuple[int, int], ...]] = {}
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            spans[parts[0]] = _frags(parts[1].partition(" ")[2])
        elif parts[0].startswith("E") and len(parts) >= 2:
            rel = dict(p.split(":", 1) for p in parts[1].split() if ":" in p)
            cue, content = spans.get(rel.get("Cue", "")), spans.get(rel.get("Content", ""))
            if cue and content:
                out.append((cue, content))
    return out


def _head(doc: Any, frags: tuple[tuple[int, int], ...]) -> Any:
    toks = [t for t in doc if any(s <= t.idx < e for s, e in frags)]
    ranked = sorted((t for t in toks if t.pos_ in _POS),
                    key=lambda t: (t.pos_ == "AUX" or t.lower_ in ("’s", "'s"),
                                   _RANK[_POS[t.pos_]], t.i))
    return (ranked or toks or [None])[0], toks


def _frame(tok: Any, content: set[int]) -> str:
    def inside(t: Any) -> bool:
        return any(x.i in content for x in t.subtree)

    for c in tok.children:
        if c.dep_ == "ccomp" and inside(c):
            return "c"
    for c in tok.children:
        if c.dep_ == "xcomp" and inside(c):
            return "i"
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "oprd", "dative", "acomp") and inside(c):
            return "n"
    for c in tok.children:
        if c.dep_ in ("prep", "pcomp", "agent", "acl", "relcl") and inside(c):
            return "p"
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.i in content:
            return "s"
    if tok.head is not tok and tok.head.i in content:
        return "h"
    return "o"


def _available(tok: Any) -> set[str]:
    """The frames ``tok`` could take in its sentence (its children's relations)."""
    out = set()
    for c in tok.children:
        if c.dep_ == "ccomp":
            out.add("c")
        elif c.dep_ == "xcomp":
            out.add("i")
        elif c.dep_ in ("dobj", "attr", "oprd", "dative", "acomp"):
            out.add("n")
        elif c.dep_ in ("prep", "pcomp", "agent", "acl", "relcl"):
            out.add("p")
    if tok.head is not tok:
        out.add("h")
    return out


def _particle(tok: Any, cue_toks: list[Any]) -> str:
    ids = {t.i for t in cue_toks}
    for c in tok.children:
        if c.dep_ in _PARTICLES and c.i in ids:
            return str(c.lower_)
    return ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("shared", nargs="?", default="../shared")
    ap.add_argument("--out", default="-")
    ap.add_argument("--min", type=int, default=3, help="least gold count to list")
    ap.add_argument("--limit", type=int, default=None, help="first N train documents only")
    args = ap.parse_args()
    corpus = Path(args.shared) / "corpus"
    files = _gold_files(corpus / "annotations" / "polnear" / "train")
    rows = []
    with (corpus / "articles" / "polnear.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("split") == "train" and row["id"].removeprefix("polnear-") in files:
                rows.append(row)
    rows.sort(key=lambda r: r["id"])
    rows = rows[: args.limit] if args.limit else rows
    nlp = load_nlp()
    gold: collections.Counter[tuple[str, str, str]] = collections.Counter()
    frames: dict[tuple[str, str, str], collections.Counter[str]] = collections.defaultdict(
        collections.Counter)
    total: collections.Counter[tuple[str, str, str]] = collections.Counter()
    with_frame: dict[tuple[str, str, str], collections.Counter[str]] = collections.defaultdict(
        collections.Counter)
    texts = (parse_text(make_article(r["text"], id=r["id"], language="en")) for r in rows)
    for row, doc in zip(rows, nlp.pipe(texts, batch_size=16), strict=True):
        for tok in doc:
            pos = _POS.get(tok.pos_)
            if pos is None:
                continue
            lemma = tok.lemma_.lower()
            avail = _available(tok)
            keys = [(lemma, pos, "")] + [(lemma, pos, c.lower_) for c in tok.children
                                         if c.dep_ in _PARTICLES and c.i > tok.i]
            for key in keys:
                total[key] += 1
                for f in avail:
                    with_frame[key][f] += 1
        for cue, content in _relations(files[row["id"].removeprefix("polnear-")]):
            tok, toks = _head(doc, cue)
            if tok is None or tok.pos_ not in _POS:
                continue
            key = (tok.lemma_.lower(), _POS[tok.pos_], _particle(tok, toks))
            gold[key] += 1
            ids = {t.i for t in doc if any(s <= t.idx < e for s, e in content)}
            frames[key][_frame(tok, ids)] += 1
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    print("lemma\tpos\tparticle\tgold\ttotal\tratio\tframes", file=out)
    for key, n in gold.most_common():
        if n < args.min:
            break
        tot = max(n, total[key])
        fr = " ".join(f"{f}{k}/{max(k, with_frame[key][f])}" for f, k in frames[key].most_common())
        print(f"{key[0]}\t{key[1]}\t{key[2]}\t{n}\t{tot}\t{n / tot:.2f}\t{fr}", file=out)
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
