"""The golden example (issue 2): ../shared/examples/rhc-iraq-resistance.jsonl.

Checks every item of the issue's list directly, then runs the shared checkers
(tools/check_contract.py and tools/golden_check.py) on the CLI's output, as the stop hook does.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from dateline.schema import validate_record
from tests.conftest import ROOT, need_shared


def has(entities: list[dict[str, Any]], *, country: str | None = None, sector: str | None = None,
        word: str | None = None) -> bool:
    return any((country is None or e["country"] == country)
               and (sector is None or e["sector"] == sector)
               and (word is None or word in f"{e['name'] or ''} {e['text']}".lower())
               for e in entities)


def test_schema_and_spans(golden_record: dict[str, Any]) -> None:
    validate_record(golden_record)
    text = golden_record["article"]["text"]
    for ev in golden_record["events"]:
        s, e = ev["trigger"]["span"]
        assert text[s:e] == ev["trigger"]["text"]


def test_dateline(golden_record: dict[str, Any]) -> None:
    dl = golden_record["article"]["dateline"]
    assert (dl["place"], dl["date_text"], dl["source_code"], dl["date"]) == (
        "Baghdad", "August 26", "RHC", None)
    # the dateline does not leak into entities
    ends = dl["span"][1]
    assert all(e["span"] is None or e["span"][0] >= ends or e["span"][1] <= dl["span"][0]
               for e in golden_record["entities"])
    assert not any("RHC" in e["text"] for e in golden_record["entities"])


def test_agreement_to_resume_attacks(golden_record: dict[str, Any]) -> None:
    assert any(
        e["type"] in ("AGREE", "THREATEN") and not e["historical"]
        and has(e["actors"], country="IRQ", sector="REB")
        and has(e["recipients"], country="USA", sector="MIL")
        for e in golden_record["events"]), golden_record["events"]


def test_2020_drone_strike(golden_record: dict[str, Any]) -> None:
    strikes = [e for e in golden_record["events"] if e["type"] == "ASSAULT" and e["historical"]
               and (e["date"] or {}).get("start", "").startswith("2020")]
    assert strikes, golden_record["events"]
    strike = strikes[0]
    assert strike["mode"] in ("drone", "aerial")
    assert has(strike["recipients"], word="soleimani") and has(strike["recipients"], word="muhandis")
    assert strike["location"]["country"] == "IRQ"


def test_anonymous_source_relayed_through_al_akhbar(golden_record: dict[str, Any]) -> None:
    text = golden_record["article"]["text"]
    for marker in ['" he said', '" the source said', '" the source added',
                   "The source added that"]:
        found = [q for q in golden_record["quotes"]
                 if marker in text[max(0, q["content"]["span"][0] - 40):
                                   q["content"]["span"][1] + 40]]
        assert found, marker
        assert all(q["speaker"]["anonymous"] for q in found), (marker, found)
        assert all(q["via"] and "akhbar" in q["via"][0].lower() for q in found), (marker, found)


def test_numeric_claims(golden_record: dict[str, Any]) -> None:
    claims = {c["value"]: c for c in golden_record["claims"]}
    assert claims[2500]["qualifier"] == "nearly" and claims[2500]["unit"] == "troops"
    assert "iraq" in (claims[2500]["subject"] or "").lower()
    assert claims[900]["qualifier"] == "some"
    assert "syria" in (claims[900]["subject"] or "").lower()


def test_framing(golden_record: dict[str, Any]) -> None:
    caption_end = golden_record["article"]["excluded"][0]["span"][1]
    fr = golden_record["framing"]
    assert any("anti-terror" in f["text"].lower() and not f["in_quote"]
               and f["span"][0] > caption_end for f in fr)
    assert any("occupiers" in f["text"].lower() and f["in_quote"] for f in fr)
    assert any("zionist regime" in f["text"].lower() and f["in_quote"] for f in fr)


def test_sourcing(golden_record: dict[str, Any]) -> None:
    s = golden_record["sourcing"]
    assert s["anonymous_sources"] >= 1 and s["named_sources"] == 0 and s["relayed"] is True


def test_shared_checkers_pass_on_cli_output(tmp_path: Path) -> None:
    golden = need_shared("examples", "rhc-iraq-resistance.jsonl")
    tools = need_shared("tools")
    out = tmp_path / "golden.jsonl"
    cli = Path(sys.executable).with_name("dateline")
    with out.open("w") as fh:
        subprocess.run([str(cli), "analyze", str(golden), "--format", "jsonl", "--no-store"],
                       stdout=fh, check=True, cwd=ROOT)
    contract = subprocess.run([sys.executable, str(tools / "check_contract.py"), str(out)],
                              capture_output=True, text=True)
    assert contract.returncode == 0, contract.stdout
    check = subprocess.run([sys.executable, str(tools / "golden_check.py"), str(out)],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
