"""What the ingest reads from a parsed HTML page besides trafilatura's metadata: the ``<h1>``
headlines, ``og:site_name``, and the article's authors and publisher from its JSON-LD
(schema.org ``NewsArticle``, ``BlogPosting``, ... objects)."""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

# schema.org types that are a written piece: Article, NewsArticle, ReportageNewsArticle,
# BlogPosting, LiveBlogPosting, Report, ...
_ARTICLE_TYPE = re.compile(r"(?:Article|Posting|Report)$")
_MAX_H1 = 300  # characters; a longer <h1> is a layout wrapper, not a headline


@dataclass(frozen=True, slots=True)
class PageMeta:
    h1s: tuple[str, ...] = ()  # each distinct <h1> text, whitespace collapsed, in page order
    site_names: tuple[str, ...] = ()  # og:site_name and JSON-LD publisher / WebSite names
    ld_authors: tuple[str, ...] = ()  # author names of the page's JSON-LD article objects


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in ``data``, ``@graph`` members and nested values included."""
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, dict | list):
                yield from _objects(value)


def _types(obj: dict[str, Any]) -> list[str]:
    value = obj.get("@type")
    return [t for t in (value if isinstance(value, list) else [value]) if isinstance(t, str)]


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str):
            return name
        parts = [value.get(k) for k in ("givenName", "familyName")]
        return " ".join(p for p in parts if isinstance(p, str)) or None
    return None


def _json_ld(tree: Any) -> list[Any]:
    out = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        text = script.text_content()
        try:
            out.append(json.loads(text, strict=False))
        except ValueError:  # JSON-LD in the wild is often broken: skip that block
            log.debug("unreadable JSON-LD block skipped")
    return out


def read_page_meta(tree: Any) -> PageMeta:
    """Headlines, site names and JSON-LD authors of an lxml HTML tree (nothing is changed)."""
    h1s = [_collapse(el.text_content()) for el in tree.iter("h1")]
    sites = [str(v) for v in tree.xpath('//meta[@property="og:site_name"]/@content')]
    authors: list[str] = []
    for obj in (o for block in _json_ld(tree) for o in _objects(block)):
        types = _types(obj)
        if any(_ARTICLE_TYPE.search(t) for t in types):
            value = obj.get("author")
            authors += [n for n in map(_name, value if isinstance(value, list) else [value]) if n]
        publisher = _name(obj.get("publisher"))
        if publisher:
            sites.append(publisher)
        if "WebSite" in types and isinstance(obj.get("name"), str):
            sites.append(obj["name"])
    return PageMeta(
        h1s=tuple(dict.fromkeys(h for h in h1s if h and len(h) <= _MAX_H1)),
        site_names=tuple(dict.fromkeys(_collapse(html.unescape(s)) for s in sites if s.strip())),
        ld_authors=tuple(dict.fromkeys(_collapse(html.unescape(a)) for a in authors if a.strip())),
    )
