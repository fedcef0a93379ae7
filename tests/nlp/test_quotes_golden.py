"""The golden example's quotes and sourcing (read from ../shared at test time)."""

from __future__ import annotations

from typing import Any

import pytest

MARKERS = ['" he said', '" the source said', '" the source added', "The source added that"]


def _quote_near(record: dict[str, Any], marker: str) -> dict[str, Any]:
    text = record["article"]["text"]
    for q in record["quotes"]:
        s, e = q["content"]["span"]
        if marker in text[max(0, s - 40) : e + 40]:
            return q
    raise AssertionError(f"no quote near {marker!r}")


@pytest.mark.parametrize("marker", MARKERS)
def test_ircc_source_quotes_are_anonymous_and_relayed(golden_record: dict[str, Any],
                                                      marker: str) -> None:
    q = _quote_near(golden_record, marker)
    assert q["speaker"]["anonymous"] is True
    assert q["speaker"]["kind"] == "person"
    assert q["via"] == ["al-Akhbar"]  # the publisher (RHC) is not a relay
    assert "IRCC" in (q["speaker"]["text"] or "")  # "he"/"the source" resolved to the mention


def test_direct_quotes_exclude_the_marks(golden_record: dict[str, Any]) -> None:
    direct = [q for q in golden_record["quotes"] if q["kind"] == "direct"]
    assert len(direct) == 3
    assert all(not q["content"]["text"].startswith(('"', "“")) for q in direct)


def test_according_to_a_report_is_an_anonymous_document(golden_record: dict[str, Any]) -> None:
    (q,) = [q for q in golden_record["quotes"] if (q["cue"] or {}).get("text") == "according to"]
    assert q["speaker"]["text"] == "a report"
    assert q["speaker"]["anonymous"] is True and q["speaker"]["kind"] == "document"


def test_sourcing_grade(golden_record: dict[str, Any]) -> None:
    s = golden_record["sourcing"]
    assert s["named_sources"] == 0 and s["anonymous_sources"] >= 1 and s["relayed"] is True
    assert s["grade"] == "E"
    assert any("al-Akhbar" in r for r in s["reasons"])
