"""The event lexicon: its data files agree with PLOVER 2.0 and the build script reproduces the
derived files from the shared ontology."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dateline.model import EVENT_TYPES
from dateline.nlp.events.lexicon import NO_EVENT, lexicon
from tests.conftest import ROOT, need_shared

TYPES = set(EVENT_TYPES) | {NO_EVENT}


def test_every_entry_is_a_plover_type_with_a_plover_mode() -> None:
    lex = lexicon()
    assert set(lex.valid_modes) == set(EVENT_TYPES)
    entries = [*lex.verbs.values(), *lex.verb_objects.values(), *lex.nouns.values()]
    for entry in entries:
        assert entry.type in TYPES, entry
        assert entry.mode is None or entry.mode in lex.valid_modes[entry.type], entry
        assert 0.0 <= entry.weight <= 1.0, entry


def test_curated_verbs_come_from_cameo_or_say_so() -> None:
    lex = lexicon()
    from_cameo = [v for v in lex.verbs.values() if v.source == "cameo"]
    assert len(from_cameo) > 150  # most trusted verbs are PETRARCH2 verbs
    assert lex.verbs["agree"].type == "AGREE"  # CAMEO files "agree" under SUPPORT; PLOVER: AGREE
    assert "add" not in lex.verbs and "affect" not in lex.verbs  # CAMEO synonyms left out


def test_sense_rules_exist_for_every_sense() -> None:
    from dateline.nlp.events.senses import RULES

    senses = {v.sense for v in lexicon().verbs.values()}
    plain = {"", "obj", "pairs"} | {s for s in senses if s.startswith("prep:")}
    assert senses - plain <= set(RULES)


def test_build_script_reproduces_the_derived_files(tmp_path: Path) -> None:
    ontology = need_shared("ontology")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_event_lexicon.py"),
                    "--ontology", str(ontology), "--out", str(tmp_path)], check=True)
    shipped = ROOT / "src" / "dateline" / "resources" / "events"
    for name in ("cameo_verbs.csv", "cameo_verb_objects.csv", "plover_types.csv"):
        assert (tmp_path / name).read_text() == (shipped / name).read_text(), name
