"""Nominal triggers: which nouns name an event ("the drone strike", "talks", "the agreement"),
what they mean, and when they stand as events of their own (with an argument attached)."""

from __future__ import annotations

from typing import Any

from dateline.nlp.events import material
from dateline.nlp.events.dep import argument_like, party_like
from dateline.nlp.events.lemmas import lemma_in
from dateline.nlp.events.lexicon import NO_EVENT, Entry, Lexicon

#: preposition children that attach a noun trigger to an argument
NOUN_ARG_PREPS = frozenset({"on", "against", "with", "between", "by", "at", "upon", "into", "of",
                            "to", "from", "over"})
#: a noun inside a name is no trigger ("Popular Mobilization Units", "the Paris Agreement")
_NAMED = frozenset({"PERSON", "GPE", "DATE", "ORG", "FAC", "LOC", "NORP", "WORK_OF_ART", "LAW",
                    "PRODUCT", "EVENT", "TIME"})
_PROTEST_STRIKE = frozenset({"hunger", "general", "labor", "labour", "worker", "nationwide",
                             "national", "transport", "teacher", "doctor", "trucker", "day",
                             "rail", "student", "sit-down", "token"})


def noun_keys(tok: Any) -> list[str]:
    """Lexicon keys of a noun, most specific first: "drone strike", "state of emergency",
    "strike"."""
    lemma = tok.lemma_.lower()
    keys = [f"{c.lemma_.lower()} {lemma}" for c in tok.lefts if c.dep_ in ("compound", "amod")]
    of = [p for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"
          for p in c.children if p.dep_ == "pobj"]
    keys += [f"{lemma} of {p.lemma_.lower()}" for p in of]
    # "a cut in aid", "a cut of 300 million crowns in aid": what is cut; "an attempt on the
    # life of"
    keys += [f"{lemma} {c.lower_} {w.lemma_.lower()}" for h in [tok, *of] for c in h.rights
             if c.dep_ == "prep" and c.lower_ in ("in", "on") for p in c.children
             if p.dep_ == "pobj" for w in [p, *(m for m in p.lefts if m.dep_ == "compound")]]
    keys.append(lemma)
    if tok.lower_ != lemma:
        keys.append(tok.lower_)
    return keys


def noun_entry(tok: Any, lex: Lexicon) -> Entry | None:
    """The nominal-trigger meaning of ``tok`` (light-verb-only nouns included), or None."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in _NAMED or tok.dep_ == "compound":
        return None
    if tok.lemma_.lower() not in lex.noun_heads and tok.lower_ not in lex.noun_heads:
        return None
    if tok.pos_ == "PROPN" and tok.is_title and any(
            c.dep_ == "compound" and c.is_title for c in tok.lefts) and not tok.is_sent_start:
        return None  # part of a name the tagger missed: "the Popular Mobilisation"
    keys = noun_keys(tok)
    if tok.lemma_.lower() == "strike" and "strike" in keys[-1:]:
        return _strike(tok, lex)
    if (tok.lower_ in ("firing", "firings") and _dismissal(tok, lex)) or _dead_object(tok, lex):
        return None
    for key in keys:
        if key in lex.nouns:
            entry = lex.nouns[key]
            if entry.type == "ASSAULT" and any(c.dep_ in ("amod", "compound") and c.lower_ in
                                               lex.classes["figurative"] for c in tok.children):
                return None  # "a legal battle", "a political fight", "a price war"
            return entry
    return None


def _dead_object(tok: Any, lex: Lexicon) -> bool:
    """"the release of the report", "the report's release": a noun whose object makes its verb
    no event ("release the report") is none either."""
    objs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"]
    objs += [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    lemma = tok.lemma_.lower()
    for obj in objs:
        entry = lex.verb_objects.get((lemma, obj.lemma_.lower()))
        if entry is not None and entry.type == NO_EVENT:
            return True
    return False


def _dismissal(tok: Any, lex: Lexicon) -> bool:
    """ "the firing of FBI Director James Comey", "Comey's firing": a dismissal, no shots."""
    fired = [o for c in tok.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    fired += [c for c in tok.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"]
    return any(o.ent_type_ == "PERSON" or o.lemma_.lower() in lex.classes["person_noun"]
               for o in fired)


_ON_STRIKE = frozenset({"go", "be", "stay", "remain", "continue", "come"})
_LABOUR_VERBS = frozenset({"call", "hold", "stage", "organize", "organise", "observe", "declare",
                           "join", "end", "call off"})
_STRIKERS = frozenset({"worker", "employee", "union", "teacher", "doctor", "driver", "miner",
                       "farmer", "student", "staff", "nurse", "pilot", "trader", "shopkeeper",
                       "lawyer", "trucker", "docker", "labourer", "laborer"})


def _strike(tok: Any, lex: Lexicon) -> Entry | None:
    """"strike": a military strike or a labour strike, decided by its modifiers."""
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "poss", "nmod")]
    if any(m.lemma_.lower() in _PROTEST_STRIKE for m in mods):
        return lex.nouns["general strike"]
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_ in _ON_STRIKE:
        return lex.nouns["general strike"]
    if tok.dep_ == "dobj" and head.lemma_ in _LABOUR_VERBS:
        return lex.nouns["general strike"]
    if tok.dep_ == "dobj" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _STRIKERS
                                  for c in head.children):
        return lex.nouns["general strike"]  # "oil workers began a strike"
    if tok.dep_ == "pobj" and head.lower_ == "in" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _STRIKERS for c in head.head.children):
        return lex.nouns["general strike"]  # "garment workers stayed away in a strike"
    for m in mods:
        key = f"{m.lemma_.lower()} strike"
        if key in lex.nouns:
            return lex.nouns[key]
    return Entry("ASSAULT", None, ("military",), weight=0.6)


def event_noun(tok: Any, lex: Lexicon) -> Entry | None:
    """The meaning of an event noun that can stand on its own (not a light verb's object only:
    "forces", "weapons" are no events)."""
    entry = noun_entry(tok, lex)
    if entry is None or entry.light_only or entry.type == NO_EVENT:
        return None
    return entry


def is_assault_noun(tok: Any, lex: Lexicon) -> bool:
    entry = event_noun(tok, lex)
    return entry is not None and entry.type == "ASSAULT"


def calls_for(tok: Any) -> bool:
    """"calls for talks", "a call on Iran to ..." -- not phone calls ("calls on the hotline")."""
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    to_clause = any(c.dep_ in ("acl", "xcomp") for c in tok.subtree)
    return "for" in preps or (bool(preps & {"on", "upon"}) and to_clause)


#: idioms in which an event noun names no event ("came under attack", "on the offensive")
_IDIOMS = {("attack", "under"), ("fire", "under"), ("offensive", "on"), ("assault", "under"),
           ("siege", "under")}


def idiom(tok: Any) -> bool:
    return tok.dep_ == "pobj" and (tok.lemma_.lower(), tok.head.lower_) in _IDIOMS


#: who goes "on a visit" as an event: an official, a delegation, a state
_OFFICIALS = frozenset({"minister", "president", "premier", "official", "delegation", "leader",
                        "envoy", "secretary", "chancellor", "king", "queen", "prince", "emir",
                        "ambassador", "diplomat", "chief", "commander", "general", "spokesman",
                        "mayor", "governor", "senator", "lawmaker", "speaker", "pope"})
_MOTION = frozenset({"arrive", "return", "travel", "go", "head", "fly", "come", "gather",
                     "convene", "meet", "assemble", "visit", "leave", "depart", "sit"})


def travel_for(tok: Any) -> Any | None:
    """The motion verb of "flew to Cairo for talks" or "arrived in Riyadh on a three-day
    visit", if ``tok`` is such a meeting noun."""
    prep = tok.head
    on_visit = prep.lower_ == "on" and tok.lemma_.lower() in ("visit", "trip") and any(
        c.dep_ == "nsubj" and (c.ent_type_ in ("PERSON", "GPE", "ORG", "NORP")
                               or c.lemma_.lower() in _OFFICIALS) for c in prep.head.children)
    if tok.dep_ != "pobj" or not (prep.lower_ == "for" or on_visit) \
            or prep.head.lemma_.lower() not in _MOTION:
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None


def withdrawal(tok: Any, entry: Entry) -> Entry:
    """"the U.S. withdrawal from the TPP" ends a relation (SANCTION); from a place it is a
    RETREAT."""
    if entry.type != "RETREAT" or entry.mode != "withdraw":
        return entry
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for p in c.children:
                if p.dep_ == "pobj" and (p.ent_type_ in ("ORG", "LAW", "EVENT")
                                         or p.lemma_.lower() in material.PACTS):
                    return Entry("SANCTION", "withdraw", ("diplomatic",), weight=entry.weight)
    return entry


def has_noun_support(tok: Any, lex: Lexicon) -> bool:
    """A noun is an event only with an argument attached: an actor modifier ("Israeli strikes",
    "the army's offensive") or a recipient ("attack on the base", "talks with Iran") -- or when
    its clause tells that it happened ("Protests erupted in several cities", "a general strike
    shut banks", "the massacre of 60 villagers was reported")."""
    if happened(tok, lex):
        return True
    for c in tok.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ in ("compound", "amod", "nmod") and party_like(c, lex) \
                and c.ent_type_ not in ("FAC", "LOC"):
            return True
        if c.dep_ == "prep" and c.lower_ in NOUN_ARG_PREPS:
            for p in c.children:
                if p.dep_ == "pobj" and argument_like(p, lex):
                    return True
    return False


def happened(tok: Any, lex: Lexicon) -> bool:
    """The noun is the subject of a verb of occurrence ("erupted", "broke out", "took place",
    "spread", "shut"), or the passive subject of a report ("was reported")."""
    head = tok.head
    if head.pos_ not in ("VERB", "AUX") or head == tok:
        return False
    lemma = lemma_in(head, lex.classes["occur_verb"])  # "raged" (lemma "rag")
    if any(c.dep_ == "prt" for c in head.children):
        lemma += " " + next(c.lower_ for c in head.children if c.dep_ == "prt")
    elif lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in head.children):
        lemma = "take place"
    if tok.dep_ == "nsubj":  # not "the protests were beginning to show ...": aspect of another verb
        return lemma in lex.classes["occur_verb"] and not any(
            c.dep_ in ("xcomp", "ccomp") for c in head.children)
    return tok.dep_ == "nsubjpass" and lemma in lex.classes["report"]
