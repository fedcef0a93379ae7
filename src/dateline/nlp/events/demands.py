"""Demands made as statements about what another party must do: "Russia said on Tuesday that
Sudan must return the helicopter", "Indian officials said Pakistan should dismantle the camps".

The speaker REQUESTs (PLOVER: "all requests, demands, and orders") of the party that must act.
The trigger is the modal and its verb ("must return"); the candidate's anchor is the reporting
verb (its subject is the actor, its modality the demand's) and its noun slot holds the verb of
what is demanded (whose subject is the recipient). Not a demand: the speaker's own duty ("we
must", "I should"), generic or impersonal subjects ("it must be said"), predictions ("could",
"may", "will").
"""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.dep import argument_like
from dateline.nlp.events.lexicon import Entry, Lexicon

_SAY = frozenset({"say", "tell", "insist", "stress", "declare", "state", "reiterate",
                  "emphasize", "emphasise", "maintain", "argue", "add", "write", "announce",
                  "note", "conclude", "remind", "underline", "assert"})
_MUST = frozenset({"must", "should", "ought"})
_SELF = frozenset({"we", "i", "us", "it", "this", "that", "there", "one", "you", "everyone",
                   "everybody", "nobody", "something", "anything", "nothing"})
ENTRY = Entry("REQUEST", None, (), "", 0.7)


def _modal(verb: Any) -> Any | None:
    """The "must"/"should"/"ought" on ``verb``, if any."""
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ in _MUST:
            return c
    return None  # "has to", "needs to" describe more often than they demand


def must_demands(toks: list[Any], lex: Lexicon) -> list[tuple[Any, Any, Any]]:
    """(reporting verb, modal, demanded verb) of each demand in a sentence."""
    out = []
    for verb in toks:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        modal = _modal(verb)
        if modal is None:
            continue
        clause = verb
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAY:
            continue
        say = clause.head
        speaker = [c for c in say.children if c.dep_ == "nsubj"]
        subject = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not speaker or not subject or subject[0].lower_ in _SELF:
            continue
        if subject[0].lower_ == speaker[0].lower_ or not argument_like(subject[0], lex):
            continue
        out.append((say, modal, verb))
    return out
