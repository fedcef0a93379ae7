"""Datelines: the "Baghdad, August 26 (RHC)--" opening of a news story.

Recognised shapes (place, optional region, optional date, optional source code, separator)::

    Baghdad, August 26 (RHC)--          KABUL, Afghanistan (AP) —
    TEHRAN –   TEHRAN- India ...        WASHINGTON (Reuters) -
    MOSCOW, March 3 /TASS/.             CAMBRIDGE, Mass., Dec. 1 —
    lucknow: the all-india ...          Geneva - The World Health ...

A mixed- or lower-case place with a bare dash or colon is accepted only when ``is_place``
knows it, so "FILE - In this photo" or "Update: ..." are not read as places. The date is
resolved only when a year is known (from the publication date); otherwise it stays ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = (rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|"
         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")
_WORD = r"[A-Z][A-Za-z'’.]*(?:-[A-Za-z'’.]+)*|[a-z][a-z'’]+(?:-[a-z'’]+)*"
_PLACE = rf"(?:{_WORD})(?:[ ](?:{_WORD})){{0,3}}"
_REGION = r"[A-Z][A-Za-z.'’\-]*(?:[ ][A-Z][A-Za-z.'’\-]*){0,2}"
_SOURCE = r"(?:\((?P<src1>[A-Za-z][A-Za-z0-9 .&/\-]{0,30})\)|/(?P<src2>[A-Za-z][A-Za-z0-9 .\-]{0,20})/)"
_SEP = r"(?P<sep>\s*(?:--|—|–|-|:)\s*|(?<=/)\.\s+|(?<=\))\s+(?=[A-Z]))"

_DATELINE = re.compile(
    rf"(?P<place>{_PLACE})"
    rf"(?:,\s*(?P<region>{_REGION}))??"
    rf"(?:,?\s*(?P<date>{_DATE}))?"
    rf"(?:\s*{_SOURCE})?"
    rf"{_SEP}"
)
_NOT_PLACES = {
    "file", "file photo", "photo", "update", "updated", "watch", "exclusive", "breaking",
    "breaking news", "analysis", "opinion", "editor's note", "note", "video", "live",
    "correction", "more", "related", "listen", "read more", "advertisement", "image",
    "the", "this", "a", "in", "by",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    start: int
    end: int
    place: str
    date_text: str | None
    source_code: str | None


def find_dateline(text: str, start: int = 0,
                  is_place: Callable[[str], bool] | None = None) -> DatelineMatch | None:
    """The dateline at ``text[start:]``'s first characters, or ``None``."""
    m = _DATELINE.match(text, start)
    if not m:
        return None
    place = m.group("place").strip()
    region = m.group("region")
    date_text = m.group("date")
    source = m.group("src1") or m.group("src2")
    sep = m.group("sep")
    if place.lower().rstrip(".") in _NOT_PLACES or "\n" in text[m.start() : m.end()].rstrip():
        return None
    shouting = place.isupper() and len(place) > 2
    bare_space = not sep.strip()
    if bare_space and not (source or date_text):
        return None  # "Geneva The ..." is a sentence, not a dateline
    if bare_space and not shouting and not source:
        return None
    known = is_place is not None and is_place(place)
    if not (shouting or source or date_text) and not known:
        return None  # "Geneva - ", "lucknow: ", "Springfield, Ill. -": only known places
    if sep.strip() == ":" and not (source or date_text or known):
        return None  # "SPECIAL REPORT:", "PROOF:" are labels, not places
    full_place = f"{place}, {region}" if region else place
    end = m.end()
    return DatelineMatch(m.start(), end, _title_case(full_place), date_text, source)


def _title_case(place: str) -> str:
    """"KABUL" -> "Kabul", "lucknow" -> "Lucknow"; mixed case ("Mass.", "Baghdad") unchanged."""
    words = []
    for w in place.split(" "):
        if (w.isupper() and len(w.rstrip(".,")) > 2) or w.islower():
            w = "-".join(part.capitalize() for part in w.split("-"))
        words.append(w)
    return " ".join(words)


def resolve_date(date_text: str | None, published: str | None) -> str | None:
    """``YYYY-MM-DD`` for "August 26" given a publication date's year; else ``None``."""
    if not date_text:
        return None
    m = re.search(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?|(\d{1,2})\s+([A-Za-z]+)\.?(?:\s+(\d{4}))?",
                  date_text)
    if not m:
        return None
    month_name = (m.group(1) or m.group(5) or "").lower()
    month = MONTHS.get(month_name[:4] if month_name.startswith("sept") else month_name[:3])
    day = int(m.group(2) or m.group(4))
    year_text = m.group(3) or m.group(6)
    if month is None or not 1 <= day <= 31:
        return None
    if year_text:
        year = int(year_text)
    elif published:
        year, pub_month = int(published[:4]), int(published[5:7])
        if month > pub_month + 1:  # a December dateline on a January 2 publication
            year -= 1
    else:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
