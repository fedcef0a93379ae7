"""Derive dateline's event-trigger lexicon from PETRARCH2's CAMEO verb dictionary.

Reads (from the shared ontology folder, default ``../shared/ontology``):

- ``petrarch2_dictionaries/CAMEO.2.0.txt`` (MIT, Open Event Data Alliance): verb synonym blocks
  with CAMEO codes and verb + object patterns;
- ``plover/CAMEO2PLOVER-2021.txt`` (CC BY-SA 4.0): the CAMEO -> PLOVER crosswalk.

Writes, under ``src/dateline/resources/events/``:

- ``cameo_verbs.csv``: ``lemma,cameo,type,mode,context`` (a verb's default code; phrasal verbs
  as "shoot down");
- ``cameo_verb_objects.csv``: ``lemma,object,cameo,type,mode,context`` (a verb whose sense
  depends on its object head: "carry out" + "attack", "hold" + "talks");
- ``plover_types.csv``: ``type,quad,modes`` of the 16 PLOVER 2.0 types (from the shared
  ``plover_types.csv``, itself taken from the PLOVER manual; definitions left out).

Retired 2021 modes are mapped to the current manual's (``MODE_MAP``). The curated files next to
them (``verbs_curated.csv``, ``nouns.csv``, ...) are hand-written and are not touched here.

Usage: ``python scripts/build_event_lexicon.py [--ontology ../shared/ontology] [--out DIR]``
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dateline" / "resources" / "events"

#: 2021 crosswalk modes that the 2024 manual retired or renamed -> current mode ("" = none)
MODE_MAP = {
    "assassinate": "targeted", "massacre": "targeted", "cleansing": "", "ban": "restrict",
    "political": "restrict", "return": "release", "ease": "", "pro_autocracy": "",
}
#: CAMEO codes whose crosswalk mode is out of date in the current manual
CODE_FIX = {"195": ("ASSAULT", "aerial", "military"), "1712": ("ASSAULT", "destroy", "")}
HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
CODE = re.compile(r"\[([^\]]*)\]")
WORD = re.compile(r"^[A-Z][A-Z_'\-]*$")


def read_crosswalk(path: Path) -> dict[str, tuple[str, str, str]]:
    out: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        body = line.split("#", 1)[0]
        if ":" not in body or line.startswith("#"):
            continue
        code, rest = body.split(":", 1)
        parts = [p.strip() for p in rest.split(",")]
        if not code.strip().isdigit() or not parts[0]:
            continue
        etype = parts[0]
        mode = parts[1] if len(parts) > 1 else ""
        mode = MODE_MAP.get(mode, mode)
        context = ";".join(c.strip() for c in (parts[2] if len(parts) > 2 else "").split(";")
                           if c.strip())
        out[code.strip()] = (etype, mode, context)
    out.update(CODE_FIX)
    return out


def first_code(raw: str) -> str | None:
    """``"190"``, ``"061:061"`` -> the event code; ``"---"``, ``":110"`` -> None."""
    head = raw.split(":", 1)[0].strip()
    return head if head.isdigit() else None


def lemma_of(word: str) -> str:
    return word.lstrip("+").strip("_").replace("_", " ").lower()


def parse_verbs(path: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    """(lemma, code) defaults and (lemma, object, code) patterns from the verb dictionary."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    start = next(i for i, ln in enumerate(lines) if "VERB PATTERNS" in ln)
    stop = next(i for i, ln in enumerate(lines) if "TRANSFORMATIONS" in ln)
    defaults: list[tuple[str, str]] = []
    patterns: list[tuple[str, str, str]] = []
    block: str | None = None
    block_verbs: list[str] = []
    for line in lines[start + 1 : stop]:
        if m := HEADER.match(line):
            block = first_code(m.group(2))
            block_verbs = []
            continue
        text, _, comment = line.partition("#")
        text = text.strip()
        if not text:
            continue
        if text.startswith("- "):
            codes = CODE.findall(text)
            code = first_code(codes[-1]) if codes else None
            if code is None or "*" not in text:
                continue
            pre, post = (s.strip() for s in CODE.sub("", text[2:]).split("*", 1))
            verbs = [lemma_of(v) for v in re.split(r"[,\s]+", comment.strip()) if WORD.match(v)]
            for obj in objects(pre, post.strip()):
                for verb in verbs or block_verbs:
                    patterns.append((verb, obj, code))
            continue
        word = text.split()[0]
        if not WORD.match(word.lstrip("+")):
            continue
        lemma = lemma_of(word)
        block_verbs.append(lemma)
        codes = CODE.findall(text)
        own = first_code(codes[0]) if codes else None
        code = own or block
        if code:
            defaults.append((lemma, code))
    return defaults, patterns


def objects(pre: str, post: str) -> list[str]:
    """The object head of a fully specified pattern: exactly one plain word or ``{phrase}``
    right after ``*``. Patterns with a subject condition (words before ``*``), extra conditions
    after the object, or synonym sets (``&WEAPON``, too loose once their context is dropped)
    give none."""
    if pre or not post:
        return []
    if post.startswith("{") and post.endswith("}"):
        phrase = post[1:-1].split()
        if not phrase or any(not WORD.match(w) for w in phrase):
            return []
        return [" ".join(lemma_of(w) for w in phrase)]
    if " " not in post and WORD.match(post):
        return [lemma_of(post)]
    return []


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ontology", type=Path, default=ROOT.parent / "shared" / "ontology")
    ap.add_argument("--out", type=Path, default=OUT, help="output folder (default: the package)")
    args = ap.parse_args()
    out = args.out
    walk = read_crosswalk(args.ontology / "plover" / "CAMEO2PLOVER-2021.txt")
    with (args.ontology / "plover_types.csv").open(encoding="utf-8") as src, \
            (out / "plover_types.csv").open("w", encoding="utf-8", newline="") as dst:
        w = csv.writer(dst, lineterminator="\n")
        w.writerow(["type", "quad", "modes"])
        for row in csv.DictReader(src):
            w.writerow([row["type"], row["quad"], row["modes"]])
    defaults, patterns = parse_verbs(args.ontology / "petrarch2_dictionaries" / "CAMEO.2.0.txt")
    out.mkdir(parents=True, exist_ok=True)
    seen: dict[str, str] = {}
    for lemma, code in defaults:
        seen.setdefault(lemma, code)
    with (out / "cameo_verbs.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["lemma", "cameo", "type", "mode", "context"])
        for lemma in sorted(seen):
            code = seen[lemma]
            if code in walk:
                w.writerow([lemma, code, *walk[code]])
    pairs: dict[tuple[str, str], str] = {}
    for verb, obj, code in patterns:
        pairs.setdefault((verb, obj), code)
    with (out / "cameo_verb_objects.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["lemma", "object", "cameo", "type", "mode", "context"])
        for (verb, obj), code in sorted(pairs.items()):
            if code in walk:
                w.writerow([verb, obj, code, *walk[code]])


if __name__ == "__main__":
    main()
