"""A small learned re-typer: a multinomial logistic regression over sparse features of an event's
trigger and its dependency context that may replace the rules' PLOVER type.

It overrides the rules only where model selection found it wins: the model's most probable type
differs from the rule type, its probability reaches :attr:`Retyper.threshold`, and the rule
event's confidence is at most :attr:`Retyper.max_confidence`. The weights are a data file
(``resources/events/retyper.npz``) written by ``scripts/train_event_retyper.py`` from the dev half
of the PLOVER gold sentences and our own written sentences (see docs/events.md); loaded once.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

import numpy as np

from dateline.ids import record_id
from dateline.model import Event

WEIGHTS = "retyper.npz"
#: whether :func:`dateline.nlp.events.extract` applies the retyper by default
ENABLED = False
_AUX = frozenset({"will", "would", "shall", "could", "may", "might", "should", "must", "can",
                  "'ll", "wo", "ca"})
_NEG = frozenset({"not", "n't", "never", "no"})
_CHILD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "xcomp", "ccomp",
                         "acomp", "advcl", "agent", "prt", "amod", "compound", "oprd"})


def _lem(tok: Any) -> str:
    return str(tok.lemma_).lower()


def _class(tok: Any) -> str:
    """A coarse class of an argument: its entity label, a pronoun, or its lemma."""
    if tok.ent_type_:
        return str(tok.ent_type_)
    return "PRON" if tok.pos_ == "PRON" else _lem(tok)


def _context(head: Any, tag: str) -> list[str]:
    out: list[str] = []
    for c in head.children:
        dep = c.dep_
        if dep == "prep":
            objs = [p for p in c.children if p.dep_ == "pobj"]
            out.append(f"{tag}prep={c.lower_}")
            out += [f"{tag}prep={c.lower_}|{_class(p)}" for p in objs]
            out += [f"{tag}prep={c.lower_}|{_lem(p)}" for p in objs]
        elif dep in ("aux", "auxpass") and c.lower_ in _AUX:
            out.append(f"{tag}aux={c.lower_}")
        elif dep == "neg" or c.lower_ in _NEG:
            out.append(f"{tag}neg")
        elif dep in _CHILD_DEPS:
            out.append(f"{tag}{dep}={_class(c)}")
            out.append(f"{tag}{dep}={_lem(c)}")
    return out


def features(kind: str, anchor: Any, noun: Any | None, trigger: tuple[Any, Any],
             event: Event) -> tuple[str, ...]:
    """The sparse features of one rule event (its candidate's tokens and the rule's reading)."""
    rule = event.type
    lemma = _lem(anchor)
    first, last = trigger
    words = " ".join(t.lower_ for t in anchor.doc[first.i:last.i + 1])
    conf = min(9, int(event.confidence * 10))
    out = [f"rule={rule}", f"kind={kind}", f"lemma={lemma}", f"trig={words}",
           f"rule={rule}|lemma={lemma}", f"conf={conf}", f"rule={rule}|conf={conf}",
           f"mod={event.modality}", f"rule={rule}|mod={event.modality}",
           f"actor={'y' if event.actors else 'n'}", f"recip={'y' if event.recipients else 'n'}",
           f"hdep={anchor.dep_}", f"head={_lem(anchor.head)}", f"hdep={anchor.dep_}|head={_lem(anchor.head)}"]
    if event.historical:
        out.append("historical")
    if event.attributed_to:
        out.append("quoted")
    out += _context(anchor, "")
    if noun is not None and noun is not anchor:
        out += [f"noun={_lem(noun)}", f"lemma={lemma}|noun={_lem(noun)}"]
        out += _context(noun, "n.")
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Retyper:
    labels: tuple[str, ...]
    index: dict[str, int]  # feature -> row of ``weights``
    weights: Any  # np.ndarray (n_features, n_labels)
    bias: Any  # np.ndarray (n_labels,)
    threshold: float
    max_confidence: float

    def probabilities(self, feats: tuple[str, ...]) -> dict[str, float]:
        rows = sorted({self.index[f] for f in feats if f in self.index})
        z = self.bias + self.weights[rows].sum(axis=0)
        p = np.exp(z - z.max())
        p /= p.sum()
        return {lab: float(v) for lab, v in zip(self.labels, p, strict=True)}

    def choose(self, event: Event, feats: tuple[str, ...]) -> str:
        """The type to give ``event``: the model's when it overrides the rule, else the rule's."""
        if event.confidence > self.max_confidence:
            return event.type
        probs = self.probabilities(feats)
        best = max(probs, key=lambda lab: probs[lab])
        return best if best != event.type and probs[best] >= self.threshold else event.type


@functools.cache
def model() -> Retyper:
    """The shipped retyper (loaded once per process)."""
    path = resources.files("dateline").joinpath("resources").joinpath("events").joinpath(WEIGHTS)
    with path.open("rb") as fh, np.load(fh, allow_pickle=False) as data:
        feats = [str(f) for f in data["features"]]
        return Retyper(labels=tuple(str(x) for x in data["labels"]),
                       index={f: k for k, f in enumerate(feats)},
                       weights=data["weights"].astype(np.float64), bias=data["bias"].astype(np.float64),
                       threshold=float(data["threshold"]), max_confidence=float(data["max_confidence"]))


def apply(retyper: Retyper, event: Event, feats: tuple[str, ...], *,
          valid_modes: dict[str, frozenset[str]]) -> Event:
    """``event`` with the retyper's type (and a mode valid for it), or unchanged."""
    new = retyper.choose(event, feats)
    if new == event.type:
        return event
    mode = event.mode if event.mode in valid_modes.get(new, frozenset()) else None
    article_id = event.id  # keep ids deterministic: derived from the old id and the new type
    return replace(event, type=new, mode=mode,
                   id=record_id("ev", article_id, event.trigger.start, event.trigger.end, new))
