"""Author names for an HTML article (``byline.v1``).

Sources, first that gives a name wins: the page's JSON-LD article authors (written by the
publisher's CMS, so they keep "C.J." and "Jr." and leave out the parent company that a
``<meta name="author">`` may name), then trafilatura's author string, then a wire credit line in
the body ("Reporting by The Associated Press.").

Each name is cleaned: "By " dropped; "Name | Affiliation" keeps the name; a list is split on
commas, semicolons, " and " and " & "; credentials after a name are dropped ("Lauren Manaker MS,
RDN, LD" -> "Lauren Manaker"), as is a date stamp glued to it ("Greg Potts Published",
"Nick Levine; February"). A name that is the site's own (:mod:`.sitename`: "Daily News Egypt" on
dailynewsegypt.com) or the site's name and one more word ("AOL Staff", "CBC Arts") is the
publisher, not an author, and is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dateline.ingest.sitename import SiteNames

# academic degrees and professional credentials written after a name (compared without dots and
# case-sensitively, so the surnames "Do" and "Ma" stay)
_CREDENTIALS = frozenset({
    "MS", "MSc", "MA", "MBA", "MFA", "MPH", "MPP", "MSW", "MSN", "MD", "DO", "PhD", "DPhil", "DrPH",
    "EdD", "PsyD", "PharmD", "JD", "LLM", "DDS", "DMD", "DVM", "DPT", "BA", "BS", "BSc", "BSN",
    "RD", "RDN", "LD", "LDN", "CDN", "CDE", "CDCES", "CSSD", "RN", "NP", "APRN", "FNP", "PA", "PAC",
    "CNS", "CPT", "CSCS", "ACE", "CHES", "IBCLC", "LCSW", "LMFT", "LPC", "CPA", "CFA", "CFP",
    "FACS", "FACC", "FACP", "FAAP", "FRCP", "MRCP", "RPh",
})
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"})
_STAMPS = frozenset({"published", "updated", "posted"})
_BY = re.compile(r"^(?:(?:written|reported|words|story)\s+)?by\s+", re.IGNORECASE)
_LIST = re.compile(r"[,;]|\s+(?:and|&)\s+")
_EDGE = " \t,;:|-–—"
_MAX_WORDS = 6
# a wire credit paragraph: "Reporting by The Associated Press." / "Reporting by A and B in Rome;
# Editing by C"
_CREDIT = re.compile(r"(?:[-–—]\s*)?(?:Reporting|Reported|Written|Compiled) by (?P<names>[^;\n]{2,80}?)"
                     r"(?: in [A-Z][^;\n]{0,40})?\.?(?:;[^\n]{0,120})?")


def _trim_name(part: str) -> str:
    """One name less "By ", a trailing date stamp and trailing credentials."""
    toks = _BY.sub("", " ".join(part.split())).strip(_EDGE).split()
    for i, tok in enumerate(toks):
        low = tok.casefold().rstrip(".,:")
        if (low in _STAMPS and i >= 1) or (low in _MONTHS and i >= 2):
            toks = toks[:i]
            break
    if len(toks) == 1 and toks[0].replace(".", "") in _CREDENTIALS:
        return ""  # "RDN" of "Lauren Manaker MS, RDN, LD"
    shouting = not any(c.islower() for c in "".join(toks))  # "JACK MA": "MA" is a surname
    while len(toks) > 1 and not shouting and toks[-1].replace(".", "") in _CREDENTIALS:
        toks.pop()
    if len(toks) == 1 and toks[0].casefold() in _MONTHS:
        toks = []
    return " ".join(toks).strip(_EDGE)


def split_names(raw: str) -> list[str]:
    """The names in one byline string, cleaned (see the module docstring)."""
    text = raw.split("|")[0]  # "Jeremy Schneider | NJ Advance Media": the affiliation goes
    names = [_trim_name(p) for p in _LIST.split(text)]
    return [n for n in names if n and any(c.isalpha() for c in n) and len(n.split()) <= _MAX_WORDS
            and "http" not in n.casefold() and "@" not in n]


def _not_site(names: Iterable[str], site: SiteNames) -> list[str]:
    out: dict[str, str] = {}
    for name in names:
        if not (site.is_site(name) or site.starts_with_site(name, extra=1)):
            out.setdefault(name.casefold(), name)
    return list(out.values())


def credit_line(body: str) -> list[str]:
    """Names from a wire credit paragraph ("Reporting by The Associated Press.")."""
    for para in body.split("\n"):
        m = _CREDIT.fullmatch(para.strip())
        if m:
            return split_names(m.group("names"))
    return []


def choose_authors(ld_authors: Iterable[str], meta_author: str | None, body: str,
                   site: SiteNames) -> tuple[str, ...]:
    """The article's authors (see the module docstring)."""
    from_ld = _not_site([n for a in ld_authors for n in split_names(a)], site)
    if from_ld:
        return tuple(from_ld)
    from_meta = _not_site([n for a in (meta_author or "").split(";") for n in split_names(a)], site)
    if from_meta:
        return tuple(from_meta)
    return tuple(_not_site(credit_line(body), site))
