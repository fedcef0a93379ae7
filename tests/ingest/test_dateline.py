from __future__ import annotations

import pytest

from dateline.ingest.dateline import find_dateline, resolve_date


def known(name: str) -> bool:
    return name.lower() in {"geneva", "lucknow", "baghdad", "nairobi"}


@pytest.mark.parametrize(
    ("text", "place", "date_text", "source", "end_text"),
    [
        ("Baghdad, August 26 (RHC)-- Iraqi groups met.", "Baghdad", "August 26", "RHC",
         "Baghdad, August 26 (RHC)--"),
        ("KABUL, Afghanistan (AP) — Officials said", "Kabul, Afghanistan", None, "AP",
         "KABUL, Afghanistan (AP) —"),
        ("TEHRAN – Iran said", "Tehran", None, None, "TEHRAN –"),
        ("TEHRAN- India and Iran", "Tehran", None, None, "TEHRAN-"),
        ("WASHINGTON (Reuters) - The Senate", "Washington", None, "Reuters",
         "WASHINGTON (Reuters) -"),
        ("MOSCOW, March 3 /TASS/. Russia's", "Moscow", "March 3", "TASS", "MOSCOW, March 3 /TASS/."),
        ("CAMBRIDGE, Mass., Dec. 1 — Researchers", "Cambridge, Mass.", "Dec. 1", None,
         "CAMBRIDGE, Mass., Dec. 1 —"),
        ("lucknow: the committee has sought", "Lucknow", None, None, "lucknow:"),
        ("Geneva - The World Health Organisation", "Geneva", None, None, "Geneva -"),
        ("NEW YORK (AP) — A man", "New York", None, "AP", "NEW YORK (AP) —"),
    ],
)
def test_dateline_shapes(text: str, place: str, date_text: str | None, source: str | None,
                         end_text: str) -> None:
    m = find_dateline(text, 0, known)
    assert m is not None
    assert (m.place, m.date_text, m.source_code) == (place, date_text, source)
    assert text[m.start : m.end].rstrip() == end_text


@pytest.mark.parametrize(
    "text",
    [
        "FILE - In this photo taken in 2019, soldiers march.",
        "Update: the minister resigned.",
        "Mullah Omar, the one-eyed leader of the Taliban, died.",
        "Iraqi resistance groups agree to resume operations",
        "Trump: we will win",  # not a known place
        "Officials in Geneva - not a dateline",
        "SPECIAL REPORT: The fictional council",
        "PROOF: the fictional memo was real",
    ],
)
def test_not_datelines(text: str) -> None:
    assert find_dateline(text, 0, known) is None


def test_date_needs_a_year() -> None:
    assert resolve_date("August 26", None) is None
    assert resolve_date("August 26", "2024-08-27") == "2024-08-26"
    assert resolve_date("Dec. 31", "2025-01-02") == "2024-12-31"
    assert resolve_date("March 3, 2021", None) == "2021-03-03"
    assert resolve_date("Tuesday", "2024-01-01") is None
