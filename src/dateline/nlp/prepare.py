"""The text spaCy sees: the article text with the dateline and non-news regions blanked.

Blanking keeps every character offset: ``token.idx`` in the parsed Doc is an offset into
``article.text``.
"""

from __future__ import annotations

from collections.abc import Callable

from dateline.model import Article
from dateline.nlp.truecase import is_lower_case_article


def parse_text(article: Article, truecase: Callable[[str], str] | None = None) -> str:
    """The text to parse; ``truecase`` (same-length recasing) is applied to all-lower-case
    articles (see :mod:`dateline.nlp.truecase`)."""
    text = article.text
    if truecase is not None and is_lower_case_article(text):
        text = truecase(text)
    chars = list(text)
    regions = list(article.excluded)
    if article.dateline:
        regions.append(article.dateline.span)
    if not regions:
        return text
    for span in regions:
        for i in range(span.start, span.end):
            if not chars[i].isspace():
                chars[i] = " "
    return "".join(chars)
