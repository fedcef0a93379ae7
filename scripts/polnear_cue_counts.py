"""Cue frequencies of the PolNeAR *train* split, used to review resources/quotes/cues.csv.

Usage: python scripts/polnear_cue_counts.py [../shared] [--top 150]
Prints "count<TAB>cue" for the most frequent Cue spans (lower-cased) of the train split and
marks the ones whose head verb is not in cues.csv. Only counts are read; no text is copied.
Dev and test are never read, so the lexicon is not tuned on them.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from dateline.nlp.load import load_nlp
from dateline.nlp.quotes.lexicon import lexicon


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("shared", nargs="?", default="../shared")
    ap.add_argument("--top", type=int, default=150)
    args = ap.parse_args()
    folder = Path(args.shared) / "corpus" / "annotations" / "polnear" / "train"
    counts: collections.Counter[str] = collections.Counter()
    for path in sorted(folder.glob("*.ann")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 3 and parts[1].startswith("Cue "):
                counts[parts[2].lower()] += 1
    verbs = lexicon().verbs
    nlp = load_nlp()
    for cue, n in counts.most_common(args.top):
        known = cue == "according to" or any(t.lemma_.lower() in verbs for t in nlp(cue))
        mark = "" if known else "\t(not in cues.csv)"
        print(f"{n}\t{cue}{mark}")


if __name__ == "__main__":
    main()
