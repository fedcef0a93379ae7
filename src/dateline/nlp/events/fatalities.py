"""Fatalities: how many people an attack killed, as the sentence says it.

"killed at least 12", "killing six civilians", "two people died", "12 were killed",
"left five dead", "a death toll of 40", "the toll rose to 40", "a gangster was shot dead",
"beaten to death", "the killing of 20 soldiers" (one person named in the singular counts one),
"no one was killed" (0). Vague counts ("dozens") and plural nouns without a number give
nothing. Numbers of the wounded are not fatalities.
"""

from __future__ import annotations

import re
from typing import Any

from dateline.nlp.events.dep import denied, succumbed
from dateline.nlp.events.lexicon import Lexicon

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_TOLL = re.compile(
    r"\b(?:death|casualty) toll\b[^.;:]{0,40}?\b(?:of|to|at|reached|hit|is|was|stands at|"
    r"stood at)\s+(?:at least |more than |over |nearly |almost |about |around |some )?"
    r"(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b", re.IGNORECASE)
_DEAD = frozenset({"dead", "killed"})


def number(text: str) -> int | None:
    """"12", "1,200", "twelve", "twenty-five", "a dozen" -> int; vague counts -> None."""
    t = text.lower().replace(",", "").strip()
    if t.isdigit():
        return int(t)
    if "-" in t:
        parts = t.split("-")
        if len(parts) == 2 and parts[0] in _WORDS and parts[1] in _WORDS:
            return _WORDS[parts[0]] + _WORDS[parts[1]]
        return None
    return _WORDS.get(t)


def _count(head: Any, lex: Lexicon) -> int | None:
    """The number a noun phrase counts: "12 people", "at least 12", "two soldiers and three
    civilians" (summed)."""
    total: int | None = None
    named = [head, *[c for c in head.children if c.dep_ == "appos"]]
    # "the commander, General X, and his deputy, Y": the parser may hang the second on the first's
    # apposition
    for member in [head, *[c for n in named for c in n.children if c.dep_ == "conj"]]:
        n = _one(member, lex)
        if n is not None:
            total = (total or 0) + n
    return total


def _one(tok: Any, lex: Lexicon) -> int | None:
    if denied(tok):
        return 0  # "no one was killed", "no soldiers died"
    if tok.like_num or tok.pos_ == "NUM":
        value = number(tok.text)
        scale = [c for c in tok.children if c.lower_ in _SCALE]
        if value is not None and scale:
            value *= _SCALE[scale[0].lower_]
        return value
    for c in tok.children:
        if c.dep_ == "nummod":
            return _one(c, lex)
    return 1 if _one_person(tok, lex) else None


def _one_person(tok: Any, lex: Lexicon) -> bool:
    """One victim named in the singular: "a gangster", "the soldier", "his son", "Qassem
    Soleimani", "he"; not a group ("a family"), a thing or a place."""
    if tok.pos_ == "PRON":
        return bool(tok.lower_ in ("he", "she", "him", "her"))
    if tok.ent_type_:
        return bool(tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN")
    lemma = tok.lemma_.lower()
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"
           for c in tok.children):
        return True  # "deputy commander of the force, Abu Mahdi al-Muhandis"
    if tok.tag_ != "NN" or lemma != tok.lower_ or any(
            lemma in lex.classes[c] for c in ("collective", "weapon", "abstract", "place_noun",
                                              "disaster")):
        return False
    if lemma in lex.classes["person_noun"] and any(c.lower_ == "of" for c in tok.children):
        return True  # a title: "deputy commander of the force"
    return any(c.dep_ in ("det", "poss") and c.lower_ not in _NOT_ONE for c in tok.children)


#: determiners that do not single out one victim
_NOT_ONE = frozenset({"no", "any", "every", "each", "some", "all", "another"})


def _verb_count(verb: Any, lex: Lexicon) -> int | None:
    lemma = verb.lemma_.lower()
    if lemma in lex.classes["kill_verb"]:
        victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    elif lemma in lex.classes["die_verb"] or succumbed(verb, lex):
        victims = [c for c in verb.children if c.dep_ == "nsubj"]
    elif lemma == "leave":
        if not any(c.lower_ in _DEAD for c in verb.children):
            return None
        victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    elif (lemma == "shoot" and _shot_dead(verb)) or (
            lemma in lex.classes["to_death_verb"] and _to_death(verb)):
        victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        return None
    counts = [n for v in victims if (n := _count(v, lex)) is not None]
    return sum(counts) if counts else None


def _noun_count(noun: Any, lex: Lexicon) -> int | None:
    """"the killing of 20 soldiers": a killing noun (class ``killing_noun``) counts its "of"
    victims."""
    nouns = lex.classes["killing_noun"]
    if noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
        return None
    victims = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj"]
    counts = [n for v in victims if (n := _count(v, lex)) is not None]
    return sum(counts) if counts else None


def _shot_dead(verb: Any) -> bool:
    """ "shot dead two men", also when the parser hangs "dead" on the object"""
    return any(c.lower_ == "dead" for c in verb.children) or any(
        c.lower_ == "dead" and c.dep_ == "amod" and c.i == verb.i + 1
        for o in verb.children if o.dep_ == "dobj" for c in o.children)


def _to_death(verb: Any) -> bool:
    """ "beaten to death", "stabbed to death" """
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        o.lower_ == "death" for o in c.children) for c in verb.children)


def sentence_fatalities(toks: list[Any], text: str, lex: Lexicon) -> dict[int, int]:
    """Fatality counts in a sentence (its tokens and text) by the token index of the verb that
    states them (``-1`` for a "death toll" statement)."""
    out: dict[int, int] = {}
    for tok in toks:
        n = _verb_count(tok, lex) if tok.pos_ in ("VERB", "AUX") else (
            _noun_count(tok, lex) if tok.pos_ == "NOUN" else None)
        if n is not None:
            out[tok.i] = n
    m = _TOLL.search(text)
    if m is not None:
        n = number(m.group(1))
        if n is not None:
            out[-1] = n
    return out
