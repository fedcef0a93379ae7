"""From a toponym's surface form to its gazetteer candidates.

The surface is tried as written, then in plainer forms: without "the" or a possessive, without a
division word ("Enugu State" -> Enugu, the division preferred), with "St."/"Mt."/"Ft." spelt out
(and back), without abbreviation dots ("Calif" -> "Calif."). When nothing fits, two fallbacks give
a *partial* match (lower confidence): a compass prefix dropped ("South Florida" -> Florida) and,
for a longer name, the place named inside it ("University of Alberta" -> Alberta, "Bank of
Japan" -> Japan, "British Embassy" -> United Kingdom).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.geo.gazetteer import Gazetteer, Place, normalise

_POSSESSIVE = re.compile(r"['’]s?$")
#: a division word after the name: the division is meant ("Enugu State", "Orange County")
_DIVISION = re.compile(r"\s+(state|province|governorate|region|county|district|oblast|"
                       r"department|prefecture|parish|borough)$", re.IGNORECASE)
#: other generic words after a name ("Gaza City" is in the gazetteer under its full name)
_GENERIC = re.compile(r"\s+(city|area|municipality|town|village)$", re.IGNORECASE)
_COMPASS = re.compile(r"^(north|south|east|west|northern|southern|eastern|western|central|"
                      r"north-?east|north-?west|south-?east|south-?west|northeast|northwest|"
                      r"southeast|southwest|upper|lower|greater|downtown|inner|outer|mid)"
                      r"(?:ern)?[\s-]+", re.IGNORECASE)
_ABBREV = ((re.compile(r"\bst\.?\s"), "saint "), (re.compile(r"\bsaint\s"), "st. "),
           (re.compile(r"\bmt\.?\s"), "mount "), (re.compile(r"\bmount\s"), "mt. "),
           (re.compile(r"\bft\.?\s"), "fort "), (re.compile(r"\bfort\s"), "ft. "),
           (re.compile(r"\bair field\s"), "airfield "), (re.compile(r"\bairfield\s"), "air base "))
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
#: kinds a division word asks for
_DIVISION_KINDS = frozenset({"province", "district", "region"})
#: kinds that may stand for a longer name they are part of ("Bank of Japan" -> Japan)
_EMBEDDED_KINDS = frozenset({"country", "province", "region", "site"})
#: a town inside a longer name must be at least this big ("Dubai World Trade Centre")
EMBEDDED_TOWN = 100_000
#: a name ending in one of these is a street, road or structure: a place inside it is only its
#: namesake ("Washington Drive", "Memphis St.", "High Dam")
_STREET = re.compile(r"\b(street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|lane|ln|way|"
                     r"highway|hwy|route|parkway|pkwy|place|pl|circle|terrace|trail|"
                     r"bridge|dam|tunnel|freeway|expressway|interstate|pike|turnpike|alley|"
                     r"memorial|monument|statue)\.?$", re.IGNORECASE)
#: lowercase words that may sit inside a place name ("Bosnia and Herzegovina", "Rio de Janeiro")
_JOINERS = frozenset("of and de del da do dos das la le les el al du van von der den y".split())


@dataclass(frozen=True, slots=True)
class Lookup:
    """The candidates of one surface form. ``partial``: they are for a part of it only."""

    key: str
    cands: list[Place]
    partial: bool = False


_CANON = ((re.compile(r"\b(?:saint|st\.?)(?=\s)"), "st"), (re.compile(r"\b(?:mount|mt\.?)(?=\s)"), "mt"),
          (re.compile(r"\b(?:fort|ft\.?)(?=\s)"), "ft"))


def canonical(key: str) -> str:
    """A normalised name with "Saint"/"St.", "Mount"/"Mt.", "Fort"/"Ft." folded together."""
    for pattern, repl in _CANON:
        key = pattern.sub(repl, key)
    return key


def keys(surface: str) -> list[str]:
    """Lookup keys for a surface form, most literal first (each also tried under its other
    :func:`spellings`)."""
    s = " ".join(surface.split()).strip(" ,;:()[]\"“”")
    s = _POSSESSIVE.sub("", s) if s.endswith(("'s", "’s", "s'")) else s
    out = [normalise(s)]
    if out[0].startswith("the "):
        out.append(out[0][4:])
    for pattern in (_DIVISION, _GENERIC):
        bare = pattern.sub("", s)
        if bare != s:
            out.append(normalise(bare))
    return list(dict.fromkeys(k for k in out if k))


def spellings(key: str) -> list[str]:
    """A key and its equivalent spellings ("st. petersburg", "saint petersburg"; "bagram air
    field", "bagram airfield")."""
    out = [key]
    for pattern, repl in _ABBREV:
        alt = pattern.sub(repl, key + " ").strip()
        if alt != key:
            out.append(alt)
    return out


def _candidates(gaz: Gazetteer, key: str) -> list[Place]:
    """The places of a key under any of its spellings."""
    found = gaz.candidates(key)
    for alt in spellings(key)[1:]:
        more = gaz.candidates(alt)
        if more:
            seen = {p.key for p in found}
            found = found + [p for p in more if p.key not in seen]
    return found


def _division_only(surface: str, cands: list[Place]) -> list[Place]:
    """ "Enugu State", "Orange County": the divisions among the candidates. A county, parish or
    borough is never its namesake town (US counties are all indexed); a state, province or
    district may be, when the gazetteer has no division of that name."""
    m = _DIVISION.search(surface.strip())
    if m is None:
        return cands
    divisions = [c for c in cands if c.kind in _DIVISION_KINDS]
    if divisions or m.group(1).lower() in ("county", "parish", "borough"):
        return divisions
    return cands


def _exact(gaz: Gazetteer, surface: str) -> Lookup | None:
    demonym = gaz.demonym(surface.strip())
    for key in keys(surface):
        cands = _division_only(surface, _candidates(gaz, key))
        if cands:
            return Lookup(key, cands if demonym is None else [demonym, *cands])
    key = normalise(surface.strip())
    stripped = surface.strip()
    # "Calif", "N.Y": an abbreviation with its final dot missing
    undotted = not stripped.endswith(".") and ("." in stripped or len(stripped) >= 4)
    for found in (demonym, gaz.after_comma(stripped),
                  gaz.after_comma(stripped + ".") if undotted else None):
        if found is not None:
            return Lookup(key, [found])
    bare = gaz.bare(key)
    return Lookup(key, bare) if bare else None


def _embedded(gaz: Gazetteer, surface: str) -> Lookup | None:
    """The longest place name inside a longer name, when it is a country, division, region or
    site, a demonym, or a big town."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(surface)]
    if len(words) < 2 or _STREET.search(surface.strip()):
        return None
    best: tuple[int, Lookup] | None = None
    for i in range(len(words)):
        # the place opens the name or follows "of" ("Arizona State University", "Bank of Japan")
        if not surface[words[i][0]].isupper() or \
                (i > 0 and surface[words[i - 1][0]:words[i - 1][1]].lower() != "of"):
            continue
        for j in range(min(len(words), i + 4), i, -1):
            if j - i == len(words):
                continue  # the whole name was tried already
            if not surface[words[j - 1][0]].isupper():
                continue
            part = surface[words[i][0]:words[j - 1][1]]
            if any(surface[a:b].lower() not in _JOINERS and not surface[a].isupper()
                   for a, b in words[i:j]):
                continue
            if _COMPASS.match(part + " "):
                continue  # "North", "Central": no place on its own
            found = _strong(gaz, part)
            if found is not None and (best is None or j - i > best[0]):
                best = (j - i, found)
            if found is not None:
                break
    return best[1] if best else None


def _strong(gaz: Gazetteer, part: str, *, own_name: bool = True) -> Lookup | None:
    """The candidates of ``part`` that may stand for a longer name: countries, divisions, regions,
    sites, demonyms, and big towns (``own_name``: under their own name; "Dam" is also an old
    name of Damascus), as a partial match."""
    found = _exact(gaz, part)
    if found is None:
        return None
    strong = [c for c in found.cands if c.kind in _EMBEDDED_KINDS
              or (c.kind == "city" and c.population >= EMBEDDED_TOWN
                  and (not own_name or normalise(c.name) == found.key))
              or gaz.demonym(part) is c]
    return Lookup(found.key, strong, partial=True) if strong else None


def lookup(gaz: Gazetteer, surface: str) -> Lookup | None:
    """The candidates of ``surface``, or ``None`` when no gazetteer entry fits."""
    found = _exact(gaz, surface)
    if found is not None:
        return found
    rest = _COMPASS.sub("", surface.strip(), count=1)
    if rest != surface.strip() and rest[:1].isupper() and not _STREET.search(rest):
        # "South Florida", "South L.A."; not "South Side" (Side, Turkey)
        found = _strong(gaz, rest, own_name=False)
        if found is not None:
            return found
    return _embedded(gaz, surface)
