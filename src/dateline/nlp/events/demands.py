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
#: nouns of saying whose "that"-clause can hold the demand
_SAY_NOUNS = frozenset({"reminder", "warning", "message", "statement", "letter", "note",
                        "declaration", "resolution", "communique", "communiqué", "appeal"})
_SELF = frozenset({"we", "i", "us", "it", "this", "that", "there", "one", "you", "everyone",
                   "everybody", "nobody", "something", "anything", "nothing"})
ENTRY = Entry("REQUEST", None, (), "", 0.7)
THREAT = Entry("THREATEN", None, (), "", 0.7)
#: what a party "would face" when the speaker threatens it
_CONSEQUENCES = frozenset({"consequence", "retaliation", "reprisal", "punishment", "closure",
                           "prosecution", "arrest", "expulsion", "sanction", "ban", "death",
                           "trial", "reprisals"})


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
        if verb.tag_ != "MD" or verb.lower_ not in _MUST:
            continue
        modal, verb = verb, verb.head
        if verb.pos_ not in ("VERB", "AUX") or _modal(verb) is None:
            continue
        if modal is None:
            continue
        clause = verb
        if clause.dep_ in ("acl", "ccomp") and clause.head.lemma_.lower() in _SAY_NOUNS \
                and clause.head.head.pos_ == "VERB":  # "issued a reminder that Iraq must"
            clause = clause.head
            say = clause.head
        elif clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _SAY:
            say = clause.head
        else:
            continue
        speaker = [c for c in say.children if c.dep_ == "nsubj"]
        subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        addressed = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
            p.dep_ == "pobj" and argument_like(p, lex) for p in c.children)
            for h in (say, clause) for c in h.children) or any(
            c.dep_ in ("dobj", "dative") and argument_like(c, lex) for c in say.children)
        # "told Kenya on Thursday that it must reform"
        if not speaker or not subject or modal.i < subject[0].i:
            continue  # "should North Korea hold workers hostage" is a condition
        pronoun = subject[0].lower_ in _SELF and subject[0].pos_ in ("PRON", "DET", "ADV")
        if pronoun and not (addressed and subject[0].lower_ in ("it", "they")
                            and subject[0].dep_ == "nsubj"):
            continue  # "we must", "it must be said" -- but "the US must", "told Iraq it must"
        if subject[0].lower_ == speaker[0].lower_ or (
                not pronoun and not argument_like(subject[0], lex)):
            continue
        out.append((say, modal, verb))
    return out


def consequence_threats(toks: list[Any], lex: Lexicon) -> list[tuple[Any, Any, Any]]:
    """(reporting verb, "face", what is faced) of each threat told as what another party would
    face: "Venezuela's minister said Guyana would face consequences if it ..." (the speaker
    THREATENs the party that would face them)."""
    out = []
    for verb in toks:
        if verb.lemma_.lower() != "face" or verb.pos_ != "VERB" or verb.dep_ != "ccomp":
            continue
        faced = next((c for c in verb.children if c.dep_ == "dobj"
                      and c.lemma_.lower() in _CONSEQUENCES), None)
        will = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in verb.children)
        say = verb.head
        if faced is None or not will or say.lemma_.lower() not in _SAY:
            continue
        speaker = [c for c in say.children if c.dep_ == "nsubj"]
        subject = [c for c in verb.children if c.dep_ == "nsubj"]
        if speaker and subject and subject[0].lower_ not in _SELF \
                and subject[0].lower_ != speaker[0].lower_ and argument_like(subject[0], lex):
            out.append((say, verb, faced))
    return out
