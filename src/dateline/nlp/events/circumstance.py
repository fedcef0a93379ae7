"""Acts told by what they were part of: "stayed away from the factories in a strike", "flew
bombers along the border in a show of force" (the doer protests or mobilises), and who ends a
protest ("security forces ... end our protest": by force, not as a concession)."""

from __future__ import annotations

from typing import Any

from dateline.nlp.events.candidate import Candidate
from dateline.nlp.events.dep import argument_like, kids, pp_map
from dateline.nlp.events.lexicon import Entry, Lexicon
from dateline.nlp.events.nouns import event_noun

#: what a party's act can be done "in" or "as": "stayed away from work in a strike", "parked
#: their cars across the avenue in protest", "flew bombers over the peninsula in a show of force"
_CIRCUMSTANCE = frozenset({"PROTEST", "MOBILIZE"})
_REFUSE = frozenset({"refuse", "decline"})
#: subjects that are no civilians protesting ("Colombia cut its staff in protest" is a sanction)
_STATES = frozenset({"government", "ministry", "country", "state", "administration",
                     "authority", "authorities", "embassy", "parliament", "cabinet"})


def done_in(tok: Any, lex: Lexicon, *, refusal: bool = False) -> Candidate | None:
    """An act of no event verb done in a protest or show of force: the act's doer protests or
    mobilises (a participle takes its clause's subject: "..., parking their cars in protest")."""
    if tok.lemma_.lower() in lex.classes["report"] or tok.lemma_ == "be" or (
            not refusal and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _REFUSE):
        return None  # what one refuses to do in protest is told by the refusal
    doer = tok if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj") else tok.head
    subj = next((c for c in doer.children if c.dep_ == "nsubj"), None)
    if subj is None and doer.dep_ == "xcomp":  # "began refusing to pay taxes as part of ..."
        subj = next((c for c in doer.head.children if c.dep_ == "nsubj"), None)
    if subj is None or not (argument_like(subj, lex) or subj.tag_ == "NNS"):
        return None  # "shopkeepers", "parents": people in numbers
    defied = None if refusal else _defiance(tok)
    if defied is not None:  # "held the vote in defiance of a U.N. resolution"
        return Candidate("light", tok, Entry("REJECT", None, (), "defy", 0.7),
                         (defied[0], defied[0]), noun=defied[0], objects=defied[1])
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if refusal:  # what one refuses to do as part of a protest: "refused to pay taxes in protest"
        preps = [c for x in tok.children if x.dep_ == "xcomp" for c in x.children
                 if c.dep_ == "prep"]
    for c in preps:
        if c.dep_ != "prep" or c.lower_ not in ("in", "as"):
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            p = _through_part(p)  # "as part of a campaign of civil disobedience"
            entry = event_noun(p, lex)
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


def _defiance(tok: Any) -> tuple[Any, list[Any]] | None:
    """("defiance", what is defied) when ``tok`` or a noun it governs is done "in defiance of"
    something ("went ahead with elections in defiance of a resolution")."""
    heads = [tok, *kids(tok, "dobj"), *(p for ps in pp_map(tok).values() for p in ps)]
    for p in (p for h in heads for p in pp_map(h).get("in", []) if p.lower_ == "defiance"):
        defied = pp_map(p).get("of", [])
        if defied:
            return p, defied
    return None


def _through_part(noun: Any) -> Any:
    """"part of a campaign of civil disobedience" -> disobedience."""
    for _ in range(2):
        if noun.lemma_.lower() not in ("part", "campaign", "wave", "day", "act"):
            return noun
        of = pp_map(noun).get("of", [])
        if not of:
            return noun
        noun = of[0]
    return noun


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
