"""Who a loaded word is about, and the noun phrase that PTC-style evidence spans cover.

A loaded or intensifying word that describes a person or a group is name-calling: "the execrable
duke", "disgraced former officials", "the wicked" (an adjective used as a noun), "he is a
disgrace" (a noun predicated of a person), "Hillary, a liar" (an apposition). Its category
becomes ``labeling`` and its span the whole noun phrase. A predicate adjective ("they were
angry") stays loaded language: it describes a state more often than it labels.

People are recognised by the nouns of ``resources/framing/targets.toml`` (people and groups),
spaCy's PERSON and NORP names, and personal pronouns. Everything here reads the parse of one
sentence around a token: no pass over the whole document.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from dateline.errors import ResourceError

NOUNS = frozenset({"NOUN", "PROPN"})
PERSON_LABELS = frozenset({"PERSON", "NORP"})
PRONOUNS = frozenset(
    "he she they you we him her them us who whom someone anyone everyone nobody".split()
)
#: modifiers that belong to a noun phrase's left side ("the", "his", "17", "former", "FBI")
LEFT_DEPS = frozenset({"det", "predet", "poss", "amod", "compound", "nummod", "nmod",
                       "quantmod", "advmod", "case"})  # fmt: skip
#: focus particles that start no noun phrase ("just a puppet")
FOCUS = frozenset({"just", "even", "only", "also", "merely", "simply"})
#: endings of adjectives that spaCy tags as nouns when they stand alone ("the wicked")
ADJ_ENDINGS = ("ed", "ous", "ful", "less", "ive", "ant", "ent", "ible", "able", "ish", "ic")
MAX_LEFT = 6  # tokens before the head a phrase may start
MAX_OF = 6  # tokens an "of" phrase after the head may add ("the kingpin of the cartel")


@cache
def people() -> frozenset[str]:
    """Nouns that name people or groups of people (lower case), from ``targets.toml``."""
    data = resources.files("dateline.resources") / "framing" / "targets.toml"
    table = tomllib.loads(data.read_text(encoding="utf-8"))
    words = [*table.get("people", []), *table.get("groups", [])]
    if not words or not all(isinstance(w, str) for w in words):
        raise ResourceError("framing targets.toml: people and groups must be lists of words")
    return frozenset(w.lower() for w in words)


def is_person(tok: Any) -> bool:
    """The token names a person or a group of people."""
    if tok.pos_ == "PRON":
        return tok.lower_ in PRONOUNS
    if tok.ent_type_ in PERSON_LABELS:
        return True
    return tok.pos_ in NOUNS and (tok.lower_ in people() or tok.lemma_.lower() in people())


def head_noun(tok: Any) -> Any:
    """The noun a compound belongs to ("FBI" -> "officials" in "FBI officials"), but not a name
    that a label noun stands before ("supremacist" in "the supremacist Tom Ferd")."""
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ in NOUNS \
            and tok.head.i - tok.i <= 2 and not (tok.pos_ == "NOUN" and tok.head.ent_type_ == "PERSON"):
        tok = tok.head
    return tok


def described(tok: Any) -> Any | None:
    """The head of the noun phrase naming the person or group that ``tok`` (an evaluative word)
    describes, or None when it describes no person here."""
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == tok.pos_:
        tok = tok.head  # "noble and courageous individuals": the first conjunct's role
    modifier = (tok.dep_ == "amod" and (tok.pos_ == "ADJ" or tok.tag_ == "VBN")) \
        or (tok.dep_ == "compound" and tok.pos_ == "NOUN")  # "disgraced officials", "MI6 stooge"
    if modifier and tok.head.i > tok.i and tok.head.pos_ in NOUNS:
        head = head_noun(tok.head)
        return head if is_person(head) else None
    if (tok.pos_ == "ADJ" or (tok.pos_ in NOUNS and tok.lower_.endswith(ADJ_ENDINGS))) \
            and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") \
            and any(c.dep_ == "det" for c in tok.children):
        return tok  # an adjective used as a noun: "the wicked", "the righteous"
    if tok.pos_ in NOUNS and tok.dep_ in ("attr", "oprd"):
        subject = [c for c in tok.head.children
                   if c.dep_ in (("nsubj", "nsubjpass") if tok.dep_ == "attr" else ("dobj",))]
        return tok if subject and is_person(head_noun(subject[0])) else None
    if tok.pos_ in NOUNS and tok.dep_ == "appos" and is_person(tok.head):
        return tok
    return None


def noun_phrase(head: Any) -> tuple[int, int]:
    """Character offsets of the noun phrase of ``head``: its determiner and modifiers on the left
    and an "of" phrase on the right ("the notorious kingpin of the cartel")."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in LEFT_DEPS and head.i - child.left_edge.i <= MAX_LEFT:
            start = min(start, child.left_edge.i)
    end, doc = head.i, head.doc
    for child in (c for c in head.rights if not c.is_punct):  # the first: "of" right after
        if child.dep_ == "prep" and child.lower_ == "of" and child.right_edge.i - head.i <= MAX_OF \
                and all(doc[k].is_quote for k in range(head.i + 1, child.i)):
            end = child.right_edge.i
        break
    while start < head.i and (doc[start].is_punct or doc[start].is_space
                              or doc[start].lower_ in FOCUS or "\n" in doc[start:head.i].text):
        start += 1
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def as_label(category: str, first: Any, last: Any) -> tuple[int, int] | None:
    """The noun-phrase span of a name-calling hit on tokens ``first..last``, or None when the hit
    is no label: a ``labeling`` term's phrase ("the corrupt career politicians"), or a loaded or
    intensifying word's person phrase (see :func:`described`)."""
    if category == "labeling":
        if last.pos_ in NOUNS or (last.pos_ == "ADJ" and last.dep_ != "amod"):
            head = head_noun(last)
        elif last.dep_ == "amod" and last.head.i > last.i and last.head.pos_ in NOUNS:
            head = head_noun(last.head)
        else:
            return None
    elif category in ("loaded_language", "intensifier"):
        head = described(last)
        if head is None:
            return None
    else:
        return None
    start, end = noun_phrase(head)
    return min(start, first.idx), max(end, last.idx + len(last.text))


def quoted_label(first: Any, last: Any) -> tuple[int, int] | None:
    """The span of a scare-quoted label on tokens ``first..last`` ("the “progressive” bishop",
    "those “experts”"): the quoted words name people or describe a person; else None."""
    words = first.doc[first.i : last.i + 1]
    root = words.root
    if root.pos_ in NOUNS and is_person(head_noun(root)):
        return noun_phrase(root)
    head = described(root)
    if head is None:
        return None
    start, end = noun_phrase(head)
    return min(start, first.idx), max(end, last.idx + len(last.text))
