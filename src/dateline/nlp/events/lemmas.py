"""Verb lemmas as the lexicon knows them: the tagger's lemma repaired for inflections it gets
wrong ("staged" -> "stag" -> "stage", "forgave"), and phrasal verbs joined with their particle
("pulled out", "stepped down", also when the parser attached the particle as a preposition)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dateline.nlp.events.lexicon import Lexicon


def base_lemma(tok: Any, lex: Lexicon) -> str:
    """The verb's lemma, repaired when the tagger's lemma is no lexicon verb but the surface
    form is an inflection of one ("staged" -> "stag" -> "stage", "raped" -> "rap")."""
    lemma = str(tok.lemma_).lower()
    if lemma in lex.verbs or lemma in lex.particles:
        return lemma
    word = str(tok.lower_)
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if tok.tag_ not in _INFLECTED and not (tok.tag_ == "VBP" and word.endswith("ed")):
        return lemma  # ("decreed" tagged VBP is still a past form)
    if len(word) > 5 and word.endswith("ed") and word[-3] == word[-4] and word[-3] not in "aeiouls":
        guess = word[:-3]  # "airdropped" -> "airdrop"
        if guess in lex.verbs:
            return guess
    return _uninflected(word, lambda w: w in lex.verbs or w in lex.particles) or lemma


def lemma_in(tok: Any, known: frozenset[str]) -> str:
    """The verb's lemma repaired against a word class ("raged" -> "rag" -> "rage")."""
    lemma = str(tok.lemma_).lower()
    if lemma in known or tok.tag_ not in _INFLECTED:
        return lemma
    return _uninflected(str(tok.lower_), known.__contains__) or lemma


def _uninflected(word: str, known: Callable[[str], bool]) -> str | None:
    """The known base of an inflected form by its suffix ("staged" -> "stage"), or None."""
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            guess = word[: len(word) - len(suffix)] + repl
            if known(guess):
                return guess
    return None


_INFLECTED = frozenset({"VBD", "VBN", "VBG", "VBZ"})
_IRREGULAR = {"forgave": "forgive", "forgiven": "forgive", "overran": "overrun",
              "withdrew": "withdraw", "withdrawn": "withdraw", "froze": "freeze",
              "frozen": "freeze", "slew": "slay", "slain": "slay", "sought": "seek",
              "threw": "throw", "thrown": "throw", "blew": "blow", "broke": "break",
              "shot": "shoot", "struck": "strike", "fought": "fight", "swore": "swear",
              "sworn": "swear", "forbade": "forbid", "forbidden": "forbid", "stole": "steal",
              "stolen": "steal", "beaten": "beat", "laid": "lay", "held": "hold", "sent": "send",
              "rode": "ride", "undertook": "undertake", "overthrew": "overthrow",
              "shut": "shut", "quit": "quit", "upheld": "uphold"}
_SUFFIXES = (("ed", "e"), ("ing", "e"), ("es", "e"), ("d", ""), ("ed", ""), ("ing", ""),
             ("s", ""))
#: particles the parser sometimes attaches as a preposition or adverb ("pulled out of",
#: "stepped down")
_LOOSE_PARTICLES = frozenset({"prt", "prep", "advmod"})


def verb_lemma(tok: Any, lex: Lexicon) -> str:
    """The lexicon lemma of a verb, joined with its particle when that phrasal verb is known."""
    lemma = base_lemma(tok, lex)
    parts = lex.particles.get(lemma)
    if parts:
        for c in tok.rights:
            if c.lower_ in parts and (c.dep_ == "prt" or (
                    c.dep_ in _LOOSE_PARTICLES and (c.i == tok.i + 1 or not any(
                        p.dep_ == "pobj" for p in c.children)))):
                return f"{lemma} {c.lower_}"
        if tok.i + 1 < len(tok.doc):
            nxt = tok.doc[tok.i + 1]  # "hand over 20 soldiers": "over" read as "more than"
            if nxt.lower_ in parts and nxt.dep_ in ("quantmod", "advmod") \
                    and nxt.head.like_num and nxt.head.head.head == tok:
                return f"{lemma} {nxt.lower_}"
    return lemma
