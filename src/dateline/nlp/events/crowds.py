"""Crowds: when a crowd's act is a protest ("Demonstrators gathered", "supporters blockaded
the council", "rallied against the government") and when the same verb is something else (a
state's blockade, an official's protest note, a rally behind the president)."""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.dep import (
    PARTY_LABELS,
    kids,
    lemma_set,
    party_like,
    pp_map,
    subjects_of,
    through_count,
)
from dateline.nlp.events.lexicon import NO_EVENT, Entry, Lexicon

_CROWD = frozenset({"protester", "protestor", "demonstrator", "student", "worker", "people",
                    "thousand", "hundred", "dozen", "supporter", "resident", "villager", "farmer",
                    "activist", "crowd", "youth", "member", "teacher", "citizen", "woman", "man",
                    "relative", "community", "fisherman", "trucker", "driver", "family",
                    "opponent", "striker", "union", "mother", "peasant", "miner",
                    "lawyer", "employee", "prisoner", "inmate", "veteran", "pensioner"})


def protest(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """A crowd protests (PROTEST); an official or a state "protested the decision" (ACCUSE)."""
    subj = subjects_of(tok)
    crowd = not subj or any(s.lemma_.lower() in _CROWD or s.pos_ == "NUM" for s in subj)
    told = [p for p in pp_map(tok).get("to", []) if party_like(p, lex)]  # "protested to Bern"
    if (kids(tok, "dobj", "ccomp") or told) and not crowd and tok.dep_ != "advcl":
        return Entry("ACCUSE", "disapprove", (), entry.sense, entry.weight)
    return entry


def obstruct(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """A crowd that blockades, barricades or seals off a place protests (PROTEST obstruct); a
    state or an army that does it coerces (the verb's own type)."""
    subj = subjects_of(tok) + [p for a in kids(tok, "agent") for p in kids(a, "pobj")]
    if any(crowd(s) or s.pos_ == "NUM" for s in subj) or protest_purpose(tok, entry, lex):
        # "Mohawk Indians sealed off a road to press their land claim"
        return Entry("PROTEST", "obstruct", (), entry.sense, max(entry.weight, 0.7))
    return entry if entry.type != NO_EVENT else None


def crowd_gathers(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"Demonstrators gathered / assembled in the square": a crowd's gathering is a protest; so
    is any crowd's that gathers against something or chanting slogans ("thousands converged on
    the square, waving flags and chanting slogans")."""
    subj = subjects_of(tok)
    if any(through_count(s).lemma_.lower() in _RIOTERS for s in subj):  # "hundreds of protesters"
        return entry
    many = any(s.lemma_.lower() in _CROWD or s.pos_ == "NUM" or s.tag_ in ("NNS", "NNPS")
               or any(c.dep_ == "nummod" for c in s.children) for s in subj)
    return entry if many and _protest_cue(tok) else None


_CHANTS = frozenset({"chant", "shout", "demand", "protest", "denounce", "condemn", "decry"})
_WAVES = frozenset({"wave", "brandish", "carry", "hold", "burn"})
_SIGNS = frozenset({"slogan", "placard", "banner", "sign", "poster", "effigy"})


def _protest_cue(tok: Any) -> bool:
    """The gathering is against something, or done chanting, demanding or waving banners."""
    if "against" in pp_map(tok):
        return True
    for c in tok.children:
        if c.dep_ not in ("advcl", "conj", "xcomp") or c.pos_ != "VERB":
            continue
        lemma = c.lemma_.lower()
        if lemma in _CHANTS or (lemma in _WAVES and lemma_set(kids(c, "dobj")) & _SIGNS):
            return True
        if lemma == "call" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "for":
            # "gathered ..., calling for the reopening", "calling for the government to"
            return True
    return False


def protest_purpose(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"have been fasting since Monday to press for the resignation", "fasted in protest at":
    an act that is a protest only when done for a demand."""
    aims = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _AIMS]
    in_protest = any(p.lemma_.lower() == "protest" for p in pp_map(tok).get("in", []))
    return entry if aims or in_protest else None


def crowd(tok: Any) -> bool:
    """Is ``tok`` a crowd (protesters, rioters, students, a mob)?"""
    return tok.lemma_.lower() in _CROWD | _RIOTERS


_RIOTERS = frozenset({"rioter", "mob", "protestor", "demonstrator", "protester", "marcher"})
#: crowds whose demand is a protest ("protesters demanding ...")
PROTESTERS = _RIOTERS | {"crowd", "striker"}


def rally(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"rallied against the government" (PROTEST); "rallied behind the president" (SUPPORT)."""
    preps = pp_map(tok)
    if "behind" in preps or "around" in preps or "support" in lemma_set(kids(tok, "dobj")):
        return Entry("SUPPORT", None, (), entry.sense, entry.weight)
    return entry if {"against", "in", "outside", "for", "at", "near", "across", "through",
                     "on"} & preps.keys() else None


#: harm a crowd does in a riot (property, clashes) -- not killings
_RIOT_VERBS = frozenset({"burn", "torch", "set", "loot", "smash", "vandalize", "vandalise",
                         "destroy", "attack", "clash", "ransack", "storm", "throw", "hurl",
                         "pelt", "damage", "stone", "block", "occupy", "barricade", "seize",
                         "fight", "battle"})
CROWDS = frozenset({"protester", "protestor", "demonstrator", "rioter", "mob", "crowd",
                     "marcher", "student", "youth", "supporter"})


def crowd_act(tok: Any, entry: Entry) -> Entry:
    """What protesters do in a protest is PROTEST: "rioters set fire to buildings" (riot),
    "protesters occupied the square", "blocked the highway" (obstruct)."""
    if entry.type not in ("ASSAULT", "COERCE") or tok.lemma_.lower() not in _RIOT_VERBS:
        return entry
    if not lemma_set([through_count(s) for s in subjects_of(tok)]) & CROWDS:
        return entry  # "thousands of protesters clashed with police"
    mode = "obstruct" if entry.type == "COERCE" or tok.lemma_.lower() in (
        "block", "occupy", "barricade") else "riot"
    return Entry("PROTEST", mode, entry.context, entry.sense, entry.weight)


#: what a protest's purpose clause is made of: "to protest against", "calling for", "demanding"
_AIMS = frozenset({"protest", "demand", "call", "press", "denounce", "oppose", "condemn", "urge",
                   "seek"})
#: what a protest demands of a party: "the removal of President X", "independence from Iraq"
_OF_WHOM = frozenset({"removal", "resignation", "ouster", "overthrow", "release", "departure",
                      "withdrawal", "downfall", "independence", "freedom", "separation"})


def protest_targets(anchor: Any) -> list[Any]:
    """Whom a protest with no recipient is against, from what it is for: "a hunger strike to
    protest against Sweden's decision" (Sweden), "demonstrated calling for independence from
    Iraq" (Iraq), "calling for the removal of President X" (X), "a strike over a decree by the
    labour minister" (the minister)."""
    clauses = [anchor, *(c for c in anchor.children if c.dep_ in ("advcl", "xcomp", "acl", "conj")
                         and c.lemma_.lower() in _AIMS)]
    for clause in clauses:
        preps = ("against", "at", "over") if clause is anchor else ("against", "at", "over",
                                                                     "for", "of", "from")
        for p in [p for ps in (pp_map(clause).get(w, []) for w in preps) for p in ps] + (
                [] if clause is anchor else kids(clause, "dobj")):
            found = _party_in(p)
            if found is not None:
                return [found]
    return []


def _party_in(tok: Any) -> Any | None:
    """The party a noun phrase names: itself, its possessor ("Sweden's decision"), the "of" /
    "from" / "by" party of a demand noun ("the removal of X", "independence from Iraq")."""
    if tok.ent_type_ in PARTY_LABELS:
        return tok
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.ent_type_ in PARTY_LABELS),
                 None)
    if owner is not None:
        return owner
    preps = pp_map(tok)
    for word in ("of", "from", "by"):
        if word == "by" or tok.lemma_.lower() in _OF_WHOM:
            named = [p for p in preps.get(word, []) if p.ent_type_ in PARTY_LABELS]
            if named:
                return named[0]
    return None
