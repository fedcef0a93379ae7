"""The names a page goes by (``og:site_name``, the JSON-LD publisher, trafilatura's site name, the
domain) and the test whether a title segment or a byline is one of them.

Names are compared as *keys*: case-folded letters and digits only, so "Weather.com", "weather.com"
and "WEATHER com" are one key; a domain gives its registered label ("rivals" for
``n.rivals.com``, "bbc" for ``www.bbc.co.uk``) and that label with its suffix ("rivalscom").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

_NON_KEY = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")
# second-level labels under which a country code registers names: example.co.uk, example.com.au
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or"})
_MIN_KEY = 3  # shorter names ("a", "tv") match too much


def key(text: str) -> str:
    """Letters and digits only, case-folded."""
    return _NON_KEY.sub("", text).casefold()


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def domain_names(url: str | None) -> tuple[str, ...]:
    """``("rivals", "rivals.com")`` for ``https://n.rivals.com/x``; ``()`` without a host."""
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [x for x in host.casefold().removeprefix("www.").split(".") if x]
    if len(labels) < 2:
        return ()
    cut = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    if len(labels) < cut:
        return ()
    return (labels[-cut], ".".join(labels[-cut:]))


@dataclass(frozen=True, slots=True)
class SiteNames:
    """The keys of a page's site names; see :func:`site_names`."""

    keys: frozenset[str]
    word_runs: tuple[tuple[str, ...], ...]  # each name's words, for prefix / suffix tests

    def is_site(self, text: str) -> bool:
        """``text`` is one of the names (key equality)."""
        return key(text) in self.keys

    def starts_with_site(self, text: str, *, extra: int) -> bool:
        """``text`` is a site name followed by at most ``extra`` more words ("CBC Arts",
        "AOL Staff")."""
        got = words(text)
        return any(len(run) <= len(got) <= len(run) + extra and tuple(got[:len(run)]) == run
                   for run in self.word_runs)

    def ends_with_site(self, text: str, *, extra: int) -> bool:
        """``text`` is at most ``extra`` words followed by a site name ("Daily Mail Online" for
        "Mail Online")."""
        got = words(text)
        return any(len(run) <= len(got) <= len(run) + extra and tuple(got[len(got) - len(run):]) == run
                   for run in self.word_runs)


def site_names(names: Iterable[str | None], *, url: str | None = None) -> SiteNames:
    """The page's site names: the given ones (``og:site_name``, publisher, ...) and the domain's."""
    given = [n.strip() for n in names if n and n.strip()]
    every = [*given, *domain_names(url)]
    keys = frozenset(k for k in map(key, every) if len(k) >= _MIN_KEY)
    runs = tuple(dict.fromkeys(tuple(words(n)) for n in every if len(key(n)) >= _MIN_KEY))
    return SiteNames(keys=keys, word_runs=runs)
