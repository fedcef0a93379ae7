"""Senses of the verbs that threaten: "warned that it would retaliate", "warned the Gulf states
of serious consequences", "warned Israel against any move" (THREATEN) -- not "warned of heavy
rain"; "vowed to resume attacks", "pledged to step up its bombing campaign" (THREATEN) -- not
"pledged to support the plan" (AGREE); "hinted that troops could return to occupy the south"."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dateline.nlp.events.dep import conditioned, kids, lemma_set, party_like, pp_map
from dateline.nlp.events.lexicon import NO_EVENT, Entry, Lexicon

_CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})
#: verbs whose object is an act carried on: "step up its bombing campaign", "resume attacks"
_STEPPED_UP = frozenset({"step up", "intensify", "escalate", "resume", "launch", "continue",
                         "begin", "widen", "expand", "renew", "step"})
_TIME_MARKS = frozenset({"as", "while", "when", "after", "before", "since", "because", "although",
                         "though", "whereas"})
_THREAT_WORDS = frozenset({"consequence", "retaliation", "war", "action", "attack", "response",
                           "strike", "reprisal", "measure", "revenge", "retribution", "force",
                           "sanction", "escalation", "punishment", "reaction", "violence",
                           "countermeasure"})


def _conflictual(tok: Any, lex: Lexicon) -> bool:
    for t in tok.subtree:
        if _own_conflict(t, lex):
            return True
        if (t.lemma_.lower() in _THREAT_WORDS and t.lower_ != "forces") \
                or t.lemma_.lower() in ("retaliate", "respond"):
            return True  # "use force" -- not "supply Syrian forces with ..."
        if t.head.lemma_ == "pay" and (t.lower_ == "dearly" or t.lemma_ == "price"):
            return True  # "would pay dearly", "will pay a heavy price"
        if _done_to(t, lex):
            return True  # "warned that a curfew would be imposed", "could use nuclear weapons"
        if _carried_on(t, lex):
            return True  # "vowed to step up its bombing campaign"
    return False


def _done_to(noun: Any, lex: Lexicon) -> bool:
    """A conflictual noun or a weapon that a modal verb would impose or use ("a curfew would be
    imposed", "could use nuclear weapons"; not "an incursion might lead to ...")."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    entry = lex.nouns.get(noun.lemma_.lower())
    if not ((entry is not None and entry.type in _CONFLICT_TYPES)
            or noun.lemma_.lower() in ("weapon", "force")):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may", "'ll",
                                                  "shall") for c in noun.head.children)


def warn(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    clauses = kids(tok, "ccomp", "xcomp") + [  # not "As the group is driven out, X warned"
        c for c in kids(tok, "advcl") if not any(m.dep_ == "mark" and m.lower_ in _TIME_MARKS
                                                 for m in c.children)]
    if any(_conflictual(c, lex) for c in clauses):
        return replace(entry, mode="violence")
    if any(conditioned(c) for c in clauses):  # "warned they would withdraw unless ..."
        return entry
    preps = pp_map(tok)
    of = preps.get("of", []) + [p for o in kids(tok, "dobj") if party_like(o, lex)
                                for p in pp_map(o).get("of", [])] + [
        p for q in pp_map(tok).get("on", []) for p in pp_map(q).get("of", [])]  # "on Friday of"
    # "warned the Gulf states of serious consequences" (the parser hangs "of" on the warned)
    if lemma_set(of + preps.get("against", [])) & _THREAT_WORDS:
        return entry
    if preps.get("against") and any(party_like(o, lex) for o in kids(tok, "dobj")):
        return entry  # "warned Israel against any move to extend its zone"
    told = [e for p in of for n in p.subtree  # "warned of a campaign of car bombs"
            if n.pos_ == "NOUN" and (e := lex.nouns.get(n.lemma_.lower()) or lex.nouns.get(
                " ".join(c.lemma_.lower() for c in (*kids(n, "compound"), n)))) is not None
            and e.type in _CONFLICT_TYPES and not e.light_only]
    if told:
        return replace(entry, mode="violence") if any(e.type == "ASSAULT" for e in told) else entry
    return None


def _carried_on(t: Any, lex: Lexicon) -> bool:
    """A conflictual act carried on: the object of "step up", "resume", "launch" ... that is a
    conflictual event noun ("its bombing campaign", "attacks")."""
    if t.dep_ != "dobj" or t.head.lemma_.lower() not in _STEPPED_UP:
        return False
    keys = [t.lemma_.lower(), *(f"{c.lemma_.lower()} {t.lemma_.lower()}"
                                for c in kids(t, "compound", "amod"))]
    return any((e := lex.nouns.get(k)) is not None and e.type in _CONFLICT_TYPES for k in keys)


def pledge(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"pledged to support the plan" (AGREE) -- "pledged to step up its bombing campaign"
    (THREATEN: the act pledged is an attack)."""
    if any(_carried_on(t, lex) for c in kids(tok, "xcomp") for t in c.subtree):
        return Entry("THREATEN", "violence", (), entry.sense, entry.weight)
    return entry


def hint(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"hinted that troops could return to occupy the south" (THREATEN) -- a hint of anything
    else is no event."""
    acts = [a for c in kids(tok, "ccomp", "xcomp") for a in [c, *kids(c, "xcomp")]]
    return entry if any(_own_conflict(a, lex) for a in acts) else None


def _own_conflict(verb: Any, lex: Lexicon) -> bool:
    """The verb itself names a conflictual act: a curated pair ("could close the shipping
    lanes") or a conflictual verb with no "-" pair ("put them under arrest" -- not "put an end
    to"); not something deeper in its clause ("hinted he would consider recognising Crimea")."""
    found = lex.verbs.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
    if found is None:
        return False
    pairs = {p.type for o in kids(verb, "dobj")
             if (p := lex.verb_objects.get((verb.lemma_.lower(), o.lemma_.lower())))}
    return bool(pairs & _CONFLICT_TYPES) or (found.type in _CONFLICT_TYPES and NO_EVENT not in pairs)


def vow(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    clauses = kids(tok, "xcomp", "ccomp") + [c for c in kids(tok, "advcl")
                                              if any(a.lower_ == "to" for a in c.children)]
    if any(_conflictual(c, lex) for c in clauses) or lemma_set(kids(tok, "dobj")) & _THREAT_WORDS:
        return Entry("THREATEN", "violence", (), entry.sense, entry.weight)
    if any(conditioned(c) for c in [*clauses, tok]):  # "vowed to stage walkouts unless ..."
        return Entry("THREATEN", None, (), entry.sense, entry.weight)
    return entry if clauses or kids(tok, "dobj") else None
