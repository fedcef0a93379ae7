"""Small helpers over the spaCy parse shared by the cue finders."""

from __future__ import annotations

from typing import Any

from dateline.nlp.quotes.base import Range, subtree_range

SUBJ = ("nsubj", "nsubjpass", "csubj")
_UP = ("advcl", "xcomp", "conj", "acl")  # a participle or conjunct borrows its head's subject
_SKIP_POS = {"PUNCT", "SPACE", "CCONJ"}
QUOTE_CHARS = "\"“”‘’'«»„"


def tok_chars(doc: Any, start: int, end: int) -> Range | None:
    """Characters of tokens ``[start, end)`` without edge punctuation, or None when empty."""
    while start < end and (doc[start].pos_ in _SKIP_POS or doc[start].text in QUOTE_CHARS):
        start += 1
    while end > start and (doc[end - 1].pos_ in _SKIP_POS or doc[end - 1].text in QUOTE_CHARS):
        end -= 1
    if end <= start:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def child(tok: Any, *deps: str) -> Any:
    """The first child of ``tok`` with one of ``deps``, or None."""
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


_NO_CONTROLLER = frozenset({"little", "much", "nothing", "more", "less", "everything", "something",
                            "anything", "enough", "all", "what", "lot"})
_MOTION = frozenset({"take", "go", "turn", "come", "head", "return", "rush", "flock"})


def subject(tok: Any) -> tuple[Range | None, bool]:
    """The subject's token range and whether the verb is passive."""
    node = tok
    for _ in range(4):
        subj = child(node, *SUBJ)
        if subj is not None:
            rng = subtree_range(subj)
            if rng[0] <= tok.i < rng[1]:  # a misparse hangs the cue under its own subject
                rng = (min([subj.i] + [c.left_edge.i for c in subj.lefts]), subj.i + 1)
                if rng[0] <= tok.i < rng[1]:
                    return None, False
            return rng, subj.dep_ == "nsubjpass"
        if node.dep_ == "relcl":
            return None, False
        if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.pos_ in ("NOUN", "PROPN"):
            return (node.head.left_edge.i, node.head.i + 1), False  # "a statement saying"
        if node.dep_ == "xcomp":  # object control: "called on Riyadh to disclose": Riyadh
            obj = child(node.head, "dobj")
            if obj is not None and obj.lemma_.lower() in _NO_CONTROLLER:
                obj = None  # "did little to clarify": nobody is "little"
            if obj is None and node.head.lemma_.lower() in _MOTION:
                pass  # "took to Twitter to say": the subject of "took" speaks
            elif obj is None:
                prep = next((c for c in node.head.children if c.dep_ == "prep" and c.i < node.i
                             and child(c, "pobj") is not None), None)
                obj = child(prep, "pobj") if prep is not None else None
            if obj is not None and obj.i < node.i:
                return subtree_range(obj), False
        if node.dep_ not in _UP or node.head.i == node.i:
            break
        node = node.head
    return None, False


def side(doc: Any, clause: Range, cut: Range) -> Range | None:
    """The larger contiguous part of ``clause`` outside ``cut`` (both token ranges)."""
    left = tok_chars(doc, clause[0], min(cut[0], clause[1]))
    right = tok_chars(doc, max(cut[1], clause[0]), clause[1])
    sizes = [(r[1] - r[0], r) for r in (left, right) if r is not None]
    return max(sizes)[1] if sizes else None


def prep_object(tok: Any, preps: frozenset[str]) -> tuple[Any, Any]:
    """``(prep, object)`` of the first preposition of ``preps`` right of ``tok``."""
    for c in tok.rights:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            obj = child(c, "pobj", "pcomp")
            if obj is not None:
                return c, obj
    return None, None


def determiner(head: Any, first: Any) -> str:
    """The determiner of a noun phrase: the head's own, else the phrase's first word when it
    is one ("The [State Department] official", where the parser hangs "The" on a modifier)."""
    det = next((c.lower_ for c in head.children if c.dep_ == "det"), "")
    if not det and first.i < head.i and first.pos_ == "DET":
        det = str(first.lower_)
    return det
