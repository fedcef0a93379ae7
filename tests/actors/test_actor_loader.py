"""A user's knowledge-base file: merged over the bundled one; malformed files fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.actors import load_kb
from dateline.errors import ResourceError

USER_KB = """
[agents]
"harbour warden" = "COP"

[[actor]]
id = "user:mira-kestrel"
name = "Mira Kestrel"
kind = "person"
aliases = ["Minister Kestrel", "Kestrel"]
roles = [
  { country = "NOR", sector = "LEG", start = "2001-01-01", end = "2006-03-01" },
  { country = "NOR", sector = "GOV", start = "2006-03-01", end = "2011-10-15" },
]

[[actor]]
id = "dl:irq-pmu"
name = "Popular Mobilization Forces"
kind = "organization"
country = "IRQ"
sector = "PRM"
aliases = ["PMU", "Hashd"]

[[actor]]
name = "Northwind Brigade"
country = "NOR"
sector = "REB"
aliases = ["the Northwinds"]
"""


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    path = tmp_path / "kb.toml"
    path.write_text(USER_KB, encoding="utf-8")
    return path


def test_user_actor_with_dated_roles(user_file: Path) -> None:
    kb = load_kb(user_file)
    (hit,) = kb.lookup("Mira Kestrel")
    assert hit.actor.kb_id == "user:mira-kestrel" and hit.actor.source == "user"
    early, late, none = (hit.actor.role_at(d) for d in ("2003-05-01", "2008-01-01", None))
    assert early is not None and (early.country, early.sector) == ("NOR", "LEG")
    assert late is not None and late.sector == "GOV"
    assert none is not None and none.sector == "GOV"   # the most recent role


def test_user_entry_replaces_the_bundled_one(user_file: Path) -> None:
    kb = load_kb(user_file)
    (hit,) = kb.lookup("PMU")
    role = hit.actor.role_at(None)
    assert role is not None and role.sector == "PRM"
    # the replaced actor's bundled aliases go with it; the user's name and aliases stay
    assert kb.lookup("Popular Mobilization Units") == []
    assert [h.actor for h in kb.lookup("Popular Mobilization Forces")] == [hit.actor]


def test_user_agents_and_default_ids(user_file: Path) -> None:
    kb = load_kb(user_file)
    assert kb.agent_sector("harbour wardens") == "COP"
    (hit,) = kb.lookup("the Northwinds")
    assert hit.actor.kb_id == "user:northwind-brigade"


def test_bundled_kb_is_unchanged_without_a_user_file() -> None:
    (hit,) = load_kb().lookup("PMU")
    role = hit.actor.role_at(None)
    assert role is not None and role.sector == "MIL"


@pytest.mark.parametrize(("body", "line", "message"), [
    ('[[actor]]\nname = "X"\nsector = "SOLDIERS"\n', 1, "PLOVER sector"),
    ('\n\n[[actor]]\nname = "X"\ncountry = "Narnia"\n', 3, "ISO3"),
    ('[[actor]]\nname = "A"\n\n[[actor]]\nkind = "person"\n', 4, "non-empty name"),
    ('[[actor]]\nname = "X"\ncolour = "red"\n', 1, "unknown key"),
    ('[[actor]]\nname = "X"\nroles = [{ country = "NOR", start = "May 2001" }]\n', 1, "date"),
    ('[[actor]]\nname = "X"\naliases = "X"\n', 1, "aliases"),
    ('[people]\nname = "X"\n', 1, "unknown table"),
    ('[agents]\n"harbour warden" = "NAVY"\n', 2, "PLOVER sector"),
])
def test_malformed_user_files_name_file_and_line(tmp_path: Path, body: str, line: int,
                                                 message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ResourceError, match=message) as err:
        load_kb(path)
    assert f"{path}:{line}:" in str(err.value)


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('[[actor]\nname = "X"\n', encoding="utf-8")
    with pytest.raises(ResourceError, match="line 1") as err:
        load_kb(path)
    assert str(path) in str(err.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="not found"):
        load_kb(tmp_path / "nope.toml")
