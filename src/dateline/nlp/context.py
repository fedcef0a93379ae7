"""What the extractors of one article share: the article, its parse, and earlier results.

Extractors run in order (entities, quotes, events, claims, framing, sourcing); each reads the
results of those before it from the :class:`DocContext` and adds its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dateline.model import Article, Entity, Event, Quote, Span

if TYPE_CHECKING:
    from dateline.actors import KnowledgeBase


@dataclass(slots=True)
class Mention:
    """An entity mention in the parse: token range plus its resolved record."""

    start: int  # token index
    end: int  # token index, exclusive
    entity: Entity


@dataclass(slots=True)
class DocContext:
    article: Article
    doc: Any  # spacy.tokens.Doc over nlp.prepare.parse_text(article)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    #: the actor knowledge base (``None``: the bundled one, see :func:`dateline.actors.default_kb`)
    kb: KnowledgeBase | None = None
    #: the article's resolved toponyms, cached by :func:`dateline.nlp.places.place_mentions`
    places: list[Any] | None = None
    #: token index -> mention of the last mention list indexed (see :meth:`mention_at`)
    _index: tuple[list[Mention], int, dict[int, Mention]] | None = None

    def mention_at(self, mentions: list[Mention]) -> dict[int, Mention]:
        """Token index -> the mention of ``mentions`` covering it; rebuilt only when another
        list (or a longer one) is asked for."""
        cached = self._index
        if cached is not None and cached[0] is mentions and cached[1] == len(mentions):
            return cached[2]
        at = {k: m for m in mentions for k in range(m.start, m.end)}
        self._index = (mentions, len(mentions), at)
        return at

    def span(self, start: int, end: int) -> Span:
        """Checked evidence ``[start, end)`` of the article text."""
        return Span.of(self.article.text, start, end)

    def quote_at(self, start: int, end: int) -> Quote | None:
        """The quote whose content holds ``[start, end)``, if any."""
        for q in self.quotes:
            if q.content.start <= start and end <= q.content.end:
                return q
        return None
