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

from dateline.nlp.events.lexicon import Entry, Lexicon

Rule = Callable[[Any, Entry, Lexicon], Entry | None]
_HUMAN_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_NOT_ARGS = frozenset({"it", "that", "this", "what", "which", "these", "those", "something",
                       "anything", "nothing", "everything", "one"})
_FIRE_OBJECTS = frozenset({"rocket", "missile", "shot", "bullet", "shell", "mortar", "round",
                           "salvo", "barrage", "gas", "teargas", "grenade", "weapon", "gun",
                           "pellet", "cannon", "torpedo", "projectile", "volley", "flare"})
_AIM_PREPS = frozenset({"at", "on", "upon", "into", "toward", "towards", "against"})
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
_POLICE = frozenset({"police", "officer", "agent", "authority", "fbi", "cop", "official",
                     "inspector", "investigator", "policeman", "policemen", "detective", "ed",
                     "cbi", "nia", "ats"})
_SHOOT_NONE = frozenset({"film", "video", "movie", "scene", "footage", "photo", "picture",
                         "documentary", "episode", "ad", "commercial", "look", "glance"})
_STRIKE_NONE = frozenset({"chord", "balance", "tone", "note", "blow", "pose", "nerve", "match",
                          "gold", "oil", "fear", "compromise", "agreement", "deal", "bargain"})


def argument_like(tok: Any, lex: Lexicon) -> bool:
    """Could this token head an actor or recipient (a person, group, place, force)?"""
    if tok.pos_ == "PRON":
        return tok.lower_ not in _NOT_ARGS
    lemma = tok.lemma_.lower()
    if tok.ent_type_ in _HUMAN_LABELS or tok.pos_ == "PROPN" or lemma in lex.classes["agent"] \
            or lemma in lex.classes["place_noun"]:
        return True
    # "Valdorian fishermen", "Iraqi civilians": people named by their nation
    return tok.pos_ == "NOUN" and tok.tag_ in ("NNS", "NNPS") and any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in tok.lefts)


def party_like(tok: Any, lex: Lexicon) -> bool:
    """Could this token name who acts (a person, group, organisation, state) -- not a place or
    a thing ("car" in "car bombing")?"""
    return bool(tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PROPN"
                or tok.lemma_.lower() in lex.classes["agent"])


def _kids(tok: Any, *deps: str) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def _objects(tok: Any) -> list[Any]:
    return _kids(tok, "dobj", "nsubjpass", "dative")


def _preps(tok: Any) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for c in tok.children:
        if c.dep_ in ("prep", "agent"):
            out.setdefault(c.lower_, []).extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
    return out


def _subjects(tok: Any) -> list[Any]:
    subj = _kids(tok, "nsubj")
    if not subj and tok.dep_ in ("conj", "xcomp", "advcl") and tok.head is not tok:
        subj = _kids(tok.head, "nsubj")
    return subj


def _lemmas(toks: list[Any]) -> set[str]:
    return {t.lemma_.lower() for t in toks}


def _disaster(tok: Any, lex: Lexicon) -> bool:
    """Harm done by an accident, a disease or nature ("the earthquake killed", "killed in a
    crash")."""
    near = _subjects(tok) + [p for ps in _preps(tok).values() for p in ps]
    for t in near:
        words = {t.lemma_.lower()} | {c.lemma_.lower() for c in t.lefts}
        if words & lex.classes["disaster"]:
            return True
    return False


def _named_obj(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    return entry if any(argument_like(o, lex) for o in _objects(tok)) else None


def _transitive(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    return entry if _objects(tok) or _kids(tok, "ccomp", "xcomp") else None


def _call(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    preps = _preps(tok)
    if "for" in preps or (("on" in preps or "upon" in preps) and _kids(tok, "xcomp")):
        return entry
    if _kids(tok, "dobj") and _kids(tok, "xcomp") and not _kids(tok, "oprd"):
        xc = _kids(tok, "xcomp")[0]
        return entry if any(c.lower_ == "to" for c in xc.children) else None
    return None


def _ask(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    if "for" in _preps(tok):
        return entry
    return entry if _kids(tok, "dobj", "dative") and _kids(tok, "xcomp") else None


def _withdraw(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    sources = _preps(tok).get("from", [])
    if sources and (_lemmas(sources) & PACTS or any(p.ent_type_ in ("ORG", "LAW", "EVENT")
                                                     for p in sources)):
        return Entry("SANCTION", "withdraw", ("diplomatic",), entry.sense, entry.weight)
    objs = _lemmas(_kids(tok, "dobj"))
    if objs & {"support", "nomination", "candidacy", "bill", "application", "money", "cash",
               "claim", "statement", "remark", "offer", "request", "complaint"}:
        return None
    return entry


def _decline(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    xcomp = _kids(tok, "xcomp")
    if xcomp:
        return None if _lemmas(xcomp) & _NO_COMMENT else entry
    objs = _lemmas(_kids(tok, "dobj"))
    return entry if objs & {"invitation", "offer", "request", "proposal", "demand"} else None


def _refuse(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    return None if _lemmas(_kids(tok, "xcomp")) & _NO_COMMENT else entry


def _dismiss(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    objs = _lemmas(_kids(tok, "dobj"))
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
    clauses = _kids(tok, "ccomp", "xcomp", "advcl")
    if any(_conflictual(c, lex) for c in clauses):
        return replace(entry, mode="violence")
    preps = _preps(tok)
    if _lemmas(preps.get("of", []) + preps.get("against", [])) & _THREAT_WORDS:
        return entry
    return None


def _vow(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    clauses = _kids(tok, "xcomp", "ccomp") + [c for c in _kids(tok, "advcl")
                                              if any(a.lower_ == "to" for a in c.children)]
    if any(_conflictual(c, lex) for c in clauses) or _lemmas(_kids(tok, "dobj")) & _THREAT_WORDS:
        return Entry("THREATEN", "violence", (), entry.sense, entry.weight)
    return entry if clauses or _kids(tok, "dobj") else None


def _offer(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    objs = _lemmas(_kids(tok, "dobj"))
    if objs & _OFFER_NONE:
        return None
    if objs & {"condolence", "sympathy", "prayer", "congratulation", "praise"}:
        return Entry("SUPPORT", None, (), entry.sense, entry.weight)
    return entry if objs or _kids(tok, "xcomp") else None


def _agree(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    preps = _preps(tok)
    if _kids(tok, "xcomp", "dobj") or {"to", "on", "upon", "with"} & preps.keys():
        return entry
    return entry if not _kids(tok, "ccomp") and _subjects(tok) else None


def _meet(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    objs = _lemmas(_kids(tok, "dobj", "nsubjpass"))
    if objs & {"demand", "request", "condition"}:
        return Entry("CONCEDE", None, (), entry.sense, entry.weight)
    return None if objs & _MEET_NONE else entry


_CROWD = frozenset({"protester", "protestor", "demonstrator", "student", "worker", "people",
                    "thousand", "hundred", "dozen", "supporter", "resident", "villager", "farmer",
                    "activist", "crowd", "youth", "member", "teacher", "citizen", "woman", "man"})


def _protest(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """A crowd protests (PROTEST); an official or a state "protested the decision" (ACCUSE)."""
    subj = _subjects(tok)
    crowd = not subj or any(s.lemma_.lower() in _CROWD or s.pos_ == "NUM" for s in subj)
    if _kids(tok, "dobj", "ccomp") and not crowd and tok.dep_ != "advcl":
        return Entry("ACCUSE", "disapprove", (), entry.sense, entry.weight)
    return entry


_DEFENDED = frozenset({"right", "decision", "policy", "action", "move", "record", "stance",
                       "position", "law", "plan", "strike", "operation", "deal", "agreement",
                       "handling", "response", "use", "choice", "conduct", "approach"})


def _defend(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """Verbal defence ("defended the decision", "defended the minister") -- not fighting off an
    attack ("defend the city")."""
    objs = _kids(tok, "dobj")
    if any(o.lemma_.lower() in _DEFENDED or o.ent_type_ == "PERSON" for o in objs):
        return entry
    return None


def _capture(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    objs = _kids(tok, "dobj", "nsubjpass")
    if not objs:
        return None
    if any(o.ent_type_ == "PERSON" or o.lemma_.lower() in ("fighter", "soldier", "militant",
                                                           "rebel", "commander", "troop")
           for o in objs):
        return Entry("ASSAULT", "abduct", (), entry.sense, entry.weight)
    return entry


def _raid(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    if _lemmas(_subjects(tok) + _preps(tok).get("by", [])) & _POLICE:
        return entry
    return Entry("ASSAULT", None, (), entry.sense, entry.weight)


def _kill(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """Harm to people -- not "the earthquake killed", "killed the deal"."""
    if _disaster(tok, lex):
        return None
    objs = _kids(tok, "dobj", "nsubjpass")
    if objs and not any(argument_like(o, lex) or o.pos_ == "NUM" or o.lower_ in ("dozens",
                        "hundreds", "thousands", "scores") for o in objs):
        return None
    return entry


_VERBAL_VENUES = frozenset({"speech", "statement", "remark", "interview", "tweet", "post",
                            "article", "op-ed", "column", "editorial", "letter", "address",
                            "sermon", "debate", "hearing", "book", "video", "message", "rally"})


def _attack(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """Physical attack -- or verbal ("attacked Bolton as a wacko", "in his speeches")."""
    if _disaster(tok, lex):
        return None
    preps = _preps(tok)
    if "as" in preps or _lemmas(preps.get("in", []) + preps.get("during", [])) & _VERBAL_VENUES:
        return Entry("ACCUSE", "disapprove", (), entry.sense, entry.weight)
    return entry


def _arm(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"arming the rebels" -- not "militants were armed with rifles"."""
    if _kids(tok, "auxpass", "nsubjpass") or "with" in _preps(tok):
        return None
    return _named_obj(tok, entry, lex)


def _shoot(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    if _lemmas(_kids(tok, "dobj")) & _SHOOT_NONE or _kids(tok, "prt"):
        return None
    return entry


def _strike(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    if _disaster(tok, lex) or _lemmas(_kids(tok, "dobj", "nsubjpass")) & _STRIKE_NONE:
        return None
    if any(argument_like(o, lex) for o in _objects(tok)):
        return entry
    subj = _lemmas(_subjects(tok))
    return entry if subj & (lex.classes["weapon"] | {"warplane", "jet", "drone", "aircraft"}) else None


def _hit(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    preps = _preps(tok)
    if "with" in preps or "by" in preps or _disaster(tok, lex):
        return None
    subj = _lemmas(_subjects(tok))
    armed = lex.classes["weapon"] | {"warplane", "jet", "drone", "aircraft", "troop", "force",
                                     "army", "military", "militant", "rebel", "fighter"}
    if subj & armed and any(argument_like(o, lex) for o in _objects(tok)):
        return entry
    return None


def _explode(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    return entry if _lemmas(_subjects(tok)) & lex.classes["weapon"] else None


def _fire(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"fired rockets at", "opened fire", "troops fired on protesters" -- not "fired the
    minister"."""
    if _kids(tok, "prt"):
        return None
    objs = _kids(tok, "dobj", "nsubjpass")
    if any(o.lemma_.lower() in _FIRE_OBJECTS or o.lemma_.lower() in lex.modes for o in objs):
        return entry
    if objs:
        return None  # a person (or anything else) fired: a dismissal
    if _AIM_PREPS & _preps(tok).keys():
        return entry
    subj = _lemmas(_subjects(tok))
    shooters = {"police", "troop", "soldier", "gunman", "gunmen", "force", "army", "militant",
                "sniper", "officer", "guard", "policeman", "policemen", "attacker", "assailant"}
    return entry if subj & shooters else None


def _fight(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    objs = _kids(tok, "dobj")
    if objs:
        return entry if all(argument_like(o, lex) and o.pos_ != "PRON" for o in objs) else None
    preps = _preps(tok)
    pobjs = preps.get("against", []) + preps.get("with", [])
    return entry if any(argument_like(p, lex) for p in pobjs) else None


def _beat(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    objs = _kids(tok, "dobj", "nsubjpass")
    ok = [o for o in objs if o.lemma_.lower() in lex.classes["agent"] or o.lower_ in ("him", "her",
                                                                                      "them")]
    return entry if ok and not any(o.ent_type_ in ("PERSON", "ORG", "GPE") for o in objs) else None


def _press(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    if "for" in _preps(tok) or (_kids(tok, "dobj") and _kids(tok, "xcomp")):
        return entry
    return None


def _allow(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"allowed the candidate to run" (CONCEDE), "allowed aid in" (RETREAT access)."""
    objs = _kids(tok, "dobj")
    lemmas = _lemmas(objs)
    if lemmas & {"access", "aid", "entry", "inspector", "observer", "convoy", "delivery",
                 "peacekeeper", "journalist", "monitor"}:
        return Entry("RETREAT", "access", (), entry.sense, entry.weight)
    if any(party_like(o, lex) for o in objs) and _kids(tok, "xcomp", "ccomp"):
        return entry
    return None


def _travel(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"travelled to Moscow" (a visit) -- not "travelled for work"."""
    return entry if any(p.ent_type_ in ("GPE", "LOC") for p in _preps(tok).get("to", [])) else None


def _put(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"put under investigation / house arrest / surveillance"."""
    under = _lemmas(_preps(tok).get("under", []))
    if "investigation" in under or "surveillance" in under or "scrutiny" in under:
        return Entry("ACCUSE", "investigate", (), entry.sense, entry.weight)
    if "arrest" in under or "detention" in under:
        return Entry("COERCE", "arrest", ("legal",), entry.sense, entry.weight)
    return None


def _xcomp_any(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    return entry if _kids(tok, "xcomp") else None


def _prep_rule(preps: frozenset[str]) -> Rule:
    def rule(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
        return entry if preps & _preps(tok).keys() else None

    return rule


RULES: dict[str, Rule] = {
    "named_obj": _named_obj, "transitive": _transitive, "call": _call, "ask": _ask,
    "withdraw": _withdraw, "decline": _decline, "refuse": _refuse, "dismiss": _dismiss,
    "warn": _warn, "vow": _vow, "offer": _offer, "agree": _agree, "meet": _meet,
    "protest": _protest, "capture": _capture, "raid": _raid, "kill": _kill, "attack": _attack,
    "shoot": _shoot, "strike": _strike, "hit": _hit, "explode": _explode, "fire": _fire,
    "fight": _fight, "beat": _beat, "press": _press, "defend": _defend, "arm": _arm,
    "allow": _allow, "travel": _travel, "put": _put, "xcomp_any": _xcomp_any,
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
