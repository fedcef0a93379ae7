"""IndiaPoliceEvents: document-level police KILL / ARREST / FORCE from the events extractor.

Gold: ``corpus/annotations/india_police_events/docs.jsonl`` (Halterman et al. 2021; Times of
India, March 2002): per document, "yes" answers to "did police kill someone?" (KILL), "... arrest
someone?" (ARREST), "... use force or violence?" (FORCE). Texts:
``corpus/articles/india_police_events.jsonl`` (mojibake repaired; almost all lower case).

A document is predicted positive for a label when one of its events is asserted (not negated,
hypothetical or future) and not historical, and:

- KILL: an ASSAULT by police that kills (a killing verb, ``fatalities`` > 0 or mode ``targeted``);
- FORCE: any ASSAULT by police (including crowd-control: lathi charges, tear gas, firing);
- ARREST: a COERCE ``arrest`` by police or with no actor named (arrests are made by the police).

"By police" = an actor with PLOVER sector ``COP`` or a police word in the actor's text. Nothing
here was tuned on this set; it is scored whole (``--limit`` takes the first N documents).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from dateline.errors import ConfigError
from dateline.evaluation.plover import analyses
from dateline.model import Analysis, Event

DOCS = ("corpus", "annotations", "india_police_events", "docs.jsonl")
ARTICLES = ("corpus", "articles", "india_police_events.jsonl")
LABELS = ("KILL", "ARREST", "FORCE")
_POLICE = re.compile(
    r"\b(police\w*|cops?|constables?|constabulary|officers?|inspectors?|sub-inspectors?|"
    r"commissioners?|dsp|ssp|sho|rapid action force|raf|srp|crpf|rpf|bsf|sog|ats|"
    r"home guards?|jawans?|khaki)\b", re.IGNORECASE)
_KILLS = re.compile(r"\b(kill\w*|shot dead|gunned down|murder\w*|slay\w*|slain|lynch\w*)\b",
                    re.IGNORECASE)


def _police(event: Event) -> bool:
    return any(a.sector == "COP" or _POLICE.search(f"{a.text} {a.name or ''}")
               for a in event.actors)


def labels_of(analysis: Analysis) -> set[str]:
    """The document labels predicted from an analysis."""
    out: set[str] = set()
    for ev in analysis.events:
        if ev.modality != "asserted" or ev.historical:
            continue
        if ev.type == "ASSAULT" and _police(ev):
            out.add("FORCE")
            if (ev.fatalities or 0) > 0 or ev.mode == "targeted" or _KILLS.search(ev.trigger.text):
                out.add("KILL")
        if ev.type == "COERCE" and ev.mode == "arrest" and (not ev.actors or _police(ev)):
            out.add("ARREST")
    return out


def _gold(shared: Path) -> dict[str, set[str]]:
    path = shared.joinpath(*DOCS)
    if not path.is_file():
        raise ConfigError(f"{path} not found (IndiaPoliceEvents annotations)")
    out: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            out[f"ipe-{doc['doc_id']}"] = set(doc["doc_labels"]) & set(LABELS)
    return out


def _articles(shared: Path, ids: set[str]) -> Iterator[tuple[str, str, str | None]]:
    path = shared.joinpath(*ARTICLES)
    if not path.is_file():
        raise ConfigError(f"{path} not found (IndiaPoliceEvents texts)")
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            if rec["id"] in ids:
                yield rec["id"], rec["text"], rec.get("published")


def score(gold: dict[str, set[str]], pred: dict[str, set[str]]) -> dict[str, float | int]:
    out: dict[str, float | int] = {"documents": len(gold)}
    totals = [0, 0, 0]
    for label in LABELS:
        tp = sum(1 for d in gold if label in gold[d] and label in pred.get(d, set()))
        n_pred = sum(1 for d in gold if label in pred.get(d, set()))
        n_gold = sum(1 for d in gold if label in gold[d])
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        out[f"{label.lower()}_precision"] = round(p, 4)
        out[f"{label.lower()}_recall"] = round(r, 4)
        out[f"{label.lower()}_f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
        out[f"{label.lower()}_gold"] = n_gold
        for k, v in enumerate((tp, n_pred, n_gold)):
            totals[k] += v
    tp, n_pred, n_gold = totals
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    out["micro_precision"] = round(p, 4)
    out["micro_recall"] = round(r, 4)
    out["micro_f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    return out


def run(shared: Path, *, limit: int | None) -> dict[str, float | int]:
    gold = _gold(shared)
    if limit:
        gold = dict(list(gold.items())[:limit])
    pred: dict[str, set[str]] = {}
    for doc_id, text, published in _articles(shared, set(gold)):
        for analysis in analyses([(doc_id, text)], published=published):
            pred[doc_id] = labels_of(analysis)
    return score(gold, pred)
