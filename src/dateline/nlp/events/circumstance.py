"""Acts told by what they were part of: "stayed away from the factories in a strike", "flew
bombers along the border in a show of force" (the doer protests or mobilises), and who ends a
protest ("security forces ... end our protest": by force, not as a concession)."""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.candidate import Candidate
from dateline.nlp.events.dep import argument_like
from dateline.nlp.events.lexicon import Lexicon
from dateline.nlp.events.nouns import event_noun

#: what a party's act can be done "in" or "as": "stayed away from work in a strike", "parked
#: their cars across the avenue in protest", "flew bombers over the peninsula in a show of force"
_CIRCUMSTANCE = frozenset({"PROTEST", "MOBILIZE"})
#: subjects that are no civilians protesting ("Colombia cut its staff in protest" is a sanction)
_STATES = frozenset({"government", "ministry", "country", "state", "administration",
                     "authority", "authorities", "embassy", "parliament", "cabinet"})


def done_in(tok: Any, lex: Lexicon) -> Candidate | None:
    """An act of no event verb done in a protest or show of force: the act's doer protests or
    mobilises (a participle takes its clause's subject: "..., parking their cars in protest")."""
    if tok.lemma_.lower() in lex.classes["report"] or tok.lemma_ == "be":
        return None
    doer = tok if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj") else tok.head
    subj = next((c for c in doer.children if c.dep_ == "nsubj"), None)
    if subj is None or not (argument_like(subj, lex) or subj.tag_ == "NNS"):
        return None  # "shopkeepers", "parents": people in numbers
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "as"):
            continue
        for p in c.children:
            entry = event_noun(p, lex) if p.dep_ == "pobj" else None
            if entry is None or entry.type not in _CIRCUMSTANCE:
                continue
            if entry.type == "PROTEST" and (subj.ent_type_ == "GPE"
                                            or subj.lemma_.lower() in _STATES):
                return None
            if entry.type == "MOBILIZE" and not argument_like(subj, lex):
                return None  # "prices rose in a show of strength"
            last = next((q for c2 in p.rights if c2.dep_ == "prep" and c2.lower_ == "of"
                         for q in c2.children if q.dep_ == "pobj"), p)  # "show of force"
            return Candidate("light", tok, entry, (p, last), noun=p, objects=[])
    return None


#: who ends a protest by force
_ENFORCERS = frozenset({"police", "force", "troop", "army", "soldier", "military", "policeman",
                        "gendarme", "guard"})


def enforced(tok: Any) -> bool:
    """The subject of ``tok`` (or of the verb it is coordinated with or under) is a force."""
    cur = tok
    for _ in range(3):
        subj = [c for c in cur.children if c.dep_ in ("nsubj", "agent")]
        if subj:
            return any(s.lemma_.lower() in _ENFORCERS for s in subj)
        if cur.dep_ not in ("conj", "xcomp", "advcl") or cur.head == cur:
            return False
        cur = cur.head
    return False
