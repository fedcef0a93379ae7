"""CASE 2021 shared task 2 snippets: event-type accuracy after an ACLED -> PLOVER mapping.

Gold: ``corpus/eval/case2021_task2/test_set_final_release_with_labels.tsv`` (1,019 news-like
snippets, one ACLED-style label each; Haneczok et al. 2021). Each label maps to the PLOVER types
that code it (:data:`MAPPING`, ours, documented in docs/events.md); labels with no PLOVER
counterpart (``OTHER``, ``CHANGE_TO_GROUP_ACT``, ``ATTRIB``, crime and disasters) are not scored
for type.

Metrics, over the mapped snippets:

- ``type_accuracy``: the snippet's main event (the most confident asserted one, else the most
  confident) has an accepted type; a snippet with no event counts as wrong;
- ``any_accuracy``: some event of the snippet has an accepted type;
- ``coverage``: share of mapped snippets with any event;
- ``disaster_assault_rate``: share of NATURAL_DISASTER / MAN_MADE_DISASTER snippets given an
  ASSAULT (lower is better: an accident or a flood is no attack).

Nothing was tuned on this set; it is scored whole (``--limit`` takes the first N rows).
"""

from __future__ import annotations

import csv
from pathlib import Path

from dateline.errors import ConfigError
from dateline.evaluation.plover import analyses
from dateline.model import Analysis, Event

TSV = ("corpus", "eval", "case2021_task2", "test_set_final_release_with_labels.tsv")
_VIOLENT = frozenset({"ASSAULT"})
#: ACLED / CASE label -> the PLOVER 2.0 types that code it
MAPPING: dict[str, frozenset[str]] = {
    "ARMED_CLASH": _VIOLENT, "AIR_STRIKE": _VIOLENT, "ART_MISS_ATTACK": _VIOLENT,
    "GRENADE": _VIOLENT, "SUIC_BOMB": _VIOLENT, "REM_EXPLOS": _VIOLENT, "ATTACK": _VIOLENT,
    "SEX_VIOL": _VIOLENT, "ABDUCT_DISSAP": _VIOLENT, "CHEM_WEAP": _VIOLENT,
    "PROPERTY_DISTRUCT": _VIOLENT,
    "MOB_VIOL": frozenset({"PROTEST", "ASSAULT"}),
    "PEACE_PROTEST": frozenset({"PROTEST"}),
    "PROTEST_WITH_INTER": frozenset({"PROTEST", "COERCE", "ASSAULT"}),
    "VIOL_DEMONSTR": frozenset({"PROTEST"}),
    "FORCE_AGAINST_PROTEST": frozenset({"ASSAULT", "COERCE"}),
    "ARREST": frozenset({"COERCE"}),
    "AGREEMENT": frozenset({"AGREE", "SUPPORT", "RETREAT"}),
    "DISR_WEAP": frozenset({"COERCE"}),
    "GOV_REGAINS_TERIT": frozenset({"ASSAULT", "COERCE"}),
    "NON_STATE_ACTOR_OVERTAKES_TER": frozenset({"ASSAULT", "COERCE"}),
    "NON_VIOL_TERRIT_TRANSFER": frozenset({"RETREAT", "COERCE"}),
    "HQ_ESTABLISHED": frozenset({"MOBILIZE", "COERCE"}),
    "DIPLO": frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE",
                        "REJECT", "THREATEN", "SANCTION", "CONCEDE", "RETREAT"}),
}
DISASTERS = frozenset({"NATURAL_DISASTER", "MAN_MADE_DISASTER"})


def load(shared: Path) -> list[tuple[str, str, str]]:
    """``(id, snippet, label)`` rows."""
    path = shared.joinpath(*TSV)
    if not path.is_file():
        raise ConfigError(f"{path} not found (CASE 2021 task 2 test set)")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(f"case-{r[0]}", r[1], r[2]) for r in rows[1:] if len(r) == 3]


def main_event(analysis: Analysis) -> Event | None:
    asserted = [e for e in analysis.events if e.modality == "asserted"]
    return max(asserted or analysis.events, key=lambda e: e.confidence, default=None)


def score(rows: list[tuple[str, str, str]], results: dict[str, Analysis]) -> dict[str, float | int]:
    mapped = [(i, lab) for i, _, lab in rows if lab in MAPPING]
    right = anyhit = covered = 0
    for i, lab in mapped:
        analysis = results.get(i)
        if analysis is None or not analysis.events:
            continue
        covered += 1
        ev = main_event(analysis)
        right += ev is not None and ev.type in MAPPING[lab]
        anyhit += any(e.type in MAPPING[lab] for e in analysis.events)
    disasters = [i for i, _, lab in rows if lab in DISASTERS]
    hit = sum(1 for i in disasters
              if i in results and any(e.type == "ASSAULT" for e in results[i].events))
    n = len(mapped)
    return {
        "snippets": len(rows), "mapped": n,
        "type_accuracy": round(right / n, 4) if n else 0.0,
        "any_accuracy": round(anyhit / n, 4) if n else 0.0,
        "coverage": round(covered / n, 4) if n else 0.0,
        "disasters": len(disasters),
        "disaster_assault_rate": round(hit / len(disasters), 4) if disasters else 0.0,
    }


def run(shared: Path, *, limit: int | None) -> dict[str, float | int]:
    rows = load(shared)
    if limit:
        rows = rows[:limit]
    results = {a.article.id: a for a in analyses((i, text) for i, text, _ in rows)}
    return score(rows, results)
