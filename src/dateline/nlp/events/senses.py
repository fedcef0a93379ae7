"""Sense rules: a trigger verb means its event only with the right arguments.

Each rule looks at the verb's dependents and returns the entry to use (possibly another type:
"withdrew from the treaty" is SANCTION, "protested the decision" is ACCUSE) or ``None`` when the
verb is used in another sense ("called him a liar", "fired the minister", "the earthquake
killed"). The sense names are the ``sense`` column of ``verbs_curated.csv``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from dateline.nlp.events import violence
from dateline.nlp.events.dep import kids, lemma_set, objects_of, party_like, pp_map, subjects_of
from dateline.nlp.events.lexicon import Entry, Lexicon

Rule = Callable[[Any, Entry, Lexicon], Entry | None]
_NO_COMMENT = frozenset({"comment", "say", "answer", "elaborate", "confirm", "identify",
                         "disclose", "reveal", "name", "speculate", "specify", "give", "discuss",
                         "respond", "provide", "be", "release", "detail", "explain"})
_OFFER_NONE = frozenset({"detail", "evidence", "explanation", "comment", "view", "insight",
                         "thought", "glimpse", "information", "proof", "opinion", "advice"})
_MEET_NONE = frozenset({"target", "criterion", "deadline", "need", "requirement", "standard",
                        "expectation", "goal", "obligation", "end", "fate", "challenge", "death",
                        "threshold", "condition", "quota", "cost", "resistance", "opposition"})
PACTS = frozenset({"agreement", "treaty", "deal", "accord", "pact", "talk", "negotiation",
                    "convention", "organization", "organisation", "alliance", "union", "council",
                    "court", "process", "coalition", "framework", "plan", "partnership"})
_CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})
_THREAT_WORDS = frozenset({"consequence", "retaliation", "war", "action", "attack", "response",
                           "strike", "reprisal", "measure", "revenge", "retribution", "force",
                           "sanction", "escalation", "punishment", "reaction", "violence"})


def _transitive(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    return entry if objects_of(tok) or kids(tok, "ccomp", "xcomp") else None


def _call(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    preps = pp_map(tok)
    if "for" in preps or (("on" in preps or "upon" in preps) and kids(tok, "xcomp")):
        return entry
    if kids(tok, "dobj") and kids(tok, "xcomp") and not kids(tok, "oprd"):
        xc = kids(tok, "xcomp")[0]
        return entry if any(c.lower_ == "to" for c in xc.children) else None
    return None


def _ask(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    if "for" in pp_map(tok):
        return entry
    return entry if kids(tok, "dobj", "dative") and kids(tok, "xcomp") else None


def _withdraw(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    sources = pp_map(tok).get("from", [])
    if sources and (lemma_set(sources) & PACTS or any(p.ent_type_ in ("ORG", "LAW", "EVENT")
                                                     for p in sources)):
        return Entry("SANCTION", "withdraw", ("diplomatic",), entry.sense, entry.weight)
    objs = lemma_set(kids(tok, "dobj"))
    if objs & {"support", "nomination", "candidacy", "bill", "application", "money", "cash",
               "claim", "statement", "remark", "offer", "request", "complaint"}:
        return None
    return entry


def _decline(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    xcomp = kids(tok, "xcomp")
    if xcomp:
        return None if lemma_set(xcomp) & _NO_COMMENT else entry
    objs = lemma_set(kids(tok, "dobj"))
    return entry if objs & {"invitation", "offer", "request", "proposal", "demand"} else None


def _refuse(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    return None if lemma_set(kids(tok, "xcomp")) & _NO_COMMENT else entry


def _dismiss(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    objs = lemma_set(kids(tok, "dobj"))
    return entry if objs & {"claim", "allegation", "report", "accusation", "call", "demand",
                            "request", "offer", "proposal", "charge", "criticism", "idea",
                            "suggestion", "concern", "appeal"} else None


def _conflictual(tok: Any, lex: Lexicon) -> bool:
    for t in tok.subtree:
        verb = lex.verbs.get(t.lemma_.lower()) if t.pos_ == "VERB" else None
        if verb is not None and verb.type in _CONFLICT_TYPES:
            return True
        if t.lemma_.lower() in _THREAT_WORDS or t.lemma_.lower() in ("retaliate", "respond"):
            return True
    return False


def _warn(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    clauses = kids(tok, "ccomp", "xcomp", "advcl")
    if any(_conflictual(c, lex) for c in clauses):
        return replace(entry, mode="violence")
    preps = pp_map(tok)
    if lemma_set(preps.get("of", []) + preps.get("against", [])) & _THREAT_WORDS:
        return entry
    return None


def _vow(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    clauses = kids(tok, "xcomp", "ccomp") + [c for c in kids(tok, "advcl")
                                              if any(a.lower_ == "to" for a in c.children)]
    if any(_conflictual(c, lex) for c in clauses) or lemma_set(kids(tok, "dobj")) & _THREAT_WORDS:
        return Entry("THREATEN", "violence", (), entry.sense, entry.weight)
    return entry if clauses or kids(tok, "dobj") else None


def _offer(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    objs = lemma_set(kids(tok, "dobj"))
    if objs & _OFFER_NONE:
        return None
    if objs & {"condolence", "sympathy", "prayer", "congratulation", "praise"}:
        return Entry("SUPPORT", None, (), entry.sense, entry.weight)
    return entry if objs or kids(tok, "xcomp") else None


def _agree(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    preps = pp_map(tok)
    if kids(tok, "xcomp", "dobj") or {"to", "on", "upon", "with"} & preps.keys():
        return entry
    return entry if not kids(tok, "ccomp") and subjects_of(tok) else None


def _meet(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    objs = lemma_set(kids(tok, "dobj", "nsubjpass"))
    if objs & {"demand", "request", "condition"}:
        return Entry("CONCEDE", None, (), entry.sense, entry.weight)
    return None if objs & _MEET_NONE else entry


_CROWD = frozenset({"protester", "protestor", "demonstrator", "student", "worker", "people",
                    "thousand", "hundred", "dozen", "supporter", "resident", "villager", "farmer",
                    "activist", "crowd", "youth", "member", "teacher", "citizen", "woman", "man"})


def _protest(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """A crowd protests (PROTEST); an official or a state "protested the decision" (ACCUSE)."""
    subj = subjects_of(tok)
    crowd = not subj or any(s.lemma_.lower() in _CROWD or s.pos_ == "NUM" for s in subj)
    if kids(tok, "dobj", "ccomp") and not crowd and tok.dep_ != "advcl":
        return Entry("ACCUSE", "disapprove", (), entry.sense, entry.weight)
    return entry


_DEFENDED = frozenset({"right", "decision", "policy", "action", "move", "record", "stance",
                       "position", "law", "plan", "strike", "operation", "deal", "agreement",
                       "handling", "response", "use", "choice", "conduct", "approach"})


def _defend(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """Verbal defence ("defended the decision", "defended the minister") -- not fighting off an
    attack ("defend the city")."""
    objs = kids(tok, "dobj")
    if any(o.lemma_.lower() in _DEFENDED or o.ent_type_ == "PERSON" for o in objs):
        return entry
    return None


def _press(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    if "for" in pp_map(tok) or (kids(tok, "dobj") and kids(tok, "xcomp")):
        return entry
    return None


def _allow(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"allowed the candidate to run" (CONCEDE), "allowed aid in" (RETREAT access)."""
    objs = kids(tok, "dobj")
    lemmas = lemma_set(objs)
    if lemmas & {"access", "aid", "entry", "inspector", "observer", "convoy", "delivery",
                 "peacekeeper", "journalist", "monitor"}:
        return Entry("RETREAT", "access", (), entry.sense, entry.weight)
    if any(party_like(o, lex) for o in objs) and kids(tok, "xcomp", "ccomp"):
        return entry
    return None


def _travel(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"travelled to Moscow" (a visit) -- not "travelled for work"."""
    return entry if any(p.ent_type_ in ("GPE", "LOC") for p in pp_map(tok).get("to", [])) else None


def _put(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"put under investigation / house arrest / surveillance"."""
    under = lemma_set(pp_map(tok).get("under", []))
    if "investigation" in under or "surveillance" in under or "scrutiny" in under:
        return Entry("ACCUSE", "investigate", (), entry.sense, entry.weight)
    if "arrest" in under or "detention" in under:
        return Entry("COERCE", "arrest", ("legal",), entry.sense, entry.weight)
    return None


def _xcomp_any(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    return entry if kids(tok, "xcomp") else None


def _prep_rule(preps: frozenset[str]) -> Rule:
    def rule(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
        return entry if preps & pp_map(tok).keys() else None

    return rule


RULES: dict[str, Rule] = {
    "named_obj": violence.named_obj, "transitive": _transitive, "call": _call, "ask": _ask,
    "withdraw": _withdraw, "decline": _decline, "refuse": _refuse, "dismiss": _dismiss,
    "warn": _warn, "vow": _vow, "offer": _offer, "agree": _agree, "meet": _meet,
    "protest": _protest, "defend": _defend, "press": _press, "allow": _allow,
    "travel": _travel, "put": _put, "xcomp_any": _xcomp_any,
    "capture": violence.capture, "raid": violence.raid, "kill": violence.kill,
    "attack": violence.attack, "shoot": violence.shoot, "strike": violence.strike,
    "hit": violence.hit, "explode": violence.explode, "fire": violence.fire,
    "fight": violence.fight, "beat": violence.beat, "arm": violence.arm,
}


def apply(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """The entry for verb ``tok`` in this use, or None when it is another sense."""
    sense = entry.sense
    if not sense or sense == "obj":
        return entry if sense == "" else None
    if sense.startswith("prep:"):
        return _prep_rule(frozenset(sense[5:].split("|")))(tok, entry, lex)
    rule = RULES.get(sense)
    return rule(tok, entry, lex) if rule is not None else entry
