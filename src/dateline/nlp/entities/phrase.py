"""The actor of a noun phrase: its head noun, the country words and titles around it.

``resolve_head(ctx, kb, head, lo, hi, date, mentions=...)`` reads the phrase headed by token
``head`` within tokens ``[lo, hi)``:

- a KB mention at the head is the actor ("Hezbollah", "Qassem Soleimani"); its role is taken
  at ``date``; missing country or sector come from the modifiers ("Iranian Foreign Minister X");
- a title or agent noun with a person in apposition is that person ("Iran's top commander,
  General Qassem Soleimani" -> the person, IRN, MIL);
- otherwise the head's agent noun gives the sector ("forces" MIL, "resistance groups" REB,
  "parliament" LEG) and country words in front give the country ("U.S.", "Iraqi", "Lebanon's",
  "the Baghdad government"); generic heads ("spokesman", "members", "source") take both from
  a KB organisation in front or an "of/for/from" object ("a spokesman for the Iraqi police").
"""

from __future__ import annotations

from typing import Any

from dateline.actors import KnowledgeBase
from dateline.model import Entity
from dateline.nlp.context import DocContext, Mention
from dateline.nlp.entities.words import DETERMINERS, is_pronoun, is_punct, is_time
from dateline.nlp.to_records import trimmed

_OF = frozenset({"of", "for", "from", "with"})
#: ranks and posts whose sector comes from the institution named before them when there is
#: one ("police commander" COP, "army spokesman" MIL), else their own ("commander" MIL)
RANKS = frozenset({"commander", "chief", "officer", "official", "spokesman", "spokeswoman",
                   "spokesperson", "head", "leader", "deputy", "director", "general", "member",
                   "representative", "source", "commanders", "chiefs", "officers", "officials",
                   "leaders", "members", "representatives", "sources", "generals"})


def _left(head: Any, lo: int) -> list[Any]:
    """Tokens of the head's left modifiers (whole subtrees) from ``lo``, minus time words."""
    out: list[Any] = []
    for child in head.lefts:
        if child.i < lo or child.dep_ in ("cc", "conj", "appos", "relcl", "acl", "prep"):
            continue
        sub = [t for t in child.subtree if lo <= t.i < head.i]
        if any(is_time(t) for t in sub):
            continue
        out += sub
    return sorted(out, key=lambda t: t.i)


def _chain(head: Any, left: list[Any]) -> list[Any]:
    """The compound/adjective words right before the head ("anti-terror resistance")."""
    chain: list[Any] = []
    i = head.i - 1
    allowed = {t.i for t in left}
    while i in allowed:
        tok = head.doc[i]
        if tok.dep_ in ("poss", "case", "det", "nummod", "predet") or tok.pos_ == "PROPN":
            break
        chain.insert(0, tok)
        i -= 1
    return [t for t in chain if not is_punct(t)]


def agent_sector(kb: KnowledgeBase, head: Any, chain: list[Any]) -> str | None:
    """Sector of the longest agent noun ending at the head ("police chief" -> COP);
    ``""`` for a generic head no modifier qualifies; ``None`` if no agent noun."""
    doc = getattr(head, "doc", None)
    if doc is not None and head.i >= 2 and doc[head.i - 1].tag_ == "HYPH":  # "Attorney-General"
        first = doc[head.i - 2].lower_
        joined = kb.agent_sector(f"{first}-{head.lower_}") or kb.agent_sector(
            f"{first} {head.lower_}")
        if joined:
            return joined
    words = [t.lower_ for t in chain]
    if head.lower_ in RANKS and words:
        for tok in reversed(chain):
            sector = kb.agent_sector(tok.lemma_) or kb.agent_sector(tok.lower_)
            if sector:
                return sector
    found: str | None = None
    for last in dict.fromkeys((head.lower_, head.lemma_.lower())):  # surface first: stable
        for k in range(len(words) + 1):
            sector = kb.agent_sector(" ".join([*words[k:], last]))
            if sector is not None:
                found = sector if found in (None, "") else found
                break
    if found == "":
        for tok in reversed(chain):
            sector = kb.agent_sector(tok.lemma_) or kb.agent_sector(tok.lower_)
            if sector:
                return sector
    return found


def title_sector(kb: KnowledgeBase, tokens: list[Any]) -> str | None:
    """Sector of a title right before a name ("Foreign Minister", "police commander")."""
    words: list[str] = []
    hyphen = False
    for tok in reversed(tokens):
        if tok.tag_ == "HYPH" and words:  # "Attorney-General" is one title, not a general
            hyphen = True
            continue
        if is_punct(tok) or tok.dep_ in ("poss", "case", "det") or tok.ent_type_ in ("GPE", "NORP"):
            break
        if hyphen:
            words[0] = f"{tok.lower_}-{words[0]}"
            hyphen = False
        else:
            words.insert(0, tok.lower_)
    if len(words) > 1 and words[-1] in RANKS:
        for word in reversed(words[:-1]):
            sector = kb.agent_sector(word)
            if sector:
                return sector
    for k in range(len(words)):
        sector = kb.agent_sector(" ".join(words[k:]))
        if sector:
            return sector
    return None


def _span_entity(ctx: DocContext, first: Any, last: Any, **fields: Any) -> Entity | None:
    doc = first.doc
    i, j = first.i, last.i
    while i < j and (is_punct(doc[i]) or doc[i].lower_ in DETERMINERS):
        i += 1
    opened = [k for k in range(i, j + 1) if doc[k].text == "("]
    if opened and not any(doc[k].text == ")" for k in range(opened[-1], j + 1)):
        j = opened[-1] - 1  # "(IRCC" without its ")"
    while j > i and is_punct(doc[j]):
        j -= 1
    span = trimmed(ctx, doc[i].idx, doc[j].idx + len(doc[j].text))
    if not span.text:
        return None
    return Entity(text=span.text, span=span, **fields)


def _modifiers(left: list[Any], head: Any, at: dict[int, Mention], *, generic: bool
               ) -> tuple[str | None, str | None]:
    """Country and (organisation) sector from KB mentions among the modifiers; a government
    metonym gives GOV only to a generic head ("the Kabul leadership")."""
    country = sector = None
    for tok in reversed(left):
        m = at.get(tok.i)
        if m is None or m.start <= head.i < m.end:
            continue
        e = m.entity
        country = country or e.country
        if sector is None and e.sector and e.kind in ("organization", "person") \
                and (generic or not (e.kb_id or "").endswith(".GOV")):
            sector = e.sector
    return country, sector


def _appositive(head: Any, hi: int, at: dict[int, Mention]) -> Mention | None:
    """A person named beside a title noun: its appositive, else a person later in range."""
    for child in head.rights:
        if child.dep_ == "appos" and child.i < hi:
            m = at.get(child.i)
            if m is not None and m.entity.kind == "person":
                return m
    for k in range(head.i + 1, hi):
        m = at.get(k)
        if m is not None and m.entity.kind == "person":
            return m
    return None


def _of_object(ctx: DocContext, kb: KnowledgeBase, head: Any, hi: int, date: str | None,
               mentions: list[Mention], depth: int, *, generic: bool) -> tuple[Entity | None, Any]:
    preps = _OF | {"in", "within", "inside"} if generic else _OF
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in preps and child.i < hi:
            obj = next((c for c in child.rights if c.dep_ == "pobj" and c.i < hi), None)
            if obj is not None:
                end = min(hi, obj.right_edge.i + 1)
                return resolve_head(ctx, kb, obj, child.i + 1, end, date, mentions=mentions,
                                    depth=depth + 1), obj
    return None, None


def _rerole(kb: KnowledgeBase, e: Entity, date: str | None) -> Entity:
    actor = kb.actors.get(e.kb_id or "")
    if actor is None or date is None or not any(r.dated for r in actor.roles):
        return e
    role = actor.role_at(date)
    if role is None:
        return e
    return Entity(text=e.text, span=e.span, name=e.name, country=role.country,
                  sector=role.sector, kb_id=e.kb_id, kind=e.kind)


def resolve_head(ctx: DocContext, kb: KnowledgeBase, head: Any, lo: int, hi: int,
                 date: str | None, *, mentions: list[Mention], depth: int = 0) -> Entity | None:
    """The entity of the noun phrase headed by ``head`` inside tokens ``[lo, hi)``."""
    if is_pronoun(head) or is_time(head) or is_punct(head):
        return None
    at = ctx.mention_at(mentions)
    left = _left(head, lo)
    chain = _chain(head, left)
    first = left[0] if left else head
    mod_country, mod_sector = _modifiers(left, head, at, generic=head.lower_ in RANKS or (
        kb.agent_sector(head.lemma_) == ""))
    own = at.get(head.i)
    title = agent_sector(kb, head, chain) if own is None or chain else None
    if own is not None and own.entity.kind != "place":
        e = _rerole(kb, own.entity, date)
        if e.kind == "person" and title is None:
            title = title_sector(kb, [t for t in left if t.i < own.start])
        last = head.doc[max(head.i, own.end - 1)]
        first = first if first.i <= own.start else head.doc[own.start]
        return _span_entity(ctx, first, last, name=e.name, country=e.country or mod_country,
                            sector=e.sector or title or None, kb_id=e.kb_id, kind=e.kind)
    if title is not None:
        person = _appositive(head, hi, at)
        if person is not None:
            p = _rerole(kb, person.entity, date)
            country, sector = p.country or mod_country, p.sector or mod_sector
            if (country is None or sector is None) and depth < 2:
                inner, _ = _of_object(ctx, kb, head, person.start, date, mentions, depth,
                                      generic=False)  # "deputy commander of Iraq's PMU, X"
                if inner is not None:
                    country = country or inner.country
                    if head.lower_ in RANKS or head.lemma_ in RANKS:
                        sector = sector or inner.sector
            return _span_entity(ctx, first, head.doc[person.end - 1], name=p.name,
                                country=country, sector=sector or title, kb_id=p.kb_id,
                                kind="person")
    # an organisation in front decides for armed and generic nouns ("PMU fighters" MIL,
    # "Hezbollah commander" REB); an institution noun keeps its own ("Hezbollah lawmakers")
    armed = title in ("", None, "REB", "MIL", "UAF", "CVL") or head.lower_ in RANKS
    sector = (mod_sector or title if armed else title or mod_sector) or None
    country = mod_country
    last = head
    if (not sector or not country) and depth < 2:
        inner, obj = _of_object(ctx, kb, head, hi, date, mentions, depth, generic=title == "")
        if inner is not None and (inner.country or inner.sector):
            if title in ("", None) or not sector:
                sector = sector or inner.sector
            country = country or inner.country
            last = obj.right_edge if obj.right_edge.i < hi else obj
    if own is not None:  # a place name at the head, no agent: the place
        return own.entity
    if country is None and sector is None:
        return _span_entity(ctx, first, last, kind=None)
    name, kb_id = kb.composite(country, sector)
    return _span_entity(ctx, first, last, name=name, country=country, sector=sector,
                        kb_id=kb_id, kind="group")
