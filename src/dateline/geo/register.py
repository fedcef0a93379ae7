"""The register of US local news: words of town government, schools and courts ("the
sheriff", "the school board", "Jordan Elementary School", "Interstate 395", "2517 Memphis St.")
that tell a local paper's "Athens", "Dublin" or "Mansfield" from the famous city of that name when
the article names no other place (used by :mod:`dateline.geo.resolve` as a vote for the United
States). "City council" and "city hall" are no cues: Rome and Oxford have them too.

A demonym, a foreign place or an actor outvotes it: the vote weighs as much as one town."""

from __future__ import annotations

import re

__all__ = ["US_LOCAL_MIN_CUES", "us_local_cues"]

#: distinct cues an article needs before it votes for the United States
US_LOCAL_MIN_CUES = 1

_CUES = re.compile(
    r"\b(township|sheriff(?:'s|’s)?|school board|board of education|"
    r"school district|elementary school|middle school|high school|junior high|varsity|"
    r"interstate \d+|route \d+|chamber of commerce|public works|sales tax|city manager|zoning|"
    r"county commission(?:ers?)?|county jail|superior court|circuit court|fire chief|"
    r"police chief|funeral home)\b"
    r"|\b\d+ (?-i:(?:[NSEW]\. )?[A-Z][a-z]+ (St|Ave|Blvd|Rd)\.)", re.IGNORECASE)


def us_local_cues(text: str) -> int:
    """How many distinct words of US local news the text holds."""
    seen = {re.sub(r"\d+", "N", (m.group(1) or m.group(2)).lower().replace("’", "'"))
            for m in _CUES.finditer(text)}
    return len(seen)
