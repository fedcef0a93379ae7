"""The text spaCy sees: the article text with the dateline and non-news regions blanked.

Blanking keeps every character offset: ``token.idx`` in the parsed Doc is an offset into
``article.text``.
"""

from __future__ import annotations

from dateline.model import Article


def parse_text(article: Article) -> str:
    chars = list(article.text)
    regions = list(article.excluded)
    if article.dateline:
        regions.append(article.dateline.span)
    if not regions:
        return article.text
    for span in regions:
        for i in range(span.start, span.end):
            if not chars[i].isspace():
                chars[i] = " "
    return "".join(chars)
