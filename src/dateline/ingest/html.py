"""HTML articles through trafilatura: title, author, date, site name and body.

trafilatura reads the page; the ingest then picks the headline (:mod:`.headline`: the site name
cut, the visible ``<h1>`` preferred to an SEO title), the authors (:mod:`.byline`: JSON-LD
first, credentials and the publisher dropped) and cleans the body (:mod:`.htmlbody`: no
unclosed-iframe swallowing, no blank or code lines).
"""

from __future__ import annotations

import logging
import re

from dateline.errors import ParseInputError
from dateline.ingest.build import make_article, normalise_published
from dateline.ingest.byline import choose_authors
from dateline.ingest.headline import choose_title
from dateline.ingest.htmlbody import clean_body, drop_iframes
from dateline.ingest.pagemeta import PageMeta, read_page_meta
from dateline.ingest.sitename import site_names
from dateline.model import Article, Notice

log = logging.getLogger(__name__)
_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|head|body|article|div|p)[\s>]", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:4096]))


def parse_html(html: str, *, source: str, notices: tuple[Notice, ...] = (),
               url: str | None = None, id: str | None = None) -> Article:
    """An article from an HTML page; raises :class:`ParseInputError` when no body is found."""
    import trafilatura
    from trafilatura.utils import load_html

    html = drop_iframes(html)
    tree = load_html(html)
    page = read_page_meta(tree) if tree is not None else PageMeta()
    doc = trafilatura.bare_extraction(
        tree if tree is not None else html, url=url, with_metadata=True, include_comments=False,
        include_tables=False,
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
    body = clean_body(text)
    if not body:
        raise ParseInputError("no article text found in the HTML", source=source)
    page_url = getattr(doc, "url", None) or url
    outlet = getattr(doc, "sitename", None)
    site = site_names((outlet, *page.site_names), url=page_url)
    title = choose_title(getattr(doc, "title", None), page.h1s, site)
    if title and body.startswith(title + "\n"):
        body = body[len(title):].lstrip()  # the headline repeated as the first line
    published, note = normalise_published(getattr(doc, "date", None))
    if note:
        notes.append(note)
    authors = choose_authors(page.ld_authors, getattr(doc, "author", None), body, site)
    return make_article(
        body, id=id, title=title, outlet=outlet, url=page_url, published=published, authors=authors,
        source=source, notices=tuple(notes),
    )
