"""Who speaks: the speaker phrase next to a cue, classified and resolved across the article.

A phrase is *named* (a person or organisation mention, a known outlet, a proper noun), a
*description* ("the source", "a senior official", "the ministry", "a report") or a *pronoun*.
Pronouns and definite descriptions resolve to the most recent compatible speaker before them
("he" -> the last person; "the source" -> the last speaker called a source; "the newspaper" ->
the last outlet); "who"/"which" to the noun the relative clause hangs on. A resolved speaker
keeps the earlier mention's text and span, and its relay chain (see :mod:`.relays`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dateline.model import Entity, Speaker, SpeakerKind
from dateline.nlp import entities
from dateline.nlp.context import DocContext
from dateline.nlp.quotes.base import Attribution, Range
from dateline.nlp.quotes.lexicon import Lexicon
from dateline.nlp.to_records import trimmed

_PERSONAL = {"he", "she", "him", "her"}
_PLURAL = {"they", "them"}
_NEUTER = {"it"}
_RELATIVE = {"who", "which", "that", "whom"}
_FIRST = {"i", "we", "me", "us", "you"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_INDEFINITE = {"a", "an", "some", "several", "many", "other", "another", "one", "two", "three",
               "four", "few", "various", "multiple", "numerous", "certain", "any"}  # fmt: skip
_PERSON_KINDS = {"person"}
_ORG_KINDS = {"organization", "group", "place", "site"}
_MARKS = "\"“”‘’'«»"
_UNKNOWN = Speaker(text=None, span=None, name=None, anonymous=False, kind="unknown")


@dataclass(slots=True)
class Referent:
    """A speaker that later pronouns and descriptions can point back to."""

    speaker: Speaker
    head: str  # lemma of the head noun ("source", "ministry"), "" for names
    kind: SpeakerKind
    plural: bool
    outlet: bool
    pos: int
    att: Attribution | None = None


def _head(doc: Any, rng: Range) -> Any:
    for tok in doc[rng[0] : rng[1]]:
        if not rng[0] <= tok.head.i < rng[1] or tok.head.i == tok.i:
            return tok
    return doc[rng[0]]


def _cut_clauses(doc: Any, rng: Range, head: Any) -> Range:
    """The phrase without a relative clause or apposition after the head."""
    end = rng[1]
    for c in head.children:
        if c.i > head.i and c.dep_ in ("relcl", "acl") and c.left_edge.i < end:
            end = min(end, c.left_edge.i)
    opened = any(t.text in "([" for t in doc[rng[0] : end])
    while end > rng[0] + 1 and doc[end - 1].pos_ in ("PUNCT", "SPACE") and not (
            opened and doc[end - 1].text in ")]"):
        end -= 1
    return rng[0], max(end, head.i + 1)


def _compatible(pronoun: str, ref: Referent) -> bool:
    if pronoun in _PERSONAL:
        return ref.kind == "person" and not ref.plural
    if pronoun in _PLURAL:
        return ref.plural or ref.kind == "organization"
    return ref.kind in ("organization", "document")


class Resolver:
    """Speakers of one article's attributions, resolved in reading order."""

    def __init__(self, ctx: DocContext, lex: Lexicon) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.lex = lex
        self.history: list[Referent] = []
        self.mentions = sorted(
            (m for m in ctx.mentions if (m.entity.kind or "") in _PERSON_KINDS
             and self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass", "appos", "compound")),
            key=lambda m: m.start)

    # -- the public step ------------------------------------------------------------------
    def resolve(self, att: Attribution, quoted: list[Attribution]) -> None:
        """Set ``att.speaker``/``att.outlet`` (and ``att.antecedent`` when it refers back)."""
        if att.antecedent is not None and att.antecedent.speaker is not None:
            att.speaker, att.outlet = att.antecedent.speaker, att.antecedent.outlet
            return
        if att.source is None:
            att.speaker = _UNKNOWN
            return
        ref = self._phrase(att, att.source, quoted)
        att.speaker, att.outlet = ref.speaker, ref.outlet
        if ref.att is not None and ref.att is not att:
            att.antecedent = ref.att
        ref.pos, ref.att = att.anchor, ref.att or att
        self.history.append(ref)

    # -- classification -----------------------------------------------------------------------
    def _phrase(self, att: Attribution, rng: Range, quoted: list[Attribution]) -> Referent:
        doc = self.doc
        head = _head(doc, rng)
        low = head.lower_
        if low in _RELATIVE and att.cue_i is not None:
            verb = doc[att.cue_i]
            for _ in range(3):
                if verb.dep_ in ("relcl", "acl") or verb.dep_ not in ("conj", "xcomp", "advcl"):
                    break
                verb = verb.head
            if verb.dep_ in ("relcl", "acl") and verb.head.i < head.i:
                noun = verb.head
                return self._phrase(att, (noun.left_edge.i, verb.left_edge.i), quoted)
        if low in _FIRST:
            outer = next((q for q in quoted if q.speaker is not None and q.content is not None
                          and q.content[0] <= doc[rng[0]].idx < q.content[1]), None)
            if outer is not None:
                return self._copy(outer.speaker, outer, outer.outlet)
            return self._new(att, rng, head)
        if low in _PERSONAL | _PLURAL | _NEUTER and rng[1] - rng[0] == 1:
            found = self._antecedent(low, doc[rng[0]].idx)
            return found if found is not None else self._new(att, rng, head)
        det = next((c.lower_ for c in head.children if c.dep_ == "det"), "")
        lemma = head.lemma_.lower()
        if det in _DEFINITE and not self._named(rng) and self._description(lemma):
            found = self._same_head(lemma, doc[rng[0]].idx)
            if found is not None:
                return found
        new = self._new(att, rng, head)
        if new.kind == "person" and new.speaker.name and not new.speaker.anonymous:
            return self._same_person(new) or new
        return new

    def _same_person(self, new: Referent) -> Referent | None:
        """An earlier speaker with the same surname ("Shanahan" after "Patrick Shanahan")."""
        last = (new.speaker.name or "").split()[-1].lower()
        for ref in reversed(self.history):
            name = ref.speaker.name or ""
            if ref.kind == "person" and name and name.split()[-1].lower() == last:
                return ref if len(name) >= len(new.speaker.name or "") else None
        return None

    def _blank(self, pos: int) -> bool:
        dl = self.ctx.article.dateline
        regions = [*self.ctx.article.excluded, *([dl.span] if dl else [])]
        return any(r.start <= pos < r.end for r in regions)

    def _description(self, lemma: str) -> bool:
        return any(lemma in self.lex.nouns[k] for k in
                   ("person", "organization", "document", "outlet"))

    def _named(self, rng: Range) -> bool:
        """A person or organisation is named in the phrase (not just "North Korean")."""
        return any(rng[0] <= m.start and m.end <= rng[1]
                   and (m.entity.kind or "") in ("person", "organization")
                   for m in self.ctx.mentions)

    def _copy(self, speaker: Speaker, att: Attribution | None, outlet: bool) -> Referent:
        return Referent(speaker, "", speaker.kind, False, outlet, 0, att)

    def _antecedent(self, pronoun: str, pos: int) -> Referent | None:
        """The latest compatible speaker (or person subject) before ``pos``."""
        best = next((ref for ref in reversed(self.history)
                     if ref.pos < pos and _compatible(pronoun, ref)), None)
        if pronoun in _PERSONAL:
            mention = next((m for m in reversed(self.mentions)
                            if m.entity.span is not None and m.entity.span.end <= pos), None)
            if mention is not None and mention.entity.span is not None and (
                    best is None or best.pos < mention.entity.span.start):
                return self._from_entity(mention.entity)
        return best

    def _same_head(self, lemma: str, pos: int) -> Referent | None:
        outletish = lemma in self.lex.nouns["outlet"]
        for ref in reversed(self.history):
            if ref.pos >= pos:
                continue
            if ref.head == lemma or (outletish and ref.outlet):
                return ref
            if ref.kind == "person" and not ref.speaker.anonymous and \
                    lemma in (ref.speaker.text or "").lower().split():
                return ref  # "the president" after "President Lena Marsh"
            if lemma in self.lex.nouns["organization"] and ref.kind == "organization" and \
                    lemma in (ref.speaker.text or "").lower():
                return ref
        return None

    def _from_entity(self, entity: Entity) -> Referent:
        sp = Speaker(text=entity.text, span=entity.span, name=entity.name or entity.text,
                     anonymous=False, kind="person", country=entity.country,
                     sector=entity.sector, kb_id=entity.kb_id)
        return Referent(sp, "", "person", False, False, 0, None)

    def _new(self, att: Attribution, rng: Range, head: Any) -> Referent:
        doc, lex = self.doc, self.lex
        while rng[1] - rng[0] > 1 and (doc[rng[0]].is_space or not doc[rng[0]].text.strip()
                                        or self._blank(doc[rng[0]].idx)):
            rng = (rng[0] + 1, rng[1])  # the dateline is blanked in the parse, not in the text
        core = _cut_clauses(doc, rng, head)
        if core[1] < len(doc) and doc[core[1]].text == ")" and \
                doc[core[0] : core[1]].text.count("(") > doc[core[0] : core[1]].text.count(")"):
            core = (core[0], core[1] + 1)
        while core[1] - core[0] > 1 and doc[core[0]].text in _MARKS:
            core = (core[0] + 1, core[1])
        span = trimmed(self.ctx, doc[core[0]].idx, doc[core[1] - 1].idx + len(doc[core[1] - 1].text))
        phrase = span.text
        full = doc[rng[0] : rng[1]].text
        lemma = head.lemma_.lower()
        plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in _PLURAL
        inside = [m for m in self.ctx.mentions if core[0] <= m.start and m.end <= core[1]]
        inside.sort(key=lambda m: not m.start <= head.i < m.end)  # the head's own mention first
        person = next((m.entity for m in inside if (m.entity.kind or "") in _PERSON_KINDS), None)
        org = next((m.entity for m in inside if (m.entity.kind or "") in _ORG_KINDS), None)
        maker = next((m.entity for m in inside if (m.entity.kind or "") == "organization"), None)
        outlet = lex.outlet_named(phrase)
        det = next((c.lower_ for c in head.children if c.dep_ == "det"), "")
        quantified = det in _INDEFINITE or any(
            c.dep_ in ("amod", "nummod") and c.lower_ in lex.anonymous_modifiers
            for c in head.children) or (plural and not det)
        sentence = head.sent.text
        flagged = bool(lex.anonymous_phrase.search(full) or lex.anonymous_sentence.search(sentence))
        kind: SpeakerKind = "unknown"
        anonymous = False
        name: str | None = None
        is_outlet = False
        linked = entities.resolve_tokens(self.ctx, core[0], core[1])
        outlet_word = any(t.lemma_.lower() in lex.nouns["outlet"] for t in doc[core[0] : core[1]])
        if (outlet is not None and (outlet_word or lex.outlet_exact(head.text) is not None or
                                   lex.outlet_exact(span.text) is not None)) or (
                lemma in lex.nouns["outlet"] and lemma not in lex.nouns["document"]):
            kind, is_outlet = "organization", True  # "Reuters", "Kurdish news agency Rudaw"
            name = outlet.name if outlet else (maker.name if maker else None)
            anonymous = name is None and det not in _DEFINITE  # "state media", not "the agency"
        elif lemma in lex.nouns["spokesperson"] and (org or person) is not None:
            kind, name, linked = "person", None, org or person  # "a McCain spokeswoman"
        elif person is not None and (head.pos_ == "PROPN" or lemma not in lex.nouns["document"]):
            kind, name = "person", person.name or person.text
            linked = person
        elif lemma in lex.nouns["document"]:
            kind = "document"
            named = maker or person or outlet  # "Russian media reports" name nobody
            anonymous = named is None or flagged
            name = outlet.name if outlet else (maker.name if maker else None)
        elif outlet is not None or lemma in lex.nouns["outlet"]:
            kind, is_outlet = "organization", True
            name = outlet.name if outlet else (org.name if org else None)
            anonymous = name is None
        elif lemma in lex.nouns["person"]:
            kind = "person"
            anonymous = flagged or quantified or lemma in lex.unnamed_roles
        elif lemma in lex.nouns["organization"]:
            kind = "organization"
            name = org.name if org else None
            anonymous = org is None and (quantified or flagged)
        elif plural and quantified and head.ent_type_ == "NORP":
            kind, anonymous = "person", True  # "many Republicans on Capitol Hill"
        elif org is not None or head.ent_type_ in ("ORG", "GPE", "NORP"):
            kind, name = "organization", (org.name if org else span.text)
            is_outlet = lex.outlet_exact(span.text) is not None
        elif head.pos_ == "PROPN":
            kind, name = "person", span.text
        sp = Speaker(text=span.text, span=span, name=None if anonymous else name,
                     anonymous=anonymous, kind=kind,
                     country=linked.country if linked else None,
                     sector=linked.sector if linked else None,
                     kb_id=linked.kb_id if linked and not anonymous else None)
        return Referent(sp, "" if name else lemma, kind, plural, is_outlet, 0, None)
