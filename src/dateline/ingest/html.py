"""HTML articles through trafilatura: title, author, date, site name and body."""

from __future__ import annotations

import logging
import re

from dateline.errors import ParseInputError
from dateline.ingest.build import make_article, normalise_published
from dateline.model import Article, Notice

log = logging.getLogger(__name__)
_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|head|body|article|div|p)[\s>]", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:4096]))


def parse_html(html: str, *, source: str, notices: tuple[Notice, ...] = (),
               url: str | None = None, id: str | None = None) -> Article:
    """An article from an HTML page; raises :class:`ParseInputError` when no body is found."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    notes = list(notices)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        _tree, text, _length = trafilatura.baseline(html)
        if not text or not text.strip():
            raise ParseInputError("no article text found in the HTML", source=source)
        notes.append(Notice("html_fallback", "main-text extraction failed; used the page's "
                            "plain text (may include boilerplate)"))
    # trafilatura puts one paragraph per line: make paragraphs blank-line separated
    body = re.sub(r"\n+", "\n\n", text.strip())
    title = getattr(doc, "title", None)
    if title and body.startswith(title + "\n"):
        body = body[len(title):].lstrip()  # the headline repeated as the first line
    published, note = normalise_published(getattr(doc, "date", None))
    if note:
        notes.append(note)
    author = getattr(doc, "author", None)
    authors = tuple(a.strip() for a in re.split(r";|,| and ", author) if a.strip()) if author else ()
    return make_article(
        body, id=id, title=title, outlet=getattr(doc, "sitename", None),
        url=getattr(doc, "url", None) or url, published=published, authors=authors,
        source=source, notices=tuple(notes),
    )
