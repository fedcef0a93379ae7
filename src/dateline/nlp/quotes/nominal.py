"""Cues that are not verbs: nouns ("his claim that ...", "her criticism of X"), adjectives
("X is critical of Y", "she is confident that ...") and documents a clause is found in
("In a Quinnipiac poll, X leads by 5 points"; "in a statement, the ministry ...").

A noun cue needs someone it belongs to: a possessor ("Marsh's claim"), an agent ("a claim by
Marsh") or the subject of a light verb ("Marsh made the claim that", "voiced her support
for"). An adjective cue is the complement of a copula ("is critical of") and takes the
copula's subject. Each needs the complement its frame allows (``cues.csv``).
"""

from __future__ import annotations

from typing import Any

from dateline.nlp.quotes.base import Attribution, Range, char_range, subtree_range
from dateline.nlp.quotes.lexicon import CueVerb, Lexicon
from dateline.nlp.quotes.syntax import child, prep_object, side, subject, tok_chars

_LIGHT = {"make", "issue", "express", "voice", "offer", "give", "repeat", "deliver", "renew",
          "reiterate", "level", "raise", "put", "stand", "maintain", "announce", "release",
          "lend", "throw", "withdraw", "register", "state", "declare"}  # fmt: skip
_COPULA = {"be", "seem", "remain", "appear", "sound", "become", "stay", "grow"}
#: "In a poll/statement ..., X": the document or occasion that holds the clause
_HOLDERS = {"poll": "evidence", "survey": "evidence", "study": "evidence", "report": "evidence",
            "analysis": "evidence", "census": "evidence", "statement": "speech",
            "letter": "speech", "memo": "speech", "filing": "speech", "communique": "speech"}


def _owner(doc: Any, tok: Any) -> Range | None:
    """Who a noun cue belongs to: "Marsh's claim", "a claim by Marsh", "Marsh made the claim"."""
    poss = child(tok, "poss")
    if poss is not None:
        start, end = subtree_range(poss)
        while end > start + 1 and doc[end - 1].dep_ == "case":
            end -= 1  # "Marsh 's" -> "Marsh"
        return start, end
    by = next((c for c in tok.rights if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
               and child(c, "pobj") is not None), None)
    if by is not None:
        return subtree_range(child(by, "pobj"))
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _LIGHT:
        source, passive = subject(tok.head)
        return None if passive else source
    return None


def _clause(doc: Any, tok: Any, cv: CueVerb) -> tuple[Range | None, Range | None]:
    """The complement of a noun or adjective cue and the cue's characters."""
    cue = char_range(tok)
    heads = [tok]
    if tok.dep_ in ("acomp", "nsubj") and tok.head.lemma_.lower() in _COPULA:
        heads.append(tok.head)  # "she is confident [that ...]", "his view is [that ...]"
    for h in heads:
        for c in h.rights:
            if "c" in cv.frames and c.dep_ in ("ccomp", "acl", "attr") and (
                    c.dep_ != "attr" or child(c, "ccomp", "acl") is not None) and \
                    any(m.dep_ == "mark" and m.lower_ == "that" for m in c.subtree):
                return tok_chars(doc, *subtree_range(c)), cue
            if "i" in cv.frames and c.dep_ in ("xcomp", "acl") and \
                    any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                return tok_chars(doc, *subtree_range(c)), cue
    prep, obj = prep_object(tok, cv.preps)
    if obj is not None:
        wider = (cue[0], prep.idx + len(prep.text)) if prep.i == tok.i + 1 else cue
        return tok_chars(doc, obj.left_edge.i, prep.right_edge.i + 1), wider
    return None, None


def noun_cue(doc: Any, tok: Any, cv: CueVerb) -> Attribution | None:
    """"his claim that ...", "Marsh's criticism of the plan", "made the promise to ..."."""
    source = _owner(doc, tok)
    return _weak(doc, tok, cv, source) if source is not None else None


def _weak(doc: Any, tok: Any, cv: CueVerb, source: Range) -> Attribution | None:
    """The weak attribution of the clause that the noun or adjective cue ``tok`` takes."""
    content, cue = _clause(doc, tok, cv)
    if content is None or cue is None:
        return None
    return Attribution(content=content, cue=cue, cue_i=tok.i, source=source, cls=cv.cls,
                       confidence=cv.confidence, weak=True)


def adjective_cue(doc: Any, tok: Any, cv: CueVerb) -> Attribution | None:
    """"X is critical of Y", "X was confident that ...", "X is eager to ..."."""
    if tok.dep_ != "acomp" or tok.head.lemma_.lower() not in _COPULA:
        return None
    source, passive = subject(tok.head)
    return _weak(doc, tok, cv, source) if source is not None and not passive else None


def holder_cue(doc: Any, tok: Any, lex: Lexicon) -> Attribution | None:
    """"In a CNN poll, Marsh leads by 5 points": the clause is what the poll found."""
    obj = child(tok, "pobj")
    if obj is None or obj.lemma_.lower() not in _HOLDERS:
        return None
    head = tok.head
    if head.i == tok.i or head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in lex.verbs:
        return None  # "said in a statement": the verb is the cue
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children):
        return None  # "in his letter": the verb's own subject speaks; no document of its own
    if obj.tag_ == "NNS" and not any(c.dep_ in ("compound", "amod", "nmod", "nummod")
                                     for c in obj.children):
        return None  # "leading in the polls": no particular poll
    content = side(doc, subtree_range(head), subtree_range(tok))
    if content is None:
        return None
    return Attribution(content=content, cue=char_range(tok), cue_i=tok.i,
                       source=subtree_range(obj), cls=_HOLDERS[obj.lemma_.lower()],
                       confidence=0.55)


def other_cue(doc: Any, tok: Any, lex: Lexicon) -> Attribution | None:
    """The noun, adjective or "in a poll" cue at ``tok``, if any."""
    low = tok.lemma_.lower()
    if low != "in" and low not in lex.cue_nouns and low not in lex.cue_adjectives:
        return None
    if tok.pos_ == "NOUN" and low in lex.cue_nouns:
        return noun_cue(doc, tok, lex.cue_nouns[low])
    if tok.pos_ == "ADJ" and low in lex.cue_adjectives:
        return adjective_cue(doc, tok, lex.cue_adjectives[low])
    if tok.lower_ == "in" and tok.dep_ == "prep":
        return holder_cue(doc, tok, lex)
    return None
