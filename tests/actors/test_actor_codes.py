"""CAMEO codes and PETRARCH dates -> PLOVER country, sector and ISO dates."""

from __future__ import annotations

import pytest

from dateline.actors.codes import parse_code, parse_date_range


@pytest.mark.parametrize(("code", "expected"), [
    ("IRQGOV", ("IRQ", "GOV")),
    ("IRNGOVMIL", ("IRN", "GOV")),       # a defence minister: government first
    ("IGOUNOIAE", ("UNO", None)),        # the IAEA sits in the UN family
    ("IGOEUREEC", ("EUR", None)),
    ("IGOWSTNAT", ("IGO", None)),        # NATO: another IGO
    ("IMGMUSISI", ("IMG", "REB")),       # a transnational militarised group
    ("SYROPPHRI", ("SYR", "SOC")),       # OPP only counts when nothing else does
    ("USAMED", ("USA", "JRN")),          # CAMEO MED is media
    ("USAHLH", ("USA", "MED")),          # CAMEO HLH is health
    ("MEAREB", (None, "REB")),           # a regional rebel code has no country
    ("USR", ("RUS", None)),              # old codes map to today's ISO3
    ("---", (None, None)),
    ("QQQ", (None, None)),
])
def test_parse_code(code: str, expected: tuple[str | None, str | None]) -> None:
    assert parse_code(code) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("331108-730717", ("1933-11-08", "1973-07-17")),
    (">011222", ("2001-12-22", None)),
    ("<20030320", (None, "2003-03-20")),
    ("20060520-20140908", ("2006-05-20", "2014-09-08")),
    ("1920030320-20060520", ("2003-03-20", "2006-05-20")),   # a typo in the dictionary
    ("", (None, None)),
    ("2004017-20061201", (None, "2006-12-01")),              # a 7-digit date is dropped
])
def test_parse_date_range(text: str, expected: tuple[str | None, str | None]) -> None:
    assert parse_date_range(text) == expected
