"""The sentences we wrote to design and check the event rules (``resources/events``): main-event
type accuracy on each set. Both are design data now (the rules were tuned on them), so these are
regression numbers, not accuracy claims; the held-out PLOVER half is the honest number.

- ``written_sentences.tsv``: 774 sentences of the second pass (``TYPE<TAB>sentence``);
- ``written_sentences_cameo.tsv``: 550 sentences of the sixth pass, two per CAMEO code of the
  crosswalk (``CODE<TAB>TYPE<TAB>sentence``), written without looking at the rules and scored
  once before any rule was tuned on them (0.716);
- ``written_sentences_cameo2.tsv``: 550 more, two per code in older wire style, told not to reuse
  the first set's words (0.440 before tuning);
- ``written_sentences_cameo3.tsv``: 550 more in the plainest modern wire style (0.736 before
  tuning).

``shared`` is unused: the sentences ship with the package.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from dateline.evaluation import plover

FILES = {"second_pass": "written_sentences.tsv", "cameo_pairs": "written_sentences_cameo.tsv",
         "cameo_pairs2": "written_sentences_cameo2.tsv",
         "cameo_pairs3": "written_sentences_cameo3.tsv"}


def rows(name: str) -> list[tuple[tuple[str, ...], str]]:
    """(accepted types, sentence) of one written set."""
    text = (resources.files("dateline.resources") / "events" / FILES[name]).read_text(
        encoding="utf-8")
    out = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            *_, types, sentence = line.split("\t")
            out.append((tuple(types.split("|")), sentence))
    return out


def accuracy(data: list[tuple[tuple[str, ...], str]]) -> float:
    """Share of sentences whose most confident event has an accepted type."""
    found = {a.article.id: a for a in plover.analyses(
        (f"w{i}", s) for i, (_, s) in enumerate(data))}
    right = 0
    for i, (types, _) in enumerate(data):
        analysis = found.get(f"w{i}")
        event = plover.pick(analysis.events, ()) if analysis is not None else None
        right += event is not None and event.type in types
    return round(right / len(data), 4) if data else 0.0


def run(shared: Path, *, limit: int | None) -> dict[str, float | int]:
    out: dict[str, float | int] = {}
    for name in FILES:
        data = rows(name)[:limit] if limit else rows(name)
        out[f"{name}_sentences"] = len(data)
        out[f"{name}_type_accuracy"] = accuracy(data)
    return out
