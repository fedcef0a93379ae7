"""One PLOVER category per event, as the manual asks ("AGREE could be SUPPORT + future ...
THREATEN could be ASSAULT + hypothetical ... the coder should always return the single event
category").

- a cooperative act the actor says it *will* do ("Portugal will support Turkey", "is ready to
  host talks") is an AGREE;
- one it says it *will not* do ("will not accept more refugees", "would not meet the
  demands") is a REJECT;
- a conflictual act stated as the actor's own conditional future ("will strike if ...",
  "may halt mediation if ...", "we will respond") is a THREATEN (not the "if" clause itself:
  "if it is attacked" is a hypothetical attack, no one's threat; and not a planned offensive
  reported by others: that stays a future ASSAULT).

Only the trigger's own auxiliaries, a condition or a readiness adjective count: an act embedded
under "agreed to" or "urged ... to" keeps its type and future/hypothetical modality (the
embedding verb is the event). The new event is asserted: the pledge, refusal or threat was made.
"""

from __future__ import annotations

from typing import Any

from dateline.model import Modality
from dateline.nlp.events.lexicon import Entry

COOPERATIVE = frozenset({"SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "CONSULT"})
REFUSABLE = COOPERATIVE | {"AGREE"}
CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION"})
_WILL = frozenset({"will", "would", "wo", "shall", "'ll", "'d"})
_THREAT_MODE = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations"}
_ADJ_FUTURE = frozenset({"ready", "willing", "prepared", "determined", "eager", "keen",
                         "poised"})


def _aux(verb: Any) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def _ready(verb: Any) -> bool:
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _ADJ_FUTURE


def _threat_form(verb: Any) -> bool:
    """"will strike if ...", "we will respond": a condition on the act, or the actor speaking
    (a planned offensive reported by others is a future ASSAULT, not a threat)."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                     for m in c.children):
            return True
        if c.dep_ == "nsubj" and c.lower_ in ("we", "i"):
            return True
    return False


def retype(entry: Entry, anchor: Any, mod: Modality, source: str,
           *, perfect: bool) -> tuple[Entry, Modality]:
    """The single-category entry and modality of an event."""
    etype = entry.type
    verbal = anchor.pos_ in ("VERB", "AUX")
    if not verbal or perfect:
        return entry, mod
    if etype in COOPERATIVE and mod == "future" and (source == "own" or _ready(anchor)):
        return Entry("AGREE", None, entry.context, entry.sense, entry.weight), "asserted"
    if etype in REFUSABLE and mod == "negated" and source == "own" and _aux(anchor) & _WILL:
        return Entry("REJECT", None, entry.context, entry.sense, entry.weight), "asserted"
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in anchor.children)
    if etype in CONFLICT and mod in ("future", "hypothetical") and source == "own" \
            and not passive and _threat_form(anchor):
        mode = "arrest" if entry.mode == "arrest" else _THREAT_MODE[etype]
        if entry.mode == "expel":
            mode = "expel"
        return Entry("THREATEN", mode, entry.context, entry.sense, entry.weight), "asserted"
    return entry, mod
