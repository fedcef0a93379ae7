"""Who does it: the subject heads of an event verb, climbing coordination ("met and agreed"),
control ("agreed to resume", "urged Iran to stop", "warned people not to protest"), participles
("..., killing six"; one the parser hung on a far noun), purposes ("in order to attack") and
accusations ("accused X of attacking"); never a thing parsed as a subject ("worn T-shirts to
support")."""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.alleged import accusing_verb
from dateline.nlp.events.dep import (
    RELATIVE,
    argument_like,
    in_order_to,
    infinitive,
    loose_participle,
    of_noun,
)
from dateline.nlp.events.lexicon import Lexicon
from dateline.nlp.events.noun_roles import kids_of


def is_passive(verb: Any) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def subject(verb: Any, lex: Lexicon, depth: int = 0) -> list[Any]:
    """The subject heads of ``verb``, climbing coordination, control and participles."""
    if depth > 4:
        return []
    subj = kids_of(verb, "nsubj", "csubj")
    if subj and verb.dep_ == "ccomp" and kids_of(verb, "aux") and all(
            a.lower_ == "to" for a in kids_of(verb, "aux")) and not any(
            argument_like(s, lex) or s.pos_ in ("PRON", "PROPN") for s in subj) \
            and not _lets(verb.head, lex):
        return subject(verb.head, lex, depth + 1)  # "worn T-shirts to support": a thing
        # parsed as the subject of a purpose infinitive
    if subj:
        rel = [s for s in subj if s.lower_ in RELATIVE]
        if rel and verb.dep_ == "relcl":
            return [verb.head]
        return subj
    head, dep = verb.head, verb.dep_
    if head == verb:
        return []
    clause = loose_participle(verb) or in_order_to(verb)
    if clause is not None:
        return subject(clause, lex, depth + 1)
    if dep == "xcomp" and is_passive(head) and not kids_of(head, "agent"):
        return kids_of(head, "nsubjpass")  # "Kim is reported to have promised"
    if is_passive(verb):
        return []
    if dep == "conj":
        first = head  # "support, inform, or protect": a mis-tagged conjunct between verbs
        while first.dep_ == "conj" and first.pos_ not in ("VERB", "AUX") and first.head != first:
            first = first.head
        if first.pos_ in ("VERB", "AUX"):
            return subject(first, lex, depth + 1)
    if dep == "xcomp":
        objs = kids_of(head, "dobj")
        if objs and _object_control(head, lex):
            return objs  # "urged Iran to release", "prompted Turkey to attack"
        return subject(head, lex, depth + 1)
    if dep == "acomp" or (dep == "xcomp" and head.pos_ == "ADJ"):
        return subject(head, lex, depth + 1)
    if dep == "advcl" and verb.tag_ == "VBG" and not kids_of(verb, "mark"):
        return subject(head, lex, depth + 1)
    if dep == "advcl" and verb.tag_ == "VB" and infinitive(verb):
        return subject(head, lex, depth + 1)  # purpose: "sent experts to investigate"
    if dep == "acl" and verb.tag_ == "VBD" and kids_of(verb, "dobj"):
        return [head]  # a sentence parsed as a noun phrase: "The rebels handed over the town"
    if dep == "acl" and head.dep_ in ("dobj", "pobj") and head.head.pos_ == "VERB":
        return subject(head.head, lex, depth + 1)
    if dep == "acl" and head.lemma_.lower() in _INTENTS | _DECISIONS and infinitive(verb):
        owners = kids_of(head, "poss")
        if owners:
            return owners  # "Libya's decision to break off relations"
    charged = accused(verb, lex)
    if charged:
        return charged
    intent = of_noun(verb)
    if intent is not None and intent.lemma_.lower() in _INTENTS \
            and intent.dep_ in ("dobj", "attr") and intent.head.pos_ in ("VERB", "AUX"):
        return subject(intent.head, lex, depth + 1)  # "has no intention of stepping down"
    if dep == "pcomp" and head.head.pos_ == "VERB":  # "denied carrying out"
        gov = head.head
        objs = kids_of(gov, "dobj")
        if head.lower_ in ("for", "of", "from") and objs and (
                gov.lemma_.lower() in lex.classes["accuse"] or gov.lemma_.lower() in _BLAME
                or any(argument_like(o, lex) for o in objs)):
            return objs  # "accused X of attacking" (not "faced mountains of criticism for")
        if head.lower_ == "for":  # "warned of strikes ... for conducting drills": someone else
            return []
        return subject(gov, lex, depth + 1)
    return []


def _object_control(verb: Any, lex: Lexicon) -> bool:
    """"urged Iran to release", "prompted Turkey to attack", "warned people not to protest":
    the object does the act of the infinitive."""
    lemma = verb.lemma_.lower()
    return lemma in lex.classes["request"] or lemma in lex.classes["cause"] or lemma in _WARN


def _lets(verb: Any, lex: Lexicon) -> bool:
    """"allows hackers to take control", "made the groom pledge": the object does it."""
    return verb.lemma_.lower() in _LETTING or _object_control(verb, lex)


#: verbs that fault their object for an act ("criticized the powers for waging war")
_BLAME = frozenset({"criticize", "criticise", "condemn", "blame", "denounce", "slam", "praise",
                    "thank", "commend", "fault", "punish", "reward", "applaud", "hail"})
#: nouns of intent whose "of"-act is their holder's: "has no intention of resigning"
_INTENTS = frozenset({"intention", "plan", "readiness", "willingness", "desire", "aim",
                      "commitment", "determination", "hope"})
_DECISIONS = frozenset({"decision", "move", "bid", "attempt", "offer", "pledge",
                        "promise", "threat", "vow", "resolve"})
#: object-control verbs that are no request: "warned people not to protest"
_WARN = frozenset({"warn", "caution", "advise", "remind", "train", "teach"})
_LETTING = frozenset({"allow", "let", "enable", "permit", "help", "want", "need", "expect",
                      "get", "have", "make"})


def accused(tok: Any, lex: Lexicon) -> list[Any]:
    """Who is accused of the act ``tok`` names: "accused X of killing", "X was charged with
    murdering" (:func:`~dateline.nlp.events.alleged.accusing_verb`)."""
    gov = accusing_verb(tok, lex)
    if gov is None:
        return []
    return kids_of(gov, "dobj") or (kids_of(gov, "nsubjpass") if is_passive(gov) else [])
