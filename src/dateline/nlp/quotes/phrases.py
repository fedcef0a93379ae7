"""What a speaker phrase is, on its own: named, a description, anonymous; person, organisation,
document or outlet. :mod:`.speakers` resolves pronouns and descriptions across the article.

A phrase is named after the entity mention of its *head* ("Chinese Foreign Minister Wang Yi",
"the ministry of defence") or of the head's apposition ("two firms, Vodafone and Airtel"), never
after a word that only modifies the head: "the Yazidi minority group", "Indian slum dwellers"
and "the deputy commissioner of police in Southeast Delhi" name no source (they keep the
mention's country). A country or a capital standing for its state ("India accuses", "Beijing
denied") is a named organisational source with a ``country:XXX`` id, which the sourcing grade
treats as a *state* source. "The No. 2 Republican" is a person described by party, not the
party.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dateline.model import Entity, Speaker, SpeakerKind
from dateline.nlp import entities
from dateline.nlp.context import DocContext, Mention
from dateline.nlp.entities.words import TIME_WORDS
from dateline.nlp.quotes.base import Range
from dateline.nlp.quotes.lexicon import Lexicon
from dateline.nlp.quotes.syntax import determiner
from dateline.nlp.to_records import trimmed

_PLURAL = {"they", "them"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_INDEFINITE = {"a", "an", "some", "several", "many", "other", "another", "one", "two", "three",
               "four", "few", "various", "multiple", "numerous", "certain", "any"}  # fmt: skip
_PERSON_KINDS = {"person"}
_ORG_KINDS = {"organization", "group"}
_STATE_KINDS = {"country", "place"}
_MARKS = "\"“”‘’'«»"
_DET = re.compile(r"^(?:the|a|an|its|their|his|her)\s+", re.IGNORECASE)
_WHEN = re.compile(r"\s+(?:on|last|this|early|late)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                   r"Saturday|Sunday|week|month|year|night|morning|evening)\b.*$")


@dataclass(slots=True)
class Phrase:
    """A classified speaker phrase."""

    speaker: Speaker
    head: str  # lemma of the head noun for descriptions ("source"); "" when named
    kind: SpeakerKind
    plural: bool
    outlet: bool


def _cut_clauses(doc: Any, rng: Range, head: Any) -> Range:
    """The phrase without a relative clause or apposition after the head."""
    end = rng[1]
    for c in head.children:
        if c.i > head.i and c.dep_ in ("relcl", "acl") and c.left_edge.i < end:
            end = min(end, c.left_edge.i)
        elif c.i > head.i and _temporal(c) and c.left_edge.i < end:
            end = min(end, c.left_edge.i)  # "Trump on Sunday said": the time is no part of him
    opened = any(t.text in "([" for t in doc[rng[0] : end])
    while end > rng[0] + 1 and doc[end - 1].pos_ in ("PUNCT", "SPACE") and not (
            opened and doc[end - 1].text in ")]"):
        end -= 1
    return rng[0], max(end, head.i + 1)


#: time words (the entity module's) and the adverbs that travel with them ("Trump today again")
_TIME_WORDS = TIME_WORDS | {"again", "also", "too", "then", "once"}


def _temporal(tok: Any) -> bool:
    """``tok`` heads a time phrase: "on Sunday", "Sunday", "last week", "in March"."""
    if tok.dep_ == "prep":
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        return obj is not None and obj.ent_type_ in ("DATE", "TIME")
    if tok.lower_ in _TIME_WORDS and tok.dep_ in ("npadvmod", "advmod", "nmod", "appos"):
        return True  # "Trump today said"
    return tok.dep_ in ("npadvmod", "nmod", "appos") and tok.ent_type_ in ("DATE", "TIME")


def _surname_of(ctx: DocContext, head: Any, core: Range) -> Entity | None:
    """The person named in full earlier whose last word the one-word speaker ``head`` is."""
    if core[1] - core[0] != 1 or not head.text[:1].isupper():
        return None
    for m in reversed(ctx.mentions):
        if m.start >= head.i or m.end - m.start < 2 or (m.entity.kind or "") not in _PERSON_KINDS:
            continue
        if ctx.doc[m.end - 1].text == head.text:
            return m.entity
    return None


def _covering(mentions: list[Mention], i: int) -> Mention | None:
    return next((m for m in mentions if m.start <= i < m.end), None)


def _name(entity: Entity) -> str:
    """The entity's name without a date the recogniser glued on ("Zahra on Monday")."""
    name = entity.name or entity.text
    return _WHEN.sub("", name) or name


def _state_id(entity: Entity) -> str | None:
    """``country:XXX`` for a country or a place that stands for its state."""
    if entity.kb_id and entity.kb_id.startswith("country:"):
        return entity.kb_id
    return f"country:{entity.country}" if entity.country else None


def classify(ctx: DocContext, lex: Lexicon, rng: Range, head: Any,
             blank: list[Range], flags: list[Range]) -> Phrase:
    """The speaker that the tokens ``rng`` (headed by ``head``) describe (``blank``: the
    dateline and other regions blanked in the parse; ``flags``: where the article says "on
    condition of anonymity" and the like)."""
    doc = ctx.doc
    while rng[1] - rng[0] > 1:
        first = doc[rng[0]]
        if not (first.is_space or not first.text.strip() or any(s <= first.idx < e
                                                                for s, e in blank)):
            break
        rng = (rng[0] + 1, rng[1])  # the dateline is blanked in the parse, not in the text
    core = _cut_clauses(doc, rng, head)
    if core[1] < len(doc) and doc[core[1]].text == ")" and \
            doc[core[0] : core[1]].text.count("(") > doc[core[0] : core[1]].text.count(")"):
        core = (core[0], core[1] + 1)
    while core[1] - core[0] > 1 and doc[core[0]].text in _MARKS:
        core = (core[0] + 1, core[1])
    span = trimmed(ctx, doc[core[0]].idx, doc[core[1] - 1].idx + len(doc[core[1] - 1].text))
    full = doc[rng[0] : rng[1]].text
    lemma = head.lemma_.lower()
    plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in _PLURAL
    inside = [m for m in ctx.mentions if core[0] <= m.start and m.end <= core[1]]
    own = _covering(inside, head.i)
    appos = next((_covering(inside, c.i) for c in head.children if c.dep_ == "appos"
                  and _covering(inside, c.i) is not None), None)
    named = own if own is not None and (own.entity.kind or "") != "" else appos
    nkind = (named.entity.kind or "") if named is not None else ""
    person = named.entity if named is not None and nkind in _PERSON_KINDS else None
    org = named.entity if named is not None and nkind in _ORG_KINDS else None
    state = named.entity if named is not None and nkind in _STATE_KINDS else None
    anyone = next((m.entity for m in inside if (m.entity.kind or "") in
                   _PERSON_KINDS | _ORG_KINDS), None)
    owner = _owner(inside, head)
    outlet = lex.outlet_named(span.text)
    det = determiner(head, doc[core[0]])
    quantified = det in _INDEFINITE or any(
        c.dep_ in ("amod", "nummod") and c.lower_ in lex.anonymous_modifiers
        for c in head.children) or (plural and not det)
    flagged = bool(lex.anonymous_phrase.search(full)) or _flagged_sentence(head, flags)
    kind: SpeakerKind = "unknown"
    anonymous = False
    name: str | None = None
    is_outlet = False
    kb_id: str | None = None
    linked = entities.resolve_tokens(ctx, core[0], core[1])
    outlet_word = any(t.lemma_.lower() in lex.nouns["outlet"] for t in doc[core[0] : core[1]])
    if (outlet is not None and (outlet_word or lex.outlet_exact(head.text) is not None or
                               lex.outlet_exact(span.text) is not None)) or (
            lemma in lex.nouns["outlet"] and lemma not in lex.nouns["document"]):
        kind, is_outlet = "organization", True  # "Reuters", "Kurdish news agency Rudaw"
        owned = org or anyone
        name = outlet.name if outlet else (owned.name if owned is not None and
                                           (owned.kind or "") in _ORG_KINDS else None)
        anonymous = name is None and det not in _DEFINITE  # "state media", not "the agency"
    elif lemma in lex.nouns["spokesperson"] and anyone is not None:
        kind, linked = "person", anyone  # "a McCain spokeswoman": on record for McCain
    elif person is not None:
        kind, name, linked = "person", _name(person), person
    elif lemma in lex.nouns["document"]:
        kind = "document"  # "a UN report", "a statement by the police"; "media reports": nobody
        maker = owner if owner is not None and (owner.kind or "") not in _STATE_KINDS else anyone
        anonymous = (maker is None and outlet is None) or flagged
        name = outlet.name if outlet else (maker.name if maker is not None else None)
    elif outlet is not None or lemma in lex.nouns["outlet"]:
        kind, is_outlet = "organization", True
        name = outlet.name if outlet else (org.name if org else None)
        anonymous = name is None
    elif head.ent_type_ == "NORP" and det:
        kind, anonymous = "person", det in _INDEFINITE  # "the No. 2 Republican", "a Democrat"
        kb_id = ""  # a member of the party, not the party
    elif lemma in lex.nouns["person"]:
        kind = "person"
        anonymous = flagged or quantified or lemma in lex.unnamed_roles
    elif lemma in lex.nouns["organization"]:
        kind = "organization"  # "the ministry", "the Clinton campaign", "Iran's foreign ministry"
        owned = org or owner
        name = owned.name if owned is not None else None
        if owned is not None and owned is not org:
            name = _DET.sub("", span.text)  # "Clinton campaign", "Bavarian authorities"
        anonymous = owned is None and (quantified or flagged)
    elif plural and head.ent_type_ == "NORP":
        # "many Republicans on Capitol Hill" are nobody in particular; "House Republicans",
        # "Democrats" are a named group
        kind, anonymous = ("person", True) if det or any(
            c.dep_ in ("amod", "nummod") and c.lower_ in lex.anonymous_modifiers
            for c in head.children) else ("organization", False)
        name = None if anonymous else _DET.sub("", span.text)
    elif org is not None:
        kind, name, linked = "organization", org.name or span.text, org
        is_outlet = lex.outlet_exact(span.text) is not None
    elif state is not None:
        kind, name, linked = "organization", _name(state), state  # "India accuses", "Beijing"
        kb_id = _state_id(state)
    elif (earlier := _surname_of(ctx, head, core)) is not None:
        kind, name, linked = "person", _name(earlier), earlier  # "Rakesh Sinha ..." then "Sinha"
    elif head.pos_ == "PROPN" or (head.text[:1].isupper() and not head.is_sent_start
                                  and core[1] - core[0] == 1):
        # the small model tags some surnames as plural nouns ("Sinha told")
        kind, name = ("organization", span.text) if head.ent_type_ in ("ORG", "GPE") else (
            "person", _proper_name(doc, head))
    sp = Speaker(text=span.text, span=span, name=None if anonymous else name,
                 anonymous=anonymous, kind=kind,
                 country=linked.country if linked else None,
                 sector=linked.sector if linked else None,
                 kb_id=None if anonymous or kb_id == "" else (kb_id or (linked.kb_id if linked
                                                                         else None)))
    return Phrase(sp, "" if name else lemma, kind, plural, is_outlet)


def _flagged_sentence(head: Any, flags: list[Range]) -> bool:
    """The sentence of ``head`` says "on condition of anonymity", "not authorized to" ...
    (``flags``: where the article says so)."""
    if not flags:
        return False
    sent = head.sent
    return any(sent.start_char <= s < sent.end_char for s, _ in flags)


def _owner(inside: list[Mention], head: Any) -> Entity | None:
    """The organisation, group or state a noun belongs to: a modifier ("the Clinton campaign",
    "Iran's foreign ministry") or an of/for object ("the ministry of defence of Iraq")."""
    tokens = [c for c in head.children if c.dep_ in ("compound", "poss", "amod", "nmod")]
    for c in head.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "for", "by", "from"):
            tokens += [g for g in c.children if g.dep_ == "pobj"]
    for tok in tokens:
        m = _covering(inside, tok.i)
        if m is not None and (m.entity.kind or "") in _ORG_KINDS | _STATE_KINDS | _PERSON_KINDS:
            return m.entity
    return None


def _proper_name(doc: Any, head: Any) -> str:
    """The proper name at ``head``: its PROPN compounds and the head ("Rais Hussin")."""
    start = head.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == head.i \
            and doc[start - 1].dep_ in ("compound", "flat"):
        start -= 1
    return str(doc[start : head.i + 1].text)
