"""Multi-word cues: "X quoted/cited Y as saying (that) Z", "Y was quoted (by X) as saying",
"according to X, Z", "according to X, which cited Y" and "Y said Z, according to X" (X then
relays Y's words)."""

from __future__ import annotations

from typing import Any

from dateline.nlp.quotes.base import Attribution, Range, char_range, subtree_range
from dateline.nlp.quotes.lexicon import Lexicon
from dateline.nlp.quotes.syntax import SUBJ, child, side, tok_chars

_CLAUSE = ("ccomp",)


def as_saying(doc: Any, tok: Any, lex: Lexicon) -> Attribution | None:
    """"X quoted/cited Y as saying (that) Z" and "Y was quoted (by X) as saying"."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if prep is None:
        return None
    say = next((c for c in prep.children if c.dep_ in ("pcomp", "pobj")
                and c.lemma_.lower() in lex.verbs), None)
    if say is None:
        return None
    obj = child(tok, "dobj")
    subj = child(tok, "nsubj")
    passive = child(tok, "nsubjpass")
    agent = child(tok, "agent")
    speaker = subtree_range(obj) if obj is not None else (
        subtree_range(passive) if passive is not None else None)
    relays = []
    if subj is not None:
        relays.append(subtree_range(subj))
    elif agent is not None and child(agent, "pobj") is not None:
        relays.append(subtree_range(child(agent, "pobj")))
    comp = child(say, *_CLAUSE)
    content = tok_chars(doc, *subtree_range(comp)) if comp is not None else None
    cue = (tok.idx, say.idx + len(say.text))
    return Attribution(content=content, cue=cue, cue_i=tok.i, source=speaker, cls="speech",
                       confidence=0.85, relays=relays)


def according(doc: Any, tok: Any, lex: Lexicon) -> tuple[Attribution | None, int | None]:
    """"according to X, Z" -> (attribution, None); "Y said Z, according to X" -> (None, said.i)
    so that X becomes a relay of Y's attribution."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    obj = child(to, "pobj") if to is not None else None
    if obj is None or obj.lemma_.lower() in lex.not_sources:
        return None, None
    phrase = subtree_range(tok)
    source = subtree_range(obj)
    relays: list[Range] = []
    for r in obj.children:  # "according to X, which cited Y"
        if r.dep_ in ("relcl", "acl") and r.lemma_.lower() in ("cite", "quote"):
            cited = child(r, "dobj")
            if cited is not None:
                relays.append((source[0], r.left_edge.i))
                source = subtree_range(cited)
    head = tok.head
    cv = lex.verbs.get(head.lemma_.lower())
    if head.i != tok.i and cv is not None and cv.cls == "speech" and \
            child(head, *SUBJ) is not None:
        return None, head.i  # "Y said Z, according to X": X relays Y's words
    clause = subtree_range(head) if head.i != tok.i else (tok.sent.start, tok.sent.end)
    content = side(doc, clause, phrase)
    if content is None:
        return None, None
    cue = (tok.idx, to.idx + len(to.text)) if to is not None else char_range(tok)
    return Attribution(content=content, cue=cue, cue_i=tok.i, source=source, cls="according",
                       confidence=0.8, relays=relays), None
