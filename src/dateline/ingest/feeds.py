"""RSS 2.0 and Atom feeds: one article per item, from its full content or its description."""

from __future__ import annotations

from collections.abc import Iterator
from email.utils import parsedate_to_datetime

from dateline.errors import InputError, ParseInputError
from dateline.ingest.build import make_article, normalise_published
from dateline.ingest.html import looks_like_html, parse_html
from dateline.model import Article

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


def looks_like_feed(text: str) -> bool:
    head = text[:2048].lstrip()
    return (head.startswith("<?xml") and ("<rss" in head or "<feed" in head)) or head.startswith(
        ("<rss", "<feed"))


def _date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        published, _ = normalise_published(value)
        return published


def read_feed(text: str, *, source: str) -> Iterator[Article | InputError]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        yield ParseInputError(f"not a readable feed ({exc})", source=source)
        return
    items = root.iter("item", f"{_ATOM}entry")
    for n, item in enumerate(items, 1):
        where = f"{source}#item{n}"

        def field(*names: str, _item: etree._Element = item) -> str | None:
            for name in names:
                el = _item.find(name)
                if el is not None:
                    if el.get("href"):
                        return str(el.get("href"))
                    if el.text and el.text.strip():
                        return str(el.text.strip())
            return None

        body = field(_CONTENT, f"{_ATOM}content", "description", f"{_ATOM}summary")
        title = field("title", f"{_ATOM}title")
        url = field("link", f"{_ATOM}link")
        published = _date(field("pubDate", f"{_ATOM}published", f"{_ATOM}updated"))
        guid = field("guid", f"{_ATOM}id")
        if not body:
            yield ParseInputError("feed item has no content or description", source=where)
            continue
        try:
            if looks_like_html(body):
                art = parse_html(f"<html><body>{body}</body></html>", source=where, url=url, id=guid)
                art = make_article(art.text, id=guid, title=title, outlet=None, url=url,
                                   published=published, source=where, notices=art.notices)
            else:
                art = make_article(body, id=guid, title=title, url=url, published=published,
                                   source=where)
        except InputError as exc:
            yield exc
            continue
        yield art
