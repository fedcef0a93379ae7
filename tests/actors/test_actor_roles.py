"""Dated roles: the role held at a date, else the default role, else the nearest one."""

from __future__ import annotations

from dateline.actors.model import Actor, Role

MINISTER = Actor("t:minister", "Tarik Venn", "person", (
    Role("IRQ", "ELI", "1990-01-01", "2006-05-20"),
    Role("IRQ", "GOV", "2006-05-20", "2014-09-08"),
    Role("IRQ", "LEG", "2014-09-08", "2018-01-01"),
))


def test_role_at_a_date_inside_each_range() -> None:
    assert MINISTER.role_at("2010-03-01") == MINISTER.roles[1]
    assert MINISTER.role_at("2000-01-01") == MINISTER.roles[0]
    assert MINISTER.role_at("2015") == MINISTER.roles[2]       # a year reads as its middle
    assert MINISTER.role_at("2006-05") == MINISTER.roles[0]    # a month reads as its 15th
    assert MINISTER.role_at("2006-06") == MINISTER.roles[1]


def test_end_date_is_exclusive() -> None:
    assert MINISTER.role_at("2014-09-08") == MINISTER.roles[2]


def test_without_a_date_the_most_recent_role() -> None:
    assert MINISTER.role_at(None) == MINISTER.roles[2]


def test_outside_every_range_the_nearest_role_keeps_the_country() -> None:
    assert MINISTER.role_at("2024-01-01") == MINISTER.roles[2]
    assert MINISTER.role_at("1970-01-01") == MINISTER.roles[0]


def test_undated_role_is_the_fallback() -> None:
    a = Actor("t:x", "Ola Brandt", "person", (Role("NOR", "GOV", "2001-01-01", "2005-01-01"),
                                                Role("NOR", "ELI")))
    assert a.role_at("2003-01-01") == a.roles[0]
    assert a.role_at("2010-01-01") == a.roles[1]
    assert a.role_at(None) == a.roles[0]


def test_open_ended_role() -> None:
    a = Actor("t:y", "Lin Park", "person", (Role("KOR", "LEG", None, "2017-05-10"),
                                              Role("KOR", "GOV", "2017-05-10")))
    assert a.role_at("2030-01-01") == a.roles[1]
    assert a.role_at("2016-01-01") == a.roles[0]
    assert a.role_at(None) == a.roles[1]
