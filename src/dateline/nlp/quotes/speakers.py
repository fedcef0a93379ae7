"""Who speaks: the speaker phrase next to a cue, classified and resolved across the article.

A phrase is *named* (a person or organisation mention, a known outlet, a proper noun), a
*description* ("the source", "a senior official", "the ministry", "a report") or a *pronoun*.
Pronouns and definite descriptions resolve to the most recent compatible speaker before them
("he" -> the last person; "the source" -> the last speaker called a source; "the newspaper" ->
the last outlet); "who"/"which" to the noun the relative clause hangs on. A resolved speaker
keeps the earlier mention's text and span, and its relay chain (see :mod:`.relays`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dateline.model import Entity, Speaker, SpeakerKind
from dateline.nlp.context import DocContext
from dateline.nlp.quotes.base import Attribution, Range
from dateline.nlp.quotes.lexicon import Lexicon
from dateline.nlp.quotes.phrases import classify
from dateline.nlp.quotes.syntax import determiner

_PERSONAL = {"he", "she", "him", "her"}
_PLURAL = {"they", "them"}
_NEUTER = {"it"}
_RELATIVE = {"who", "which", "that", "whom"}
_FIRST = {"i", "we", "me", "us", "you"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_PERSON_KINDS = {"person"}
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


def _inside(pos: int, ranges: Sequence[Range]) -> bool:
    return any(s <= pos < e for s, e in ranges)


def _compatible(pronoun: str, ref: Referent) -> bool:
    if pronoun in _PERSONAL:
        return ref.kind == "person" and not ref.plural
    if pronoun in _PLURAL:
        return ref.plural or ref.kind == "organization"
    return ref.kind in ("organization", "document")


def _author(tok: Any) -> bool:
    """ "a tally by Shea Cotton", "an analysis by X": the maker of a work, a person "he" may
    refer back to."""
    return bool(tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.pos_ == "NOUN")


class Resolver:
    """Speakers of one article's attributions, resolved in reading order."""

    def __init__(self, ctx: DocContext, lex: Lexicon, contents: Sequence[Range] = ()) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.lex = lex
        self.history: list[Referent] = []
        dl = ctx.article.dateline
        self.blank = [(r.start, r.end) for r in [*ctx.article.excluded, *([dl.span] if dl else [])]]
        self.flags = [m.span() for m in lex.anonymous_sentence.finditer(ctx.article.text)]
        self.people = sorted((m for m in ctx.mentions if (m.entity.kind or "") in _PERSON_KINDS),
                             key=lambda m: m.start)
        # "he" can point to a person subject, but not to one inside someone's reported words
        # ("Oli said that the deity Ram was born in Nepal, as he accused ...": he is Oli)
        self.mentions = [m for m in self.people
                         if (self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass", "appos", "compound")
                             or _author(self.doc[m.end - 1]))
                         and not _inside(self.doc[m.start].idx, contents)]

    # -- the public step ------------------------------------------------------------------
    def resolve(self, att: Attribution, quoted: list[Attribution]) -> None:
        """Set ``att.speaker``/``att.outlet`` (and ``att.antecedent`` when it refers back)."""
        if att.antecedent is not None and att.antecedent.speaker is not None:
            att.speaker, att.outlet = att.antecedent.speaker, att.antecedent.outlet
            return
        if att.source is None or (att.kind == "direct" and att.content is not None and
                                  att.content[0] <= self.doc[att.source[0]].idx < att.content[1]):
            att.speaker = _UNKNOWN  # (a speaker inside the very words quoted is a misparse)
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
        det = determiner(head, doc[rng[0]])
        lemma = head.lemma_.lower()
        if det in _DEFINITE and not self._named(rng, head) and self._description(lemma):
            found = self._same_head(lemma, doc[rng[0]].idx)
            if found is not None:
                return found
        new = self._new(att, rng, head)
        if new.kind == "person" and new.speaker.name and not new.speaker.anonymous:
            return self._same_person(new) or new
        if new.kind == "person" and not new.speaker.name and not new.speaker.anonymous and (
                det in _DEFINITE or any(c.dep_ == "poss" for c in head.children)):
            titled = self._titled(lemma, rng, head)  # "the acting defence secretary"
            if titled is not None:
                return self._from_entity(titled.entity)
        return new

    def _titled(self, title: str, rng: Range, head: Any) -> Any:
        """The person a role points to: the latest earlier person mention with that title
        ("President Lena Marsh ... the president said"), else one named with it in the same
        or the next sentence ("..., says the acting defence secretary. Lena Marsh ...")."""
        doc = self.doc

        def has_title(m: Any) -> bool:
            lo = max(doc[m.start].sent.start, m.start - 4)
            words = {t.lemma_.lower() for t in doc[lo : m.end]}
            root = doc[m.end - 1]
            words.update(t.lemma_.lower() for c in root.children if c.dep_ == "appos"
                         for t in c.subtree)
            if root.dep_ == "appos":
                words.update(t.lemma_.lower() for t in root.head.subtree)
            return title in words

        before = next((m for m in reversed(self.people) if m.end <= rng[0] and has_title(m)),
                      None)
        if before is not None:
            return before
        sent = head.sent
        end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
        return next((m for m in self.people if rng[1] <= m.start and m.end <= end
                     and has_title(m)), None)

    def _same_person(self, new: Referent) -> Referent | None:
        """An earlier speaker with the same surname ("Shanahan" after "Patrick Shanahan")."""
        last = (new.speaker.name or "").split()[-1].lower()
        for ref in reversed(self.history):
            name = ref.speaker.name or ""
            if ref.kind == "person" and name and name.split()[-1].lower() == last:
                return ref if len(name) >= len(new.speaker.name or "") else None
        return None

    def _description(self, lemma: str) -> bool:
        return any(lemma in self.lex.nouns[k] for k in
                   ("person", "organization", "document", "outlet"))

    def _named(self, rng: Range, head: Any) -> bool:
        """A person is named in the phrase, or an organisation is its head ("the State
        Department official" names nobody; "the State Department" does)."""
        people = self.lex.nouns["person"]
        return any(rng[0] <= m.start and m.end <= rng[1] and (
            (m.entity.kind or "") == "person" or (
                (m.entity.kind or "") == "organization" and m.start <= head.i < m.end
                and head.lemma_.lower() not in people))
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
        ph = classify(self.ctx, self.lex, rng, head, self.blank, self.flags)
        return Referent(ph.speaker, ph.head, ph.kind, ph.plural, ph.outlet, 0, None)
