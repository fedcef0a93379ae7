"""The shared last step of every reader: text + metadata -> :class:`Article`.

Marks the regions kept in the text but not analysed as news (photo captions, "This story is
from ..." lines, player boilerplate, newsletter sign-up forms), finds the dateline at the start
of the first news paragraph, resolves its date only when a year is known, and records the
language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dateline.geo.gazetteer import default_gazetteer
from dateline.ids import article_id
from dateline.ingest.dateline import find_dateline, resolve_date
from dateline.ingest.language import detect_language
from dateline.model import Article, Dateline, Notice, Span

_CAPTION = re.compile(
    r"(?:FILE\s*[-–—]|FILE PHOTO|\(?(?:AP )?Photo(?:\s*:|\s+by\b)|Image(?: copyright| caption|\s*:)"
    r"|In (?:this|these|a)\b[^.\n]{0,40}?\b(?:photo|image|picture|photograph|video|handout)s?\b"
    r"|(?:This|The) (?:\w+ )?(?:photo|image|picture|photograph)s? (?:taken|released|provided|shows)"
    r"|Media playback is unsupported|This story is from\b|More:|Related:|Read more:|Advertisement\b"
    r"|Facebook Twitter Pinterest\b|Play Video\b"
    r"|Getty Images|Image copyright|Image caption|Copyright\s+\d{4}|\(Reporting by\b|Editing by\b)",
    re.IGNORECASE,
)
# a paragraph ending in a photo credit is a caption: "... (AP Photo/Cliff Owen)"
_CREDIT = re.compile(r"\((?:(?:[A-Z][\w.]*\s){0,2}(?:Photo|Photos|Image|Images|Pool Photo)\b[^()]{0,80}"
                     r"|[^()]{0,80}\bvia (?:AP|Reuters|AFP|Getty Images|EPA)|Photo by [^()]{0,60})\)\s*$")
# newsletter sign-up and consent forms left in scraped pages: a paragraph with two or more of these
_FORM = re.compile(
    r"\b(?:sign up (?:for|to|now|here)|subscribe (?:to|now)|newsletters?\b|your inbox|privacy policy"
    r"|terms of (?:use|service)|unsubscribe|valid email|email address|confirm your subscription"
    r"|spam folder|cookie (?:policy|settings)|accept (?:all )?cookies)", re.IGNORECASE)
# The Hill's inline link blurb after a name: "Sen. Susan Collins Susan Margaret CollinsLawmakers
# under pressure ... GOP senators warn against ... MORE (R-Maine) said" (the full name, then
# headlines of other stories, then "MORE")
_BLURB = re.compile(r"\b(?P<sur>[A-Z][a-z'’-]{2,}) (?P<blurb>(?:(?:[A-Z][\w.'’-]*|\([\w. ]+\)) ){1,4}"
                    r"(?P=sur)(?=[A-Z0-9])[^\n]{0,700}? MORE)\b")
_LINE = re.compile(r"[^\s][^\n]*[^\s]")
_POST = re.compile(r"<tweet\b|\(@\w+\)")  # an embedded social post keeps its own words
_URL = re.compile(r"^(?:https?://|www\.)\S+$")
_PARA = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each blank-line-separated paragraph, whitespace trimmed."""
    for m in _PARA.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            yield s, e


def _form(line: str) -> bool:
    """A line of a newsletter or consent form: two or more form phrases in a short line, or four
    in a long one (a country picker), and not an embedded post (a quoted tweet can end in "SIGN
    UP FOR OUR NEWSLETTER" and still be someone's words)."""
    hits = len(_FORM.findall(line))
    return (hits >= 4 or (hits >= 2 and len(line) <= 300)) and not _POST.search(line)


def excluded_regions(text: str) -> list[Span]:
    """Caption and boilerplate paragraphs, sign-up form lines, inline link blurbs, and a
    trailing URL / outlet-name block: not news."""
    paras = list(paragraphs(text))
    out = [Span.of(text, s, e) for s, e in paras
           if _CAPTION.match(text, s) or _CREDIT.search(text, s, e)]
    out += [Span.of(text, m.start(), m.end()) for m in _LINE.finditer(text) if _form(m.group(0))]
    out += [Span.of(text, m.start("blurb"), m.end("blurb")) for m in _BLURB.finditer(text)]
    tail = []
    for s, e in reversed(paras[-3:]):
        para = text[s:e]
        short = len(para.split()) <= 6 and not para.endswith((".", "!", "?", "\"", "”", ":"))
        if not (_URL.match(para) or short):
            break
        tail.append((s, e))
    if any(_URL.match(text[s:e]) for s, e in tail):
        out += [Span.of(text, s, e) for s, e in tail]
    return sorted(set(out), key=lambda sp: sp.start)


def dateline_place(name: str) -> bool:
    """A bare "Name:" or "Name -" opening is a dateline only for a prominent place.

    "lucknow:" (Times of India) and "Geneva -" are; "Obama:" is not, though a small Japanese
    town carries that name.
    """
    floor = 15_000 if name.islower() else 100_000  # all-lower-case openings are TOI style
    for place in default_gazetteer().lookup(name):
        if place.kind in ("country", "province", "region") or place.population >= floor:
            return True
    return False


def make_article(text: str, *, id: str | None = None, title: str | None = None,
                 outlet: str | None = None, url: str | None = None, published: str | None = None,
                 authors: tuple[str, ...] = (), source: str | None = None,
                 notices: tuple[Notice, ...] = (), language: str | None = None) -> Article:
    excluded = excluded_regions(text)
    skip_ends = {sp.start: sp.end for sp in excluded}
    dateline: Dateline | None = None
    tries = 0
    for s, e in paragraphs(text):
        if s in skip_ends:
            continue
        tries += 1
        m = find_dateline(text, s, dateline_place)
        headline = len(text[s:e].split()) <= 25 and not text[s:e].endswith((".", "”", '"'))
        if m is None and headline and tries < 3:
            continue  # a headline-like line: the dateline may open the next paragraph
        if m:
            date = resolve_date(m.date_text, published)
            sep_trim = m.end
            while sep_trim > m.start and text[sep_trim - 1].isspace():
                sep_trim -= 1
            dateline = Dateline(place=m.place, date_text=m.date_text, date=date,
                                source_code=m.source_code, span=Span.of(text, m.start, sep_trim))
        break
    notes = list(notices)
    lang = language or detect_language(text)
    if lang != "en":
        notes.append(Notice("non_english", f"language detected as {lang!r}: not analysed"))
    return Article(
        id=id or article_id(text, url), text=text, title=title, outlet=outlet, url=url,
        published=published, language=lang, authors=authors, source=source,
        dateline=dateline, excluded=tuple(excluded), notices=tuple(notes),
    )


def normalise_published(value: object) -> tuple[str | None, Notice | None]:
    """``YYYY-MM-DD`` from an ISO date or datetime string; anything else is dropped with a notice."""
    if value is None or value == "":
        return None, None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return m.group(0), None
    return None, Notice("bad_published", f"published date {value!r} is not YYYY-MM-DD: ignored")
