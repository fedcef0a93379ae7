"""Senses of the verbs that ask or demand: "called for talks" / "called on Iran to" (REQUEST)
vs "called him a liar"; "asked Iraq to"; "pressed for", "pushed for the embargo to be lifted";
"lobbied the cabinet to" (REQUEST) vs "lobbied governments to back X" (SUPPORT); "insisted that
Argentina drop its claim"; "challenged India to resume talks" (REQUEST) vs "challenged the
ruling" (ACCUSE); "applied to the IMF for loans", "turned to Zimbabwe for troops"."""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.dep import (
    infinitive,
    kids,
    lemma_set,
    party_like,
    pp_map,
    subjunctive,
)
from dateline.nlp.events.lexicon import Entry, Lexicon
from dateline.nlp.events.objects import through_measure


def call(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    preps = pp_map(tok)
    if "for" in preps or (("on" in preps or "upon" in preps) and _to_clause(tok)):
        return entry
    if any(p.dep_ == "pcomp" and kids(p, "dobj") and _to_clause(p) for p in preps.get("on", [])):
        return entry  # "called on striking teachers to end ...": the parser's gerund
    if kids(tok, "dobj") and kids(tok, "xcomp") and not kids(tok, "oprd"):
        xc = kids(tok, "xcomp")[0]
        return entry if any(c.lower_ == "to" for c in xc.children) else None
    return None


def ask(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    if "for" in pp_map(tok):
        return entry
    return entry if kids(tok, "dobj", "dative", "nsubjpass") and _to_clause(tok) else None


def for_clause(tok: Any) -> bool:
    """"pushed on Wednesday for the embargo to be lifted": a "for ... to" clause."""
    return any(m.dep_ == "mark" and m.lower_ == "for" for c in kids(tok, "advcl", "ccomp", "xcomp")
               for m in c.children)


def _to_clause(tok: Any) -> bool:
    """"asked Iraq to ...", "was pressed on Friday to ...": the infinitive asked for (the parser
    hangs it as xcomp, or as advcl after an adjunct)."""
    return bool(kids(tok, "xcomp")) or any(infinitive(c) for c in kids(tok, "advcl"))


def press(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"pressed Iran to release", "pressed for talks", "pushed for the embargo to be lifted"."""
    if "for" in pp_map(tok) or for_clause(tok) or (
            kids(tok, "dobj", "nsubjpass") and _to_clause(tok)):
        return entry
    return entry if lemma_set(kids(tok, "dobj")) & {"demand", "claim", "call"} else None


def lobby(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"lobbied the cabinet to guarantee a price" (REQUEST); "lobbied African governments to
    back Gambia's candidate" rallies support for a third party (SUPPORT)."""
    found = press(tok, entry, lex)
    acts = kids(tok, "xcomp") + [c for c in kids(tok, "advcl") if infinitive(c)]
    if found is not None and any(c.lemma_.lower() in _BACK for c in acts):
        return Entry("SUPPORT", None, entry.context, entry.sense, entry.weight)
    return found


_BACK = frozenset({"back", "support", "endorse", "vote", "recognize", "recognise", "join"})


def insist(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"insisted on a ceasefire"; "insisted that Argentina drop its claim" (a subjunctive:
    another party's act demanded) -- not "insisted that the talks were going well"."""
    if "on" in pp_map(tok):
        return entry
    own = kids(tok, "nsubj")
    for clause in kids(tok, "ccomp"):
        subj = kids(clause, "nsubj", "nsubjpass")
        if subjunctive(clause) and party_like(subj[0], lex) \
                and (not own or own[0].lower_ != subj[0].lower_):
            return entry
    return None


CHALLENGED = frozenset({"ruling", "decision", "result", "verdict", "legality", "election",
                        "law", "order", "sentence", "conviction", "constitutionality"})


def challenge(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"challenged the ruling (in court)" (ACCUSE); "challenged India to resume talks" (a dare to
    act: REQUEST) -- not "challenged the champion"."""
    if any(party_like(o, lex) for o in kids(tok, "dobj")) and _to_clause(tok):
        return Entry("REQUEST", None, (), entry.sense, entry.weight)
    return entry if lemma_set(kids(tok, "dobj")) & CHALLENGED else None


def apply_for(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"applied to the IMF for $10 billion in loans", "applied for asylum", "applied for
    membership of Mercosur" -- not "applied for a job" or "applied the rules"."""
    asked = [through_measure(p) for p in pp_map(tok).get("for", [])]
    return entry if lemma_set(asked) & _ASKED_FOR else None


def turn_to(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"turned to Zimbabwe, Angola and Namibia for troops and weapons" (REQUEST) -- not "turned to
    the economy"."""
    preps = pp_map(tok)
    return entry if any(party_like(p, lex) for p in preps.get("to", [])) and "for" in preps \
        else None


#: what a state applies for (with money words read through: "$10 billion in loans")
_ASKED_FOR = frozenset({"loan", "credit", "aid", "assistance", "help", "asylum", "membership",
                        "accession", "protection", "funding", "fund", "support",
                        "relief", "extradition", "permission", "visa", "bailout"})



def want(tok: Any, entry: Entry, lex: Lexicon) -> Entry | None:
    """"Baghdad wants the Security Council to end the embargo", "wants China to halt exports":
    another party's act wanted (REQUEST) -- not "wants to meet" (its own intent)."""
    own = kids(tok, "nsubj")
    if not own or kids(tok, "neg", "nsubjpass", "auxpass"):
        return None  # "is wanted for hacking", "do not want X to win"
    for clause in kids(tok, "ccomp", "xcomp"):
        subj = kids(clause, "nsubj")
        if subj and party_like(subj[0], lex) and any(c.lower_ == "to" for c in clause.children) \
                and own[0].lower_ != subj[0].lower_ and subj[0].lower_ not in _NOBODY:
            return entry
    return None


#: who is wanted to act when nobody in particular is asked ("I want people to remember")
_NOBODY = frozenset({"people", "everyone", "everybody", "you", "us", "them", "someone",
                     "anyone", "nobody", "world"})
