"""The article's headline from the page's metadata title and its ``<h1>`` elements.

Two rules (``headline.v1``):

- **Site name off.** A title is often "Headline - Site" or "Site | Headline". A segment after
  the last separators (`` - ``, `` | ``, `` – ``, `` — ``, `` · ``, `` :: ``, `` // ``) or before the
  first is cut only when it is one of the page's site names (:mod:`.sitename`), or a site name
  plus at most one more word ("CBC Arts"), or one more word and a site name ("Daily Mail Online"
  on Mail Online); any other segment stays ("Talks resume - with conditions").
- **The visible headline wins.** Sites give ``og:title``/``<title>`` an SEO wording that differs
  from the headline shown on the page. An ``<h1>`` of at least three words that is not a site name
  replaces the metadata title when it shares at least half of the shorter one's words with it, or
  when it is the page's only such ``<h1>`` and shares one word of four letters or more with it
  (a logo, section name or author name in an ``<h1>`` shares none). An ``<h1>`` that is a kicker
  of at most three words, a separator as above and then the metadata title ("College Sports |
  Headline") gives the metadata title.
"""

from __future__ import annotations

import re

from dateline.ingest.sitename import SiteNames, key, words

_SEP = re.compile(r"\s+(?:[-|–—·]|::|//)\s+")
_MAX_SITE_WORDS = 8  # a longer segment is never a site name
_MIN_H1_WORDS = 3
_OVERLAP = 0.5
_CONTENT_WORD = 4  # letters: a word this long counts as content
_MAX_KICKER_WORDS = 3


def _site_segment(text: str, site: SiteNames) -> bool:
    return len(words(text)) <= _MAX_SITE_WORDS and (
        site.is_site(text) or site.starts_with_site(text, extra=1)
        or site.ends_with_site(text, extra=1))


def strip_site(title: str, site: SiteNames) -> str:
    """``title`` less a leading or trailing segment that names the site (repeatedly, so
    "Headline | Section | Site" loses "Site" and then "Section" only if it names the site too)."""
    changed = True
    while changed:
        changed = False
        cuts = list(_SEP.finditer(title))
        for m in reversed(cuts):  # trailing: the shortest tail first
            if _site_segment(title[m.end():], site) and title[:m.start()].strip():
                title, changed = title[:m.start()].rstrip(), True
                break
        else:
            for m in cuts:  # leading: the shortest head first
                if _site_segment(title[:m.start()], site) and title[m.end():].strip():
                    title, changed = title[m.end():].lstrip(), True
                    break
    return title


def _overlap(a: str, b: str) -> float:
    wa, wb = set(words(a)), set(words(b))
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def _jaccard(a: str, b: str) -> float:
    wa, wb = set(words(a)), set(words(b))
    return len(wa & wb) / len(wa | wb) if wa or wb else 0.0


def _shares_content_word(a: str, b: str) -> bool:
    return any(len(w) >= _CONTENT_WORD for w in set(words(a)) & set(words(b)))


def _kicker_then(head: str, title: str) -> bool:
    """``head`` is a short kicker, a separator and ``title`` ("College Sports | Headline")."""
    first = _SEP.search(head)
    if first is None:
        return False
    return (len(words(head[:first.start()])) <= _MAX_KICKER_WORDS
            and key(head[first.end():]) == key(title))


def choose_title(meta_title: str | None, h1s: tuple[str, ...], site: SiteNames) -> str | None:
    """The headline: the metadata title with the site name cut, or an ``<h1>`` (see above)."""
    title = strip_site(meta_title, site) if meta_title else None
    heads = [strip_site(h, site) for h in h1s]
    heads = [h for h in heads if len(words(h)) >= _MIN_H1_WORDS and not site.is_site(h)]
    if not heads:
        return title
    if not title:
        return heads[0]
    best = max(heads, key=lambda h: (_overlap(h, title), _jaccard(h, title)))
    if _overlap(best, title) >= _OVERLAP:
        return title if _kicker_then(best, title) else best
    if len(heads) == 1 and _shares_content_word(heads[0], title):
        return heads[0]
    return title
