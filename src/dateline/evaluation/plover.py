"""PLOVER gold sentences: event-type accuracy, actor and recipient F1 of the events extractor.

Gold: ``ontology/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt`` (CC BY-SA 4.0, Open Event
Data Alliance): 322 example sentences of the CAMEO manual coded in PLOVER v0.5b1. v0.5 type
names are mapped to PLOVER 2.0 (:data:`V05`); the file header record is skipped.

For each sentence the extractor's events are compared with the gold record through one
predicted event: the first whose trigger overlaps a gold ``(EVT: ...)`` span, else the most
confident one. Type accuracy counts a sentence with no event as wrong. A predicted actor
matches a gold ``source`` (recipient: ``target``) when their texts share a content word or the
predicted country equals the gold code; micro F1 over all sentences.

The rules were written looking at the *dev* half only (a fixed hash of the record id); the
*held-out* half is scored but was never read while tuning. Both are reported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.errors import ConfigError
from dateline.ids import digest
from dateline.model import Analysis, Entity, Event

GOLD = ("ontology", "plover", "gold_standard_records", "PLOVER_GSR_CAMEO.txt")
#: PLOVER v0.5b1 event names -> PLOVER 2.0 types (ontology README)
V05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
_EVT = re.compile(r"\(EVT:\s*([^)]*)\)")
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset({"the", "of", "and", "a", "an", "in", "for", "to", "s", "on", "at", "its",
                   "his", "her", "their", "officials", "official", "government", "leader",
                   "leaders", "forces", "president", "minister", "mr", "people"})


@dataclass(frozen=True, slots=True)
class Gold:
    id: str
    text: str
    type: str
    actors: tuple[tuple[str, str], ...]  # (text, code)
    recipients: tuple[tuple[str, str], ...]
    triggers: tuple[tuple[int, int], ...]  # [start, end) of the (EVT: ...) spans
    key: str  # unique (two records share an id)

    @property
    def split(self) -> str:
        return "dev" if int(digest(self.id, length=8), 16) % 2 == 0 else "heldout"


def _parties(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        return ()
    return tuple((str(p.get("actorText") or ""), str(p.get("code") or "")) for p in value
                 if isinstance(p, dict) and p.get("actorText"))


def _triggers(text: str, markup: str) -> tuple[tuple[int, int], ...]:
    out, pos = [], 0
    for m in _EVT.finditer(markup):
        words = m.group(1).strip()
        at = text.find(words, pos)
        if at < 0:
            at = text.find(words)
        if at >= 0:
            out.append((at, at + len(words)))
            pos = at + len(words)
    return tuple(out)


def load(shared: Path) -> list[Gold]:
    path = shared.joinpath(*GOLD)
    if not path.is_file():
        raise ConfigError(f"{path} not found (the PLOVER gold sentences)")
    out = []
    for n, rec in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        event = rec.get("event")
        if event in (None, "DOCUMENT"):
            continue
        text = rec["text"]
        info = rec.get("textInfo")
        markup = str(info.get("markup", "")) if isinstance(info, dict) else ""
        out.append(Gold(rec["id"], text, V05.get(event, event), _parties(rec.get("source")),
                        _parties(rec.get("target")), _triggers(text, markup), f"gsr-{n}"))
    return out


def pick(events: Iterable[Event], triggers: tuple[tuple[int, int], ...]) -> Event | None:
    """The predicted event compared with the gold record: the most confident of those whose
    trigger overlaps a gold ``(EVT: ...)`` span (the gold marks several words of one event),
    else the most confident of all."""
    evs = list(events)
    hits = [ev for ev in evs if any(ev.trigger.start < e and s < ev.trigger.end
                                    for s, e in triggers)]
    return max(hits or evs, key=lambda ev: ev.confidence, default=None)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower())) - _STOP


def matches(pred: Entity, gold: tuple[str, str]) -> bool:
    text, code = gold
    if code and pred.country and pred.country == code[:3]:
        return True
    return bool(_words(pred.text + " " + (pred.name or "")) & _words(text))


def match_counts(pred: tuple[Entity, ...], gold: tuple[tuple[str, str], ...]) -> tuple[int, int, int]:
    """(true positives, predicted, gold) with one-to-one matching."""
    free = list(pred)
    tp = 0
    for g in gold:
        hit = next((p for p in free if matches(p, g)), None)
        if hit is not None:
            free.remove(hit)
            tp += 1
    return tp, len(pred), len(gold)


def analyses(texts: Iterable[tuple[str, str]], **meta: Any) -> Iterator[Analysis]:
    """Analyses of ``(id, text)`` pairs with the default pipeline (failures skipped)."""
    from dateline.ingest import make_article
    from dateline.pipeline import analyze_many

    yield from analyze_many(make_article(t, id=i, source=i, **meta) for i, t in texts)


def _f1(tp: int, n_pred: int, n_gold: int) -> float:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def score(golds: list[Gold], results: dict[str, Analysis]) -> dict[str, float | int]:
    out: dict[str, float | int] = {}
    for part in ("dev", "heldout", "all"):
        subset = [g for g in golds if part == "all" or g.split == part]
        right = 0
        act = [0, 0, 0]
        rec = [0, 0, 0]
        for g in subset:
            analysis = results.get(g.key)
            ev = pick(analysis.events if analysis else (), g.triggers)
            if ev is None:
                act[2] += len(g.actors)
                rec[2] += len(g.recipients)
                continue
            right += ev.type == g.type
            for acc, got in ((act, match_counts(ev.actors, g.actors)),
                             (rec, match_counts(ev.recipients, g.recipients))):
                for k in range(3):
                    acc[k] += got[k]
        n = len(subset)
        out[f"{part}_sentences"] = n
        out[f"{part}_type_accuracy"] = round(right / n, 4) if n else 0.0
        out[f"{part}_actor_f1"] = _f1(*act)
        out[f"{part}_recipient_f1"] = _f1(*rec)
    return out


def run(shared: Path, *, limit: int | None) -> dict[str, float | int]:
    golds = load(shared)[:limit] if limit else load(shared)
    results = {a.article.id: a for a in analyses((g.key, g.text) for g in golds)}
    return score(golds, results)
