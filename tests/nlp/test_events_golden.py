"""The golden example's two events (../shared/tools/golden_check.py), read from its analysis
record: the groups' agreement to resume attacks on U.S. forces, and the 2020 drone strike."""

from __future__ import annotations

from typing import Any


def _has(entities: list[dict[str, Any]], *, country: str | None = None,
         sector: str | None = None, word: str | None = None) -> bool:
    for e in entities:
        if country and e.get("country") != country:
            continue
        if sector and e.get("sector") != sector:
            continue
        if word and word not in f"{e.get('name') or ''} {e.get('text') or ''}".lower():
            continue
        return True
    return False


def test_agreement_to_resume_attacks(golden_record: dict[str, Any]) -> None:
    found = [e for e in golden_record["events"]
             if e["type"] in ("AGREE", "THREATEN") and not e["historical"]
             and _has(e["actors"], country="IRQ", sector="REB")
             and _has(e["recipients"], country="USA")]
    assert found
    first = found[0]
    assert first["trigger"]["text"] == "reached an agreement"
    assert first["modality"] == "asserted" and first["attributed_to"] is not None
    # the attacks themselves are not asserted: they are what was agreed
    resumed = [e for e in golden_record["events"] if e["type"] == "ASSAULT"
               and not e["historical"] and _has(e["recipients"], country="USA")]
    assert resumed and all(e["modality"] == "future" for e in resumed)


def test_2020_drone_strike(golden_record: dict[str, Any]) -> None:
    (strike,) = [e for e in golden_record["events"]
                 if e["type"] == "ASSAULT" and _has(e["recipients"], word="soleimani")]
    assert strike["mode"] in ("drone", "aerial")
    assert strike["historical"] is True
    assert strike["date"]["start"].startswith("2020")
    assert _has(strike["recipients"], word="muhandis")
    assert strike["location"]["country"] == "IRQ"
    assert strike["modality"] == "asserted"
