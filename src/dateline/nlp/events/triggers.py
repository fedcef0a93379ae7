"""Trigger detection: which tokens of a sentence start an event, and what they mean.

Verbal triggers ("attacked", "condemned"), phrasal ones ("called for", "pulled out"), light
verbs with an event noun as object ("carried out an attack", "held talks") and nominal triggers
with support ("the U.S. drone strike on the airport"). A harm verb whose subject is an event noun
("the strike killed") makes one event, not two. Sense is decided with the arguments
(:mod:`.senses`): "fired the minister" and "released a statement" are no events.
"""

from __future__ import annotations

from typing import Any

from dateline.nlp.events import circumstance, crowds, demands, nouns, prospects, senses, verbal
from dateline.nlp.events.candidate import Candidate
from dateline.nlp.events.idioms import (
    IDIOM_NOUNS,
    idiom_candidate,
    persona_non_grata,
    subjected_to,
    verb_idiom,
)
from dateline.nlp.events.lemmas import verb_lemma
from dateline.nlp.events.lexicon import NO_EVENT, Entry, Lexicon
from dateline.nlp.events.nouns import event_noun, noun_entry
from dateline.nlp.events.objects import direct_objects, object_entry

_TAKE_PART = frozenset({"take", "participate", "engage", "join"})
#: a verb form used as an adjective or a noun ("the besieged town", "evacuated the wounded")
_NOMINAL_DEPS = frozenset({"amod", "compound", "dobj", "nsubj", "nsubjpass", "pobj", "attr"})


def _participation(tok: Any, lex: Lexicon) -> Candidate | None:
    """"took part in the talks", "participated in a demonstration", "engaged in fighting":
    the event noun of the "in"-phrase is the event, done by the subject."""
    lemma = tok.lemma_.lower()
    heads = [tok]
    if lemma == "take":
        heads += [o for o in tok.children if o.dep_ == "dobj" and o.lower_ == "part"]
        if len(heads) == 1:
            return None
    elif lemma not in ("participate", "engage", "join"):
        return None
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                for p in c.children:
                    entry = event_noun(p, lex) if p.dep_ == "pobj" else None
                    if entry is not None and entry.type in _PARTICIPATED:
                        return Candidate("light", tok, entry, (tok, tok), noun=p, objects=[])
    return None


#: events one takes part in (a meeting, a protest, a fight, joint exercises)
_PARTICIPATED = frozenset({"CONSULT", "PROTEST", "ASSAULT", "COOPERATE", "MOBILIZE"})


def _verb_candidate(tok: Any, lex: Lexicon) -> Candidate | None:
    lemma = verb_lemma(tok, lex)
    if lemma == "put" and any(p.lower_ in ("hold", "ice") for c in tok.children if c.dep_ == "prep"
                              and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"):
        lemma = "suspend"  # "put its mediation on hold", "talks were put on ice"
    joined = _participation(tok, lex) if lemma in _TAKE_PART else None
    if joined is not None:
        return joined
    said = verb_idiom(tok, lemma)
    if said is not None:
        return Candidate("verb", tok, said[0], (tok, tok), objects=said[1])
    verb = lex.verbs.get(lemma)
    if verb is None:
        return circumstance.done_in(tok, lex)
    for obj in direct_objects(tok):
        found = object_entry(lemma, obj, lex)
        if found is None:
            continue
        entry, n_entry = found
        if entry.type == NO_EVENT:
            return None
        weight = max(verb.weight, entry.weight)
        entry = Entry(entry.type, entry.mode, entry.context, verb.sense, weight, False,
                      entry.source)
        if entry.type == "CONCEDE" and n_entry is not None and n_entry.type == "PROTEST" \
                and circumstance.enforced(tok):  # "security forces ... will end our protest"
            entry = Entry("COERCE", "restrict", (), verb.sense, weight)
        entry = verbal.regret_over(tok, obj, crowds.crowd_act(tok, entry))
        objs = [obj]
        if obj.dep_ == "dobj":  # "inspectors were given access": the passive subject receives
            objs += [c for c in tok.children if c.dep_ == "nsubjpass"]
        if n_entry is not None and (not n_entry.light_only or n_entry.type == entry.type):
            first, last = (tok, obj) if 0 < obj.i - tok.i <= 4 else (obj, obj)
            return Candidate("light", tok, entry, (first, last), noun=obj, objects=objs)
        return Candidate("verb", tok, entry, (tok, tok), objects=objs)
    if verb.type == NO_EVENT:
        return circumstance.done_in(tok, lex)
    sensed = senses.apply(tok, verb, lex)
    if sensed is None:
        return circumstance.done_in(tok, lex)
    sensed = crowds.crowd_act(tok, sensed)
    if sensed.type == "REJECT" and (protest := circumstance.done_in(tok, lex, refusal=True)) \
            and protest.entry.type == "PROTEST":
        return protest
    last = tok
    if " " in lemma:  # the particle of a phrasal verb belongs to the trigger
        last = next((c for c in tok.rights if c.dep_ == "prt"), tok)
    return Candidate("verb", tok, sensed, (tok, last), objects=direct_objects(tok))


def _voided(noun: Any, lex: Lexicon) -> bool:
    """The noun is the object of a curated ``--`` pair: no event, and the noun names none either
    ("broke sanctions", "issued an alert", "on suspicion of breaking EU sanctions")."""
    verbs = [c for c in noun.children if c.dep_ == "amod" and c.pos_ == "VERB"]
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        verbs.append(noun.head)
    return any((verb_lemma(v, lex), noun.lemma_.lower()) in lex.void_objects for v in verbs)


def _event_noun_of(verb: Any, lex: Lexicon) -> Any | None:
    """An ASSAULT noun or weapon that does the harm: "the strike killed", "killed in a raid",
    "were killed and four wounded in the ambush" (the phrase on a coordinated verb)."""
    for c in verb.children:
        if c.dep_ == "nsubj" and (c.lemma_.lower() in lex.classes["weapon"]
                                  or nouns.is_assault_noun(c, lex)):
            return c
        if c.dep_ == "nsubj" and c.lower_ in ("that", "which") and verb.dep_ == "relcl" \
                and nouns.is_assault_noun(verb.head, lex):
            return verb.head  # "the London attack that killed seven people"
    verbs = [verb, *[c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]]
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    for v in verbs:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "during"):
                for p in c.children:
                    if p.dep_ == "pobj" and nouns.is_assault_noun(p, lex):
                        return p
    return None


def find(toks: list[Any], lex: Lexicon) -> list[Candidate]:
    """Every event candidate of a sentence (its tokens), one per trigger token."""
    out: list[Candidate] = []
    used: set[int] = set()
    for tok in toks:
        declared = persona_non_grata(tok, lex) if tok.lower_ == "persona" else None
        if declared is not None:  # whatever the parser made of the Latin
            out.append(declared)
            used.update((declared.anchor.i, tok.i))
    for tok in toks:
        if tok.pos_ not in ("VERB", "AUX") or tok.i in used or tok.dep_ in _NOMINAL_DEPS \
                or _adjectival(tok):
            continue
        lemma = tok.lemma_.lower()
        noun = _event_noun_of(tok, lex) if lemma in lex.classes["harm_verb"] else None
        if noun is not None and noun.i in used:
            noun = None
        if noun is not None and noun.lemma_.lower() not in lex.classes["weapon"]:
            entry = noun_entry(noun, lex)
            assert entry is not None
            out.append(Candidate("harm", tok, entry, (noun, noun), noun=noun,
                                 objects=direct_objects(tok)))
            used.update((tok.i, noun.i))
            continue
        if lemma in lex.classes["die_verb"]:
            noun = _event_noun_of(tok, lex)
            if noun is not None and noun.i not in used:
                entry = noun_entry(noun, lex)
                assert entry is not None
                out.append(Candidate("die", tok, entry, (noun, noun), noun=noun))
                used.update((tok.i, noun.i))
            continue
        received = next((r for o in tok.children if o.dep_ == "dobj"  # "drew criticism from"
                         for r in [_received(o, lex)] if r is not None), None)
        cand = received or _verb_candidate(tok, lex)
        if cand is None:
            continue
        if noun is not None:  # a weapon did it: "a missile hit the school"
            cand.noun = noun
        out.append(cand)
        used.add(tok.i)
        if cand.noun is not None:
            used.add(cand.noun.i)
    for tok in toks:
        if tok.i in used or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        alert = idiom_candidate(tok, lex) if tok.lemma_ in IDIOM_NOUNS else None
        alert = alert or subjected_to(tok, lex)
        if alert is not None:
            out.append(alert)
            used.add(tok.i)
            continue
        trip = nouns.travel_for(tok) if tok.lemma_ == "trip" else None
        if trip is not None:  # "arrived on a two-day trip": a visit ("his trip" alone is none)
            out.append(Candidate("light", trip, lex.nouns["visit"], (tok, tok), noun=tok))
            used.add(tok.i)
            continue
        entry = event_noun(tok, lex)
        if entry is None or _instrument(tok, out) or nouns.idiom(tok) or _voided(tok, lex):
            continue
        entry = nouns.withdrawal(tok, entry)
        if tok.lemma_.lower() == "call" and not nouns.calls_for(tok):
            continue
        travel = nouns.travel_for(tok) if entry.type == "CONSULT" else None
        if travel is not None:  # "returned to Geneva for talks": the traveller consults
            out.append(Candidate("light", travel, entry, (tok, tok), noun=tok))
            used.add(tok.i)
        elif nouns.has_noun_support(tok, lex):
            out.append(Candidate("noun", tok, entry, (tok, tok), noun=tok))
            used.add(tok.i)
    for say, modal, verb in demands.must_demands(toks, lex):
        if say.i not in used:
            first, last = (modal, verb) if modal.i < verb.i else (verb, modal)
            out.append(Candidate("must", say, demands.ENTRY, (first, last), noun=verb))
            used.add(say.i)
    for say, verb, faced in demands.consequence_threats(toks, lex):
        if say.i not in used:
            out.append(Candidate("must", say, demands.THREAT, (verb, faced), noun=verb))
            used.add(say.i)
    for verb, act, entry in prospects.prospect_threats(toks, lex):
        # "raised the prospect of cutting ties", "did not rule out military action": the act
        # is held out, and the holding out is the event
        out = [c for c in out if c.anchor.i not in (act.i, verb.i) and c.noun is not act]
        out.append(Candidate("light", verb, entry, (verb, verb), noun=act))
        used.add(verb.i)
    out.sort(key=lambda c: c.trigger[0].i)
    return out


#: verbs whose complement says what something is like ("imports he considers threatening")
_DEEMING = frozenset({"consider", "deem", "find", "see", "view", "regard", "call", "describe",
                      "label", "seem", "look", "sound", "appear", "become", "remain", "feel"})


def _adjectival(tok: Any) -> bool:
    """A participle used as an adjective: "imports he considers threatening", "the tone was
    threatening" -- no act."""
    if _listed_place(tok):
        return True
    if tok.tag_ != "VBG" or any(c.dep_ in ("dobj", "nsubj", "xcomp", "ccomp", "aux")
                                for c in tok.children):
        return False
    return tok.dep_ in ("acomp", "oprd") or (
        tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in _DEEMING)


def _listed_place(tok: Any) -> bool:
    """"as far as Lebanon and occupied Palestine": a participle before a place in a list of
    places, parsed as a verb, describes the place."""
    doc, i = tok.doc, tok.i
    return bool(tok.tag_ in ("VBD", "VBN") and 2 <= i < len(doc) - 1
                and doc[i + 1].ent_type_ in ("GPE", "LOC") and doc[i + 1].head == tok
                and doc[i - 1].lower_ in ("and", "or", ",")
                and doc[i - 2].ent_type_ in ("GPE", "LOC") and (doc[i - 2].dep_ == "pobj" or (
                    doc[i - 2].dep_ == "conj" and doc[i - 2].head.dep_ == "pobj"))
                and not any(c.dep_ in ("nsubj", "aux") for c in tok.children))


def _instrument(tok: Any, found: list[Candidate]) -> bool:
    """An event noun that only says how an attack found in the sentence was done ("attacked
    the gate with gunfire and a car bombing", "killed in a raid" is merged elsewhere)."""
    while tok.dep_ == "conj":
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("with", "in", "by", "using", "through"):
        return False
    return any(c.anchor == prep.head and c.entry.type == "ASSAULT" for c in found)


#: verbs whose subject receives what their object noun names: "drew criticism from", "received
#: aid from", "faced condemnation from" (the "from" party acts)
_RECEIVE = frozenset({"draw", "face", "receive", "attract", "earn", "garner", "get", "win"})
_RECEIVED_TYPES = frozenset({"ACCUSE", "SUPPORT", "THREATEN", "REJECT", "SANCTION", "AID"})


def _received(tok: Any, lex: Lexicon) -> Candidate | None:
    """"The law drew sharp criticism from the European Parliament": the Parliament accuses, the
    law's makers are accused -- only with a "from" party named."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _RECEIVE:
        return None
    entry = noun_entry(tok, lex)
    if entry is None or entry.type not in _RECEIVED_TYPES:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "from" for c in [*verb.children, *tok.children]):
        return None
    return Candidate("target", verb, entry, (verb, tok), noun=tok)
