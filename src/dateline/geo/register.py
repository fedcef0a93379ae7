"""The register of US local news: words of town government, schools and courts ("the
sheriff", "the school board", "Jordan Elementary School", "Interstate 395", "2517 Memphis St.")
that tell a local paper's "Athens", "Dublin" or "Mansfield" from the famous city of that name when
the article names no other place (used by :mod:`dateline.geo.resolve` as a vote for the United
States). "City council" and "city hall" are no cues: Rome and Oxford have them too.

A demonym, a foreign place or an actor outvotes it: the vote weighs as much as one town."""

from __future__ import annotations

import re

__all__ = ["US_LOCAL_MIN_CUES", "local_role", "us_local_cues"]

#: distinct cues an article needs before it votes for the United States
US_LOCAL_MIN_CUES = 1

_CUES = re.compile(
    r"\b(township|sheriff(?:'s|’s)?|school board|board of education|"
    r"school district|elementary school|middle school|high school|junior high|varsity|"
    r"interstate \d+|route \d+|chamber of commerce|public works|sales tax|city manager|zoning|"
    r"county commission(?:ers?)?|county jail|superior court|circuit court|fire chief|"
    r"police chief|funeral home|police department|fire department|law enforcement center|"
    r"civic center|city limits)\b"
    r"|\b\d+ (?-i:(?:[NSEW]\. )?[A-Z][a-z]+ (St|Ave|Blvd|Rd)\.)", re.IGNORECASE)


def us_local_cues(text: str) -> int:
    """How many distinct words of US local news the text holds."""
    seen = {re.sub(r"\d+", "N", (m.group(1) or m.group(2)).lower().replace("’", "'"))
            for m in _CUES.finditer(text)}
    return len(seen)


#: after a name, words that make it a town ("Jordan Elementary School", "Lebanon residents", "the
#: Palestine city limits"): a country or a province has no such things
_TOWN_AFTER = re.compile(
    r"\s+(?:(?:elementary|middle|high|junior high|intermediate|primary)\s+school|"
    r"(?:independent\s+)?school\s+district|police\s+department|fire\s+department|"
    r"public\s+library|civic\s+center|city\s+(?:council|hall|limits)|township|"
    r"law\s+enforcement\s+center|mayor|aldermen|residents?)\b", re.IGNORECASE)
#: before a name: "the city of", a street address ("400 S. Locust St., Lebanon")
_TOWN_BEFORE = re.compile(r"(?:\b(?:city|town|village|borough) of|\b(?:St|Ave|Blvd|Rd|Dr)\.,|"
                          r"\b(?:Street|Avenue|Road|Drive|Boulevard),)\s*$")
#: after a name, words of a US state ("the Georgia state line", "Georgia Bureau of
#: Investigation"); "Iran state media" is a country's
_STATE_AFTER = re.compile(
    r"\s+(?:state\s+(?:line|legislature|senate|house|capitol|senator|representative|"
    r"lawmakers|patrol|police|troopers?|university)|legislature|general\s+assembly|"
    r"bureau\s+of\s+investigation|highway\s+patrol|department\s+of\s+transportation)\b",
    re.IGNORECASE)


def local_role(text: str, start: int, end: int) -> str | None:
    """What the words around ``text[start:end]`` make of the name: ``"town"``, ``"state"`` (a US
    state) or ``None``."""
    if _STATE_AFTER.match(text, end, min(len(text), end + 40)):
        return "state"
    if _TOWN_AFTER.match(text, end, min(len(text), end + 40)) \
            or _TOWN_BEFORE.search(text, max(0, start - 20), start):
        return "town"
    return None
