"""A learned fallback typer for sentences the rules find no event in.

The rules know a closed vocabulary; an unseen verb ("the army mustered two brigades", "Ostria
rebuffed the offer") leaves its sentence with no event. For such a sentence this module picks
the main verb (the root, or the clause a reporting verb introduces) and asks a small
multinomial logistic regression which PLOVER type, if any, the sentence reports. The classes
are the 16 types and ``NONE``: the model was also trained on sentences that report no event,
so most news sentences stay eventless. Its events are built like the rules' (same arguments,
modality, date and place) with a lower confidence and their own extractor name.

Features are words and dependency relations around the main verb and the sentence's content
lemmas (:func:`features`). Weights: ``resources/events/learned_typer.npz``, written by
``scripts/train_event_typer.py`` from data the project may use (the dev half of the PLOVER gold
sentences, our written sentences; never the held-out half). See docs/events.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from dateline.model import Event
from dateline.nlp.events.lemmas import verb_lemma
from dateline.nlp.events.lexicon import Entry, Lexicon

NAME = "dateline.events.learned.v1"
NONE = "NONE"
#: the model's probability for its type must reach this to make an event (chosen by
#: cross-validation in the training script)
THRESHOLD = 0.5
#: an event from this module starts from this trigger weight (rule triggers: 0.6-0.9)
WEIGHT = 0.45
_REPORTING = frozenset({"say", "tell", "report", "announce", "add", "state", "claim", "confirm",
                        "note", "insist", "write", "quote", "explain", "reveal"})
#: verbs of thinking, wanting, being and doing: the main verb of many news sentences, never an
#: event by itself ("I think", "Canada wants clarity", "he became the first")
_STATIVE = frozenset({
    "be", "have", "do", "get", "make", "take", "go", "come", "become", "remain", "seem",
    "appear", "look", "think", "believe", "know", "feel", "see", "hope", "expect", "want",
    "wish", "like", "love", "need", "fear", "try", "begin", "start", "continue", "keep",
    "stay", "happen", "include", "mean", "put", "let", "give", "find", "use", "work", "set"})
_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
_SUBJ = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class Model:
    index: dict[str, int]
    labels: tuple[str, ...]
    weights: Any  # (features, labels) float32
    bias: Any  # (labels,)
    threshold: float

    def probabilities(self, feats: list[str]) -> Any:
        rows = sorted({self.index[f] for f in feats if f in self.index})
        z = self.bias + self.weights[rows].sum(axis=0)
        p = np.exp(z - z.max())
        return p / p.sum()

    def classify(self, feats: list[str]) -> tuple[str, float]:
        p = self.probabilities(feats)
        k = int(p.argmax())
        return self.labels[k], float(p[k])


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The shipped weights, or None when the file is absent (the fallback is then off)."""
    ref = resources.files("dateline.resources.events").joinpath("learned_typer.npz")
    if not ref.is_file():
        return None
    with resources.as_file(ref) as path, np.load(path, allow_pickle=False) as data:
        names = [str(n) for n in data["names"]]
        return Model(index={n: k for k, n in enumerate(names)},
                     labels=tuple(str(x) for x in data["labels"]),
                     weights=data["weights"].astype(np.float32),
                     bias=data["bias"].astype(np.float32),
                     threshold=float(data["threshold"]))


def main_verb(sent: Any) -> Any | None:
    """The sentence's main verb: its root, or the clause a reporting verb introduces ("the
    ministry said it had expelled ..."); None when it is no verb with a subject, or negated
    (a negated act the rules do not know is no act to guess)."""
    tok = sent.root
    for _ in range(3):
        if tok.lemma_.lower() not in _REPORTING:
            break
        comp = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in
                     ("VERB", "AUX")), None)
        if comp is None:
            return None
        tok = comp
    if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
        return None
    if not any(c.dep_ in _SUBJ for c in tok.children):
        return None
    return tok


def unknown(lemma: str, lex: Lexicon) -> bool:
    """Whether the rules have no say on a verb: not in their lexicon, not a classed verb
    (reporting, intention, harm...), nor a stative one. A verb the rules know and found no
    event for ("called him a hero", "warned that prices would rise") is left to them."""
    for form in (lemma, lemma + "e"):  # the parser's "hoped" -> "hop"
        if form in lex.verbs or form in _STATIVE or any(form in c for c in lex.classes.values()):
            return False
    return True


def anchor(sent: Any, lex: Lexicon) -> Any | None:
    """The main verb of a sentence, when the fallback may read it: a verb the rules do not
    know (:func:`unknown`)."""
    tok = main_verb(sent)
    return tok if tok is not None and unknown(verb_lemma(tok, lex), lex) else None


def stands(event: Event) -> bool:
    """A learned event is one party acting on another: it needs an actor the knowledge base
    places (a country or a sector) and a recipient. "Ostria rebuffed the Delvan offer" stands;
    "he secured only 58 seats" and "I never expected to see you" do not."""
    return bool(event.recipients) and any(a.country or a.sector for a in event.actors)


def _lemma(tok: Any) -> str:
    return str(tok.lemma_.lower())


def features(tok: Any, lex: Lexicon) -> list[str]:
    """Sparse features of the main verb ``tok``: its lemma, particle, objects, prepositions,
    open complement, its subject's entity type, and the content lemmas of the sentence (bag of
    words). Not its modality: negation, "will" or "could" are read by :mod:`.modality`, and as
    features they taught the model that "did not" means REJECT."""
    verb = verb_lemma(tok, lex)
    out = [f"v={verb}"]
    for c in tok.children:
        dep = c.dep_
        if dep == "prt":
            out.append(f"vp={verb}_{_lemma(c)}")
        elif dep in ("dobj", "attr", "dative"):
            out += [f"o={_lemma(c)}", f"vo={verb}_{_lemma(c)}"]
            out += [f"op={_lemma(c)}_{p.lower_}" for p in c.children if p.dep_ == "prep"]
        elif dep in ("prep", "agent"):
            out.append(f"vprep={verb}_{c.lower_}")
            out += [f"p={c.lower_}_{_lemma(p)}" for p in c.children if p.dep_ == "pobj"]
        elif dep in ("xcomp", "ccomp") and c.pos_ == "VERB":
            out.append(f"x={_lemma(c)}")
            out += [f"xo={_lemma(o)}" for o in c.children if o.dep_ == "dobj"]
        elif dep in _SUBJ:
            out.append(f"s={c.ent_type_ or c.pos_}")
            if dep == "nsubjpass":
                out.append("passive")
    out += [f"w={_lemma(t)}" for t in tok.sent if t.pos_ in _CONTENT and not t.is_stop]
    return out


def candidate_entry(sent: Any, lex: Lexicon) -> tuple[Any, Entry] | None:
    """The main verb of an eventless sentence and the model's reading of it, when the model
    is confident the sentence reports an event."""
    m = model()
    tok = anchor(sent, lex) if m is not None else None
    if m is None or tok is None:
        return None
    label, p = m.classify(features(tok, lex))
    if label == NONE or p < m.threshold:
        return None
    return tok, Entry(label, None, (), "learned", WEIGHT, False, "learned")
