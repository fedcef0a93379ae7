"""Small word lists and token tests shared by mention finding and phrase resolution."""

from __future__ import annotations

import re
from typing import Any

from dateline.actors import KnowledgeBase, default_kb
from dateline.model import Article
from dateline.nlp.context import DocContext

_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-Z]")
PRONOUNS = frozenset({
    "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
    "it", "its", "they", "them", "their", "who", "whom", "whose", "which", "that", "this",
    "these", "those", "one", "ones", "someone", "somebody", "anyone", "anybody", "everyone",
    "everybody", "nobody", "none", "all", "both", "each", "some", "many", "most", "others",
    "other", "himself", "herself", "themselves", "itself", "ourselves", "what", "whoever",
})  # fmt: skip
TIME_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tomorrow", "tonight", "now", "ago", "earlier", "later", "recently",
    "currently", "morning", "afternoon", "evening", "night", "overnight",
})  # fmt: skip
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their"})
#: spaCy labels of the NER entities considered (the KB, not the label, decides the actor)
NER_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "NORP": "group",
             "LOC": "place", "FAC": "place"}
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
#: dependency labels of a head's left modifiers that belong to the phrase
LEFT_MODS = frozenset({"compound", "amod", "poss", "nmod", "nummod", "quantmod", "case",
                       "punct", "det", "npadvmod", "advmod", "predet"})


def kb_of(ctx: DocContext) -> KnowledgeBase:
    return ctx.kb if ctx.kb is not None else default_kb()


def article_date(article: Article) -> str | None:
    """The date roles are resolved at when no event date is given."""
    if article.published:
        return article.published[:10]
    if article.dateline and article.dateline.date:
        return article.dateline.date
    return None


def is_lowercase_text(text: str) -> bool:
    """Text written all in lower case (e.g. the Times of India sample)."""
    sample = text[:3000]
    letters = len(_LETTER.findall(sample))
    upper = len(_UPPER.findall(sample))
    return letters > 200 and upper < letters * 0.003


def is_time(tok: Any) -> bool:
    return bool(tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in TIME_WORDS)


def is_pronoun(tok: Any) -> bool:
    if tok.text == "US" and tok.pos_ != "PRON":  # the United States, not "us"
        return False
    return bool(tok.pos_ == "PRON" or tok.lower_ in PRONOUNS)


def is_punct(tok: Any) -> bool:
    return bool(tok.is_punct or tok.is_space or tok.text in ("'s", "’s", "'", "’"))
