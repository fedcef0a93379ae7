"""Reading the knowledge-base files: the bundled TSVs and TOML files (bundled or the user's).

Every malformed file raises :class:`~dateline.errors.ResourceError` naming the file and line.
The TOML format (``curated.toml`` and a user's ``kb_path`` file) is documented in
``docs/actors.md``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.actors.codes import NONSTATE, PLOVER_SECTORS, iso3_codes
from dateline.actors.model import KINDS, Actor, Role
from dateline.errors import ResourceError

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ACTOR_KEYS = {"id", "name", "kind", "aliases", "country", "sector", "roles"}
_ROLE_KEYS = {"country", "sector", "start", "end"}


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]


@dataclass(slots=True)
class Source:
    """What one file contributes: actors, agent nouns, countries."""

    actors: list[Actor] = field(default_factory=list)
    agents: dict[str, str] = field(default_factory=dict)
    countries: list[Country] = field(default_factory=list)


def _rows(path: Path, columns: int) -> Iterator[tuple[int, list[str]]]:
    header_seen = False
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        cells = line.split("\t")
        if len(cells) != columns:
            raise ResourceError(f"{path}:{n}: expected {columns} tab-separated columns, "
                                f"found {len(cells)}")
        yield n, cells


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def read_countries(path: Path) -> Source:
    out = Source()
    for n, (iso3, name, aliases, demonyms, metonyms) in _rows(path, 5):
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            raise ResourceError(f"{path}:{n}: {iso3!r} is not an ISO3 code")
        out.countries.append(Country(iso3, name, _split(aliases), _split(demonyms),
                                     _split(metonyms)))
    return out


def _role(text: str, path: Path, n: int) -> Role:
    country, sector, start, end = [*text.split(":"), "", "", ""][:4]
    if sector and sector not in PLOVER_SECTORS:
        raise ResourceError(f"{path}:{n}: unknown sector {sector!r}")
    return Role(country or None, sector or None, start or None, end or None)


def read_petrarch(path: Path) -> Source:
    out = Source()
    for n, (kb_id, kind, name, aliases, roles) in _rows(path, 5):
        names = _split(aliases)
        out.actors.append(Actor(kb_id, name or names[0], kind,
                                tuple(_role(r, path, n) for r in roles.split(";") if r),
                                names, "petrarch2"))
    return out


def read_agents(path: Path) -> Source:
    out = Source()
    for n, (noun, sector) in _rows(path, 2):
        if sector and sector not in PLOVER_SECTORS and sector != "IGO":
            raise ResourceError(f"{path}:{n}: unknown sector {sector!r}")
        out.agents[noun.lower()] = sector
    return out


def _fail(path: Path, line: int | None, msg: str) -> ResourceError:
    return ResourceError(f"{path}:{line or 1}: {msg}")


def _check_country(code: Any, path: Path, line: int | None) -> str | None:
    if code is None or code == "":
        return None
    if not isinstance(code, str) or (code not in iso3_codes() and code not in NONSTATE):
        raise _fail(path, line, f"country {code!r} is not an ISO3 code nor one of "
                                f"{', '.join(sorted(NONSTATE))}")
    return code


def _check_sector(code: Any, path: Path, line: int | None) -> str | None:
    if code is None or code == "":
        return None
    if code not in PLOVER_SECTORS:
        raise _fail(path, line, f"sector {code!r} is not a PLOVER sector code "
                                f"({', '.join(sorted(PLOVER_SECTORS))})")
    return str(code)


def _check_date(value: Any, path: Path, line: int | None) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if hasattr(value, "isoformat") else value
    if not isinstance(text, str) or not _DATE.match(text):
        raise _fail(path, line, f"date {value!r} is not YYYY[-MM[-DD]]")
    return text


def _actor(item: Any, path: Path, line: int | None, source: str) -> Actor:
    if not isinstance(item, dict):
        raise _fail(path, line, "each [[actor]] must be a table")
    unknown = set(item) - _ACTOR_KEYS
    if unknown:
        raise _fail(path, line, f"unknown key(s) {', '.join(sorted(unknown))} in [[actor]]; "
                                f"known: {', '.join(sorted(_ACTOR_KEYS))}")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(path, line, "[[actor]] needs a non-empty name")
    kind = item.get("kind", "organization")
    if kind not in KINDS:
        raise _fail(path, line, f"kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
    aliases = item.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
        raise _fail(path, line, "aliases must be a list of non-empty strings")
    roles: list[Role] = []
    if "country" in item or "sector" in item:
        roles.append(Role(_check_country(item.get("country"), path, line),
                          _check_sector(item.get("sector"), path, line)))
    raw_roles = item.get("roles", [])
    if not isinstance(raw_roles, list):
        raise _fail(path, line, "roles must be a list of tables")
    for r in raw_roles:
        if not isinstance(r, dict) or set(r) - _ROLE_KEYS:
            raise _fail(path, line, f"each role is a table of {', '.join(sorted(_ROLE_KEYS))}")
        roles.append(Role(_check_country(r.get("country"), path, line),
                          _check_sector(r.get("sector"), path, line),
                          _check_date(r.get("start"), path, line),
                          _check_date(r.get("end"), path, line)))
    kb_id = item.get("id") or f"{source}:{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}"
    if not isinstance(kb_id, str):
        raise _fail(path, line, "id must be a string")
    return Actor(kb_id, name.strip(), kind, tuple(roles), (name.strip(), *aliases), source)


def read_toml(path: Path, *, source: str) -> Source:
    """A TOML knowledge base: ``[[actor]]`` tables and an optional ``[agents]`` table."""
    if not path.is_file():
        raise ResourceError(f"{path}:1: knowledge-base file not found")
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ResourceError(f"{path}: not valid TOML ({exc})") from exc
    lines = [n for n, line in enumerate(text.splitlines(), 1) if line.strip() == "[[actor]]"]
    unknown = set(data) - {"actor", "agents"}
    if unknown:
        raise _fail(path, 1, f"unknown table(s) {', '.join(sorted(unknown))}; "
                             "expected [[actor]] and [agents]")
    out = Source()
    items = data.get("actor", [])
    if not isinstance(items, list):
        raise _fail(path, 1, "actor must be an array of tables ([[actor]])")
    for i, item in enumerate(items):
        out.actors.append(_actor(item, path, lines[i] if i < len(lines) else None, source))
    agents = data.get("agents", {})
    if not isinstance(agents, dict):
        raise _fail(path, 1, "[agents] must be a table of noun = sector")
    for noun, sector in agents.items():
        if sector != "":
            _check_sector(sector, path, _line_of(text, noun))
        out.agents[noun.lower()] = sector
    return out


def _line_of(text: str, key: str) -> int | None:
    for n, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith((f'"{key}"', f"{key} ", f"{key}=")):
            return n
    return None
