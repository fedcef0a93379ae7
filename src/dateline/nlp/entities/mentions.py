"""Every entity mention of an article: knowledge-base names merged with spaCy's NER.

1. KB names are found over the token offsets (:meth:`KnowledgeBase.find`: a dict probe per
   token, longest match). The dateline is blanked in the parse, so it is never matched.
2. NER entities (PERSON/ORG/GPE/NORP/LOC/FAC) that overlap no KB name are added; one that
   strictly contains a KB name and adds proper nouns of its own ("Jordan Peterson",
   "Baghdad International Airport") replaces it. The KB, not the label, decides the actor.
3. A country word modifying an agent noun becomes one institution mention ("U.S. forces" ->
   USA MIL, "Iraqi resistance groups" -> IRQ REB, "the Baghdad government" -> IRQ GOV).
4. A bare surname repeats the entity of the full name met earlier ("Soleimani").
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import IDX, LENGTH

from dateline.actors import Hit, KnowledgeBase
from dateline.actors.codes import iso3_codes
from dateline.actors.model import date_key
from dateline.model import Entity
from dateline.nlp.context import DocContext, Mention
from dateline.nlp.entities.phrase import resolve_head
from dateline.nlp.entities.words import (
    NER_KINDS,
    article_date,
    is_lowercase_text,
    is_pronoun,
    is_punct,
    is_time,
    kb_of,
)  # fmt: skip
from dateline.nlp.to_records import trimmed

#: countries whose people's names usually put the family name first
_FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "VNM", "KHM", "HKG", "MAC"})
#: words that make a demonym a region's ("Latin American", "Central Asian"); a country's own
#: longer demonym ("South African", "North Korean") is matched whole before this applies
_REGIONAL = frozenset({"latin", "south", "north", "central", "east", "west", "southeast",
                       "northeast", "southwest", "northwest", "pan", "anglo", "afro", "ibero"})
_LOCATIVE = frozenset({"in", "at", "near", "outside", "from", "to", "into", "across", "around",
                       "inside", "toward", "towards", "through", "via", "off", "within"})


def choose(hits: list[Hit], date: str | None) -> Hit:
    """Among several readings, the one whose role is active at ``date``; else the first."""
    if len(hits) > 1 and date is not None:
        day = date_key(date)
        for hit in hits:
            if any(r.dated and r.active(day) for r in hit.actor.roles):
                return hit
    return hits[0]


def entity_of(kb: KnowledgeBase, hit: Hit, ctx: DocContext, start: int, end: int,
              date: str | None) -> Entity | None:
    """The entity record of a KB reading over characters ``[start, end)``."""
    text = ctx.article.text
    while end > start and text[end - 1] in "-‐‑–—":
        end -= 1
    span = trimmed(ctx, start, end)
    if not span.text:
        return None
    role = hit.actor.role_at(date)
    kind = {"demonym": "group", "metonym": "organization"}.get(hit.via, hit.actor.kind)
    return Entity(text=span.text, span=span, name=hit.actor.name,
                  country=role.country if role else None, sector=role.sector if role else None,
                  kb_id=hit.actor.kb_id, kind=kind)


def _place(kb: KnowledgeBase, ent: Entity) -> Entity:
    """A government metonym used as a place ("outside Baghdad")."""
    return Entity(text=ent.text, span=ent.span, name=ent.text, country=ent.country,
                  sector=None, kb_id=None, kind="place")


def _is_locative(tok: Any) -> bool:
    return bool(tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE)


def _petrarch_non_person(found: tuple[int, int, Hit], ent: Any) -> bool:
    i, j, hit = found
    return hit.actor.source == "petrarch2" and hit.actor.kind != "person" and (
        i, j) == (ent.start, ent.end)


def find_mentions(ctx: DocContext) -> list[Mention]:
    kb = kb_of(ctx)
    doc = ctx.doc
    date = article_date(ctx.article)
    text = doc.text
    offsets = [(s, s + n) for s, n in doc.to_array([IDX, LENGTH]).tolist()]
    found = kb.find(offsets, text, lowercase_ok=is_lowercase_text(text))
    kb_spans: dict[int, tuple[int, int, Hit]] = {}
    for i, j, hits in found:
        if j - i == 1 and is_pronoun(doc[i]) and doc[i].text.islower():
            continue
        hit = choose(hits, date)
        if hit.via == "demonym" and i > 0 and doc[i - 1].lower_ in _REGIONAL and not any(
                a.lower().startswith(doc[i - 1].lower_ + " ")
                for a in (hit.actor.name, *hit.actor.aliases)):
            continue  # "Latin American governments": no country ("East Timorese" keeps its own)
        kb_spans[i] = (i, j, hit)
    covered = {k: i for i, (_, j, _) in kb_spans.items() for k in range(i, j)}
    ner: list[Any] = []
    inner_country: dict[int, str] = {}  # NER entity start -> country of a KB name inside it
    for ent in doc.ents:
        if ent.label_ not in NER_KINDS or not ent.text.strip():
            continue
        inside = sorted({covered[k] for k in range(ent.start, ent.end) if k in covered})
        if not inside:
            ner.append(ent)
            continue
        if ent.label_ == "PERSON" and len(inside) == 1 and _petrarch_non_person(
                kb_spans[inside[0]], ent):  # a name PETRARCH files under an organisation
            i = inside[0]
            for k in range(kb_spans[i][0], kb_spans[i][1]):
                covered.pop(k, None)
            del kb_spans[i]
            ner.append(ent)
            continue
        own = [t for t in ent if t.i not in covered and not is_punct(t) and t.dep_ != "det"]
        within = all(ent.start <= kb_spans[i][0] and kb_spans[i][1] <= ent.end for i in inside)
        last = kb_spans[inside[-1]]
        if last[2].actor.kind == "person" and last[1] == ent.end:
            continue  # "Seyed Hassan Nasrallah": a title or first name before a KB person
        if within and any(t.pos_ == "PROPN" for t in own):
            for i in inside:  # the NER entity names something longer than the KB name
                role = kb_spans[i][2].actor.role_at(date)
                if role is not None and role.country and kb_spans[i][2].actor.kind != "person":
                    inner_country.setdefault(ent.start, role.country)
                for k in range(kb_spans[i][0], kb_spans[i][1]):
                    covered.pop(k, None)
                del kb_spans[i]
            ner.append(ent)
    out: list[Mention] = []
    for i, j, hit in kb_spans.values():
        ent = entity_of(kb, hit, ctx, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), date)
        if ent is None:
            continue
        if hit.via == "metonym" and _is_locative(doc[j - 1]):
            ent = _place(kb, ent)
        out.append(Mention(i, j, ent))
    for span in ner:
        m = _ner_mention(ctx, kb, span, date, inner_country.get(span.start))
        if m is not None:
            out.append(m)
    out.sort(key=lambda m: m.start)
    out = _composites(ctx, kb, out, date)
    return _surnames(_enrich_people(ctx, kb, out, date))


def _ner_mention(ctx: DocContext, kb: KnowledgeBase, span: Any, date: str | None,
                 inner: str | None) -> Mention | None:
    start, end = span.start, span.end
    while start < end and (span.doc[start].dep_ == "det" or is_punct(span.doc[start])):
        start += 1
    while end > start and (is_punct(span.doc[end - 1]) or is_time(span.doc[end - 1])):
        end -= 1
    if start >= end or all(is_pronoun(t) for t in span.doc[start:end]):
        return None
    kind = NER_KINDS[span.label_]
    text = span.doc[start:end].text
    hits = kb.lookup(text, lowercase_ok=True)
    if kind == "person":  # PETRARCH files some people under their organisation
        hits = [h for h in hits if h.actor.kind == "person" or h.actor.source != "petrarch2"]
    if hits:
        ent = entity_of(kb, choose(hits, date), ctx, span.doc[start].idx,
                        span.doc[end - 1].idx + len(span.doc[end - 1].text), date)
        return Mention(start, end, ent) if ent else None
    if kind in ("organization", "place", "group"):
        phrase = resolve_head(ctx, kb, span.doc[end - 1], start, end, date, mentions=[])
        country = inner or (phrase.country if phrase else None)
        first, last = span.doc[start], span.doc[end - 1]
        ev = trimmed(ctx, first.idx, last.idx + len(last.text))
        sector = phrase.sector if phrase and kind == "organization" else None
        return Mention(start, end, Entity(text=ev.text, span=ev, name=ev.text, country=country,
                                          sector=sector, kind=kind))
    ev = trimmed(ctx, span.doc[start].idx, span.doc[end - 1].idx + len(span.doc[end - 1].text))
    return Mention(start, end, Entity(text=ev.text, span=ev, name=ev.text, kind=kind))


def _composites(ctx: DocContext, kb: KnowledgeBase, mentions: list[Mention],
                date: str | None) -> list[Mention]:
    """Country words modifying an agent noun -> one institution mention."""
    doc = ctx.doc
    by_token = {k: m for m in mentions for k in range(m.start, m.end)}
    replaced: set[int] = set()
    extra: list[Mention] = []
    for m in mentions:
        if not (m.entity.kb_id or "").startswith("country:") and not (
                m.entity.kind == "organization" and (m.entity.kb_id or "").endswith(".GOV")):
            continue
        tok = doc[m.end - 1]
        head = tok.head
        if tok.dep_ not in ("amod", "compound", "poss", "nmod") or head.i <= tok.i:
            continue
        if head.i in by_token:
            owned = _national_body(ctx, m, tok, by_token[head.i])
            if owned is not None:
                replaced.update((m.start, by_token[head.i].start))
                extra.append(owned)
            continue
        if head.pos_ not in ("NOUN", "PROPN") or is_time(head):
            continue
        if any(c.dep_ == "appos" for c in head.rights) or (
                head.dep_ == "appos" and head.head.i in by_token
                and by_token[head.head.i].entity.kind == "person"):
            continue  # "Iran's top commander, General X" / "X, Norway's foreign minister"
        sector = kb.agent_sector(head.lemma_) if head.lemma_ else None
        if sector is None:
            sector = kb.agent_sector(head.text)
        if sector is None:
            continue
        lo = min(t.i for t in head.subtree if t.i <= head.i and t.i >= m.start)
        ent = resolve_head(ctx, kb, head, lo, head.i + 1, date, mentions=mentions)
        if ent is None or ent.country is None or ent.span is None:
            continue
        replaced.update(x.start for x in mentions if lo <= x.start and x.end <= head.i + 1)
        extra.append(Mention(lo, head.i + 1, ent))
    if not extra:
        return mentions
    kept = [m for m in mentions if m.start not in replaced]
    seen: set[tuple[int, int]] = set()
    out = []
    for m in sorted(kept + extra, key=lambda m: (m.start, -m.end)):
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out


def _national_body(ctx: DocContext, country: Mention, tok: Any, body: Mention) -> Mention | None:
    """"Iraq's Foreign Ministry", "the Iraqi National Security Council": an institution named
    right after a country word belongs to that country -- a nameless one always, one the KB files
    under another state only after a national adjective (not "Iran's Hezbollah": a patron)."""
    e, home = body.entity, country.entity.country
    between = ctx.doc[country.end:body.start]
    if e.kind != "organization" or home is None or e.country == home or not (
            len(between) == 0 or (len(between) == 1 and between[0].tag_ == "POS")):
        return None
    if e.country is not None and (tok.dep_ == "poss" or e.country not in iso3_codes()
                                  or not country.entity.text[:1].isupper()
                                  or country.entity.kind != "group"):
        return None
    first, last = ctx.doc[country.start], ctx.doc[body.end - 1]
    span = trimmed(ctx, first.idx, last.idx + len(last.text))
    return Mention(country.start, body.end, Entity(text=span.text, span=span, name=span.text,
                                                   country=home, sector=e.sector,
                                                   kind="organization"))


def _enrich_people(ctx: DocContext, kb: KnowledgeBase, mentions: list[Mention],
                   date: str | None) -> list[Mention]:
    """A person's title and appositive phrase give a country and sector the name lacks
    ("Iran's top commander, General X" -> X: IRN, MIL; "Police commander Y" -> Y: COP)."""
    doc = ctx.doc
    out = []
    for m in mentions:
        e = m.entity
        if e.kind == "person" and (e.country is None or e.sector is None):
            tok = doc[m.end - 1]
            head = tok.head if tok.dep_ == "appos" else tok
            lo = head.left_edge.i
            found = resolve_head(ctx, kb, head, lo, max(m.end, head.i + 1), date,
                                 mentions=mentions)
            if found is not None and found.name == e.name:
                e = Entity(text=e.text, span=e.span, name=e.name,
                           country=e.country or found.country, sector=e.sector or found.sector,
                           kb_id=e.kb_id, kind=e.kind)
            for child in tok.rights:  # "X, Iran's foreign minister, said"
                if child.dep_ != "appos" or (e.country and e.sector):
                    continue
                post = resolve_head(ctx, kb, child, child.left_edge.i, child.right_edge.i + 1,
                                    date, mentions=mentions)
                if post is not None and post.kind == "group":
                    e = Entity(text=e.text, span=e.span, name=e.name,
                               country=e.country or post.country,
                               sector=e.sector or post.sector, kb_id=e.kb_id, kind=e.kind)
        out.append(Mention(m.start, m.end, e))
    return out


def _surnames(mentions: list[Mention]) -> list[Mention]:
    """A later one-word name takes the entity of the full name met before it ("Abdullah"
    after "Abdullah Abdullah" is him, not a KB namesake; NER labels do not matter)."""
    people: dict[str, Entity] = {}
    out = []
    for m in mentions:
        e = m.entity
        words = e.text.split()
        full = people.get(words[0].lower()) if len(words) == 1 else None
        if full is not None and e.kind not in ("country", "group") and full.name != e.name \
                and (e.kb_id is None or e.kind == "person"):
            e = Entity(text=e.text, span=e.span, name=full.name, country=full.country,
                       sector=full.sector, kb_id=full.kb_id, kind="person")
        elif e.kind == "person" and len((e.name or "").split()) > 1:
            names = (e.name or "").split()
            people.setdefault(names[-1].lower(), e)
            if e.country in _FAMILY_NAME_FIRST:  # "Kim Jong Un" ... "Kim"
                people.setdefault(names[0].lower(), e)
            if len(words) > 1:
                people.setdefault(words[-1].lower(), e)
        out.append(Mention(m.start, m.end, e))
    return out
