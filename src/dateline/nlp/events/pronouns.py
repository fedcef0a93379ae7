"""Whom a pronoun argument stands for: the subject of the reporting verb ("Islamabad rejects
the charge and says it ..."), of the main clause ("Roof frequented racist sites before he
walked in"), of the sentence before ("Prosecutors charged a soldier ... They indicted him"),
else the nearest entity mention of a fitting kind in the same or the previous sentence (never
the subject of the pronoun's own clause: "Trump asked him")."""

from __future__ import annotations

import bisect
from typing import Any

from dateline.nlp.context import Mention
from dateline.nlp.events.lexicon import Lexicon

PERSON_PRON = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
GROUP_PRON = frozenset({"they", "them", "their", "it", "its", "itself", "themselves"})
#: subordinators of a clause that shares its subject with the main clause
_TIME_MARKS = frozenset({"before", "after", "when", "while", "as", "until", "once", "because",
                         "since"})


def resolve_pronoun(tok: Any, mentions: list[Mention], starts: list[int]) -> Mention | None:
    """The nearest entity mention before pronoun ``tok`` (same or previous sentence) whose kind
    fits it ("he" -> a person, "they" -> a group or organisation), else None."""
    word = tok.lower_
    if word in PERSON_PRON:
        kinds: tuple[str | None, ...] = ("person",)
    elif word in GROUP_PRON:
        kinds = ("organization", "country", "coalition", "place") if word.startswith("it") else (
            "organization", "group", "country", "coalition")
    else:
        return None
    parallel = _parallel_subject(tok, mentions, starts, kinds)
    if parallel is not None:
        return parallel
    bound = _own_subject(tok)
    floor = tok.sent.start
    if floor > 0:
        floor = tok.doc[floor - 1].sent.start
    pos = bisect.bisect_left(starts, tok.i)
    for k in range(pos - 1, -1, -1):
        m = mentions[k]
        if m.start < floor:
            return None
        if m.end <= tok.i and m.entity.kind == "place" and tok.doc[m.end - 1].ent_type_ == "LOC":
            continue  # "it" does not act as a sea, a range or a region ("the Persian Gulf")
        if bound is not None and m.start <= bound < m.end:
            continue  # "Trump asked him": "him" is not Trump
        if m.end <= tok.i and _kind_fits(m, kinds, tok):
            return m
        if m.end <= tok.i and m.entity.kind == "person" and "person" not in kinds:
            return None  # "they" may be the people just named: do not guess
    return None


def _kind_fits(m: Mention, kinds: tuple[str | None, ...], pronoun: Any) -> bool:
    """A mention of a fitting kind; a group phrase by its number ("Iraq's Foreign Ministry"
    is an "it", "Iraqi officials" a "they")."""
    if m.entity.kind in kinds:
        return True
    if m.entity.kind != "group" or pronoun.lower_ in PERSON_PRON:
        return False
    last = pronoun.doc[m.end - 1]
    if last.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return False  # a demonym ("German", "Iranian") is no antecedent
    return (last.tag_ in ("NNS", "NNPS")) == (not pronoun.lower_.startswith("it"))


def _own_subject(tok: Any) -> int | None:
    """The token index of the subject of the verb whose object pronoun ``tok`` is ("him",
    "her", "them": never that subject; a reflexive would be used)."""
    if tok.lower_ not in ("him", "her", "them") or tok.dep_ not in ("dobj", "dative", "pobj"):
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subj[0].i if subj else None


def _parallel_subject(tok: Any, mentions: list[Mention], starts: list[int],
                      kinds: tuple[str | None, ...]) -> Mention | None:
    """"Islamabad rejects the charge and says it provides ...": a subject pronoun of a reported
    clause is the reporting verb's subject."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
        return None
    gov = tok.head.head
    while gov.dep_ in ("conj", "advcl", "xcomp") and gov.head != gov and not any(
            c.dep_ == "nsubj" for c in gov.children):
        gov = gov.head  # "tweeted from the van saying he had been arrested"
    subj = [c for c in gov.children if c.dep_ == "nsubj"]
    if not subj:
        return None
    pos = bisect.bisect_right(starts, subj[0].i)
    for k in range(pos - 1, max(-1, pos - 4), -1):
        m = mentions[k]
        if m.start <= subj[0].i < m.end or (m.start <= subj[0].i and subj[0].i - m.end < 3):
            return m if _kind_fits(m, kinds, tok) else None
    return None


def reporter(tok: Any, lex: Lexicon) -> Any | None:
    """The subject of the reporting verb for a subject pronoun of the reported clause, when
    they fit: "The government announced it would withdraw" -> government; "the minister said
    he ..." -> minister (a person for "he"/"she", no person for "it"/"they")."""
    clause = _pronoun_clause(tok)
    if clause is None or clause.dep_ != "ccomp":
        return None
    word = tok.lower_
    gov = clause.head
    while gov.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in gov.children):
        gov = gov.head
    subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or gov.lemma_.lower() not in lex.classes["report"]:
        return None
    return subj if _fits(word, subj, lex) else None


def _pronoun_clause(tok: Any) -> Any | None:
    """The clause verb a subject pronoun belongs to (through coordination), or None when ``tok``
    is no subject pronoun."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in PERSON_PRON | GROUP_PRON:
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    return clause


def _fits(word: str, subj: Any, lex: Lexicon, *, names: bool = False) -> bool:
    """Pronoun ``word`` can stand for ``subj`` (with ``names``, an untagged proper name is a
    person: "Dylann Storm Roof ... before he walked in")."""
    person = subj.ent_type_ == "PERSON" or subj.lemma_.lower() in lex.classes["person_noun"] or (
        names and subj.pos_ == "PROPN" and not subj.ent_type_ and subj.is_title)
    if word in PERSON_PRON:
        return person
    group = subj.ent_type_ in ("ORG", "GPE", "NORP") or subj.lemma_.lower() in lex.classes["agent"]
    if word in ("they", "them", "their") and subj.tag_ in ("NNS", "NNPS"):
        return True  # "officials said they would ..."
    return group and not person


def main_subject(tok: Any, lex: Lexicon) -> Any | None:
    """The subject of the main clause for a subject pronoun of an adverbial clause, when they fit:
    "Roof frequented racist sites before he walked into a church" -> Roof; also for a possessive
    in a phrase put before that subject: "As part of his investigation, Mueller is ..." ->
    Mueller."""
    fronted = _fronted_possessor(tok, lex)
    if fronted is not None:
        return fronted
    clause = _pronoun_clause(tok)
    if clause is None or clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children):
        return None
    word = tok.lower_
    subj = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    return subj if _fits(word, subj, lex, names=True) else None


def previous_subject(tok: Any, lex: Lexicon) -> Any | None:
    """The subject of the sentence before for a subject pronoun that opens its own main clause,
    when they fit: "Prosecutors charged a soldier ... They indicted him" -> Prosecutors, not
    a group named after them (the subject stays the topic: centering)."""
    clause = _pronoun_clause(tok)
    sent = tok.sent
    fronted = clause is not None and clause.dep_ == "ccomp" and clause.head == sent.root \
        and clause.i < sent.root.i  # "They were not regulars at the mosque, a friend said."
    if clause is None or (clause != sent.root and not fronted) or sent.start == 0 or any(
            t.pos_ in ("NOUN", "PROPN", "PRON") and t.ent_type_ not in ("DATE", "TIME")
            for t in tok.doc[sent.start:tok.i]):
        return None
    root = tok.doc[sent.start - 1].sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON" or any(c.dep_ == "conj" for c in subj.children):
        return None
    return subj if _fits(tok.lower_, subj, lex, names=True) else None


def _fronted_possessor(tok: Any, lex: Lexicon) -> Any | None:
    if tok.dep_ != "poss" or tok.lower_ not in ("his", "her", "its", "their"):
        return None
    node = tok.head
    for _ in range(6):
        if node.dep_ in ("pobj", "prep", "pcomp", "compound", "amod", "nmod"):
            node = node.head
            continue
        break
    while node.dep_ == "advcl" and node.i < tok.i and node.head != node:
        node = node.head  # "Speaking to reporters before her detention, she said"
    if node.pos_ not in ("VERB", "AUX") or node.i < tok.i:
        return None
    subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON" or subj.i < tok.i:
        return None
    return subj if _fits(tok.lower_, subj, lex, names=True) else None

