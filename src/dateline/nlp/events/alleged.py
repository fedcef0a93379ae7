"""Alleged acts: what a party is accused, charged or suspected of, not what the outlet reports.

"Lawmakers accuse Turkish-backed forces of killing civilians", "charged with murdering two
guards", "the alleged attack", "allegedly tortured", "alleged that police fired on the crowd":
the killing, murder, attack, torture and firing are *alleged*. The event keeps its modality
(the accusation says it happened) and its type; ``Event.alleged`` tells an analyst that the act
as attributed is a claim of the accuser. The accusation itself (ACCUSE) is not alleged.

An event noun under "over/in connection with" ("arrested over the bombing") is not alleged: the
bombing happened, only who did it is in question, and the noun names no doer.
"""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.candidate import Candidate
from dateline.nlp.events.dep import infinitive
from dateline.nlp.events.lexicon import Lexicon

#: verbs whose "that" clause is alleged ("alleged that police fired on the crowd")
_ALLEGING_VERBS = frozenset({"allege", "accuse", "charge"})
_MARKS = frozenset({"alleged", "allegedly", "suspected", "purported", "purportedly",
                    "supposed", "supposedly"})


def alleged(cand: Candidate, lex: Lexicon) -> bool:
    """Is the act of ``cand`` only alleged (accused, charged, suspected)? Word classes
    ``accuse`` (verbs whose "of/with/for" clause is an act someone is accused of) and
    ``accusation`` (nouns whose "of" phrase is one: "allegations of torture")."""
    if cand.entry.type == "ACCUSE":
        return False
    for tok in (cand.anchor, cand.noun):
        if tok is not None and any(c.lower_ in _MARKS and c.dep_ in ("amod", "advmod")
                                   for c in tok.children):
            return True  # "the alleged attack", "allegedly tortured"
    return _accused_of(cand.anchor, lex)


def _accused_of(tok: Any, lex: Lexicon) -> bool:
    cur = tok
    for _ in range(6):
        head, dep = cur.head, cur.dep_
        if head == cur:
            return False
        if dep == "conj" or _purpose(cur):
            cur = head  # "charged with plotting to make bombs to blow up ..."
            continue
        if dep == "ccomp":
            return bool(head.lemma_.lower() in _ALLEGING_VERBS)
        if dep not in ("pcomp", "pobj") or head.lower_ not in ("of", "with", "for"):
            return False
        gov = head.head
        if gov.pos_ not in ("VERB", "AUX") and gov.dep_ not in ("dobj", "nsubjpass"):
            return bool(gov.lemma_.lower() in lex.classes["accusation"] and head.lower_ == "of")
        return accusing_verb(cur, lex) is not None
    return False


def _purpose(tok: Any) -> bool:
    """An infinitive that is what its head plans or is for: "plotting to kill", "bombs to blow
    up"."""
    return tok.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp") and infinitive(tok)


def accusing_verb(tok: Any, lex: Lexicon) -> Any | None:
    """The verb that accuses someone of the act ``tok`` names: "accused X of killing" (also
    with "of" hung on X: "accused the rebels of an attack"), "was charged with murdering",
    "arrested for attacking" -- not "arrested for the bombing" (the bombing happened; who did
    it is the question)."""
    prep = tok.head
    if tok.dep_ not in ("pcomp", "pobj") or prep.lower_ not in ("of", "with", "for"):
        return None
    gov = prep.head
    if gov.dep_ in ("dobj", "nsubjpass") and gov.head.lemma_.lower() in lex.classes["accuse"]:
        gov = gov.head
    lemma = gov.lemma_.lower()
    if gov.pos_ not in ("VERB", "AUX") or lemma not in lex.classes["accuse"] or (
            tok.dep_ == "pobj" and lemma in _BY_NOUN_ONLY):
        return None
    return gov


#: accusing verbs whose noun object may name an act that surely happened ("arrested for the
#: bombing", "investigated over the killing")
_BY_NOUN_ONLY = frozenset({"arrest", "detain", "investigate", "book", "try", "sue"})
