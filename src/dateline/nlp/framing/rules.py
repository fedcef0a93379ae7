"""Context rules over the parse: neutral uses to drop, evidence spans to widen, and the
outlet's own "claims" (a verb that casts doubt on someone else's statement)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from dateline.nlp.framing.lexicon import Hit, Term

#: "regime" after these words is a technical system, not a label ("sanctions regime")
NEUTRAL_BEFORE_REGIME = frozenset(
    "sanctions sanction visa tax trade inspection inspections verification nonproliferation "
    "non-proliferation export control controls legal regulatory fiscal monetary exchange "
    "treatment drug dosing training exercise flow climate safeguards currency tariff price "
    "pricing policy rate rates treaty arms monitoring security privacy data copyright patent "
    "licensing licence license customs border immigration asylum tariffs".split()
)
#: entity labels of names that merely contain a loaded word ("Hell's Kitchen", "Freedom Party")
NAME_LABELS = frozenset({"ORG", "FAC", "LAW", "PRODUCT"})
WIDEN = frozenset({"labeling", "loaded_language", "intensifier"})
_FIRST_PERSON = frozenset({"i", "we"})
_CLAIM_OBJECTS = frozenset(
    "responsibility credit life victory title seat win prize asylum benefit refund compensation "
    "damages ownership throne medal championship crown majority place spot record".split()
)


class Tokens:
    """Tokens of a parse looked up by character offset (arrays built once, no Token objects)."""

    def __init__(self, doc: Any) -> None:
        from spacy.attrs import IDX, LEMMA

        self.doc = doc
        arr = doc.to_array([IDX, LEMMA]) if len(doc) else None
        self._starts: list[int] = arr[:, 0].tolist() if arr is not None else []
        self._lemmas: list[int] = arr[:, 1].tolist() if arr is not None else []

    def index(self, offset: int) -> int | None:
        """Index of the token that starts at or before ``offset``."""
        i = bisect_right(self._starts, offset) - 1
        return i if i >= 0 else None

    def at(self, offset: int) -> Any | None:
        i = self.index(offset)
        if i is None:
            return None
        tok = self.doc[i]
        return tok if tok.idx <= offset < tok.idx + len(tok.text) else None

    def lemma(self, start: int, end: int) -> str | None:
        """The lemma of the token that starts at ``start`` and ends at ``end``, if one does."""
        i = self.index(start)
        if i is None or self._starts[i] != start:
            return None
        if i + 1 < len(self._starts) and self._starts[i + 1] < end:
            return None
        return str(self.doc.vocab.strings[self._lemmas[i]])


def neutral_use(hit: Hit, tok: Any) -> bool:
    """The term is used in a neutral sense here (cheap checks only)."""
    entry = hit.entry
    if entry.pos and tok.pos_ != entry.pos:
        return True
    if tok.ent_type_ in NAME_LABELS and entry.category != "labeling":
        return True
    if entry.term in ("regime", "regimes") and tok.i > 0:
        return tok.doc[tok.i - 1].lower_ in NEUTRAL_BEFORE_REGIME
    return False


def widen(hit: Hit, tok: Any, last: Any) -> tuple[int, int]:
    """The evidence span: a loaded modifier with the noun or adjective it qualifies, and the
    degree adverbs in front ("truly disgusting"); a loaded noun with its adjectives."""
    start, end = hit.start, hit.end
    if hit.entry.category not in WIDEN:
        return start, end
    head, reach = last.head, last.i
    if last.dep_ in ("amod", "advmod") and head.i > last.i and head.i - last.i <= 3 \
            and head.pos_ in ("NOUN", "PROPN", "ADJ", "VERB", "ADV"):
        end = max(end, head.idx + len(head.text))
        reach = head.i
    i, doc = tok.i, tok.doc
    while i > 0 and doc[i - 1].pos_ == "ADV" and doc[i - 1].dep_ == "advmod" \
            and tok.i <= doc[i - 1].head.i <= reach:
        i -= 1  # the degree adverbs in front: "truly disgusting", "utterly absurd"
    start = min(start, doc[i].idx)
    if tok.pos_ in ("NOUN", "PROPN"):
        deps = ("amod", "compound") if hit.entry.category == "labeling" else ("amod",)
        mods = [c for c in tok.lefts if c.dep_ in deps and tok.i - c.i <= 3]
        if mods:
            start = min(start, min(c.idx for c in mods))
    return start, end


_CLAIM = re.compile(r"\bclaim(?:s|ed|ing)?\b", re.IGNORECASE)


def doubt_verbs(text: str, tokens: Tokens) -> list[Hit]:
    """The outlet's "X claims (that) ...": a verb that puts another's statement in doubt."""
    out: list[Hit] = []
    for m in _CLAIM.finditer(text):
        tok = tokens.at(m.start())
        if tok is None or tok.pos_ != "VERB":
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].lower_ in _FIRST_PERSON:
            continue
        if any(c.dep_ == "dobj" and c.lemma_.lower() in _CLAIM_OBJECTS for c in tok.children):
            continue  # "claimed responsibility", "claimed 30 lives": no doubt cast
        term = Term("claims (verb)", "doubt", "VERB", 0.55)
        out.append(Hit(tok.idx, tok.idx + len(tok.text), term))
    return out
